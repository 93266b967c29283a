// Benchmarks <belarus-timeline> against vis-timeline and TimelineJS3 in Debian's Chromium: each run
// is a fresh browser that loads one library's page from a local server, renders one dataset, then
// zooms (Ctrl + wheel) and drags while a rAF loop in the page records frame times. Runs interleave
// the libraries (A, B, C, A, B, C, …) so that drifts of the machine hit all three alike. Every wait
// is capped, and so is the whole: see README.md.
//
//   node run.js            (from bench/, after `npm ci`; builds ../dist first when it is missing)
//
// Knobs, for trying things out (the defaults are what results.md reports):
//   BENCH_RUNS=5  BENCH_SIZES=article,1000,10000,100000  BENCH_RENDER_CAP_S=60  BENCH_GESTURE_CAP_S=8
//   BENCH_BUDGET_S=780  CHROMIUM=/usr/bin/chromium  BENCH_DIST=../dist (the element's build to measure)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './lib/server.js';
import { fromBuild, synthetic } from './lib/data.js';
import { frameStats } from './lib/stats.js';
import { machine, report, sizeLabel } from './lib/report.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
// The element's build to measure: the package's own, or another one (say, of an older commit).
const DIST = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(ROOT, 'dist');

const env = (name, fallback) => process.env[name] ?? String(fallback);
const RUNS = Number(env('BENCH_RUNS', 5));
const SIZES = env('BENCH_SIZES', 'article,1000,10000,100000')
  .split(',')
  .map((s) => (s === 'article' ? s : Number(s)));
const RENDER_CAP_MS = Number(env('BENCH_RENDER_CAP_S', 60)) * 1000;
const GESTURE_CAP_MS = Number(env('BENCH_GESTURE_CAP_S', 8)) * 1000;
// Time for the measuring loop; with `npm ci` and the root build around it the whole `npm run bench`
// stays under 15 minutes on the 2-core machine.
const BUDGET_MS = Number(env('BENCH_BUDGET_S', 780)) * 1000;
const CHROMIUM = env('CHROMIUM', '/usr/bin/chromium');
const STEPS = 40;
const VIEWPORT = { width: 1280, height: 800 };
// After a cap, how long to wait for the page to hand over what it recorded.
const GRACE_MS = 10_000;
// The most one run can take: render cap, two gestures with their grace, launch and close.
const WORST_RUN_MS = RENDER_CAP_MS + 2 * (GESTURE_CAP_MS + GRACE_MS) + 10_000;

const ARGS = [
  '--no-sandbox', // headless as root
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--js-flags=--expose-gc', // gc() before reading the heap
  '--enable-precise-memory-info', // else performance.memory is rounded to coarse buckets
  // Offline, and provably so: every host but the local server fails to resolve (and is reported).
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

const LIBS = [
  { key: 'ours', name: 'belarus-timeline', page: 'ours.html' },
  { key: 'vis', name: 'vis-timeline', page: 'vis.html' },
  { key: 'tl', name: 'TimelineJS3', page: 'timelinejs.html' },
];

class Timeout extends Error {}

/** `promise`, or a Timeout at `deadline` (ms since epoch), or the first of `failures` to reject. */
function within(promise, deadline, ...failures) {
  let timer;
  const cap = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Timeout('timeout')), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([promise, cap, ...failures]).finally(() => clearTimeout(timer));
}

const log = (line) => process.stdout.write(`${line}\n`);
const entries = (size) => (size === 'article' ? 14 : size);

// The datasets need the element's build too: make it when it is missing.
if (!existsSync(join(DIST, 'belarus-timeline.bundle.js')) || !existsSync(join(DIST, 'data', 'index.js'))) {
  if (process.env.BENCH_DIST) throw new Error(`no build in BENCH_DIST=${DIST}`);
  log('dist/ is missing: running `npm run build` in the package root');
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the root build failed');
}
const { article, toTimelineJS, toVis } = await fromBuild(DIST);

/** The datasets as JSON the pages fetch: /data/<size>.<lib>.json. Ours tells the article built in. */
function datasets() {
  const served = new Map();
  const urls = new Map();
  for (const size of SIZES) {
    const base = size === 'article' ? article() : synthetic(size);
    for (const lib of LIBS) {
      if (lib.key === 'ours' && size === 'article') continue;
      const data = lib.key === 'vis' ? toVis(base) : lib.key === 'tl' ? toTimelineJS(base) : base;
      const url = `/data/${size}.${lib.key}.json`;
      served.set(url, JSON.stringify(data));
      urls.set(`${lib.key}|${size}`, url);
    }
  }
  return { served, urls };
}

let currentBrowser = null;

/** One run: a fresh browser, one page, one library, one dataset. */
async function runOne(origin, lib, dataUrl) {
  const out = { requests: [], blocked: [], errors: [] };
  const started = Date.now();
  const server = await chromium.launchServer({
    executablePath: CHROMIUM,
    args: ARGS,
    headless: true,
    timeout: 30_000,
  });
  currentBrowser = server;
  try {
    const browser = await chromium.connect(server.wsEndpoint(), { timeout: 30_000 });
    out.chromium = browser.version();
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page = await context.newPage();
    // Warm up the browser and the renderer on a blank page of the same origin, so that start-up
    // work of the browser is not charged to whichever library happens to load first.
    await page.goto(`${origin}/pages/blank.html`);
    await page.waitForTimeout(300);

    page.on('request', (request) => out.requests.push(request.url()));
    page.on('requestfailed', (request) => {
      if (!request.url().startsWith(origin)) out.blocked.push(request.url());
    });
    const pageError = new Promise((_, reject) => {
      page.on('pageerror', (error) => {
        out.errors.push(error.message);
        reject(new Error(`page error: ${error.message}`));
      });
    });
    pageError.catch(() => {}); // Seen through `within`; never unhandled.

    const deadline = Date.now() + RENDER_CAP_MS;
    const url = `${origin}/pages/${lib.page}${dataUrl ? `?data=${encodeURIComponent(dataUrl)}` : ''}`;
    try {
      await within(page.goto(url, { waitUntil: 'domcontentloaded', timeout: 0 }), deadline, pageError);
      out.result = await within(
        page.evaluate(() => window.bench.done),
        deadline,
        pageError,
      );
    } catch (error) {
      if (error instanceof Timeout) out.timeout = true;
      else
        out.error = String(error.message ?? error)
          .split('\n')[0]
          .slice(0, 200);
      return out;
    }

    out.zoom = await gesture(page, 'zoom', pageError);
    // A page that did not come back from the zoom is still busy: a drag would measure nothing.
    out.drag = out.zoom.timeout ? { skipped: true } : await gesture(page, 'drag', pageError);
    return out;
  } finally {
    out.wallMs = Date.now() - started;
    // Close; a browser that does not close in time (its renderer stuck in a long task) is killed.
    await within(server.close(), Date.now() + 10_000).catch(() => server.kill());
    currentBrowser = null;
  }
}

/**
 * 40 steps of Ctrl + wheel (zoom in) or of a mouse drag (10 px each, to the left), one frame apart,
 * over the middle of the library's plot; the page's rAF loop records every frame meanwhile.
 */
async function gesture(page, kind, pageError) {
  const deadline = Date.now() + GESTURE_CAP_MS;
  const step = (promise) => within(promise, deadline, pageError);
  let steps = 0;
  let capped = false;
  let changed = 0; // steps after which the view differed from the step before
  try {
    const target = await step(page.evaluate(() => window.bench.target()));
    const before = await step(page.evaluate(() => window.bench.snapshot()));
    await step(page.mouse.move(target.x, target.y));
    await step(page.evaluate(() => window.bench.frames.start()));
    let view = before.view;
    const settle = async () => {
      const now = await step(page.evaluate(() => window.bench.step()));
      if (now !== view) changed++;
      view = now;
    };
    try {
      if (kind === 'zoom') {
        await step(page.keyboard.down('Control'));
        for (; steps < STEPS && Date.now() < deadline; steps++) {
          await step(page.mouse.wheel(0, -100));
          await settle();
        }
        await step(page.keyboard.up('Control'));
      } else {
        await step(page.mouse.down());
        for (; steps < STEPS && Date.now() < deadline; steps++) {
          await step(page.mouse.move(target.x - (steps + 1) * 10, target.y));
          await settle();
        }
        await step(page.mouse.up());
      }
      // One more frame, so that the last step's frame is in the record.
      await step(page.evaluate(() => window.bench.nextFrame()));
    } catch (error) {
      if (!(error instanceof Timeout)) throw error;
      capped = true;
    }
    capped ||= steps < STEPS;
    // After a cap the page may still be in a long frame: give it a grace period to answer.
    const late = Date.now() + GRACE_MS;
    const frames = await within(
      page.evaluate(() => window.bench.frames.stop()),
      Math.max(deadline, late),
      pageError,
    );
    const after = await within(
      page.evaluate(() => window.bench.snapshot()),
      Math.max(deadline, late),
      pageError,
    );
    return {
      steps,
      capped,
      changed,
      moved: before.view !== after.view,
      marksAfter: after.marks,
      longTasks: frames.longTasks,
      tbtMs: frames.tbtMs,
      ...frameStats(frames.intervals),
    };
  } catch (error) {
    if (error instanceof Timeout) return { timeout: true, steps };
    return {
      error: String(error.message ?? error)
        .split('\n')[0]
        .slice(0, 200),
      steps,
    };
  }
}

const fmtMs = (ms) => (ms == null ? '–' : ms < 10 ? ms.toFixed(1) : Math.round(ms).toString());

async function main() {
  const started = Date.now();
  const loadStart = loadavg()[0].toFixed(2);
  const { served, urls } = datasets();
  const roots = {
    '/pages/': join(HERE, 'pages'),
    '/node_modules/': join(HERE, 'node_modules'),
    '/dist/': DIST,
  };
  const http = await serve(roots, served);
  log(
    `serving on ${http.origin}; ${RUNS} runs × ${SIZES.length} datasets × ${LIBS.length} libraries, interleaved`,
  );

  const cells = new Map(); // `${lib}|${size}` → run outcomes, and why runs were skipped
  const stoppedAt = new Map(); // lib → the smallest size at which its render failed or timed out
  const total = SIZES.length * RUNS * LIBS.length;
  let done = 0;
  let chromiumVersion = null;
  // Largest dataset first: the runs that may hit the caps start while the budget is whole, and the
  // cheap ones, whose length their first run tells, come last.
  const order = [...SIZES].sort((a, b) => entries(b) - entries(a));
  try {
    for (const size of order) {
      for (let run = 1; run <= RUNS; run++) {
        for (const lib of LIBS) {
          done++;
          const key = `${lib.key}|${size}`;
          const cell = cells.get(key) ?? { runs: [], skipped: [] };
          cells.set(key, cell);
          const tag = `[${String(done).padStart(2)}/${total}] ${sizeLabel(size).padEnd(7)} run ${run}/${RUNS} ${lib.name.padEnd(16)}`;
          const stop = stoppedAt.get(lib.key);
          if (stop && entries(size) >= entries(stop.size)) {
            cell.skipped.push(
              stop.size === size ? stop.reason : `not run (${stop.reason} at ${sizeLabel(stop.size)})`,
            );
            continue;
          }
          // Start a run only when it can end within the budget: the longest run seen for this cell,
          // with a margin, or the worst case before the first.
          const seen = cell.runs.map((r) => r.wallMs);
          const expected = seen.length ? Math.max(...seen) * 1.25 + 5_000 : WORST_RUN_MS;
          if (Date.now() - started + expected > BUDGET_MS) {
            cell.skipped.push('not run (time budget)');
            log(`${tag} skipped: the time budget is spent`);
            continue;
          }
          const out = await runOne(http.origin, lib, urls.get(key));
          chromiumVersion ??= out.chromium;
          const secs = `${(out.wallMs / 1000).toFixed(1)} s`;
          if (!out.result) {
            const reason = out.timeout ? `timeout (>${RENDER_CAP_MS / 1000} s)` : `error: ${out.error}`;
            stoppedAt.set(lib.key, { size, reason });
            cell.skipped.push(reason);
            log(`${tag} ${reason}; its other runs of this dataset (and of any larger) are skipped (${secs})`);
            continue;
          }
          cell.runs.push(out);
          const g = (x) =>
            x.timeout
              ? 'timeout'
              : x.error
                ? 'error'
                : `p95 ${fmtMs(x.p95)} ms${x.capped ? ` (${x.steps}/40)` : ''}`;
          log(
            `${tag} render ${fmtMs(out.result.renderMs)} ms, ${out.result.marks} marks, zoom ${g(out.zoom)}, drag ${out.drag.skipped ? 'skipped' : g(out.drag)} (${secs})`,
          );
        }
      }
    }
  } finally {
    await http.close();
  }

  const wallMs = Date.now() - started;
  const info = {
    ...machine({ chromium: chromiumVersion, root: ROOT, bench: HERE }),
    dist: process.env.BENCH_DIST ? DIST : null,
    loadStart,
    loadEnd: loadavg()[0].toFixed(2),
  };
  const settings = { RUNS, SIZES, RENDER_CAP_MS, GESTURE_CAP_MS, BUDGET_MS, STEPS, VIEWPORT, ARGS };
  const { table, markdown } = report({ cells, libs: LIBS, sizes: SIZES, roots, info, settings, wallMs });
  log(`\n${table}\n`);
  writeFileSync(join(HERE, 'results.md'), markdown);
  // The raw runs, for a closer look; .cache/ is not committed.
  mkdirSync(join(HERE, '.cache'), { recursive: true });
  writeFileSync(
    join(HERE, '.cache', 'results.json'),
    JSON.stringify({ info, settings, wallMs, cells: Object.fromEntries(cells) }, null, 1),
  );
  log(`wrote bench/results.md (measuring took ${(wallMs / 60000).toFixed(1)} min)`);
}

// Ctrl+C: take the running browser down too.
process.on('SIGINT', () => {
  currentBrowser?.kill().finally(() => process.exit(130));
  if (!currentBrowser) process.exit(130);
});

await main();
