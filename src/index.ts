import './define.js';

export { BelarusTimeline } from './belarus-timeline.js';
export { TimelineSelectEvent, TimelineRangeChangeEvent } from './events.js';
export type { TimelineSelectDetail, TimelineRangeChangeDetail } from './events.js';
export * from './data/index.js';
