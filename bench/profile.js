// Where the time goes: a Chrome trace (over CDP) of ours loading the article, the 10,000-entry and
// the 100,000-entry cases, from navigation start to the paint of the frame that shows every entry (the stop of
// run.js), summarised as the renderer main thread's time by activity (from the trace's events) and
// JavaScript time by module group and by function, self and inclusive (from the trace's CPU
// profile samples). Writes the summary into README.md between the `profile:start` and
// `profile:end` markers; with PROFILE_WINDOW=render, the window starts at the element's creation
// instead and the summary goes to .cache/profile-render.md.
//
//   node profile.js                       (from bench/, after `npm ci`; builds ../dist when missing)
//   PROFILE_RUNS=3 PROFILE_CASES=article,10000,100000 node profile.js
//   PROFILE_WINDOW=render PROFILE_CASES=article node profile.js
//
// It profiles an unminified esbuild build of the same entry and modules that `npm run build`
// bundles with Rollup (scripts/bundle-config.js's `bundleOptions`, minify off and no terser), so
// that functions keep their names and every sample can be traced to its source module (esbuild
// marks each module's start with a `// path` comment). Parse and compile of that file cost
// somewhat more than of the minified one; everything else is the same code.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './lib/server.js';
import { synthetic } from './lib/data.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const OUT = join(HERE, 'node_modules', '.bench', 'profile');
const RUNS = Number(process.env.PROFILE_RUNS ?? 3);
const CASES = (process.env.PROFILE_CASES ?? 'article,10000,100000')
  .split(',')
  .map((s) => (s === 'article' ? s : Number(s)));
/** `load`: from navigation start; `render`: from the element's creation (its script is in by then). */
const WINDOW = process.env.PROFILE_WINDOW ?? 'load';
if (!['load', 'render'].includes(WINDOW)) throw new Error(`PROFILE_WINDOW is load or render, not ${WINDOW}`);
/** The measured window of one load, in ms: both end at the paint of the frame that shows every entry. */
const windowMs = (result) => (WINDOW === 'render' ? result.renderMs : result.navMs);
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--js-flags=--expose-gc',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'disabled-by-default-v8.compile',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.gc',
  'blink.user_timing',
  'loading',
  'toplevel',
];
const log = (line) => process.stdout.write(`${line}\n`);

// The root build first (its dist/ is the input), then the unminified bundle from it.
if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
  log('dist/ is missing: running `npm run build` in the package root');
  if (spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' }).status !== 0)
    throw new Error('the root build failed');
}
const { bundleOptions } = await import(pathToFileURL(join(ROOT, 'scripts', 'bundle-config.js')).href);
const { build } = await import('esbuild');
await build({
  ...bundleOptions,
  outfile: undefined,
  absWorkingDir: ROOT,
  minify: false,
  outdir: OUT,
  entryNames: 'belarus-timeline.bundle',
  logLevel: 'warning',
});
/** Line (0-based) → the module esbuild put there, from its `// path` comments, per file built. */
const startsByFile = new Map();
function moduleStarts(file) {
  if (!startsByFile.has(file)) {
    const starts = [];
    const text = existsSync(join(OUT, file)) ? readFileSync(join(OUT, file), 'utf8') : '';
    text.split('\n').forEach((line, i) => {
      // `// dist/x.js`, `// node_modules/…` (or `../…/node_modules/…` where node_modules is a symlink).
      const m = /^\/\/ (?:\.\.\/)*(?:[\w.-]+\/)*?((?:node_modules|dist|scripts)\/\S+\.[cm]?js)$/.exec(line);
      if (m) starts.push([i, m[1]]);
    });
    startsByFile.set(file, starts);
  }
  return startsByFile.get(file);
}
/** The module at `line` of `file` (the bundle, or a chunk beside it: `chunks/…`). */
const moduleAt = (file, line) => {
  const starts = moduleStarts(file);
  let lo = 0;
  let hi = starts.length - 1;
  let found = '(bundle prelude)';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid][0] <= line) {
      found = starts[mid][1];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
};

/** The group a module (or a native frame) belongs to, as the summary names it. */
function group(module, functionName) {
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(program)') return '(program: native, not JS)';
  if (functionName === '(idle)') return '(idle)';
  if (functionName === 'measureText' || functionName === 'set font') return 'canvas text measurement';
  if (!module) return `native: ${functionName || '(anonymous)'}`;
  const rules = [
    [/^dist\/data\/validate/, 'our validation (dist/data/validate.js)'],
    [/^dist\/data\/markup-reader/, 'our light-DOM reader'],
    [/^dist\/data\/article/, 'our built-in story'],
    [/^dist\/dates\//, 'our dates (parse, format, ticks)'],
    [/^dist\/layout\//, 'our layout (lanes, wrap, level of detail)'],
    [/^dist\/scale\//, 'our scale and gaps'],
    [/^dist\/controllers\//, 'our controllers (resize, zoom, source, link)'],
    [/^dist\/belarus-timeline\.js/, 'our element (willUpdate, render methods)'],
    [/^dist\//, 'our other modules'],
    [
      /^node_modules\/(lit-html|lit-element|@lit\/reactive-element|lit)\//,
      'Lit (templates, commit, reactive updates)',
    ],
    [/^node_modules\/date-fns\//, 'date-fns'],
    [/^node_modules\/d3-/, 'd3'],
    [/^pages\//, 'bench harness'],
  ];
  for (const [re, name] of rules) if (re.test(module)) return name;
  return module;
}

/** Main-thread activity of a trace event, by name. */
function activity(name) {
  if (name === 'ParseHTML') return 'HTML parse';
  if (
    /^V8\.(PreParse|ParseFunction|ParseProgram|CompileIgnition|CompileCode|Compile|CompileLazy|CompileEval|FlushInstructionCache|FinalizeBaseline)|^v8\.(compile|compileModule|parseOnBackground|produceModuleCache)/.test(
      name,
    )
  )
    return 'script parse/compile';
  if (/GC|BlinkGC|Sweeper|ClearStringTable|concurrent marking/i.test(name)) return 'garbage collection';
  if (
    /^(EvaluateScript|v8\.evaluateModule|FunctionCall|v8\.callFunction|v8\.run|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|V8\.Execute|v8\.newInstance|BlinkScheduler_PerformMicrotaskCheckpoint|V8\.(BytecodeBudgetInterrupt|StackGuard|HandleInterrupts).*|XHRReadyStateChange|ResourceReceivedData)$/.test(
      name,
    )
  )
    return 'script execution';
  if (/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|StyleRecalc.*)$/.test(name)) return 'style';
  if (name === 'Layout' || name === 'UpdateLayout') return 'layout';
  if (
    /^(Paint|PrePaint|Layerize|UpdateLayer|PaintImage|CompositeLayers|Commit|RasterTask|Decode.*)$/.test(name)
  )
    return 'paint, layerize, commit';
  if (/^(ResourceSendRequest|ResourceReceiveResponse|ResourceFinish|ParseResource)/.test(name))
    return 'loading';
  if (
    /^(ThreadControllerImpl::RunTask|RunTask|Receive mojo|SimpleWatcher|EpollEvent|Closed mojo|ThreadPool)/.test(
      name,
    )
  )
    return 'task and IPC overhead (work inside not traced)';
  if (/^(DocumentLoader|LocalWindowProxy|FrameLoader|NavigationBodyLoader|LocalFrame|Document::)/.test(name))
    return 'navigation and page setup (the floor pays it too)';
  if (/^CpuProfiler/.test(name)) return 'the profiler itself';
  return `other: ${name}`;
}

/** The trace's events for one page load of ours, and what the page measured. */
async function traceOne(origin, pageUrl) {
  const server = await chromium.launchServer({ executablePath: CHROMIUM, args: ARGS, headless: true });
  try {
    const browser = await chromium.connect(server.wsEndpoint());
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(`${origin}/pages/blank.html`);
    await page.waitForTimeout(300);
    const cdp = await page.context().newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: CATEGORIES },
    });
    await page.goto(pageUrl, { waitUntil: 'domcontentloaded' });
    const result = await page.evaluate(() => window.bench.done);
    await cdp.send('Tracing.end');
    await complete;
    return { events, result };
  } finally {
    await server.close().catch(() => server.kill());
  }
}

/** A CPU profile frame's function name, source module (null for native) and table key. */
function describe(frame = {}) {
  const name = frame.functionName || '(anonymous)';
  let module = null;
  const built = /\/dist\/(.+\.js)(?:\?.*)?$/.exec(frame.url ?? '')?.[1];
  if (built) module = moduleAt(built, frame.lineNumber);
  else if (frame.url?.includes('/pages/')) module = `pages/${frame.url.split('/pages/')[1].split('?')[0]}`;
  else if (frame.url) module = frame.url;
  return { name, module, key: `${name} — ${module ?? 'native'}${built ? `:${frame.lineNumber + 1}` : ''}` };
}

/** Adds one trace's main-thread activity and JS self time (within the measured window) to `acc`. */
function analyse({ events, result }, acc) {
  const nav = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes('/pages/ours.html'),
  );
  if (!nav) throw new Error('no navigationStart of ours.html in the trace');
  const t1 = nav.ts + result.navMs * 1000;
  const t0 = t1 - windowMs(result) * 1000;
  const main = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid);
  acc.windowMs += windowMs(result);

  // Activity: self time of complete events, nested by time on the main thread, clipped to the window.
  const spans = main
    .filter((e) => e.ph === 'X' && e.dur > 0 && e.ts < t1 && e.ts + e.dur > t0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  const clip = (from, to) => Math.max(0, Math.min(to, t1) - Math.max(from, t0));
  const self = new Map();
  const close = (node) => {
    const own = clip(node.ts, node.ts + node.dur) - node.children;
    const name = activity(node.name);
    self.set(name, (self.get(name) ?? 0) + Math.max(0, own));
  };
  for (const e of spans) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts)
      close(stack.pop());
    const node = { ts: e.ts, dur: e.dur, name: e.name, children: 0 };
    if (stack.length)
      stack[stack.length - 1].children += clip(
        e.ts,
        Math.min(e.ts + e.dur, stack[stack.length - 1].ts + stack[stack.length - 1].dur),
      );
    stack.push(node);
  }
  while (stack.length) close(stack.pop());
  let busy = 0;
  for (const [name, us] of self) {
    acc.activity.set(name, (acc.activity.get(name) ?? 0) + us / 1000);
    busy += us / 1000;
  }
  acc.busyMs += busy;

  // JS self time from the CPU profile's samples (nodes arrive in chunks, samples with time deltas).
  const profile = events.find((e) => e.name === 'Profile' && e.pid === nav.pid);
  const nodes = new Map();
  let time = profile?.args?.data?.startTime ?? 0;
  const samples = [];
  for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === nav.pid)) {
    const data = chunk.args.data;
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      time += deltas[i] ?? 0;
      samples.push([time, ids[i]]);
    }
  }
  samples.sort((a, b) => a[0] - b[0]);
  for (let i = 0; i + 1 < samples.length; i++) {
    const [at, id] = samples[i];
    if (at < t0 || at >= t1) continue;
    const ms = Math.min(samples[i + 1][0] - at, 10_000) / 1000;
    const { name, module, key } = describe(nodes.get(id)?.callFrame);
    if (name === '(idle)') continue;
    const g = group(module, name);
    acc.groups.set(g, (acc.groups.get(g) ?? 0) + ms);
    acc.functions.set(key, (acc.functions.get(key) ?? 0) + ms);
    // Inclusive: the sample counts once for every function on its stack (a recursive one once).
    const onStack = new Set();
    for (let node = nodes.get(id); node; node = nodes.get(node.parent))
      onStack.add(describe(node.callFrame).key);
    for (const k of onStack)
      if (k !== '(root) — native') acc.inclusive.set(k, (acc.inclusive.get(k) ?? 0) + ms);
    acc.jsMs += ms;
  }
}

const ms = (n) => (n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString('en-US'));
const top = (map, n, total, runs) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(
      ([name, v]) =>
        `| ${name.replace(/\|/g, '\\|')} | ${ms(v / runs)} | ${((100 * v) / total).toFixed(0)} % |`,
    )
    .join('\n');

const served = new Map();
for (const size of CASES)
  if (size !== 'article') served.set(`/data/${size}.ours.json`, JSON.stringify(synthetic(size)));
const http = await serve({ '/pages/': join(HERE, 'pages'), '/dist/': OUT }, served);
const sections = [];
try {
  for (const size of CASES) {
    const acc = {
      activity: new Map(),
      groups: new Map(),
      functions: new Map(),
      inclusive: new Map(),
      windowMs: 0,
      busyMs: 0,
      jsMs: 0,
    };
    const navs = [];
    for (let run = 1; run <= RUNS; run++) {
      const data = size === 'article' ? '' : `?data=${encodeURIComponent(`/data/${size}.ours.json`)}`;
      const trace = await traceOne(http.origin, `${http.origin}/pages/ours.html${data}`);
      analyse(trace, acc);
      navs.push(windowMs(trace.result));
      log(
        `${size} run ${run}/${RUNS}: navigation → drawn ${ms(trace.result.navMs)} ms, render ${ms(trace.result.renderMs)} ms`,
      );
    }
    const label =
      size === 'article' ? 'Article (14 entries, built in)' : `${size.toLocaleString('en-US')} entries`;
    sections.push(`#### ${label}

${WINDOW === 'render' ? 'Creation' : 'Navigation'} → drawn: ${navs.map(ms).join(', ')} ms (mean ${ms(acc.windowMs / RUNS)}); main thread busy ${ms(acc.busyMs / RUNS)} ms of it, JavaScript samples ${ms(acc.jsMs / RUNS)} ms.

| main thread, by activity | ms per load | share of busy |
| --- | ---: | ---: |
${top(acc.activity, 12, acc.busyMs, RUNS)}

| JavaScript self time, by module group | ms per load | share of JS |
| --- | ---: | ---: |
${top(acc.groups, 14, acc.jsMs, RUNS)}

| JavaScript self time, top functions (unminified build, line in it) | ms per load | share of JS |
| --- | ---: | ---: |
${top(acc.functions, 15, acc.jsMs, RUNS)}

| JavaScript inclusive time, top functions (each sample counted for every function on its stack) | ms per load | share of JS |
| --- | ---: | ---: |
${top(acc.inclusive, 25, acc.jsMs, RUNS)}
`);
  }
} finally {
  await http.close();
}

const summary = `<!-- profile:start (written by \`node profile.js\`; do not edit by hand) -->

Profiled ${new Date().toISOString().slice(0, 10)}, ${RUNS} load(s) per case, means per load: ours (the same
code as \`dist/belarus-timeline.bundle.js\`, built unminified) from ${WINDOW === 'render' ? "the element's creation" : 'navigation start'} to the paint of
the frame that shows every entry. "Main thread, by activity": self time of the renderer main
thread's trace events in that window; "JavaScript self time": CPU-profile samples in it (the
profiler's sampling adds a little to every figure); "inclusive": a function's samples with those of
everything it called.

${sections.join('\n')}
<!-- profile:end -->`;
if (WINDOW === 'render') {
  // The render alone is a question asked by hand: printed and kept beside the raw runs.
  const file = join(HERE, '.cache', 'profile-render.md');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, summary);
  log(`\n${summary}\n\nwrote .cache/profile-render.md`);
} else {
  const readmePath = join(HERE, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const marked = /<!-- profile:start[\s\S]*?<!-- profile:end -->/;
  if (!marked.test(readme)) throw new Error('bench/README.md has no profile:start / profile:end markers');
  writeFileSync(readmePath, readme.replace(marked, summary));
  log(`\n${summary}\n\nwrote the summary into bench/README.md`);
}
