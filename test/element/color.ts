/* Colour helpers shared by the accessibility tests. */
/** WCAG relative luminance and contrast of two CSS colours (rgb() or #hex) as computed. */
export function rgb(color: string): [number, number, number] {
  const probe = document.createElement('span');
  // Forced colours would otherwise repaint the probe's own `color`.
  probe.style.setProperty('forced-color-adjust', 'none');
  probe.style.color = color;
  document.body.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  // color-mix() computes to `color(srgb r g b)` with channels from 0 to 1.
  const scale = computed.startsWith('color(') ? 255 : 1;
  const [r, g, b] = computed.match(/[\d.]+/g)!.map((v) => Math.round(Number(v) * scale));
  return [r, g, b];
}
export function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = rgb(c).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
