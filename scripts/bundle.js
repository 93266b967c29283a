// The self-contained bundle: element, lit and the d3 modules inlined and minified, for a page
// with no build step (`<script type="module" src="…/belarus-timeline.bundle.js">`).
import { build } from 'esbuild';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { bundleOptions, terserOptions } from './bundle-config.js';

const outfile = 'dist/belarus-timeline.bundle.js';
const { outputFiles } = await build({ ...bundleOptions, outfile, write: false });
// esbuild bundles and minifies; terser's extra passes and the renaming of long private names
// then save about 3 KB gzipped, which is what keeps the bundle inside its 40 KB budget.
const { code } = await minify(outputFiles[0].text, terserOptions);
writeFileSync(outfile, code);
const bytes = Buffer.byteLength(code);
console.log(
  `${outfile}: ${(bytes / 1024).toFixed(1)} KB minified, ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`,
);
