import { html, nothing } from 'lit';
import type { Strings } from '../i18n.js';

export interface ToolbarContext {
  t: Strings;
  /** Zoom buttons: not when static or in the list. */
  zoom: boolean;
  /** Export buttons: not in the list. */
  exports: boolean;
  list: boolean;
  onZoom: (action: 'in' | 'out' | 'reset') => void;
  onDownload: (type: 'svg' | 'png') => void;
  onToggleView: () => void;
}

const iconButton = (cls: string, label: string, text: string, onClick: () => void) =>
  html`<button type="button" class=${cls} aria-label=${label} title=${label} @click=${onClick}>
    ${text}
  </button>`;

/** The controls: zoom in, out and reset; SVG and PNG downloads; the list view toggle. */
export function renderToolbar(ctx: ToolbarContext) {
  const { t } = ctx;
  return html`<div part="controls" class="controls" role="group" aria-label=${t.controls}>
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
