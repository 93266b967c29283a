// The self-contained bundle's esbuild options, shared by `npm run build` and `npm run size`.
import { build } from 'esbuild';
import { minify } from 'terser';

/**
 * lit, the d3 modules and date-fns inlined; what only some pages use (downloads, CSV) in chunks
 * beside it, loaded on first use. The same code a bundler makes of `import 'belarus-timeline'`:
 * no aliases, no stand-ins.
 */
export const bundleOptions = {
  // From tsc's output, so that package.json's "sideEffects" (which names dist/define.js) applies.
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
};

/**
 * The self-contained files, in memory: esbuild, then terser's extra compression passes (3.2 KB
 * gzipped less, measured). Names are left to the minifiers: `#private` members and module
 * functions shrink by themselves.
 */
export async function buildSelfContained() {
  const result = await build({ ...bundleOptions, write: false, metafile: true });
  const files = await Promise.all(
    result.outputFiles.map(async (file) => {
      const { code } = await minify(file.text, { module: true, ecma: 2022, compress: { passes: 3 } });
      return { path: file.path, contents: Buffer.from(code) };
    }),
  );
  return { outputFiles: files, metafile: result.metafile };
}
