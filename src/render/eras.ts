import { nothing, svg, type SVGTemplateResult } from 'lit';
import { localize } from '../data/localize.js';
import type { PlotView } from '../orientation/orientation.js';
import type { FrameEra } from '../view/frame.js';

/**
 * The eras' group, shared by both orientations: each era a `part="era"` group whose body the
 * orientation draws from its pixels and label. Hidden from assistive technology, as the lanes are:
 * the list view says the same in headings.
 */
export function eraBands(
  { eras, lang }: PlotView,
  body: (px: FrameEra['px'], label: string) => SVGTemplateResult,
) {
  if (!eras.length) return nothing;
  return svg`<g class="eras" aria-hidden="true">
    ${eras.map((era) => svg`<g part="era" class="era" data-era=${era.id}>${body(era.px, localize(era.label, lang))}</g>`)}
  </g>`;
}
