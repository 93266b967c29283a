// The self-contained bundle's build, shared by `npm run build` and `npm run size`.
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { minify } from 'terser';
import { resolve } from 'node:path';

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

// The readers of TimelineJS JSON and sheets (CSV), loaded with `import()` by read-source.js. They
// use the partial-date code the element has too; built apart, they carry their own copy of it, so
// that no chunk imports the element's file back. (A chunk that did would load a second copy of the
// whole file when a page adds a query to its URL, as WordPress's `?ver=` does.)
const READERS = { csv: 'dist/data/csv.js', timelinejs: 'dist/data/timelinejs.js' };

const plugins = () => [nodeResolve({ exportConditions: ['production'], browser: true })];
const output = { format: 'es', dir: 'dist', chunkFileNames: 'chunks/[name]-[hash].js' };

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
      const { code } = await minify(chunk.code, terserOptions);
      return { path: resolve(path), contents: Buffer.from(code) };
    }),
  );
  return { outputFiles, metafile: { outputs } };
}
