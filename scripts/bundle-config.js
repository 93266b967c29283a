// The self-contained bundle's build, shared by `npm run build` and `npm run size`.
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { minify } from 'terser';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * esbuild's options for the same code: what bench/profile.js bundles unminified (each module keeps
 * its path comment there) and bench/validate/compare.js measures.
 */
export const bundleOptions = {
  entryPoints: { 'belarus-timeline.bundle': 'dist/index.js' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['production'],
  legalComments: 'none',
  plugins: [],
};

/** Terser's extra compression passes over the minified files (3.2 KB gzipped less, measured). */
export const terserOptions = { module: true, ecma: 2022, compress: { passes: 3 } };

// Built apart, each with its own copy of what it shares with the element, so that no chunk imports
// the element's file back (a chunk that did would load a second copy of the whole file when a page
// adds a query to its URL, as WordPress's `?ver=` does):
// - the readers of TimelineJS JSON and sheets (CSV), loaded with `import()` by read-source.js; they
//   use the partial-date code the element has too;
// - the zoom gestures (d3-zoom, d3-transition, d3-selection), loaded by the zoom controller beside
//   the first frame; they use d3-interpolate and d3-color, which the element's d3-scale has too.
const READERS = {
  csv: 'dist/data/csv.js',
  timelinejs: 'dist/data/timelinejs.js',
  'zoom-gestures': 'dist/controllers/zoom-gestures.js',
};

const plugins = () => [nodeResolve({ exportConditions: ['production'], browser: true })];
const output = { format: 'es', dir: 'dist', chunkFileNames: 'chunks/[name]-[hash].js' };

/** The bundled libraries' licenses, in one file beside the bundle (as webpack's terser plugin does). */
const LICENSES = 'belarus-timeline.bundle.js.LICENSE.txt';

/** The package a module of node_modules belongs to (`lit-html`, `@lit/reactive-element`), else null. */
const packageOf = (id) => /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id)?.[1] ?? null;

/** Each package's name, version and license text, for LICENSES. */
function licenseText(names) {
  return [...names]
    .sort()
    .map((name) => {
      const dir = join('node_modules', name);
      const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license'].find((f) => existsSync(join(dir, f)));
      return `${name}@${version} (${license})\n\n${file ? readFileSync(join(dir, file), 'utf8').trim() : ''}`;
    })
    .join('\n\n---\n\n');
}

/**
 * The self-contained files, in memory, by Rollup: the element with lit, the d3 modules and date-fns
 * in one file (Rollup puts what the entry shares with its lazy chunks in the entry, where esbuild
 * makes a shared chunk the page must fetch before the first render), and beside it in dist/chunks/
 * what only some pages load. Then terser. No aliases, no stand-ins. Returns the files and, for each,
 * what it imports statically and with `import()`.
 */
export async function buildSelfContained() {
  const readers = await rollup({ input: READERS, plugins: plugins() });
  const lazy = (await readers.generate({ ...output, entryFileNames: 'chunks/[name]-[hash].js' })).output;
  const readerFile = new Map(
    lazy.filter((c) => c.isEntry).map((c) => [resolve(READERS[c.name]), `./${c.fileName}`]),
  );

  const element = await rollup({
    input: { 'belarus-timeline.bundle': 'dist/index.js' },
    // The entry may export more than index.js does: what its lazy chunks import from it.
    preserveEntrySignatures: 'allow-extension',
    external: (id) => readerFile.has(id),
    plugins: plugins(),
  });
  const main = (await element.generate({ ...output, paths: (id) => readerFile.get(id) ?? id })).output;
  const chunks = [...main, ...lazy].filter((c) => c.type === 'chunk');
  const entry = 'belarus-timeline.bundle.js';
  const back = chunks.find((c) => c.fileName !== entry && c.imports.includes(entry));
  if (back) throw new Error(`${back.fileName} imports ${entry}: build it apart, like the readers`);

  const outputs = {};
  const packages = new Set();
  const outputFiles = await Promise.all(
    chunks.map(async (chunk) => {
      const path = `dist/${chunk.fileName}`;
      const dynamic = chunk.dynamicImports.map((d) => (readerFile.get(d) ?? d).replace(/^\.\//, ''));
      outputs[path] = {
        imports: [
          ...chunk.imports.map((i) => ({ path: `dist/${i}`, kind: 'import-statement' })),
          ...dynamic.map((d) => ({ path: `dist/${d}`, kind: 'dynamic-import' })),
        ],
      };
      // No comments: the libraries' license notices (Lit's, seven copies: 0.2 KB gzipped) and their
      // full texts are in LICENSES, which each file with a library's code names.
      const { code } = await minify(chunk.code, { ...terserOptions, format: { comments: false } });
      const used = Object.keys(chunk.modules).map(packageOf).filter(Boolean);
      for (const name of used) packages.add(name);
      const up = chunk.fileName.includes('/') ? '../' : '';
      const note = used.length ? `/*! Licenses of the libraries in this file: ${up}${LICENSES} */\n` : '';
      return { path: resolve(path), contents: Buffer.from(note + code) };
    }),
  );
  outputFiles.push({ path: resolve('dist', LICENSES), contents: Buffer.from(licenseText(packages) + '\n') });
  return { outputFiles, metafile: { outputs } };
}
