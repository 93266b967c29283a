/**
 * Downloads of the current view: the SVG as it is, or drawn on a canvas at twice the size as a
 * PNG (no dependency). Loaded on the first click, as a chunk of its own: most readers never export.
 */
export async function download(svgText: string, heading: string, type: 'svg' | 'png'): Promise<void> {
  if (!svgText) return;
  const name = heading.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'timeline';
  let blob = new Blob([svgText], { type: 'image/svg+xml' });
  if (type === 'png') {
    // A page whose CSP has no `img-src blob:` blocks this step, and the PNG button then does
    // nothing (see README).
    const url = URL.createObjectURL(blob);
    try {
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth * 2;
      canvas.height = image.naturalHeight * 2;
      const ctx = canvas.getContext('2d')!;
      ctx.scale(2, 2);
      ctx.drawImage(image, 0, 0);
      blob = await new Promise<Blob>((resolve, reject) =>
        canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'),
      );
    } catch {
      return;
    } finally {
      URL.revokeObjectURL(url);
    }
  }
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${name}.${type}`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
