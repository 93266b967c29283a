import type { TimelineDataset } from '../../src/data/types.js';
import type { Measure } from '../../src/layout/layout.js';
import { horizontal, type Orientation } from '../../src/orientation/index.js';
import { frameBase, makeFrame, windowTransform } from '../../src/view/frame.js';
import { storyStages, type Model } from '../../src/view/model.js';
import { indexStory } from '../../src/view/story-index.js';

export const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

/** A deterministic measurer: no canvas, so widths are the same in every browser. */
export const measure: Measure = (text, style) => text.length * (style === 'label' ? 7 : 6);

export interface ModelOptions {
  orientation?: Orientation;
  width?: number;
  /** The window to show (ms); null: the story's edge. */
  from?: number | null;
  to?: number | null;
  lanes?: unknown;
  gaps?: 'auto' | 'none';
}

/** The view model of `dataset` with a frame on the window [from, to], as the element builds it. */
export function modelOf(dataset: TimelineDataset, options: ModelOptions = {}): Model {
  const { orientation = horizontal, width = 1000, from = null, to = null } = options;
  const story = indexStory(dataset);
  const model = storyStages(null, story, options.lanes ?? null, options.gaps ?? 'auto', [null, null]);
  const range = orientation.range(width, story.prepared.length);
  const { pieces } = model;
  const extent: [number, number] = [pieces[0].from, pieces[pieces.length - 1].to];
  const transform = windowTransform(orientation, frameBase(orientation, pieces, range), extent, from, to);
  model.frame = makeFrame(orientation, pieces, range, transform);
  return model;
}
