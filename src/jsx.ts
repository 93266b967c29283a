/**
 * Types for using `<belarus-timeline>` from JSX: `import type {} from 'belarus-timeline/jsx';` once
 * in a React 19 project makes `<belarus-timeline selected="…" ontimeline-select={…}>` type-check.
 * Types only: this module has no runtime code.
 *
 * React 19 sets a prop as a property when the element has a property of that name (all below do,
 * once the element is defined), else as an attribute; `on` + an event's name (`ontimeline-select`,
 * case and dashes as in the event's name) adds a listener.
 */
import type { ClassAttributes, HTMLAttributes } from 'react';
import type { BelarusTimeline } from './belarus-timeline.js';
import type { Lang, TimelineDataset, TimelineEntry } from './data/types.js';
import type {
  TimelineErrorEvent,
  TimelineLoadEvent,
  TimelineRangeChangeEvent,
  TimelineSelectEvent,
} from './events.js';

/** The element's attributes (each also a property of the same name). */
export interface BelarusTimelineAttributes {
  /** `nl` or `en` (`nl-BE` counts as `nl`); default: the nearest ancestor's `lang`, else `en`. */
  lang?: Lang | `${Lang}-${string}`;
  /** URL of a JSON dataset to fetch and show. */
  src?: string | null;
  /** Start of the visible window: a partial date (`2020`, `2022-02`). */
  start?: string | null;
  /** End of the visible window: a partial date. */
  end?: string | null;
  /** The selected entry's id. */
  selected?: string | null;
  orientation?: 'auto' | 'horizontal' | 'vertical';
  theme?: 'auto' | 'light' | 'dark';
  /** No zoom or pan. */
  static?: boolean;
  /** The visible heading; default: the dataset's title. */
  heading?: string | null;
  /** Comma-separated ids of the lanes shown. */
  lanes?: string | null;
  view?: 'timeline' | 'list';
  gaps?: 'auto' | 'none';
  /** Keep the selection in the page's URL hash (`#belarus-timeline:<id or index>=<entry>`). */
  linkable?: boolean;
  /** `newest-first` reverses the list, print and the vertical layout (time runs up). */
  order?: 'oldest-first' | 'newest-first';
  /** Scroll steps: a CSS selector for page elements with `data-entry="<entry id>"`. */
  steps?: string | null;
}

/** Attributes, the properties that take objects, and the element's events as `on<event name>`. */
export interface BelarusTimelineProps extends BelarusTimelineAttributes {
  /** The story (a property: React sets it as one, since the element has it). */
  dataset?: TimelineDataset;
  /** Shorthand that replaces the dataset's entries. */
  entries?: TimelineEntry[];
  'ontimeline-select'?: (event: TimelineSelectEvent) => void;
  'ontimeline-range-change'?: (event: TimelineRangeChangeEvent) => void;
  'ontimeline-load'?: (event: TimelineLoadEvent) => void;
  'ontimeline-error'?: (event: TimelineErrorEvent) => void;
}

/** What `<belarus-timeline>` takes in React's JSX: the above, plus HTML's global attributes and `ref`. */
export type BelarusTimelineJSXProps = BelarusTimelineProps &
  Omit<HTMLAttributes<BelarusTimeline>, keyof BelarusTimelineProps> &
  ClassAttributes<BelarusTimeline>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types are a namespace.
  namespace JSX {
    interface IntrinsicElements {
      'belarus-timeline': BelarusTimelineJSXProps;
    }
  }
}
