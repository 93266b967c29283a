// The self-contained bundle: element, lit, d3 modules and date-fns inlined and minified, for a page
// with no build step (`<script type="module" src="…/belarus-timeline.bundle.js">`).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

const outfile = 'dist/belarus-timeline.bundle.js';
await build({
  // From tsc's output, so that package.json's "sideEffects" (which names dist/define.js) applies.
  entryPoints: ['dist/index.js'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['production'],
  legalComments: 'none',
  outfile,
  metafile: false,
});
const code = readFileSync(outfile);
console.log(
  `${outfile}: ${(code.length / 1024).toFixed(1)} KB minified, ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`,
);
