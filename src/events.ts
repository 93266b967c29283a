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

/** Detail of `timeline-load`. */
export interface TimelineLoadDetail {
  count: number;
}

/** One problem with the input, with where it is (`entries[3].date`). */
export interface TimelineIssue {
  path: string;
  message: string;
}

/** Detail of `timeline-error`. */
export interface TimelineErrorDetail {
  message: string;
  issues: TimelineIssue[];
}

/** A dataset has been accepted and drawn. */
export class TimelineLoadEvent extends CustomEvent<TimelineLoadDetail> {
  static readonly eventName = 'timeline-load';
  constructor(detail: TimelineLoadDetail) {
    super(TimelineLoadEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/** Bad input: a `src` that failed, was not JSON or did not fit the schema, or invalid entries. */
export class TimelineErrorEvent extends CustomEvent<TimelineErrorDetail> {
  static readonly eventName = 'timeline-error';
  constructor(detail: TimelineErrorDetail) {
    super(TimelineErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'timeline-load': TimelineLoadEvent;
    'timeline-error': TimelineErrorEvent;
  }
}
