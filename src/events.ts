import type { TimelineEntry } from './data/types.js';

/** Detail of `timeline-select`. */
export interface TimelineSelectDetail {
  id: string | null;
  entry: TimelineEntry | null;
}

/** Detail of `timeline-range-change`. */
export interface TimelineRangeChangeDetail {
  start: Date;
  end: Date;
}

/** The user changed the selection (pointer, touch, keyboard or the detail panel's close button). */
export class TimelineSelectEvent extends CustomEvent<TimelineSelectDetail> {
  static readonly eventName = 'timeline-select';
  constructor(detail: TimelineSelectDetail) {
    super(TimelineSelectEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/** The visible window settled after the user zoomed or panned. */
export class TimelineRangeChangeEvent extends CustomEvent<TimelineRangeChangeDetail> {
  static readonly eventName = 'timeline-range-change';
  constructor(detail: TimelineRangeChangeDetail) {
    super(TimelineRangeChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'timeline-select': TimelineSelectEvent;
    'timeline-range-change': TimelineRangeChangeEvent;
  }
}
