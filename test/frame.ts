/**
 * Opens `src` in an iframe of its own (a page with its own CSP, or the built bundle), waits for
 * the message of `type` that the page posts when it is done, and removes the frame.
 */
export async function frameResult<T>(src: string, type: string, width = 1100, height = 900): Promise<T> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  // On screen, whole: pages that measure what is painted (layout shifts) need it drawn.
  Object.assign(frame.style, { position: 'fixed', top: '0', left: '0', border: '0', zIndex: '1' });
  const result = new Promise<T>((resolve) =>
    window.addEventListener('message', function listen(event) {
      if (event.data?.type !== type) return;
      window.removeEventListener('message', listen);
      resolve(event.data);
    }),
  );
  frame.src = src;
  document.body.append(frame);
  try {
    return await result;
  } finally {
    frame.remove();
  }
}
