// Benchmarks <belarus-timeline> against vis-timeline and TimelineJS3 in Debian's Chromium, as a
// reader waits: each run is a fresh browser that navigates to one contestant's page, and the page
// times from navigation start to the paint of the first frame that shows every entry. The
// contestants: the floor (the same data fetched and parsed, nothing drawn), ours loaded two ways
// (the self-contained file; what a bundler makes of `import 'belarus-timeline'`), vis-timeline and
// TimelineJS3. Runs interleave the contestants (A, B, C, …, A, B, C, …) so that drifts of the machine
// hit all alike. After the first render, ours and the peers are zoomed (Ctrl + wheel) and dragged
// while a rAF loop in the page records frame times. Then the embed page (README's "Embed it", the
// script a second late) is loaded at 375 and 1280 px for its layout shift (CLS). Every wait is
// capped, and so is the whole: see README.md.
//
//   node run.js                          (from bench/, after `npm ci`; builds ../dist when missing)
//   BENCH_QUICK=1 node run.js            (development: 1 run, the article only, CLS once per width)
//   node run.js --runs 1 --cases article,10000 --only floor,ours,vis --no-cls --no-gestures
//
// Knobs (flags win over the environment; the defaults are what results.md reports):
//   BENCH_RUNS=3  BENCH_CASES=article,10000,100000  BENCH_ONLY=floor,ours,bundler,vis,tl
//   BENCH_PEERS_UP_TO=10000 (the peers' largest case; they time out at 100,000)
//   BENCH_RENDER_CAP_S=60  BENCH_GESTURE_CAP_S=8  BENCH_BUDGET_S=540  BENCH_CLS=1  BENCH_GESTURES=1
//   CHROMIUM=/usr/bin/chromium  BENCH_DIST=../dist (the element's build to measure)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serve } from './lib/server.js';
import { fromBuild, synthetic } from './lib/data.js';
import { frameStats } from './lib/stats.js';
import { ZOOM_STEPS, dragPoint } from './lib/gesture.js';
import { machine, report, sizeLabel } from './lib/report.js';
import { buildBundler } from './lib/bundler.js';
import { LATE_MS, embedPage, readmeEmbed } from './lib/embed.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
// The element's build to measure: the package's own, or another one (say, of an older commit).
const DIST = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(ROOT, 'dist');
// Builds the bench makes itself (the bundler's): inside node_modules, which nothing lints or commits.
const BUILDS = join(HERE, 'node_modules', '.bench');

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string' },
    cases: { type: 'string' },
    only: { type: 'string' },
    'no-cls': { type: 'boolean' },
    'no-gestures': { type: 'boolean' },
    quick: { type: 'boolean' },
  },
});
const QUICK = flags.quick || process.env.BENCH_QUICK === '1';
const env = (name, fallback) => process.env[name] ?? String(fallback);
const RUNS = Number(flags.runs ?? env('BENCH_RUNS', QUICK ? 1 : 3));
const SIZES = (flags.cases ?? env('BENCH_CASES', QUICK ? 'article' : 'article,10000,100000'))
  .split(',')
  .map((s) => (s === 'article' ? s : Number(s)));
const ONLY = new Set((flags.only ?? env('BENCH_ONLY', 'floor,ours,bundler,vis,tl')).split(','));
const PEERS_UP_TO = Number(env('BENCH_PEERS_UP_TO', 10_000));
const RENDER_CAP_MS = Number(env('BENCH_RENDER_CAP_S', 60)) * 1000;
const GESTURE_CAP_MS = Number(env('BENCH_GESTURE_CAP_S', 8)) * 1000;
// Time for the measuring loop; with `npm ci` and the root build around it the whole `npm run bench`
// stays around 10 minutes on the 2-core machine.
const BUDGET_MS = Number(env('BENCH_BUDGET_S', 540)) * 1000;
const CLS = !flags['no-cls'] && env('BENCH_CLS', 1) !== '0';
const GESTURES = !flags['no-gestures'] && env('BENCH_GESTURES', 1) !== '0';
const CHROMIUM = env('CHROMIUM', '/usr/bin/chromium');
const STEPS = 40;
const VIEWPORT = { width: 1280, height: 800 };
const CLS_WIDTHS = [375, 1280];
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

// `data`: whose format the page fetches. `gestures`: zoomed and dragged after the first render
// (the bundler's build is the same code as the self-contained file: its frames would say nothing
// new). `upTo`: the largest case it is run on.
const LIBS = [
  { key: 'floor', name: 'floor', page: 'floor.html', data: 'ours', gestures: true },
  {
    key: 'ours',
    name: 'ours (self-contained)',
    page: 'ours.html',
    data: 'ours',
    gestures: true,
  },
  { key: 'bundler', name: 'ours (bundler)', page: 'ours-bundler.html', data: 'ours', gestures: false },
  { key: 'vis', name: 'vis-timeline', page: 'vis.html', data: 'vis', gestures: true, upTo: PEERS_UP_TO },
  { key: 'tl', name: 'TimelineJS3', page: 'timelinejs.html', data: 'tl', gestures: true, upTo: PEERS_UP_TO },
].filter((lib) => ONLY.has(lib.key));

/** ours.html with the bundler's build in its markup in the place of the self-contained file. */
function bundlerPage(html) {
  const from = 'src="/dist/belarus-timeline.bundle.js"';
  if (!html.includes(from)) throw new Error(`pages/ours.html has no ${from} to point at the bundler's build`);
  return html
    .replace(from, 'src="/bundler/index.js"')
    .replace('<title>bench: belarus-timeline', '$& (bundler)');
}

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
const short = (error) =>
  String(error?.message ?? error)
    .split('\n')[0]
    .slice(0, 200);

// The datasets need the element's build too: make it when it is missing.
if (!existsSync(join(DIST, 'belarus-timeline.bundle.js')) || !existsSync(join(DIST, 'data', 'index.js'))) {
  if (process.env.BENCH_DIST) throw new Error(`no build in BENCH_DIST=${DIST}`);
  log('dist/ is missing: running `npm run build` in the package root');
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the root build failed');
}
const { article, toTimelineJS, toVis } = await fromBuild(DIST);

/**
 * The datasets as JSON the pages fetch: /data/<size>.<format>.json. Ours tells the article built in
 * (it fetches nothing); the floor fetches the article in our format, as the other cases.
 */
function datasets() {
  const served = new Map();
  const urls = new Map();
  for (const size of SIZES) {
    const base = size === 'article' ? article() : synthetic(size);
    for (const format of new Set(LIBS.map((lib) => lib.data))) {
      const data = format === 'vis' ? toVis(base) : format === 'tl' ? toTimelineJS(base) : base;
      const url = `/data/${size}.${format}.json`;
      served.set(url, JSON.stringify(data));
    }
    for (const lib of LIBS) {
      if (lib.data === 'ours' && lib.key !== 'floor' && size === 'article') continue;
      urls.set(`${lib.key}|${size}`, `/data/${size}.${lib.data}.json`);
    }
  }
  return { served, urls };
}

let currentBrowser = null;

/** A fresh browser, one page: `body(page, out)` does the rest. Closes (or kills) it in any case. */
async function withBrowser(viewport, body) {
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
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await body(page, out);
    return out;
  } finally {
    out.wallMs = Date.now() - started;
    // Close; a browser that does not close in time (its renderer stuck in a long task) is killed.
    await within(server.close(), Date.now() + 10_000).catch(() => server.kill());
    currentBrowser = null;
  }
}

/**
 * Records the page's requests and errors into `out`; resolves to `{ pageError }`, a promise that
 * rejects on a page error (wrapped: an async function would adopt a bare promise and wait on it).
 */
async function warmUp(page, origin, out) {
  // Warm up the browser and the renderer on a blank page of the same origin, so that start-up
  // work of the browser is not charged to whichever contestant happens to load first.
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
  return { pageError };
}

/** One run: a fresh browser, one page, one contestant, one dataset. */
function runOne(origin, lib, dataUrl) {
  return withBrowser(VIEWPORT, async (page, out) => {
    const { pageError } = await warmUp(page, origin, out);
    const deadline = Date.now() + RENDER_CAP_MS;
    const sep = lib.page.includes('?') ? '&' : '?';
    const url = `${origin}/pages/${lib.page}${dataUrl ? `${sep}data=${encodeURIComponent(dataUrl)}` : ''}`;
    try {
      await within(page.goto(url, { waitUntil: 'domcontentloaded', timeout: 0 }), deadline, pageError);
      out.result = await within(
        page.evaluate(() => window.bench.done),
        deadline,
        pageError,
      );
    } catch (error) {
      if (error instanceof Timeout) out.timeout = true;
      else out.error = short(error);
      return;
    }
    if (!GESTURES || !lib.gestures) return;
    out.zoom = await gesture(page, 'zoom', pageError);
    // A page that did not come back from the zoom is still busy: a drag would measure nothing.
    out.drag = out.zoom.timeout ? { skipped: true } : await gesture(page, 'drag', pageError);
  });
}

/**
 * The embed page at one viewport width: navigate, wait for the element's `timeline-load` (its
 * script arrives LATE_MS late), then a second more, and read the layout shifts summed so far.
 */
function runEmbed(origin, width) {
  return withBrowser({ width, height: VIEWPORT.height }, async (page, out) => {
    const { pageError } = await warmUp(page, origin, out);
    const deadline = Date.now() + RENDER_CAP_MS;
    try {
      await within(
        page.goto(`${origin}/pages/embed.html`, { waitUntil: 'load', timeout: 0 }),
        deadline,
        pageError,
      );
      await within(
        page.waitForFunction(() => window.embed.loadedAt !== null, null, { timeout: 0, polling: 50 }),
        deadline,
        pageError,
      );
      await page.waitForTimeout(1000);
      out.result = await within(
        page.evaluate(() => {
          const el = document.querySelector('belarus-timeline');
          const box = el.getBoundingClientRect();
          return {
            cls: window.embed.cls,
            shifts: window.embed.shifts,
            loadedAt: window.embed.loadedAt,
            height: Math.round(box.height),
            width: Math.round(box.width),
            layout: el.layout,
          };
        }),
        deadline,
        pageError,
      );
    } catch (error) {
      if (error instanceof Timeout) out.timeout = true;
      else out.error = short(error);
    }
  });
}

/**
 * 40 steps of Ctrl + wheel (ZOOM_STEPS) or of a mouse drag (10 px each, to the left), one frame
 * apart, over the middle of the library's plot; the page's rAF loop records every frame meanwhile.
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
          await step(page.mouse.wheel(0, -100 * ZOOM_STEPS[steps]));
          await settle();
        }
        await step(page.keyboard.up('Control'));
      } else {
        await step(page.mouse.down());
        for (; steps < STEPS && Date.now() < deadline; steps++) {
          const { x, y } = dragPoint(target, steps);
          await step(page.mouse.move(x, y));
          await settle();
        }
        await step(page.mouse.up());
      }
      // One more frame, so that the last step's frame is in the record.
      await step(page.evaluate(() => window.bench.nextFrame()));
    } catch (error) {
      if (!(error instanceof Timeout)) throw error;
      capped = true;
      // Let go of what the capped gesture held: a Control still down would turn the drag that
      // follows into a Ctrl + drag, which d3-zoom ignores.
      const release = kind === 'zoom' ? page.keyboard.up('Control') : page.mouse.up();
      await within(release, Date.now() + GRACE_MS).catch(() => {});
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
    return { error: short(error), steps };
  }
}

const fmtMs = (ms) => (ms == null ? '–' : ms < 10 ? ms.toFixed(1) : Math.round(ms).toString());

async function main() {
  const started = Date.now();
  const loadStart = loadavg()[0].toFixed(2);
  const { served, urls } = datasets();

  // Ours as a bundler makes it, from the package root, into bench/node_modules/.bench/ (not
  // committed; out of the linters' way, and remade on every run).
  let bundler = null;
  if (LIBS.some((lib) => lib.key === 'bundler')) {
    bundler = await buildBundler({
      packageRoot: dirname(DIST),
      workdir: join(BUILDS, 'bundler-app'),
      outdir: join(BUILDS, 'bundler'),
    });
    if (bundler.dropped)
      log(
        "bundler build: esbuild DROPS `import 'belarus-timeline'` (package.json \"sideEffects\" does not name dist/index.js): a page with the README's line defines no element; measuring `" +
          bundler.app +
          '` instead',
      );
    log(
      `bundler build (esbuild, minified, splitting): ${bundler.files.map((f) => f.file.split('/').pop()).join(', ')}`,
    );
    served.set(
      '/pages/ours-bundler.html',
      bundlerPage(readFileSync(join(HERE, 'pages', 'ours.html'), 'utf8')),
    );
  }
  // The embed page, from README.md's "Embed it"; the element's script held back LATE_MS.
  const embed = readmeEmbed(join(ROOT, 'README.md'));
  served.set('/pages/embed.html', embedPage(embed, `/dist/belarus-timeline.bundle.js?late=${LATE_MS}`));

  const roots = {
    '/pages/': join(HERE, 'pages'),
    '/node_modules/': join(HERE, 'node_modules'),
    '/dist/': DIST,
    '/bundler/': join(BUILDS, 'bundler'),
  };
  const http = await serve(roots, served);
  const clsRuns = CLS ? RUNS * CLS_WIDTHS.length : 0;
  log(
    `serving on ${http.origin}; ${RUNS} runs × ${SIZES.length} cases × ${LIBS.length} contestants, interleaved; ${clsRuns} embed (CLS) runs`,
  );

  const cells = new Map(); // `${lib}|${size}` → run outcomes, and why runs were skipped
  const cls = new Map(); // width → runs
  const stoppedAt = new Map(); // lib → the smallest size at which its render failed or timed out
  const total = SIZES.length * RUNS * LIBS.length + clsRuns;
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
          const tag = `[${String(done).padStart(2)}/${total}] ${sizeLabel(size).padEnd(7)} run ${run}/${RUNS} ${lib.name.padEnd(21)}`;
          if (lib.upTo && entries(size) > lib.upTo) {
            if (run === 1) cell.skipped.push(`not run (over ${sizeLabel(lib.upTo)}; BENCH_PEERS_UP_TO)`);
            continue;
          }
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
            !x
              ? null
              : x.timeout
                ? 'timeout'
                : x.error
                  ? 'error'
                  : `p95 ${fmtMs(x.p95)} ms, ${x.dropped} dropped, moved ${x.changed}/${x.steps}`;
          const r = out.result;
          const parts = [
            `navigation → drawn ${fmtMs(r.navMs)} ms`,
            r.floor ? `data ${fmtMs(r.dataMs)} ms` : `render ${fmtMs(r.renderMs)} ms, ${r.marks} marks`,
          ];
          if (r.firstCheck && r.firstCheck.plotWidth !== r.firstCheck.width)
            parts.push(
              `plot ${r.firstCheck.plotWidth} px wide at timeline-load, element ${r.firstCheck.width}`,
            );
          if (r.redraws) parts.push(`${r.redraws} redraw(s) after its done signal`);
          if (out.zoom) parts.push(`zoom ${g(out.zoom)}`);
          if (out.drag) parts.push(`drag ${out.drag.skipped ? 'skipped' : g(out.drag)}`);
          log(`${tag} ${parts.join(', ')} (${secs})`);
        }
      }
    }
    for (let run = 1; run <= (CLS ? RUNS : 0); run++) {
      for (const width of CLS_WIDTHS) {
        done++;
        const tag = `[${String(done).padStart(2)}/${total}] embed   run ${run}/${RUNS} CLS at ${width} px`;
        const list = cls.get(width) ?? [];
        cls.set(width, list);
        if (Date.now() - started + 15_000 > BUDGET_MS) {
          log(`${tag} skipped: the time budget is spent`);
          continue;
        }
        const out = await runEmbed(http.origin, width);
        chromiumVersion ??= out.chromium;
        list.push(out);
        const r = out.result;
        log(
          `${tag} ${r ? `CLS ${r.cls.toFixed(3)} (${r.shifts.length} shift(s)); element ${r.width}×${r.height} px, ${r.layout}` : out.timeout ? 'timeout' : `error: ${out.error}`} (${(out.wallMs / 1000).toFixed(1)} s)`,
        );
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
    quick: QUICK,
  };
  const settings = {
    RUNS,
    SIZES,
    RENDER_CAP_MS,
    GESTURE_CAP_MS,
    BUDGET_MS,
    STEPS,
    ZOOM_STEPS,
    VIEWPORT,
    CLS_WIDTHS,
    LATE_MS,
    PEERS_UP_TO,
    ARGS,
  };
  const { table, markdown } = report({
    cells,
    cls,
    embed,
    bundler,
    libs: LIBS,
    sizes: SIZES,
    roots,
    info,
    settings,
    wallMs,
  });
  log(`\n${table}\n`);
  // results.md is the full run's; a quick or narrowed run writes beside the raw runs instead.
  mkdirSync(join(HERE, '.cache'), { recursive: true });
  const full =
    !QUICK && !flags.runs && !flags.cases && !flags.only && CLS && GESTURES && !process.env.BENCH_DIST;
  const written = full ? join(HERE, 'results.md') : join(HERE, '.cache', 'results.md');
  writeFileSync(written, markdown);
  // The raw runs, for a closer look; .cache/ is not committed.
  writeFileSync(
    join(HERE, '.cache', 'results.json'),
    JSON.stringify(
      {
        info,
        settings,
        wallMs,
        bundler,
        cells: Object.fromEntries(cells),
        cls: Object.fromEntries(cls),
      },
      null,
      1,
    ),
  );
  log(`wrote ${written.slice(ROOT.length + 1)} (measuring took ${(wallMs / 60000).toFixed(1)} min)`);
}

// Ctrl+C: take the running browser down too.
process.on('SIGINT', () => {
  currentBrowser?.kill().finally(() => process.exit(130));
  if (!currentBrowser) process.exit(130);
});

await main();
