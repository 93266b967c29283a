// `npm run size`: what a page loads before the first render, gzipped, two ways, against the 60 KB
// budget: the self-contained dist/belarus-timeline.bundle.js with the chunks it imports
// statically, and what esbuild (minified, production, code splitting) makes of
// `import 'belarus-timeline'`. Chunks loaded later (`import()`) are listed apart. Fails above the
// budget. Run after `npm run build`.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildSelfContained } from './bundle-config.js';

const BUDGET = 60 * 1024; // gzipped bytes, JS and CSS together (the CSS lives in the JS)
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
if (!existsSync('dist/index.js')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

/** An esbuild result's entry, the files it imports statically, and the ones it loads later. */
function loads(metafile, entry) {
  const outputs = metafile.outputs;
  const first = new Set();
  const visit = (file) => {
    if (first.has(file)) return;
    first.add(file);
    for (const i of outputs[file].imports) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(entry);
  const later = Object.keys(outputs).filter((f) => f.endsWith('.js') && !first.has(f));
  return { first: [...first], later };
}

function report(name, result, entry) {
  const files = new Map(result.outputFiles.map((f) => [relative(process.cwd(), f.path), f.contents]));
  const { first, later } = loads(result.metafile, entry);
  const gz = (file) => gzipSync(files.get(file), { level: 9 }).length;
  const total = first.reduce((n, f) => n + gz(f), 0);
  console.log(
    `${name}: ${kb(total)} gzipped before the first render (${first.length} file(s); budget ${kb(BUDGET)})`,
  );
  for (const f of later) console.log(`  later, on first use: ${f} ${kb(gz(f))} gzipped`);
  return total;
}

/** Our own code, the libraries, per part: shares of the minified bytes of what loads first (esbuild's metafile). */
function parts(result, entry) {
  const { first } = loads(result.metafile, entry);
  const shares = new Map();
  for (const file of first)
    for (const [input, { bytesInOutput }] of Object.entries(result.metafile.outputs[file].inputs)) {
      const key =
        input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ??
        `belarus-timeline ${input.split('/')[1] ?? ''}`;
      shares.set(key, (shares.get(key) ?? 0) + bytesInOutput);
    }
  console.log('\n  part (minified bytes of what loads first)');
  for (const [key, bytes] of [...shares].sort((a, b) => b[1] - a[1]))
    console.log(`    ${key.padEnd(36)} ${kb(bytes).padStart(9)}`);
}

const self = await buildSelfContained();
const selfTotal = report('dist/belarus-timeline.bundle.js', self, 'dist/belarus-timeline.bundle.js');

// A user's bundler: `import 'belarus-timeline'` resolved through package.json like any package.
const dir = mkdtempSync(join(tmpdir(), 'bt-size-'));
writeFileSync(join(dir, 'app.js'), "import 'belarus-timeline';\n");
const user = await build({
  entryPoints: [join(dir, 'app.js')],
  outdir: join(dir, 'out'),
  bundle: true,
  splitting: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  nodePaths: [join(process.cwd(), '..')],
  alias: { 'belarus-timeline': process.cwd() },
  write: false,
  metafile: true,
});
console.log('');
const userEntry = relative(process.cwd(), join(dir, 'out', 'app.js'));
const userTotal = report("esbuild of `import 'belarus-timeline'`", user, userEntry);
parts(user, userEntry);
rmSync(dir, { recursive: true, force: true });

for (const [name, total] of [
  ['The self-contained file', selfTotal],
  ["A bundler's build", userTotal],
]) {
  if (total <= BUDGET) continue;
  console.error(`${name} is over the ${kb(BUDGET)} budget by ${kb(total - BUDGET)}: CI fails.`);
  process.exitCode = 1;
}
