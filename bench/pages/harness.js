// The in-page half of the benchmark, shared by the three pages. A classic script in <head>, so that
// its long-task observer is in place before any library code runs. A page calls
// `bench.run(adapter)`; run.js awaits `bench.done` and then drives the gestures through
// `bench.frames`, `bench.nextFrame` and `bench.snapshot`.
(() => {
  'use strict';

  /** Long tasks since navigation, seen by an observer registered first thing (also `buffered`). */
  const longTasks = [];
  const keep = (entries) => {
    for (const entry of entries) longTasks.push({ start: entry.startTime, duration: entry.duration });
  };
  let taskObserver = null;
  try {
    taskObserver = new PerformanceObserver((list) => keep(list.getEntries()));
    taskObserver.observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task support: the counts read 0 and run.js reports what the browser offers.
  }

  let resolveDone;
  let rejectDone;
  const done = new Promise((resolve, reject) => {
    resolveDone = resolve;
    rejectDone = reject;
  });

  const now = () => performance.now();
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

  /**
   * Resolves after the next frame has been produced: a rAF callback runs just before style, layout
   * and paint of that frame; a message posted from it is handled right after that frame.
   */
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(now());
        channel.port2.postMessage(0);
      }),
    );

  /** Every element in the document, inside (nested) shadow roots too. */
  function countNodes(root = document) {
    let count = 0;
    for (const el of root.querySelectorAll('*')) {
      count++;
      if (el.shadowRoot) count += countNodes(el.shadowRoot);
    }
    return count;
  }

  function loadScript(src, type) {
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      if (type) script.type = type;
      script.src = src;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`failed to load ${src}`));
      document.head.append(script);
    });
  }

  function loadStyle(href) {
    return new Promise((resolve, reject) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.onload = () => resolve();
      link.onerror = () => reject(new Error(`failed to load ${href}`));
      document.head.append(link);
    });
  }

  async function heap() {
    // `gc` exists with --js-flags=--expose-gc; twice, so that finalizers' garbage goes too.
    if (typeof globalThis.gc === 'function') {
      globalThis.gc();
      await new Promise((resolve) => setTimeout(resolve, 0));
      globalThis.gc();
    }
    return performance.memory ? performance.memory.usedJSHeapSize : null;
  }

  const firstMark = (adapter) => adapter.markRoot()?.querySelector(adapter.selector) ?? null;
  const allMarks = (adapter) => adapter.markRoot()?.querySelectorAll(adapter.selector) ?? [];

  /** Resolves when the first mark is in the DOM, checked on every DOM change (also in the adapter's roots). */
  function whenMarks(adapter) {
    return new Promise((resolve) => {
      if (firstMark(adapter)) return resolve(now());
      const observer = new MutationObserver(() => {
        if (firstMark(adapter)) {
          observer.disconnect();
          resolve(now());
        }
      });
      for (const root of adapter.roots()) observer.observe(root, { childList: true, subtree: true });
    });
  }

  /**
   * The adapter: `load()` fetches the library; `render(container, data)` makes the timeline;
   * `roots()` the nodes to watch for DOM changes; `markRoot()` and `selector` find the drawn
   * entries; `settled()` resolves when the library has no render in flight, `idle()` (after a paint)
   * says whether it stayed so; `target()` is the element gestures go to; `view()` a string that
   * changes when the visible window does.
   */
  async function run(adapter) {
    const params = new URLSearchParams(location.search);
    const container = document.getElementById('timeline');
    const t = {};

    const dataUrl = params.get('data');
    t.dataStart = now();
    const data = dataUrl ? await (await fetch(dataUrl)).json() : null;
    t.dataEnd = now();

    await adapter.load();
    t.libEnd = now();

    // Let the library's own load-time work settle, so that the render below is timed alone.
    await afterPaint();

    t.renderStart = now();
    adapter.render(container, data);
    t.marks = await whenMarks(adapter);
    // The render is done at the last paint after which a whole frame went by with the library settled
    // and no node added or removed: a library may draw again a frame later (ours redraws in the frame
    // after its ResizeObserver reported its width, so its first paint is a zero-width layout).
    const dom = { changed: false };
    const watch = new MutationObserver(() => {
      dom.changed = true;
    });
    for (const root of adapter.roots()) watch.observe(root, { childList: true, subtree: true });
    await adapter.settled();
    t.paint = await afterPaint();
    let redraws = 0;
    let settled = false;
    for (let i = 0; i < 30 && !settled; i++) {
      dom.changed = false;
      await adapter.settled();
      const painted = await afterPaint();
      settled = !dom.changed && (await adapter.idle());
      if (!settled) {
        t.paint = painted;
        redraws++;
      }
    }
    watch.disconnect();

    // Long tasks not yet handed to the observer's callback.
    if (taskObserver) keep(taskObserver.takeRecords());
    const painted = t.paint;
    const tasks = longTasks.filter((task) => task.start < painted);
    const renderTasks = tasks.filter((task) => task.start + task.duration > t.renderStart);
    const blocking = (list) => list.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);

    return {
      dataMs: t.dataEnd - t.dataStart,
      loadMs: t.libEnd - t.dataEnd,
      renderMs: t.paint - t.renderStart,
      marksMs: t.marks - t.renderStart,
      navToPaintMs: t.paint,
      longTasks: tasks.length,
      tbtMs: blocking(tasks),
      renderLongTasks: renderTasks.length,
      renderTbtMs: blocking(renderTasks),
      longestTaskMs: tasks.reduce((max, task) => Math.max(max, task.duration), 0),
      marks: allMarks(adapter).length,
      // Frames after the first paint in which the library still changed its DOM; unsettled: it
      // still did after 30 frames (the render then counts as ending at the last of them).
      redraws,
      unsettled: !settled,
      domNodes: countNodes(),
      heapBytes: await heap(),
      gcExposed: typeof globalThis.gc === 'function',
    };
  }

  /** Frame intervals from a rAF loop: rAF timestamps are frame start times. */
  const frames = {
    stamps: [],
    running: false,
    start() {
      this.stamps = [];
      this.running = true;
      this.taskMark = longTasks.length;
      const loop = (stamp) => {
        if (!this.running) return;
        this.stamps.push(stamp);
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    },
    stop() {
      this.running = false;
      const intervals = [];
      for (let i = 1; i < this.stamps.length; i++) intervals.push(this.stamps[i] - this.stamps[i - 1]);
      if (taskObserver) keep(taskObserver.takeRecords());
      const tasks = longTasks.slice(this.taskMark);
      return {
        intervals,
        longTasks: tasks.length,
        tbtMs: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
      };
    },
  };

  window.bench = {
    done,
    frames,
    nextFrame,
    loadScript,
    loadStyle,
    adapter: null,
    /** One gesture step's end: the next frame has begun; what the view is then. */
    async step() {
      await nextFrame();
      return this.adapter.view();
    },
    /**
     * Where a gesture goes: the horizontal middle of the visible part of the adapter's target, and
     * near its top (at most 80 px down), because a plot that grows with its content (ours) gets
     * shorter as it zooms in and would leave a pointer in its middle outside.
     */
    target() {
      const rect = this.adapter.target().getBoundingClientRect();
      const left = Math.max(0, rect.left);
      const right = Math.min(innerWidth, rect.right);
      const top = Math.max(0, rect.top);
      const bottom = Math.min(innerHeight, rect.bottom);
      const y = top + Math.min((bottom - top) / 2, 80);
      return { x: (left + right) / 2, y, width: right - left, height: bottom - top };
    },
    /** The visible window as the library shows it (to tell if a gesture did anything) and the marks drawn. */
    snapshot() {
      return { view: this.adapter.view(), marks: allMarks(this.adapter).length };
    },
    run(adapter) {
      this.adapter = adapter;
      run(adapter).then(resolveDone, (error) =>
        rejectDone(String(error && error.stack ? error.stack : error)),
      );
    },
  };
  // A rejected `done` must reach run.js, not the console as "unhandled".
  done.catch(() => {});
})();
