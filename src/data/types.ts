/**
 * The dataset's types: the public contract of the package. Data items are `TimelineEntry`, never
 * "event", so that they are never mistaken for DOM events.
 */

/** A partial ISO date whose precision is part of the data: `'1994'`, `'2022-10'`, `'2022-10-10'`. */
export type PartialDate = string;

/** Text in one language for all, or per language. */
export type Localized = string | { nl?: string; en?: string };

/** The languages the element speaks. */
export type Lang = 'nl' | 'en';

/** A quote from the source, with who said it. */
export interface TimelineQuote {
  /** The words as they stand in the source (verbatim). */
  text: string;
  speaker: string;
  role?: Localized;
  translation?: Localized;
}

/**
 * An image that belongs to an entry. Only `http:`, `https:` and relative URLs load;
 * the validator leaves out any other.
 */
export interface TimelineMedia {
  /** An `http:`, `https:` or relative URL of the image. */
  src: string;
  /** What the image shows, for people who cannot see it. */
  alt: Localized;
  caption?: Localized;
  /** Who made it: `'EPA'`. */
  credit?: string;
}

/** One thing that happened (a point) or lasted (a period, when `end` is present). */
export interface TimelineEntry {
  /** Unique, `/^[a-z0-9][a-z0-9-]*$/`. */
  id: string;
  /** When it happened, or when a period began. */
  date: PartialDate;
  /** Present: a period; `'ongoing'` runs to the dataset's `asOf`. */
  end?: PartialDate | 'ongoing';
  /** A lane id. */
  lane: string;
  title: Localized;
  summary?: Localized;
  quotes?: TimelineQuote[];
  /** `excerpt`: verbatim words of the source. */
  source?: { excerpt: string; url?: string };
  /** How the date is known (default `'source'`). */
  dateBasis?: 'source' | 'inferred' | 'background';
  /** Why, where the basis is not `'source'`. */
  dateNote?: Localized;
  /** An image, shown in the detail and the list view. */
  media?: TimelineMedia;
  /** Shown instead of the formatted date; the date still places the entry. */
  dateLabel?: Localized;
}

/** A lane: one strand of the story, drawn as a band (horizontal) or marked by colour (vertical). */
export interface TimelineLane {
  id: string;
  label: Localized;
  /** Any CSS colour; the element's `--belarus-timeline-lane-<id>` custom property overrides it. */
  color?: string;
}

/** A labelled stretch of time, drawn as a band behind every lane and heading its part of the list. */
export interface TimelineEra {
  /** Unique among the eras, `/^[a-z0-9][a-z0-9-]*$/`. */
  id: string;
  start: PartialDate;
  /** `'ongoing'` runs to the dataset's `asOf`. */
  end: PartialDate | 'ongoing';
  label: Localized;
}

/** A whole story. */
export interface TimelineDataset {
  title: Localized;
  /** A line or two about the whole story. */
  summary?: Localized;
  /** When the story was told: `'ongoing'` periods end here. */
  asOf: PartialDate;
  source?: { label: Localized; url?: string };
  lanes: TimelineLane[];
  entries: TimelineEntry[];
  eras?: TimelineEra[];
}
