// Takes the bench's zoom gesture apart step by step, for ours: where a dropped frame falls and what
// that step's frames spent their time on. Each run is a fresh browser that loads ours.html with the
// synthetic entries (as run.js does), waits until it can be zoomed, then makes run.js's 40 Ctrl +
// wheel steps (lib/gesture.js) under a Chrome trace, with a `performance.mark` before each step.
// Per step it prints, over the runs: in how many a frame took longer than DROPPED_MS (1.5 frames),
// the longest frame, and the medians of the renderer main thread's time in script, style, layout
// and paint between that step's mark and the next; for garbage collection, the median over the runs
// that collected in that step, and how many did.
//
//   node zoom-steps.js                   (from bench/, after `npm ci` and the root `npm run build`)
//   STEPS_RUNS=6 STEPS_CASE=100000 node zoom-steps.js
//   STEPS_GESTURE=drag node zoom-steps.js   (run.js's drag instead, after its zoom, untraced)
//
// Script is the event and animation-frame callbacks (d3-zoom's handlers, the element's update, with
// any style or layout they force); style, layout and paint are the frame's own. Two columns say what
// V8 itself did in the step: compiling (lazy compiles, Maglev and Turbofan jobs' main-thread parts,
// instruction-cache flushes; inside script) and garbage collection. BENCH_DIST and CHROMIUM as for
// run.js.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './lib/server.js';
import { synthetic } from './lib/data.js';
import { ZOOM_STEPS, dragPoint } from './lib/gesture.js';
import { DROPPED_MS, median } from './lib/stats.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const DIST = resolve(process.env.BENCH_DIST ?? join(HERE, '..', 'dist'));
const RUNS = Number(process.env.STEPS_RUNS ?? 4);
const SIZE = Number(process.env.STEPS_CASE ?? 10_000);
const GESTURE = process.env.STEPS_GESTURE ?? 'zoom';
if (!['zoom', 'drag'].includes(GESTURE)) throw new Error(`STEPS_GESTURE=${GESTURE}: zoom or drag`);
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'disabled-by-default-v8.compile',
];

/** Trace event names, by the kind of work the table shows. */
const KINDS = {
  script: ['EventDispatch', 'FireAnimationFrame', 'TimerFire'],
  style: ['UpdateLayoutTree'],
  layout: ['Layout'],
  paint: ['PrePaint', 'Paint', 'Layerize', 'Commit'],
};
const kindOf = new Map(Object.entries(KINDS).flatMap(([kind, names]) => names.map((n) => [n, kind])));
/** V8's own work, by trace event name; these nest, so a step's time is their union. */
const V8_WORK = {
  compile: /^(V8\.(CompileCode|CompileLazy|Maglev\w*|Optimize\w*|Turbofan\w*)|FlushInstructionCache)$/,
  gc: /^(MinorGC|MajorGC|V8\.GC\w*)$/,
};

/** ms covered by the events in [from, to), overlaps counted once. */
function covered(events, from, to) {
  const spans = events.filter((e) => e.ts >= from && e.ts < to).map((e) => [e.ts, e.ts + e.dur]);
  spans.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reached = -Infinity;
  for (const [start, end] of spans) {
    if (end > reached) total += end - Math.max(start, reached);
    reached = Math.max(reached, end);
  }
  return total / 1000;
}

/** The renderer main thread's complete events (the frame's kinds, V8's own) and the step marks (µs). */
function mainThread(events) {
  const thread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mine = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid);
  const marks = mine
    .filter((e) => e.cat.includes('blink.user_timing') && /^step \d+$/.test(e.name))
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const complete = mine.filter((e) => e.ph === 'X');
  const v8 = Object.fromEntries(
    Object.entries(V8_WORK).map(([kind, name]) => [kind, complete.filter((e) => name.test(e.name))]),
  );
  return { work: complete.filter((e) => kindOf.has(e.name)), v8, marks };
}

/** One run: per step, its frames' longest interval and its main thread's ms by kind. */
async function runOnce(origin) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(`${origin}/pages/blank.html`);
    await page.goto(`${origin}/pages/ours.html?data=/data/steps.json`);
    await page.evaluate(() => window.bench.done);
    await page.evaluate(() => window.bench.adapter.interactive());
    const target = await page.evaluate(() => window.bench.target());
    await page.mouse.move(target.x, target.y);

    const stepAt = []; // performance.now() of each step's mark
    const mark = async (i) => {
      stepAt.push(await page.evaluate((n) => performance.mark(`step ${n}`).startTime, i + 1));
    };
    const zoom = async (before) => {
      await page.keyboard.down('Control');
      for (const [i, direction] of ZOOM_STEPS.entries()) {
        await before(i);
        await page.mouse.wheel(0, -100 * direction);
        await page.evaluate(() => window.bench.step());
      }
      await page.keyboard.up('Control');
    };
    // The drag pans what run.js's zoom left (4× the whole extent): that zoom comes first, untraced.
    if (GESTURE === 'drag') await zoom(async () => {});

    const cdp = await page.context().newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.start', { categories: CATEGORIES.join(','), transferMode: 'ReportEvents' });
    await page.evaluate(() => window.bench.frames.start());
    if (GESTURE === 'zoom') await zoom(mark);
    else {
      await page.mouse.down();
      // As many steps as the zoom's, so that the table's rows are the same for both.
      for (let i = 0; i < ZOOM_STEPS.length; i++) {
        await mark(i);
        const { x, y } = dragPoint(target, i);
        await page.mouse.move(x, y);
        await page.evaluate(() => window.bench.step());
      }
      await page.mouse.up();
    }
    await page.evaluate(() => window.bench.nextFrame());
    const stamps = await page.evaluate(() => window.bench.frames.stamps.slice());
    await page.evaluate(() => window.bench.frames.stop());
    await cdp.send('Tracing.end');
    await complete;

    const { work, v8, marks } = mainThread(events);
    return ZOOM_STEPS.map((_, i) => {
      // A frame belongs to the step in whose window it ended.
      const from = stepAt[i];
      const to = stepAt[i + 1] ?? Infinity;
      let longest = 0;
      for (let f = 1; f < stamps.length; f++)
        if (stamps[f] >= from && stamps[f] < to) longest = Math.max(longest, stamps[f] - stamps[f - 1]);
      const ms = { script: 0, style: 0, layout: 0, paint: 0 };
      const [start, end] = [marks[i], marks[i + 1] ?? Infinity];
      for (const e of work) if (e.ts >= start && e.ts < end) ms[kindOf.get(e.name)] += e.dur / 1000;
      return { longest, ...ms, compile: covered(v8.compile, start, end), gc: covered(v8.gc, start, end) };
    });
  } finally {
    await browser.close();
  }
}

const fixed = (n) => (n === null ? '–' : n.toFixed(1));
const http = await serve(
  { '/pages/': join(HERE, 'pages'), '/dist/': DIST },
  new Map([['/data/steps.json', JSON.stringify(synthetic(SIZE))]]),
);
try {
  const runs = [];
  for (let r = 0; r < RUNS; r++) {
    runs.push(await runOnce(http.origin));
    process.stderr.write(`run ${r + 1} of ${RUNS} done\n`);
  }
  console.log(
    `\n${GESTURE === 'zoom' ? 'Zoom' : 'Drag'} steps at ${SIZE.toLocaleString('en-US')} entries, ${RUNS} runs (${DIST}); ms, medians over runs\n`,
  );
  console.log(
    `| step | ${GESTURE === 'drag' ? 'move' : 'wheel'} | runs with a dropped frame | longest frame | script | style | layout | paint | V8 compiling | GC: ms, runs |`,
  );
  console.log('| ---: | :---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [i, direction] of ZOOM_STEPS.entries()) {
    const of = (key) => median(runs.map((run) => run[i][key]));
    const dropped = runs.filter((run) => run[i].longest > DROPPED_MS).length;
    const way = GESTURE === 'drag' ? '10 px' : direction > 0 ? 'in' : 'out';
    const cells = [i + 1, way, `${dropped} of ${RUNS}`];
    cells.push(...['longest', 'script', 'style', 'layout', 'paint', 'compile'].map((key) => fixed(of(key))));
    // A collection falls in a few runs' step, so a median over all runs would hide it.
    const collected = runs.map((run) => run[i].gc).filter((ms) => ms > 0);
    cells.push(collected.length ? `${fixed(median(collected))} in ${collected.length}` : '–');
    console.log(`| ${cells.join(' | ')} |`);
  }
} finally {
  http.close();
}
