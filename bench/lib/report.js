// Turns the runs into the Markdown that run.js prints and writes to results.md.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileFor } from './server.js';
import { DROPPED_MS, median } from './stats.js';

export const sizeLabel = (size) =>
  size === 'article' ? 'article' : size >= 1000 ? `${size / 1000}k` : String(size);

const version = (dir) => {
  try {
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
};

/** What the numbers were measured on. */
export function machine({ chromium, root, bench }) {
  const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout?.trim() ?? '';
  const cpu = cpus();
  return {
    date: new Date().toISOString(),
    cpus: cpu.length,
    cpuModel: cpu[0]?.model ?? '?',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${process.platform} ${release()}`,
    node: process.version,
    chromium: chromium ?? '?',
    playwrightCore: version(join(bench, 'node_modules', 'playwright-core')),
    commit: `${git('rev-parse', '--short', 'HEAD') || '?'}${git('status', '--porcelain', '--untracked-files=no') ? ' (with uncommitted changes)' : ''}`,
    versions: {
      'belarus-timeline': version(root),
      'vis-timeline': version(join(bench, 'node_modules', 'vis-timeline')),
      'vis-data': version(join(bench, 'node_modules', 'vis-data')),
      '@knight-lab/timelinejs': version(join(bench, 'node_modules', '@knight-lab', 'timelinejs')),
    },
  };
}

/** The JS, CSS and other files a library's page fetched (not the page, harness or data), with sizes. */
function bytes(runs, roots) {
  const seen = new Set();
  const files = [];
  for (const run of runs) {
    for (const url of run.requests) {
      const path = new URL(url).pathname;
      if (
        seen.has(path) ||
        path.startsWith('/pages/') ||
        path.startsWith('/data/') ||
        url.startsWith('data:')
      )
        continue;
      seen.add(path);
      const file = fileFor(roots, path);
      if (!file) continue;
      const body = readFileSync(file);
      const ext = extname(file);
      const kind = ext === '.js' || ext === '.mjs' ? 'js' : ext === '.css' ? 'css' : 'other';
      files.push({ path, kind, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
    }
  }
  const sum = (kind, field) => files.filter((f) => kind.includes(f.kind)).reduce((n, f) => n + f[field], 0);
  return {
    files,
    js: { raw: sum(['js'], 'raw'), gzip: sum(['js'], 'gzip') },
    css: { raw: sum(['css'], 'raw'), gzip: sum(['css'], 'gzip') },
    total: { raw: sum(['js', 'css'], 'raw'), gzip: sum(['js', 'css'], 'gzip') },
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => (n == null ? '–' : n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString('en-US'));
const int = (n) => (n == null ? '–' : Math.round(n).toLocaleString('en-US'));
const mb = (n) => (n == null ? '–' : (n / 2 ** 20).toFixed(1));
const ratio = (a, b) => {
  if (!(a > 0) || !(b > 0)) return 'n/a';
  const r = a / b;
  return `${r >= 10 ? r.toFixed(0) : r >= 1 ? r.toFixed(1) : r.toPrecision(2)}×`;
};
const caseLabel = (size) => (size === 'article' ? 'article (14)' : int(size));

/** Medians over a cell's runs of one gesture, or why there are none. */
function gestureStats(ok, kind, cap) {
  const done = ok.map((r) => r[kind]).filter((g) => g && !g.timeout && !g.error && !g.skipped);
  if (!done.length) {
    const g = ok.map((r) => r[kind]).find(Boolean);
    return { text: g?.timeout ? `timeout (>${cap})` : g?.error ? `error: ${g.error}` : '–' };
  }
  const m = (pick) => median(done.map(pick));
  const steps = m((g) => g.steps);
  const changed = m((g) => g.changed);
  const flags = [];
  if (done.some((g) => g.capped)) flags.push(`capped at ${Math.round(steps)}/40 steps`);
  if (!done.some((g) => g.moved)) flags.push('no effect');
  else flags.push(`moved in ${Math.round(changed)}/${Math.round(steps)} steps`);
  if (done.length < ok.length) flags.push(`${ok.length - done.length} run(s) timed out`);
  const md = m((g) => g.median);
  const p95 = m((g) => g.p95);
  const dropped = m((g) => g.dropped);
  const frames = m((g) => g.frames);
  return {
    md,
    p95,
    dropped,
    changed,
    steps,
    text: `${ms(md)} / ${ms(p95)} / ${int(dropped)} of ${int(frames)} (${flags.join('; ')})`,
  };
}

/** Medians over a cell's runs, or why there are none. */
function summarize(cell, runsWanted, cap) {
  const ok = cell.runs;
  const m = (pick) => median(ok.map(pick));
  return {
    n: ok.length,
    runsText: ok.length === runsWanted ? String(ok.length) : `${ok.length}/${runsWanted}`,
    reason: cell.skipped[0],
    navMs: m((r) => r.result.navMs),
    renderMs: m((r) => r.result.renderMs),
    dataMs: m((r) => r.result.dataMs),
    libMs: m((r) => r.result.libMs),
    loadMs: m((r) => r.result.loadMs),
    interactiveMs: m((r) => r.result.interactiveMs),
    redrawn: ok.filter((r) => r.result.redraws).length,
    unsettled: ok.filter((r) => r.result.unsettled).length,
    narrow: ok.filter(
      (r) => r.result.firstCheck && r.result.firstCheck.plotWidth !== r.result.firstCheck.width,
    ).length,
    marks: m((r) => r.result.marks),
    longTasks: m((r) => r.result.longTasks),
    tbtMs: m((r) => r.result.tbtMs),
    heap: m((r) => r.result.heapBytes),
    dom: m((r) => r.result.domNodes),
    zoom: gestureStats(ok, 'zoom', cap),
    drag: gestureStats(ok, 'drag', cap),
    blocked: [...new Set(ok.flatMap((r) => r.blocked))],
    errors: [...new Set(cell.runs.flatMap((r) => r.errors))],
  };
}

const TARGETS = {
  article: '≤ floor + 60 ms',
  10000: '≤ 1/20 of vis-timeline',
  100000: '< 1,500 ms',
};

export function report({ cells, cls, embed, bundler, libs, sizes, roots, info, settings, wallMs }) {
  const cap = `${settings.GESTURE_CAP_MS / 1000} s`;
  const stats = new Map();
  for (const [key, cell] of cells) stats.set(key, summarize(cell, settings.RUNS, cap));
  const get = (key, size) => {
    const s = stats.get(`${key}|${size}`);
    return s && s.n ? s : null;
  };
  const has = (key) => libs.some((lib) => lib.key === key);
  const why = (key, size) => stats.get(`${key}|${size}`)?.reason ?? 'not run';

  // The first table: navigation start → the frame that shows every entry, per case and contestant.
  const cols = ['floor', 'ours', 'bundler', 'vis', 'tl'].filter(has);
  const colName = Object.fromEntries(libs.map((lib) => [lib.key, lib.name]));
  const cell = (key, size) => {
    const s = get(key, size);
    if (!s) return why(key, size);
    const flags = [];
    if (s.narrow) flags.push(`drawn narrow at its done signal in ${s.narrow} run(s)`);
    if (s.unsettled) flags.push(`still drawing after 30 frames in ${s.unsettled} run(s)`);
    const extra = key === 'floor' ? `data ${ms(s.dataMs)}` : `render ${ms(s.renderMs)}`;
    return `**${ms(s.navMs)}** (${extra})${flags.length ? ` ${flags.join('; ')}` : ''}`;
  };
  /** A target's verdict for one of our builds: the figure, the bound, met or short by how much. */
  const verdict = (key, size) => {
    const s = get(key, size);
    if (!s) return null;
    const floor = get('floor', size);
    const vis = get('vis', size);
    if (size === 'article') {
      if (!floor) return null;
      const bound = floor.navMs + 60;
      return { bound, got: s.navMs, met: s.navMs <= bound, text: `floor + ${ms(s.navMs - floor.navMs)} ms` };
    }
    if (size === 10000) {
      if (!vis) return null;
      const bound = vis.navMs / 20;
      return {
        bound,
        got: s.navMs,
        met: s.navMs <= bound,
        text: `1/${(vis.navMs / s.navMs).toFixed(1)} of vis-timeline`,
      };
    }
    if (size === 100000) return { bound: 1500, got: s.navMs, met: s.navMs < 1500, text: `${ms(s.navMs)} ms` };
    return null;
  };
  const targetCell = (size) => {
    const target = TARGETS[size];
    if (!target) return '–';
    const parts = ['ours', 'bundler']
      .filter(has)
      .map((key) => {
        const v = verdict(key, size);
        if (!v) return null;
        return `${key === 'ours' ? 'self-contained' : 'bundler'} ${v.met ? 'met' : `short by ${ms(v.got - v.bound)} ms`}`;
      })
      .filter(Boolean);
    return `${target}${parts.length ? ` (${parts.join(', ')})` : ''}`;
  };
  const mainTable = [
    `| case | ${cols.map((key) => colName[key]).join(' | ')} | target |`,
    `| --- | ${cols.map(() => '---:').join(' | ')} | --- |`,
    ...sizes.map(
      (size) =>
        `| ${caseLabel(size)} | ${cols.map((key) => cell(key, size)).join(' | ')} | ${targetCell(size)} |`,
    ),
  ].join('\n');

  // Ratios: to the floor, and ours to each peer (and one build of ours to the other).
  const pairs = [
    ...['ours', 'bundler', 'vis', 'tl'].filter(has).map((key) => [key, 'floor']),
    ...['vis', 'tl'].filter(has).map((peer) => ['ours', peer]),
    ...['vis', 'tl'].filter(has).map((peer) => ['bundler', peer]),
    ['bundler', 'ours'],
  ].filter(([a, b]) => has(a) && has(b));
  const ratioTable = !pairs.length
    ? '(no two contestants in this run)'
    : [
        `| case | ${pairs.map(([a, b]) => `${colName[a]} / ${colName[b]}`).join(' | ')} | ours − floor |`,
        `| --- | ${pairs.map(() => '---:').join(' | ')} | ---: |`,
        ...sizes.map((size) => {
          const row = pairs.map(([a, b]) => {
            const x = get(a, size);
            const y = get(b, size);
            return x && y ? ratio(x.navMs, y.navMs) : 'n/a';
          });
          const o = get('ours', size);
          const f = get('floor', size);
          return `| ${caseLabel(size)} | ${row.join(' | ')} | ${o && f ? `${ms(o.navMs - f.navMs)} ms` : 'n/a'} |`;
        }),
      ].join('\n');

  // CLS of the embed page, per width.
  const clsRows = [...(cls?.entries() ?? [])].map(([width, runs]) => {
    const ok = runs.filter((r) => r.result);
    if (!ok.length) {
      const r = runs[0];
      return `| ${width} px | ${r ? (r.timeout ? 'timeout' : `error: ${r.error}`) : 'not run'} | | | | ≤ 0.02 |`;
    }
    const values = ok.map((r) => r.result.cls);
    const mid = median(values);
    const worst = Math.max(...values);
    const last = ok[ok.length - 1].result;
    return `| ${width} px | **${mid.toFixed(3)}** (worst ${worst.toFixed(3)}, ${ok.length} run(s)) | ${median(ok.map((r) => r.result.shifts.length))} | ${last.width} × ${last.height} px, ${last.layout} | ${ms(median(ok.map((r) => r.result.loadedAt)))} ms | ≤ 0.02 (${mid <= 0.02 ? 'met' : 'not met'}) |`;
  });
  const clsTable = clsRows.length
    ? [
        '| viewport width | CLS: median | shifts | element, final size | `timeline-load` after navigation | target |',
        '| --- | ---: | ---: | --- | ---: | --- |',
        ...clsRows,
      ].join('\n')
    : '(not measured in this run)';

  // Frames, heap and DOM, per case and contestant.
  const detailRows = [];
  for (const size of sizes) {
    for (const lib of libs) {
      const s = get(lib.key, size);
      if (!s) {
        detailRows.push(`| ${caseLabel(size)} | ${lib.name} | 0 | ${why(lib.key, size)} | | | | | | | |`);
        continue;
      }
      detailRows.push(
        `| ${caseLabel(size)} | ${lib.name} | ${s.runsText} | ${ms(s.libMs)} | ${ms(s.interactiveMs)} | ${ms(s.dataMs)} | ${int(s.marks)} | ${int(s.longTasks)} / ${ms(s.tbtMs)} | ${mb(s.heap)} | ${int(s.dom)} | ${lib.gestures ? s.zoom.text : '–'} | ${lib.gestures ? s.drag.text : '–'} |`,
      );
    }
  }
  const detailTable = [
    '| case | contestant | runs | script loaded (ms) | zoomable (ms) | data parsed (ms) | marks in DOM | long tasks / TBT (ms) | JS heap after GC (MB) | DOM nodes | zoom frames: median / p95 (ms) / dropped | drag frames: median / p95 (ms) / dropped |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    ...detailRows,
  ].join('\n');

  // Bytes: what each page actually fetched, over all its runs.
  const fetched = libs.filter((lib) => lib.key !== 'floor');
  const sizesOf = new Map(
    fetched.map((lib) => [
      lib.key,
      bytes(
        sizes.flatMap((size) => cells.get(`${lib.key}|${size}`)?.runs ?? []),
        roots,
      ),
    ]),
  );
  const bytesTable = [
    '| contestant | files | JS raw | JS gzip | CSS raw | CSS gzip | JS+CSS raw | JS+CSS gzip | also fetched |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...fetched.map((lib) => {
      const b = sizesOf.get(lib.key);
      const other = b.files
        .filter((f) => f.kind === 'other')
        .map((f) => `${f.path.split('/').pop()} (${kb(f.raw)})`);
      const code = b.files.filter((f) => f.kind !== 'other').length;
      return `| ${lib.name} | ${code} | ${kb(b.js.raw)} | ${kb(b.js.gzip)} | ${kb(b.css.raw)} | ${kb(b.css.gzip)} | **${kb(b.total.raw)}** | **${kb(b.total.gzip)}** | ${other.join(', ') || '–'} |`;
    }),
  ].join('\n');

  // Every figure beside its target.
  const closing = [];
  for (const key of ['ours', 'bundler'].filter(has)) {
    for (const size of sizes) {
      const v = verdict(key, size);
      if (!v) continue;
      closing.push(
        `- ${caseLabel(size)}, ${colName[key]}: ${ms(v.got)} ms from navigation (${v.text}); target ${TARGETS[size]} = ${ms(v.bound)} ms: **${v.met ? 'met' : `short by ${ms(v.got - v.bound)} ms`}**`,
      );
    }
  }
  for (const size of sizes) {
    const s = get('ours', size);
    if (!s || s.zoom.dropped == null) continue;
    // The control page's gestures, in the same run: what this machine drops with next to no work.
    const c = get('floor', size);
    const control =
      c && c.zoom.dropped != null
        ? `; the control page: ${int(c.zoom.dropped)} / ${int(c.drag.dropped)} dropped`
        : '';
    closing.push(
      `- ${caseLabel(size)}, zoom / drag frames: ${int(s.zoom.dropped)} / ${int(s.drag.dropped)} dropped (p95 ${ms(s.zoom.p95)} / ${ms(s.drag.p95)} ms), view moved in ${Math.round(s.zoom.changed)}/40 zoom steps${control}; target 0 dropped: **${s.zoom.dropped === 0 && s.drag.dropped === 0 ? 'met' : 'not met'}**`,
    );
  }
  for (const [width, runs] of cls?.entries() ?? []) {
    const values = runs.filter((r) => r.result).map((r) => r.result.cls);
    if (!values.length) continue;
    const mid = median(values);
    closing.push(
      `- CLS at ${width} px: ${mid.toFixed(3)}; target ≤ 0.02: **${mid <= 0.02 ? 'met' : 'not met'}**`,
    );
  }
  {
    const o = get('ours', 10000);
    const v = get('vis', 10000);
    if (o && v)
      closing.push(
        `- Heap after GC at 10,000: ${mb(o.heap)} MB against vis-timeline's ${mb(v.heap)} MB (${ratio(o.heap, v.heap)}); target ≤ 1/4: **${o.heap <= v.heap / 4 ? 'met' : 'not met'}**`,
      );
    for (const size of [10000, 100000]) {
      const s = get('ours', size);
      if (s)
        closing.push(
          `- DOM nodes at ${caseLabel(size)}: ${int(s.dom)}; target ≤ 2,000: **${s.dom <= 2000 ? 'met' : 'not met'}**`,
        );
    }
  }

  const notes = [];
  for (const lib of libs) {
    const blocked = [...new Set(sizes.flatMap((size) => stats.get(`${lib.key}|${size}`)?.blocked ?? []))];
    const errors = [...new Set(sizes.flatMap((size) => stats.get(`${lib.key}|${size}`)?.errors ?? []))];
    if (blocked.length)
      notes.push(`- ${lib.name} tried to reach other hosts (blocked): ${blocked.slice(0, 5).join(', ')}`);
    if (errors.length) notes.push(`- ${lib.name} page errors: ${errors.slice(0, 3).join(' | ')}`);
  }
  if (!notes.length)
    notes.push('- No page tried to reach a host other than the local server, and no page threw.');
  if (bundler?.dropped)
    notes.unshift(
      `- **ours (bundler)**: esbuild drops \`import 'belarus-timeline'\` as free of side effects (package.json's \`"sideEffects"\` names \`dist/define.js\` but not \`dist/index.js\`, which imports it), so a page built from the README's line defines no element. Measured instead: \`${bundler.app}\` (an entry's exports are kept, and with them \`dist/define.js\`).`,
    );
  if (bundler)
    notes.push(
      `- ours (bundler) is ${bundler.files.length} file(s): ${bundler.files.map((f) => `${f.file.split('/').pop()} (${kb(f.bytes)})`).join(', ')}.`,
    );
  if (embed)
    notes.push(
      `- The embed page took ${embed.html.length} html and ${embed.css.length} css block(s) from README.md's "Embed it".`,
    );

  const table = [
    'First frame with every entry, from navigation start (ms; median)',
    mainTable,
    'Ratios',
    ratioTable,
    'CLS',
    clsTable,
    'Details',
    detailTable,
    'Against the targets',
    closing.join('\n'),
  ].join('\n\n');

  const markdown = `# Benchmark results

Written by \`bench/run.js\` (see [README.md](README.md) for how to run it and what it does). Numbers are
medians over the runs shown; they compare the contestants on the same machine in the same way, and
are not absolute figures for any other machine.

- Date: ${info.date}${info.quick ? ' (quick mode: not the full run)' : ''}
- Machine: ${info.cpus} × ${info.cpuModel}, ${info.memoryGiB} GiB, ${info.os}; Node ${info.node}
- Browser: Debian's Chromium ${info.chromium}, headless, software rendering (\`--disable-gpu\`), viewport ${settings.VIEWPORT.width}×${settings.VIEWPORT.height}, driven by playwright-core ${info.playwrightCore}
- Versions: ${Object.entries(info.versions)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}; ${info.dist ? `the element built at \`${info.dist}\`` : `commit ${info.commit}`}
- Load average (1 min) at start and end: ${info.loadStart} / ${info.loadEnd}; other work on the machine
  would show here, and widen the spread between runs
- Runs: ${settings.RUNS} per contestant and case, interleaved (A, B, C, A, B, C, …), each in a fresh browser; caps: first render ${settings.RENDER_CAP_MS / 1000} s, each gesture ${cap}; measuring took ${(wallMs / 60000).toFixed(1)} min

## First frame with every entry, from navigation start

Milliseconds from navigation start (\`performance.timeOrigin\`) to the paint of the first frame that
shows every entry the view is meant to show; in brackets, the render alone (from the element's
creation; for the floor, when its data was parsed). Medians.

${mainTable}

## Ratios

Navigation-to-drawn of one contestant divided by another's (below 1×: the first is faster).

${ratioTable}

## Page jump: CLS of the README's embed, its script a second late

${clsTable}

## Frames, memory, DOM

${detailTable}

## Bytes loaded

${bytesTable}

## Against the targets

${closing.join('\n') || '(no figure with a target in this run)'}

## Definitions

- **Navigation → drawn** (the first table): \`performance.now()\` in the page, i.e. milliseconds since
  \`performance.timeOrigin\`, the start of the navigation to the contestant's page (after a warm-up page of
  the same origin in the same fresh browser). The page's \`<head>\` starts fetching the dataset
  (\`fetch\` + \`response.json()\`) at once; the library's script (and CSS) are in the page's markup, as
  a reader's page has them (ours a module script, the peers' a \`defer\` script), and load meanwhile. When
  both are in, the library renders the dataset into a 1200 px wide box (the peers 600 px high; ours
  takes the height it needs). The clock stops at the paint of the frame after the library's own done
  signal — ours \`timeline-load\` ("a dataset has been accepted and drawn"); vis-timeline \`onInitialDrawComplete\`; TimelineJS3 its \`loaded\` event — or, if it
  still draws then, at the last paint after which a whole frame went by with no node added or removed
  in it (a MutationObserver over its roots) and, for ours, no update pending. "Painted" = a message
  posted from a \`requestAnimationFrame\` callback has been handled, so that frame was produced. Ours
  is also checked to have drawn at its final width when \`timeline-load\` fires (its plot's \`width\`
  against the element's box); a run where it was not is flagged.
- **Zoomable** (ours only): navigation to when its \`updateComplete\` resolved after that stop,
  which waits for its gestures (d3-zoom and d3-transition, a chunk of their own that the element
  asks for in its first update and that loads beside the first frame). The gestures below start
  after it. Until then a wheel over the plot does nothing, and a zoom button waits for it.
- **Render** (in brackets): from just before the element is created (ours: \`createElement\`, set
  \`dataset\`, append; vis: \`new vis.Timeline(…)\`; TimelineJS3: \`new TL.Timeline(…)\`) to the same stop.
- **Floor**: \`pages/floor.html\`: the same page without a library: it fetches and parses the same
  dataset in our format (for the article too, which ours has built in and does not fetch) and draws
  nothing; it stops at the paint of the frame after the data is parsed ("data": when it was).
- **Ours (self-contained)**: \`dist/belarus-timeline.bundle.js\` as built by \`npm run build\` (and any
  chunk it imports from \`dist/\`). **Ours (bundler)**: what esbuild makes of an app whose one line is
  \`import 'belarus-timeline'\`, the package reached through \`node_modules\` (its \`exports\` and
  \`sideEffects\` apply): minified, \`conditions: ['production']\`, ESM, \`splitting: true\`, no alias or
  stub (\`lib/bundler.js\`); the page's markup loads its entry file.
- **CLS**: \`pages/embed.html\` (made by \`lib/embed.js\`): a heading, a paragraph, the README's "Embed it"
  markup as written (every \`html\` block of that section, its script's \`src\` pointed at this server's
  \`dist/\`; every \`css\` block as a \`<style>\`), two more paragraphs. The server holds the element's
  script back ${settings.LATE_MS} ms. A \`PerformanceObserver({type: 'layout-shift', buffered: true})\`
  registered first thing sums \`value\` of every entry without \`hadRecentInput\`, from navigation to
  1 s after \`timeline-load\`. Viewports ${settings.CLS_WIDTHS.join(' and ')} px wide, ${settings.VIEWPORT.height} high.
- **Script loaded**: when the library's script (and CSS) had loaded and run, from navigation start.
  **Data parsed**: when the dataset was in memory, from navigation start.
- **Marks in DOM**: elements that draw an entry after the first render (ours \`[part~="entry"]\` and
  \`[part~="cluster"]\` — a cluster draws several entries as one counted mark — in the shadow root, vis
  \`.vis-item\` boxes, ranges and points, TimelineJS3 \`.tl-timemarker\`).
- **Long tasks, TBT**: \`PerformanceObserver('longtask')\` (registered first thing in \`<head>\`, buffered)
  from navigation to the stop; TBT = Σ (duration − 50 ms).
- **JS heap**: \`performance.memory.usedJSHeapSize\` after the first render and two forced \`gc()\`
  (\`--js-flags=--expose-gc\`, \`--enable-precise-memory-info\`); it includes the library's code.
- **DOM nodes**: every element of the document, counting into (nested) shadow roots.
- **Zoom, drag frames** (ours self-contained, the peers and the control page): intervals between consecutive
  \`requestAnimationFrame\` timestamps of a loop in the page, while Playwright holds Control and sends
  ${settings.STEPS} wheel steps of \`deltaY ∓100\` over the plot (4 in, then 3 out and 3 in, six times: ours
  zooms 1.41× a step and stays between 1.41× and 4× its whole extent, inside its two-week limit, so every step moves the view;
  it cannot start wider than its whole extent), then a drag of ${settings.STEPS} steps of 10 px to the
  left, waiting one frame after each step. Dropped = intervals over ${DROPPED_MS.toFixed(1)} ms (1.5 frames at
  60 Hz). Per run: median, p95 and dropped count; the table gives their medians over runs, "of N" the
  number of frames, "moved in k/40 steps" after how many steps the visible window differed from the
  step before (TimelineJS3 has no wheel zoom: "no effect"). The control page (the floor's, after its
  render is measured) draws 100 bars with a label each on an SVG of 1200 × 330 px and moves them in the
  next frame after each step, with no library: its dropped frames are what this machine drops with
  next to no work per step.
- **Caps**: a first render that does not finish in ${settings.RENDER_CAP_MS / 1000} s is a timeout, and that
  contestant's later runs of that case and of larger ones are not run. The peers are not run above
  ${int(settings.PEERS_UP_TO)} entries (both time out at 100,000). A gesture that is not done in ${cap}
  stops sending input ("capped at k/40 steps"). Runs that would not end within the time budget are not
  started.

## Notes

${notes.join('\n')}
- TimelineJS3 runs offline: it is given \`font: null\` (its default font CSS, \`font.default.css\`, pulls fonts
  from Google) and \`script_path\` pointing at the local copy of its \`dist/js/\`; its icon font is local.
  Every host but 127.0.0.1 fails to resolve in the browser (\`--host-resolver-rules\`).
- The element draws only what lies in its visible window, as SVG; where entries crowd, it draws counted
  clusters (its level of detail), so its marks in DOM are entries plus clusters.
`;
  return { table, markdown };
}
