// `node bench/validate/compare.js`: our validator (src/data/validate.ts) against a valibot schema
// (bench/validate/valibot-schema.ts) doing the same job: gzipped bytes, speed in Node and in headless
// Chromium, the issues each gives for bad input, lines of code. `--quick` runs fewer repetitions.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(here, '../..');
const ours = join(root, 'src/data/validate.ts');
const theirs = join(here, 'valibot-schema.ts');
const quick = process.argv.includes('--quick');
const browser = !process.argv.includes('--no-browser');
const step = (what) => console.error(`… ${what}`);
const tmp = mkdtempSync(join(tmpdir(), 'validate-compare-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

const options = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  legalComments: 'none',
  write: false,
  absWorkingDir: root,
  logLevel: 'error',
};
const gz = (code) => gzipSync(code, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

/** Builds `contents` as an entry; returns the code and esbuild's per-input byte counts. */
async function bundle(contents, extra = {}) {
  const result = await build({
    ...options,
    ...extra,
    metafile: true,
    stdin: { contents, resolveDir: here, loader: 'ts', sourcefile: 'entry.ts' },
    outfile: join(tmp, 'out.js'),
  });
  const code = result.outputFiles[0].text;
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs);
  return { code, inputs };
}

const exportsOf = (file) => `export { validateDataset, validateEntries } from ${JSON.stringify(file)};`;

// 1. Bytes: each validator alone, and the whole element with each (the element's own bundle
// options, from src/ rather than dist/, so no literal minification: the two differ only in the
// validator).
const size = {};
for (const [name, file] of [
  ['ours', ours],
  ['valibot', theirs],
]) {
  const { code, inputs } = await bundle(exportsOf(file));
  const lib = inputs
    .filter(([f]) => f.includes('node_modules/valibot'))
    .reduce((n, [, i]) => n + i.bytesInOutput, 0);
  size[name] = { min: code.length, gz: gz(code), lib, code };
}
const redirect = {
  name: 'validator-to-valibot',
  setup(b) {
    b.onResolve({ filter: /data\/validate\.js$/ }, (args) =>
      args.importer.includes('/src/') ? { path: theirs } : undefined,
    );
  },
};
const element = {};
for (const [name, plugins] of [
  ['ours', []],
  ['valibot', [redirect]],
]) {
  // `export *`, not a bare import: package.json's sideEffects names dist/define.js, not src/.
  const { code } = await bundle(`export * from ${JSON.stringify(join(root, 'src/index.ts'))};`, {
    conditions: ['production'],
    plugins,
  });
  element[name] = { min: code.length, gz: gz(code) };
}

const nodeStub = {
  name: 'node-stub',
  setup(b) {
    b.onResolve({ filter: /^node:/ }, () => ({ path: 'stub', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: 'export const join = 0, pathToFileURL = 0;',
    }));
  },
};

// The shipped bundle as `npm run build` makes it (from dist/, literal minification, terser), with
// each validator: only when dist/ exists. The schema's imports from src/ are pointed at dist/ too,
// so that partial-date and lane-colors are not bundled twice.
let shipped = null;
if (existsSync(join(root, 'dist/index.js'))) {
  const { bundleOptions, terserOptions } = await import(
    pathToFileURL(join(root, 'scripts/bundle-config.js')).href
  );
  const { minify } = await import('terser');
  const toDist = {
    name: 'dist-validator-to-valibot',
    setup(b) {
      b.onResolve({ filter: /data\/validate\.js$/ }, (args) =>
        args.importer.includes('/dist/') ? { path: theirs } : undefined,
      );
      b.onResolve({ filter: /^\.\.\/\.\.\/src\// }, (args) =>
        args.importer === theirs ? { path: join(root, 'dist', args.path.slice(10)) } : undefined,
      );
    },
  };
  shipped = {};
  for (const [name, plugins] of [
    ['ours', bundleOptions.plugins],
    ['valibot', [toDist, ...bundleOptions.plugins]],
  ]) {
    const result = await build({
      ...bundleOptions,
      absWorkingDir: root,
      plugins,
      write: false,
      // One file (the lazy chunks inlined): only the difference between the two matters here.
      splitting: false,
      outdir: undefined,
      outfile: join(tmp, 'b.js'),
    });
    const { code } = await minify(result.outputFiles[0].text, terserOptions);
    shipped[name] = { min: code.length, gz: gz(code) };
  }
}

// 2. Speed: the same minified validators, with the datasets, as one module for Node and one script
// for Chromium.
const benchSource = `
  import * as ours from ${JSON.stringify(ours)};
  import * as valibot from ${JSON.stringify(theirs)};
  import { belarusStory } from ${JSON.stringify(join(root, 'src/data/article-2022-10.ts'))};
  import { synthetic } from ${JSON.stringify(join(root, 'bench/lib/data.js'))};
  export { ours, valibot, belarusStory, synthetic };
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  /**
   * Median ms per call of each function, over \`runs\` samples of \`batch\` calls after \`warm\`
   * samples; the functions take turns in every sample, so neither always runs after the other's garbage.
   */
  export function time(fns, { runs, batch = 1, warm = 3 }) {
    const samples = fns.map(() => []);
    for (let i = 0; i < warm + runs; i++) {
      fns.forEach((fn, k) => {
        const t = performance.now();
        for (let j = 0; j < batch; j++) fn();
        if (i >= warm) samples[k].push((performance.now() - t) / batch);
      });
    }
    return samples.map(median);
  }
  export function timeAll(quick) {
    const sets = {
      article: [belarusStory, { runs: quick ? 9 : 41, batch: 200 }],
      '10k': [synthetic(10_000), { runs: quick ? 7 : 31 }],
      '100k': [synthetic(100_000), { runs: quick ? 3 : 11, warm: 2 }],
    };
    const out = {};
    for (const [name, [data, opts]] of Object.entries(sets)) {
      if (!valibot.schemaOnly(data)) throw new Error('schemaOnly failed on ' + name);
      const [a, b, c] = time(
        [() => ours.validateDataset(data), () => valibot.validateDataset(data), () => valibot.schemaOnly(data)],
        opts,
      );
      out[name] = { ours: a, valibot: b, schemaOnly: c };
    }
    return out;
  }
`;
// bench/lib/data.js imports node:path and node:url for \`fromBuild\`, which is not used here.
const { code: benchCode } = await bundle(benchSource, { plugins: [nodeStub] });
const { code: benchScript } = await bundle(benchSource, {
  plugins: [nodeStub],
  format: 'iife',
  globalName: 'bench',
});
const benchFile = join(tmp, 'bench.mjs');
writeFileSync(benchFile, benchCode);
const mod = await import(pathToFileURL(benchFile).href);

// Same answers on good data first, or the timings mean nothing.
for (const [name, data] of [
  ['article', mod.belarusStory],
  ['10k', mod.synthetic(10_000)],
]) {
  const a = mod.ours.validateDataset(data);
  const b = mod.valibot.validateDataset(data);
  if (!isDeepStrictEqual(a, b)) throw new Error(`the two validators disagree on ${name}`);
  if (a.issues.length) throw new Error(`${name} has issues`);
}
step('timing in Node');
const node = mod.timeAll(quick);

let chromium = null;
if (browser)
  try {
    step('timing in Chromium');
    const { chromium: launcher } = await import('playwright-core');
    const browser = await launcher.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--headless', '--disable-gpu'],
    });
    const page = await browser.newPage();
    await page.goto('about:blank');
    await page.addScriptTag({ content: benchScript });
    const version = await page.evaluate(() => navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0]);
    chromium = { version, times: await page.evaluate((q) => globalThis.bench.timeAll(q), quick) };
    await browser.close();
  } catch (error) {
    console.error(`(Chromium skipped: ${error.message.split('\n')[0]})`);
  }

// 3. Bad input, side by side.
const entry = (fields = {}) => ({ id: 'a', date: '2022', lane: 'belarus', title: 'A', ...fields });
const dataset = (entries) => ({
  title: 'T',
  asOf: '2022-10',
  lanes: [{ id: 'belarus', label: 'Belarus' }],
  entries,
});
const throwing = (key) =>
  Object.defineProperty(entry(), key, {
    get() {
      throw new Error(key);
    },
    enumerable: true,
  });
const untitled = entry();
delete untitled.title;
const cases = [
  ['missing title', dataset([untitled])],
  ['date 2022-13', dataset([entry({ date: '2022-13' })])],
  ['unknown lane', dataset([entry({ lane: 'moon' })])],
  ['duplicate id', dataset([entry(), entry({ title: 'B' })])],
  ['javascript: url', dataset([entry({ source: { excerpt: 'e', url: 'javascript:alert(1)' } })])],
  ['title getter throws', dataset([throwing('title')])],
  ['summary getter throws', dataset([throwing('summary')])],
  ['bad optional summary', dataset([entry({ summary: { nl: 'ok', en: 5 } })])],
  ['title 201 chars', dataset([entry({ title: 'x'.repeat(201) })])],
  ['end before date', dataset([entry({ date: '2020', end: '2019' })])],
  [
    '21 quotes',
    dataset([entry({ quotes: Array.from({ length: 21 }, (_, i) => ({ text: `q${i}`, speaker: 'S' })) })]),
  ],
  ['not a dataset', 42],
];
const issuesOf = (r) => r.issues.map((i) => `${i.path || "''"}: ${i.message}`).join(' | ') || '(none)';
const kept = (r) => (r.dataset ? `${r.dataset.entries.length} kept` : 'no dataset');
const bad = cases.map(([name, input]) => {
  const a = mod.ours.validateDataset(input);
  const b = mod.valibot.validateDataset(input);
  return {
    name,
    ours: `${kept(a)}; ${issuesOf(a)}`,
    valibot: `${kept(b)}; ${issuesOf(b)}`,
    same: isDeepStrictEqual(a, b),
  };
});

// 4. Our own tests of the validator (test/data/validate*.test.ts), run against each: a describe/it
// shim in place of mocha, chai in place of @open-wc/testing, and for valibot the import of
// src/data/validate.js pointed at the schema (LIMITS, plain constants, still from ours).
const virtual = {
  name: 'virtual',
  setup(b) {
    const files = {
      shim: `
        const tests = []; const names = [];
        globalThis.describe = (name, fn) => { names.push(name); fn(); names.pop(); };
        globalThis.it = (name, fn) => tests.push({ name: [...names, name].join(' > '), fn });
        globalThis.__run = async () => {
          const failed = [];
          for (const t of tests) { try { await t.fn(); } catch (e) { failed.push(t.name + ': ' + String(e.message).split('\\n')[0]); } }
          return { total: tests.length, failed };
        };`,
      testing: `export { expect } from '@esm-bundle/chai';`,
      valibot: `export { LIMITS } from ${JSON.stringify(ours)}; export * from ${JSON.stringify(theirs)};`,
    };
    b.onResolve({ filter: /^virtual:/ }, (args) => ({ path: args.path.slice(8), namespace: 'virtual' }));
    b.onResolve({ filter: /^@open-wc\/testing$/ }, () => ({ path: 'testing', namespace: 'virtual' }));
    b.onLoad({ filter: /.*/, namespace: 'virtual' }, (args) => ({
      contents: files[args.path],
      resolveDir: here,
    }));
  },
};
const toValibot = {
  name: 'tests-to-valibot',
  setup(b) {
    b.onResolve({ filter: /src\/data\/validate\.js$/ }, (args) =>
      args.importer.includes('/test/') ? { path: 'valibot', namespace: 'virtual' } : undefined,
    );
  },
};
const conformance = {};
for (const [name, plugins] of [
  ['ours', [virtual]],
  ['valibot', [toValibot, virtual]],
]) {
  const { code } = await bundle(
    `import 'virtual:shim';
     import ${JSON.stringify(join(root, 'test/data/validate.test.ts'))};
     import ${JSON.stringify(join(root, 'test/data/validate.property.test.ts'))};
     export const run = () => globalThis.__run();`,
    // ignoreAnnotations: package.json's sideEffects would otherwise drop the test modules.
    { plugins, minify: false, ignoreAnnotations: true },
  );
  const file = join(tmp, `tests-${name}.mjs`);
  writeFileSync(file, code);
  step(`our tests against ${name}`);
  conformance[name] = await (await import(pathToFileURL(file).href)).run();
}

// 5. Lines: not blank, not only a comment.
function lines(file, from, to) {
  const all = readFileSync(file, 'utf8').split('\n');
  const part = all.slice(
    from ? all.findIndex((l) => l.includes(from)) : 0,
    to ? all.findIndex((l) => l.includes(to)) : undefined,
  );
  let inComment = false;
  return part.filter((l) => {
    const t = l.trim();
    if (inComment) {
      if (t.includes('*/')) inComment = false;
      return false;
    }
    if (t.startsWith('/*')) {
      inComment = !t.includes('*/');
      return false;
    }
    return t && !t.startsWith('//');
  }).length;
}
const loc = {
  ours: lines(ours),
  schema: lines(theirs, 'Part 1: the schema', 'Part 2: the glue'),
  glue: lines(theirs, 'Part 2: the glue', 'Part 3: for compare.js only'),
};

// Report.
const ms = (x) => (x < 0.1 ? `${(x * 1000).toFixed(1)} µs` : `${x.toFixed(2)} ms`);
console.log('Bytes (esbuild, minified, esm, es2022, browser; gzip -9)');
console.log(
  `  validator alone   ours ${kb(size.ours.gz)} gz (${kb(size.ours.min)} min)   valibot ${kb(size.valibot.gz)} gz (${kb(size.valibot.min)} min, of which valibot itself ${kb(size.valibot.lib)} min)`,
);
console.log(
  `  whole element     ours ${kb(element.ours.gz)} gz   valibot ${kb(element.valibot.gz)} gz   (+${kb(element.valibot.gz - element.ours.gz)})`,
);
if (shipped) {
  console.log(
    `  shipped bundle    ours ${kb(shipped.ours.gz)} gz   valibot ${kb(shipped.valibot.gz)} gz   (+${kb(shipped.valibot.gz - shipped.ours.gz)}; as \`npm run build\` makes it, from dist/)`,
  );
} else console.log('  shipped bundle    (run `npm run build` first for this line)');
console.log(`\nSpeed: validateDataset, median ms per call${quick ? ' (--quick)' : ''}`);
const row = (where, t) =>
  console.log(
    `  ${where.padEnd(22)} ` +
      Object.entries(t)
        .map(
          ([k, { ours: o, valibot: b, schemaOnly: c }]) =>
            `${k}: ours ${ms(o)}, valibot ${ms(b)} (${(b / o).toFixed(1)}×; schema alone ${ms(c)})`,
        )
        .join('\n' + ' '.repeat(25)),
  );
row(`Node ${process.version}`, node);
if (chromium) row(chromium.version, chromium.times);
console.log(
  `\nLines (not blank or comment): ours ${loc.ours}; valibot ${loc.schema + loc.glue} (schema ${loc.schema}, glue ${loc.glue})`,
);
for (const [name, { total, failed }] of Object.entries(conformance)) {
  console.log(`Our validator's tests against ${name}: ${total - failed.length} of ${total} pass`);
}
console.log('\nTests valibot fails:');
for (const f of conformance.valibot.failed) console.log(`  - ${f}`);
console.log('\nBad input: what each keeps and reports');
for (const { name, ours: o, valibot: b, same } of bad) {
  console.log(`  ${name}${same ? '  (identical)' : ''}\n    ours:    ${o}\n    valibot: ${b}`);
}
writeFileSync(
  join(here, 'results.json'),
  JSON.stringify(
    {
      conformance,
      size: { ours: { ...size.ours, code: undefined }, valibot: { ...size.valibot, code: undefined } },
      element,
      node,
      chromium,
      loc,
      bad,
    },
    null,
    2,
  ) + '\n',
);
