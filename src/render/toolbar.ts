import { html, nothing } from 'lit';
import type { Strings } from '../i18n.js';

export interface ToolbarContext {
  t: Strings;
  /** Zoom buttons: not when static or in the list. */
  zoom: boolean;
  /** Export buttons: not in the list. */
  exports: boolean;
  list: boolean;
  /** The selection's place in date order (-1: none), of `count` entries shown. */
  position: number;
  count: number;
  onStep: (delta: 1 | -1) => void;
  onZoom: (action: 'in' | 'out' | 'reset') => void;
  onDownload: (type: 'svg' | 'png') => void;
  onToggleView: () => void;
}

const iconButton = (cls: string, label: string, text: string, onClick: () => void) =>
  html`<button type="button" class=${cls} aria-label=${label} title=${label} @click=${onClick}>
    ${text}
  </button>`;

/**
 * Previous and next, with where the selection stands (`4 / 14`). With nothing selected, next
 * goes to the first entry and previous to the last; neither goes past an end.
 */
function renderSteps(ctx: ToolbarContext) {
  const { t, position, count } = ctx;
  const place = position >= 0 ? String(position + 1) : '–';
  return html`<div class="steps" role="group" aria-label=${t.story}>
    <button
      type="button"
      class="previous"
      ?disabled=${!count || position === 0}
      @click=${() => ctx.onStep(-1)}
    >
      ${t.previous}
    </button>
    <span class="position"
      ><span aria-hidden="true">${place} / ${count}</span
      ><span class="visually-hidden">${position >= 0 ? t.position(position + 1, count) : ''}</span></span
    >
    <button
      type="button"
      class="next"
      ?disabled=${!count || position === count - 1}
      @click=${() => ctx.onStep(1)}
    >
      ${t.next}
    </button>
  </div>`;
}

/** The controls: previous and next; zoom in, out and reset; SVG and PNG downloads; the list view toggle. */
export function renderToolbar(ctx: ToolbarContext) {
  const { t } = ctx;
  return html`<div part="controls" class="controls" role="group" aria-label=${t.controls}>
    ${renderSteps(ctx)}
    ${
      ctx.zoom
        ? html`${iconButton('zoom-in', t.zoomIn, '+', () => ctx.onZoom('in'))}
            ${iconButton('zoom-out', t.zoomOut, '−', () => ctx.onZoom('out'))}
            <button type="button" class="reset" @click=${() => ctx.onZoom('reset')}>${t.reset}</button>`
        : nothing
    }
    ${
      ctx.exports
        ? html`${iconButton('download-svg', t.downloadSvg, 'SVG', () => ctx.onDownload('svg'))}
          ${iconButton('download-png', t.downloadPng, 'PNG', () => ctx.onDownload('png'))}`
        : nothing
    }
    <button
      type="button"
      class="view-toggle"
      aria-pressed=${ctx.list ? 'true' : 'false'}
      @click=${ctx.onToggleView}
    >
      ${t.listView}
    </button>
  </div>`;
}
