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
  const r = a / b;
  return r >= 10 ? r.toFixed(0) : r >= 1 ? r.toFixed(1) : r.toPrecision(2);
};

/** Medians over a cell's runs, or why there are none. */
function summarize(cell, runsWanted, cap) {
  const ok = cell.runs;
  const reason = cell.skipped[0];
  const m = (pick) => median(ok.map(pick));
  const gesture = (kind) => {
    const done = ok.map((r) => r[kind]).filter((g) => g && !g.timeout && !g.error && !g.skipped);
    if (!done.length) {
      const g = ok.map((r) => r[kind]).find(Boolean);
      return { text: g?.timeout ? `timeout (>${cap})` : g?.error ? `error: ${g.error}` : '–' };
    }
    const md = median(done.map((g) => g.median));
    const p95 = median(done.map((g) => g.p95));
    const dropped = median(done.map((g) => g.dropped));
    const frames = median(done.map((g) => g.frames));
    const steps = median(done.map((g) => g.steps));
    const changed = median(done.map((g) => g.changed));
    const flags = [];
    if (done.some((g) => g.capped)) flags.push(`capped at ${Math.round(steps)}/40 steps`);
    else if (changed > 0 && changed < steps) flags.push(`view changed in ${Math.round(changed)}/40 steps`);
    if (done.length < ok.length) flags.push(`${ok.length - done.length} run(s) timed out`);
    if (!done.some((g) => g.moved)) flags.push('no effect');
    return {
      md,
      p95,
      dropped,
      frames,
      text: `${ms(md)} / ${ms(p95)} / ${int(dropped)} of ${int(frames)}${flags.length ? ` (${flags.join('; ')})` : ''}`,
    };
  };
  return {
    n: ok.length,
    runsText: ok.length === runsWanted ? String(ok.length) : `${ok.length}/${runsWanted}`,
    reason,
    loadMs: m((r) => r.result.loadMs),
    renderMs: m((r) => r.result.renderMs),
    unsettled: ok.filter((r) => r.result.unsettled).length,
    marks: m((r) => r.result.marks),
    longTasks: m((r) => r.result.longTasks),
    tbtMs: m((r) => r.result.tbtMs),
    heap: m((r) => r.result.heapBytes),
    dom: m((r) => r.result.domNodes),
    zoom: gesture('zoom'),
    drag: gesture('drag'),
    blocked: [...new Set(ok.flatMap((r) => r.blocked))],
    errors: [...new Set(cell.runs.flatMap((r) => r.errors))],
  };
}

export function report({ cells, libs, sizes, roots, info, settings, wallMs }) {
  const cap = `${settings.GESTURE_CAP_MS / 1000} s`;
  const stats = new Map();
  for (const [key, cell] of cells) stats.set(key, summarize(cell, settings.RUNS, cap));
  const get = (lib, size) => stats.get(`${lib.key}|${size}`);

  // Bytes: what each page actually fetched, over all its runs.
  const sizesOf = new Map(
    libs.map((lib) => [
      lib.key,
      bytes(
        sizes.flatMap((size) => cells.get(`${lib.key}|${size}`)?.runs ?? []),
        roots,
      ),
    ]),
  );
  const bytesTable = [
    '| library | JS raw | JS gzip | CSS raw | CSS gzip | JS+CSS raw | JS+CSS gzip | also fetched |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...libs.map((lib) => {
      const b = sizesOf.get(lib.key);
      const other = b.files
        .filter((f) => f.kind === 'other')
        .map((f) => `${f.path.split('/').pop()} (${kb(f.raw)})`);
      return `| ${lib.name} | ${kb(b.js.raw)} | ${kb(b.js.gzip)} | ${kb(b.css.raw)} | ${kb(b.css.gzip)} | **${kb(b.total.raw)}** | **${kb(b.total.gzip)}** | ${other.join(', ') || '–'} |`;
    }),
  ].join('\n');

  const rows = [];
  for (const size of sizes) {
    for (const lib of libs) {
      const s = get(lib, size);
      if (!s) continue;
      if (!s.n) {
        rows.push(
          `| ${sizeLabel(size)} | ${lib.name} | 0/${settings.RUNS} | ${s.reason} | – | – | – | – | – | – | – | – |`,
        );
        continue;
      }
      rows.push(
        `| ${sizeLabel(size)} | ${lib.name} | ${s.runsText}${s.n < settings.RUNS && s.reason ? ` (then ${s.reason})` : ''} | **${ms(s.renderMs)}**${s.unsettled ? ` (still drawing after 30 frames in ${s.unsettled} run(s))` : ''} | ${ms(s.loadMs)} | ${int(s.marks)} | ${int(s.longTasks)} | ${ms(s.tbtMs)} | ${mb(s.heap)} | ${int(s.dom)} | ${s.zoom.text} | ${s.drag.text} |`,
      );
    }
  }
  const mainTable = [
    '| dataset | library | runs | first render (ms) | library load (ms) | marks in DOM | long tasks | TBT (ms) | JS heap (MB) | DOM nodes | zoom frames: median / p95 (ms) / dropped | drag frames: median / p95 (ms) / dropped |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    ...rows,
  ].join('\n');

  // Ours over each peer, where both have a number: one row per dataset and peer.
  const ours = libs[0];
  const metrics = [
    ['first render', (s) => s.renderMs],
    ['TBT', (s) => s.tbtMs],
    ['JS heap', (s) => s.heap],
    ['DOM nodes', (s) => s.dom],
    ['zoom p95 frame', (s) => s.zoom.p95],
    ['drag p95 frame', (s) => s.drag.p95],
  ];
  const bo = sizesOf.get(ours.key).total.gzip;
  const bytesRatio = libs
    .slice(1)
    .map((peer) => {
      const bp = sizesOf.get(peer.key).total.gzip;
      return `ours/${peer.name} = ${bo && bp ? `${ratio(bo, bp)}×` : 'n/a'}`;
    })
    .join(', ');
  const ratioRows = [];
  for (const size of sizes) {
    const a = get(ours, size);
    for (const peer of libs.slice(1)) {
      const b = get(peer, size);
      if (!a || !b) continue;
      if (!a.n || !b.n) {
        const why = !a.n ? `${ours.name}: ${a.reason}` : `${peer.name}: ${b.reason}`;
        ratioRows.push(`| ${sizeLabel(size)} | ${peer.name} | n/a (${why}) | | | | | |`);
        continue;
      }
      const cells = metrics.map(([, pick]) => {
        const x = pick(a);
        const y = pick(b);
        return x > 0 && y > 0 ? `${ratio(x, y)}×` : 'n/a';
      });
      ratioRows.push(`| ${sizeLabel(size)} | ${peer.name} | ${cells.join(' | ')} |`);
    }
  }
  const ratioTable = [
    `| dataset | ours / … | ${metrics.map(([name]) => name).join(' | ')} |`,
    `| --- | --- | ${metrics.map(() => '---:').join(' | ')} |`,
    ...ratioRows,
  ].join('\n');

  const notes = [];
  for (const lib of libs) {
    const blocked = [...new Set(sizes.flatMap((size) => get(lib, size)?.blocked ?? []))];
    const errors = [...new Set(sizes.flatMap((size) => get(lib, size)?.errors ?? []))];
    if (blocked.length)
      notes.push(`- ${lib.name} tried to reach other hosts (blocked): ${blocked.slice(0, 5).join(', ')}`);
    if (errors.length) notes.push(`- ${lib.name} page errors: ${errors.slice(0, 3).join(' | ')}`);
  }
  if (!notes.length)
    notes.push('- No library tried to reach a host other than the local server, and no page threw.');

  const table = `${bytesTable}\n\n${mainTable}`;
  const markdown = `# Benchmark results

Written by \`bench/run.js\` (see [README.md](README.md) for how to run it and what it does). Numbers are
medians over the runs shown; they compare the three libraries on the same machine in the same way, and
are not absolute figures for any other machine.

- Date: ${info.date}
- Machine: ${info.cpus} × ${info.cpuModel}, ${info.memoryGiB} GiB, ${info.os}; Node ${info.node}
- Browser: Debian's Chromium ${info.chromium}, headless, software rendering (\`--disable-gpu\`), viewport ${settings.VIEWPORT.width}×${settings.VIEWPORT.height}, driven by playwright-core ${info.playwrightCore}
- Versions: ${Object.entries(info.versions)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}; ${info.dist ? `the element built at \`${info.dist}\`` : `commit ${info.commit}`}
- Load average (1 min) at start and end: ${info.loadStart} / ${info.loadEnd}; other work on the machine
  would show here, and widen the spread between runs
- Runs: ${settings.RUNS} per library and dataset, interleaved (A, B, C, A, B, C, …), each in a fresh browser; caps: first render ${settings.RENDER_CAP_MS / 1000} s, each gesture ${cap}; measuring took ${(wallMs / 60000).toFixed(1)} min

## Bytes loaded

${bytesTable}

## Rendering and interaction

${mainTable}

## Ours relative to each peer

Ours divided by the peer (below 1×: ours is smaller or faster); n/a where one of the two has no number
or a zero (e.g. no blocking time at all).

JS+CSS gzip: ${bytesRatio}.

${ratioTable}

## Definitions

- **Bytes**: every JS and CSS file the library's page fetched (the page itself, the shared harness and the
  data excluded), raw and gzip -9; "also fetched" lists other files (such as icon fonts). Ours is
  \`dist/belarus-timeline.bundle.js\` (lit, d3 and date-fns inlined, CSS inside, and the built-in story);
  vis-timeline is its standalone UMD build (vis-data and moment with all its locales bundled in) and its
  CSS; TimelineJS3 is \`dist/js/timeline.js\` and \`dist/css/timeline.css\`.
- **Library load**: from the dataset being in memory to the library's JS and CSS being loaded and run
  (local server, no cache).
- **First render**: from just before the render call (ours: create the element, set \`dataset\`, append it;
  vis: \`new vis.Timeline(…)\`; TimelineJS3: \`new TL.Timeline(…)\`) to the paint of the last frame in
  which the library still drew: its marks are in the DOM, it is settled (ours \`updateComplete\` with no
  update pending, vis its \`onInitialDrawComplete\` — it keeps its root hidden until then —, TimelineJS3
  its \`loaded\` event), and the next whole frame adds or removes no node in it. Ours needs that: its
  first paint is a layout at width 0, and it draws again a frame after its ResizeObserver reports the
  width. "Painted" = a message posted from a \`requestAnimationFrame\` callback has been handled, i.e.
  that frame was produced. The data is fetched and parsed before the clock starts.
- **Marks in DOM**: elements that draw an entry after the first render (ours \`[part~="entry"]\` and \`[part~="cluster"]\`
  — a cluster draws several entries as one counted mark — in the shadow root, vis \`.vis-item\` boxes, ranges and points, TimelineJS3 \`.tl-timemarker\`).
- **Long tasks, TBT**: \`PerformanceObserver('longtask')\` (registered first thing in \`<head>\`, buffered) from
  navigation to first render painted; TBT = Σ (duration − 50 ms).
- **JS heap**: \`performance.memory.usedJSHeapSize\` after the first render and two forced \`gc()\`
  (\`--js-flags=--expose-gc\`, \`--enable-precise-memory-info\`); it includes the library's code.
- **DOM nodes**: every element of the document, counting into (nested) shadow roots.
- **Zoom, drag frames**: intervals between consecutive \`requestAnimationFrame\` timestamps of a loop in the
  page, while Playwright sends ${settings.STEPS} Ctrl + wheel steps (\`deltaY −100\`, zoom in) over the middle of the
  plot, then a drag of ${settings.STEPS} steps of 10 px to the left, waiting one frame after each step. Dropped = intervals
  over ${DROPPED_MS.toFixed(1)} ms (1.5 frames at 60 Hz). Per run: median, p95 and dropped count; the table gives
  their medians over runs, and "of N" the number of frames. "no effect" = the visible window did not change
  (TimelineJS3 has no wheel zoom: it zooms with buttons); "view changed in k/40 steps" = the other steps
  changed nothing (ours: its zoom limit reached; d3-zoom zooms 4× per Ctrl + wheel step). The drag follows the zoom, so it pans a zoomed-in view; the libraries
  zoom by different amounts per wheel step, so that view differs between them.
- **Caps**: a first render that does not finish in ${settings.RENDER_CAP_MS / 1000} s is recorded as a timeout, and that
  library's later runs of that dataset and its larger datasets are not run. A gesture that is not done in
  ${cap} stops sending input ("capped at k/40 steps") and reports the frames so far; a page that does not
  answer then is a timeout. Runs that would not end within the time budget are not started.

## Notes

${notes.join('\n')}
- TimelineJS3 runs offline: it is given \`font: null\` (its default font CSS, \`font.default.css\`, pulls fonts
  from Google) and \`script_path\` pointing at the local copy of its \`dist/js/\` (where it would fetch a
  locale other than English, which is built in); its icon font is local. Every host but 127.0.0.1 fails to resolve in the browser
  (\`--host-resolver-rules\`), and any attempt is listed above.
- The element draws only what lies in its visible window, as SVG; where entries crowd, it draws counted
  clusters (its level of detail), so its marks in DOM are entries plus clusters.
`;
  return { table, markdown };
}
