import type { Measure } from './layout.js';
import { TEXT, type TextStyle } from './metrics.js';

/**
 * A text measurer for the layout: canvas widths in the plot's text styles (`TEXT`, which the CSS
 * uses too), cached by style, font and string, since a zoom frame measures the same labels again.
 * Without a canvas (some test hosts) it estimates from the character count.
 */
export function textMeasurer(font: () => string): Measure {
  const cache = new Map<string, number>();
  let context: CanvasRenderingContext2D | null | undefined;
  return (text: string, style: TextStyle) => {
    const family = font();
    const key = `${style}|${family}|${text}`;
    let width = cache.get(key);
    if (width !== undefined) return width;
    context ??= document.createElement('canvas').getContext('2d');
    const { size, weight } = TEXT[style];
    if (context) {
      context.font = `${weight} ${size}px ${family}`;
      width = Math.ceil(context.measureText(text).width * 1.04) + 2;
    } else {
      width = Math.ceil(text.length * size * 0.62);
    }
    cache.set(key, width);
    return width;
  };
}
