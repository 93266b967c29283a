import type { PropertyValues } from 'lit';
import { adoptLaneSheet, setCustomState } from '../lane-colors.js';
import { orientationFor } from '../orientation/index.js';
import { frameBase, makeFrame, maxZoom, outerOf, toTime, type Window } from '../view/frame.js';
import { frameLayout, storyStages, type Model } from '../view/model.js';
import { settingsIssues } from '../view/settings.js';
import type { LangController } from './lang-controller.js';
import type { NavigationController } from './navigation-controller.js';
import type { ResizeController } from './resize-controller.js';
import type { StoryController } from './story-controller.js';
import type { ZoomController } from './zoom-controller.js';

/** What the frame is made of: the element's settings. */
export interface FrameHost extends Element {
  readonly start: string | null;
  readonly end: string | null;
  readonly lanes: unknown;
  readonly gaps: 'auto' | 'none';
  readonly orientation: string;
  readonly order: 'oldest-first' | 'newest-first';
  readonly static: boolean;
  readonly selected: string | null;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface FrameParts {
  story: StoryController;
  zoom: ZoomController;
  nav: NavigationController;
  resize: ResizeController;
  language: LangController;
  internals: ElementInternals | null;
}

/**
 * The one writer of the view model: story → index → frame → layout, each stage rebuilt only when
 * its inputs change (see `view/`), once per update, before render. It also gives the zoom its
 * geometry, and sets the window that `start`/`end` ask for when that geometry changes.
 */
export class FrameController {
  model: Model | null = null;

  constructor(
    private readonly host: FrameHost,
    private readonly parts: FrameParts,
  ) {}

  update(changed: PropertyValues): void {
    const { host, parts } = this;
    const previous = this.model;
    const asked: Window = [toTime(host.start, 'start'), toTime(host.end, 'end')];
    const outer = outerOf(asked, parts.nav.outer);
    const model = storyStages(previous, parts.story.index, host.lanes, host.gaps, outer);
    parts.story.report(settingsIssues({ start: host.start, end: host.end }, model.unknownLanes));
    if (model.story !== previous?.story)
      adoptLaneSheet(host.renderRoot as ShadowRoot, model.story.dataset.lanes);
    const width = parts.resize.width;
    const orientation = orientationFor(host.orientation, width, host.order);
    if (orientation !== previous?.frame?.orientation)
      setCustomState(parts.internals, 'vertical', orientation.name === 'vertical');
    const range = orientation.range(width, model.story.prepared.length);
    const base = frameBase(orientation, model.pieces, range);
    parts.zoom.configure(
      orientation.axis,
      range,
      orientation.cross(width),
      maxZoom(base, model.pieces, range),
      !host.static,
    );
    // `start`/`end` (and a `zoomTo` beyond the frame) set the window when the geometry changes.
    const placed = width > 0 && parts.nav.placeWindow(model, orientation, range, asked);
    if (!placed && changed.has('static') && host.static) parts.zoom.move(orientation.transform(0, 1));
    model.frame = makeFrame(orientation, model.pieces, range, parts.zoom.transform, model.story.eras);
    // The roving tab stop stays on an entry that is shown: the selection's, else the first.
    parts.nav.keep(model, host.selected);
    const pinned = [parts.nav.focusId, host.selected];
    model.layout = frameLayout(model, width, pinned, parts.language, parts.resize.measure);
    this.model = model;
  }
}
