// The in-page half of the benchmark, shared by the three pages. A classic script in <head>, so that
// its long-task observer is in place before any library code runs. A page calls
// `bench.run(adapter)`; run.js awaits `bench.done` and then drives the gestures through
// `bench.frames`, `bench.nextFrame` and `bench.snapshot`.
//
// Every time here is `performance.now()`, i.e. milliseconds since `performance.timeOrigin`, the
// navigation's start: what a reader waits. The dataset's fetch starts right here, in <head>, and the
// library loads at the same time (as a page that puts both in its markup would have them).
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

  // The dataset, fetched and parsed from the first moment the page runs script.
  const dataUrl = new URLSearchParams(location.search).get('data');
  const early = { dataEnd: null };
  const dataPromise = dataUrl
    ? fetch(dataUrl)
        .then((response) => response.json())
        .then((data) => {
          early.dataEnd = performance.now();
          return data;
        })
    : Promise.resolve(null);
  dataPromise.catch(() => {}); // Seen by run(); never unhandled.

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

  // The library's script and style sheet are in each page's markup, as a reader's page has them (our
  // README's "Embed it"; the peers' own), so the browser fetches them while it parses the page.
  // Their `load` and `error` events do not bubble: a listener that captures on the document, set
  // here before the parser reaches them, sees them all.
  const arrivals = new Map();
  const arrival = (url) => {
    let entry = arrivals.get(url);
    if (!entry) {
      entry = {};
      entry.promise = new Promise((resolve, reject) => Object.assign(entry, { resolve, reject }));
      entry.promise.catch(() => {}); // Seen by loaded(); never unhandled.
      arrivals.set(url, entry);
    }
    return entry;
  };
  const urlOf = (target) =>
    target instanceof HTMLScriptElement ? target.src : target instanceof HTMLLinkElement ? target.href : '';
  for (const type of ['load', 'error']) {
    const listener = (event) => {
      const url = urlOf(event.target);
      if (!url) return;
      if (type === 'load') arrival(url).resolve();
      else arrival(url).reject(new Error(`failed to load ${url}`));
    };
    document.addEventListener(type, listener, true);
  }

  const harness = document.currentScript;
  /** Resolves when every script and style sheet in the page's markup has loaded (a script: run). */
  const loaded = () =>
    Promise.all(
      Array.from(document.querySelectorAll('script[src], link[rel="stylesheet"]'))
        .filter((el) => el !== harness)
        .map((el) => arrival(urlOf(el)).promise),
    );

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
   * entries; `settled()` resolves when the library says it has drawn (its own done signal), `idle()`
   * (after a paint) says whether it stayed so; `target()` is the element gestures go to; `view()` a
   * string that changes when the visible window does; `check()` (optional) what the library reports
   * about its first frame (ours: the plot's width against the element's). The floor's adapter has
   * `floor: true`: it loads and draws nothing.
   */
  async function run(adapter) {
    const container = document.getElementById('timeline');
    const t = {};

    t.libStart = now();
    const [data] = await Promise.all([
      dataPromise,
      adapter.load().then(() => {
        t.libEnd = now();
      }),
    ]);
    t.dataEnd = early.dataEnd;
    const ready = now();

    if (adapter.floor) {
      // Nothing to draw: the floor is the frame after the data is in memory.
      t.renderStart = ready;
      t.paint = await afterPaint();
      if (taskObserver) keep(taskObserver.takeRecords());
      const tasks = longTasks.filter((task) => task.start < t.paint);
      return {
        floor: true,
        dataMs: t.dataEnd,
        navMs: t.paint,
        interactiveMs: t.interactive,
        renderMs: 0,
        marks: 0,
        longTasks: tasks.length,
        tbtMs: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
        domNodes: countNodes(),
        heapBytes: await heap(),
        gcExposed: typeof globalThis.gc === 'function',
      };
    }

    t.renderStart = now();
    adapter.render(container, data);
    t.marks = await whenMarks(adapter);
    // Done: the paint of the frame after the library's own done signal, unless it still draws: then
    // the last paint after which a whole frame went by with the library settled and no node added
    // or removed (a library may draw again a frame later; ours once did, after its ResizeObserver
    // reported the width).
    const dom = { changed: false };
    const watch = new MutationObserver(() => {
      dom.changed = true;
    });
    for (const root of adapter.roots()) watch.observe(root, { childList: true, subtree: true });
    await adapter.settled();
    t.signal = now();
    t.paint = await afterPaint();
    // Read after that frame, whose layout is done: reading it before would force it early.
    const firstCheck = adapter.check ? adapter.check() : null;
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
    // When the library can be zoomed (ours: its gestures' chunk is in); the gestures wait for it.
    if (adapter.interactive) await adapter.interactive();
    t.interactive = adapter.interactive ? now() : null;

    // Long tasks not yet handed to the observer's callback.
    if (taskObserver) keep(taskObserver.takeRecords());
    const painted = t.paint;
    const tasks = longTasks.filter((task) => task.start < painted);
    const renderTasks = tasks.filter((task) => task.start + task.duration > t.renderStart);
    const blocking = (list) => list.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);

    return {
      dataMs: t.dataEnd,
      libMs: t.libEnd,
      loadMs: t.libEnd - t.libStart,
      readyMs: ready,
      renderStartMs: t.renderStart,
      signalMs: t.signal,
      navMs: t.paint,
      interactiveMs: t.interactive,
      renderMs: t.paint - t.renderStart,
      marksMs: t.marks - t.renderStart,
      firstCheck,
      lastCheck: adapter.check ? adapter.check() : null,
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
    loaded,
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
