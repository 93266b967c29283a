// The self-contained bundle: element, lit, d3 modules and date-fns inlined and minified, for a page
// with no build step (`<script type="module" src="…/belarus-timeline.bundle.js">`).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { bundleOptions } from './bundle-config.js';

const outfile = 'dist/belarus-timeline.bundle.js';
await build({ ...bundleOptions, outfile });
const code = readFileSync(outfile);
console.log(
  `${outfile}: ${(code.length / 1024).toFixed(1)} KB minified, ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`,
);
