// `npm run size`: the self-contained bundle's size against its budget, and what each part costs.
// Fails above the budget. Run after `npm run build`.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { bundleOptions } from './bundle-config.js';

const BUDGET = 40 * 1024; // gzipped bytes, JS and CSS together (the CSS lives in the JS)
const bundle = 'dist/belarus-timeline.bundle.js';
if (!existsSync(bundle)) {
  console.error(`${bundle} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const code = readFileSync(bundle);
const gzip = gzipSync(code, { level: 9 }).length;

const { metafile } = await build({ ...bundleOptions, write: false, metafile: true, outfile: 'size.js' });
const shares = new Map();
for (const [file, { bytesInOutput }] of Object.entries(metafile.outputs['size.js'].inputs)) {
  const pkg = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  const key =
    pkg ??
    (file.includes('/data/') ? 'belarus-timeline (built-in story, validator)' : 'belarus-timeline (element)');
  shares.set(key, (shares.get(key) ?? 0) + bytesInOutput);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${bundle}: ${kb(code.length)} minified, ${kb(gzip)} gzipped (budget ${kb(BUDGET)})`);
// gzip works on the whole file, so a part's gzipped cost is estimated by its share of the bytes.
console.log('\npart                                              minified   ~gzipped');
for (const [name, bytes] of [...shares].sort((a, b) => b[1] - a[1])) {
  console.log(
    `  ${name.padEnd(48)} ${kb(bytes).padStart(8)}   ${kb((bytes / code.length) * gzip).padStart(8)}`,
  );
}
if (gzip > BUDGET) {
  console.error(`\nOver budget by ${kb(gzip - BUDGET)}.`);
  process.exit(1);
}
