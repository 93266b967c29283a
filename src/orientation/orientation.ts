import type { SVGTemplateResult, TemplateResult, nothing } from 'lit';
import type { Lang, TimelineLane } from '../data/types.js';
import type { Strings } from '../i18n.js';
import type { Layout, LayoutEntry, Measure, PlacedEntry } from '../layout/layout.js';
import type { ScaleBreak, TimeScale, Zoom } from '../scale/time-scale.js';
import type { FrameEra, Rate } from '../view/frame.js';

/** What the plot's orientation-specific fragments draw from. */
export interface PlotView {
  t: Strings;
  lang: Lang;
  lanes: readonly TimelineLane[];
  layout: Layout;
  scale: TimeScale;
  ticks: Date[];
  breaks: ScaleBreak[];
  rates: Rate[];
  /** The eras in view (clipped to the range). */
  eras: FrameEra[];
  selected: string | null;
}

type Fragment = SVGTemplateResult | TemplateResult | typeof nothing;

/**
 * Everything that differs between the two layouts, behind one interface (as Observable Plot's
 * `RuleX` and `RuleY`): where time runs, how the level of detail groups entries, which keys step,
 * and the fragments that draw along one axis or the other. Nothing else asks which one it is.
 */
export interface Orientation {
  readonly name: 'horizontal' | 'vertical';
  /** The axis time runs along. */
  readonly axis: 'x' | 'y';
  /** Time runs against the pixels: the newest at the top (vertical, `order="newest-first"`). */
  readonly reversed: boolean;
  /** Pixels between ticks. */
  readonly tickSpacing: number;
  /** How far a tick stays from a break's middle, where the break's label is. */
  readonly breakClearance: number;
  /** Above this many entries in a group the group shows counted clusters… */
  readonly limit: number;
  /** …each over this many pixels of time. */
  readonly bin: number;
  /** Groups for the level of detail: one per lane, or all lanes together. */
  readonly perLane: boolean;
  /** The keys that step to the next and the previous entry. */
  readonly keys: { next: string; previous: string };
  /** The pixel range along time for a plot `width` wide that shows `count` entries. */
  range(width: number, count: number): [number, number];
  /** The plot's size across time, for the zoom's extent. */
  cross(width: number): number;
  /** The zoom transform that scales by `k` and shifts by `shift` px along time. */
  transform(shift: number, k: number): Zoom;
  layout(
    items: readonly LayoutEntry[],
    x: (ms: number) => number,
    range: readonly [number, number],
    width: number,
    measure: Measure,
    laneCount: number,
    hidden: ReadonlySet<number>,
    /** The story has eras: leave room for their labels. */
    eras: boolean,
  ): Layout;
  /** An entry's accessible name: what is visible, in the same order, then the title. */
  entryName(date: string, lane: string, title: string): string;
  axisFragment(view: PlotView): Fragment;
  breakFragment(view: PlotView, b: ScaleBreak, label: string): Fragment;
  /** The eras: translucent bands behind the lanes (or tracks), each labelled in its strip. */
  eraFragment(view: PlotView): Fragment;
  /** What sits under the breaks: the lane bands (horizontal). */
  under(view: PlotView): Fragment;
  /** What sits over the breaks, under the entries: the tracks of marks with their leaders (vertical). */
  over(view: PlotView): Fragment;
  /** The parts of an entry's button besides its hit area and title. */
  entryFragment(p: PlacedEntry): Fragment;
  /** A cluster's visible body. */
  clusterFragment(p: PlacedEntry, count: number): Fragment;
}
