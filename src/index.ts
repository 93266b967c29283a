import './define.js';

export { BelarusTimeline } from './belarus-timeline.js';
export {
  TimelineSelectEvent,
  TimelineRangeChangeEvent,
  TimelineLoadEvent,
  TimelineErrorEvent,
} from './events.js';
export type {
  TimelineSelectDetail,
  TimelineRangeChangeDetail,
  TimelineLoadDetail,
  TimelineErrorDetail,
} from './events.js';
export * from './data/index.js';
