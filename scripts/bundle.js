// The self-contained bundle: element, lit, the d3 modules and date-fns inlined and minified, for a
// page with no build step (`<script type="module" src="…/belarus-timeline.bundle.js">`), with
// the chunks it loads on first use beside it in dist/chunks/.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildSelfContained } from './bundle-config.js';

rmSync('dist/chunks', { recursive: true, force: true });
const { outputFiles } = await buildSelfContained();
for (const file of outputFiles) {
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, file.contents);
}
console.log('dist/belarus-timeline.bundle.js (and dist/chunks/): built; `npm run size` tells the bytes');
