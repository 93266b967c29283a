/**
 * The view model: the stages from a dataset to what a frame draws, each rebuilt only when its own
 * inputs change (story → shown lanes → stretches of time), so that a zoom frame redoes only the
 * frame. Pure: no DOM.
 */
import type { Lang } from '../data/types.js';
import type { Strings } from '../i18n.js';
import type { Layout, Measure } from '../layout/layout.js';
import type { Stretch } from '../scale/time-scale.js';
import { storyPieces, type Frame, type Window } from './frame.js';
import { visibleItems } from './visible.js';
import { hiddenLanes, indexShown, type ShownIndex, type StoryIndex } from './story-index.js';

export interface Model {
  story: StoryIndex;
  lanes: unknown;
  shown: ShownIndex;
  /** Lane ids that `lanes` named but the story does not have. */
  unknownLanes: string[];
  gaps: 'auto' | 'none';
  /** The window the page asked for, which the pieces take in. */
  outer: Window;
  pieces: Stretch[];
  /** What the last window set from `start`/`end` was set for: when any of it changes, set it again. */
  window: readonly unknown[] | null;
  frame: Frame | null;
  layout: Layout;
}

export const EMPTY_LAYOUT: Layout = { entries: [], lanes: [], width: 0, height: 0 };

/** The model's story stages for these inputs, reusing what `previous` already built. */
export function storyStages(
  previous: Model | null,
  story: StoryIndex,
  lanes: unknown,
  gaps: 'auto' | 'none',
  outer: Window,
): Model {
  const { dataset } = story;
  const sameStory = story === previous?.story;
  let shown = previous?.shown;
  let unknownLanes = previous?.unknownLanes ?? [];
  if (!shown || !sameStory || lanes !== previous?.lanes) {
    const read = hiddenLanes(dataset, lanes);
    shown = indexShown(story, read.hidden);
    unknownLanes = read.unknown;
  }
  const same = sameStory && gaps === previous?.gaps && outer.every((t, i) => t === previous.outer[i]);
  const pieces = same ? previous!.pieces : storyPieces(story, gaps, outer);
  return {
    story,
    lanes,
    shown,
    unknownLanes,
    gaps,
    outer,
    pieces,
    window: previous?.window ?? null,
    frame: previous?.frame ?? null,
    layout: previous?.layout ?? EMPTY_LAYOUT,
  };
}

/** What the model's frame draws at `width`, laid out: `pinned` entries always on their own. */
export function frameLayout(
  model: Model,
  width: number,
  pinned: readonly (string | null)[],
  { lang, strings: t }: { lang: Lang; strings: Strings },
  measure: Measure,
): Layout {
  const { frame, shown } = model;
  // Before the element has a width (not laid out yet, or hidden) there is nothing to lay out.
  if (!frame || width <= 0) return EMPTY_LAYOUT;
  const { dataset } = model.story;
  const items = visibleItems({ frame, shown, dataset, pinned, lang, t });
  return frame.orientation.layout(
    items,
    frame.scale,
    frame.range,
    width,
    measure,
    dataset.lanes.length,
    shown.hidden,
    model.story.eras.length > 0,
  );
}
