// What a user's bundler makes of `import 'belarus-timeline'`: an app file with that one line, the
// package reached through node_modules (a symlink to the package root), so that its package.json
// ("exports" → dist/index.js, "sideEffects") decides what comes in, as it would in a user's project.
// esbuild with the options a production build would use: minified, `conditions: ['production']`,
// ESM with code splitting. No alias, no stub, no terser: only what the package itself ships.
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The README's line; and, should a bundler drop it, a line that keeps the element in. */
export const APP = "import 'belarus-timeline';\n";
const FALLBACK = "export { BelarusTimeline } from 'belarus-timeline';\n";

/**
 * Builds into `outdir` (emptied first) from the package at `packageRoot`; resolves to the files
 * written, with their sizes, and `dropped`: esbuild dropped `import 'belarus-timeline'` as free of
 * side effects (as it would if package.json's "sideEffects" stopped naming dist/index.js), so a
 * page with that line would define no element. The build is then made from FALLBACK instead (an
 * entry's exports are kept, and with them dist/define.js), so that there is something to measure,
 * and the report says so. esbuild is the root package's devDependency (`npm run build` needs it).
 */
export async function buildBundler({ packageRoot, workdir, outdir }) {
  const require = createRequire(join(packageRoot, 'package.json'));
  const { build } = await import(pathToFileURL(require.resolve('esbuild')).href);
  rmSync(workdir, { recursive: true, force: true });
  mkdirSync(join(workdir, 'node_modules'), { recursive: true });
  symlinkSync(packageRoot, join(workdir, 'node_modules', 'belarus-timeline'), 'dir');
  let files = await once(build, workdir, outdir, APP);
  // Seen in the output, not in esbuild's warnings (which it keeps to itself under node_modules).
  const defines = (list) =>
    list.some(({ file }) => readFileSync(join(workdir, file), 'utf8').includes('customElements.define('));
  const dropped = !defines(files);
  if (dropped) files = await once(build, workdir, outdir, FALLBACK);
  if (!defines(files)) throw new Error(`the bundler build defines no element, even from ${FALLBACK.trim()}`);
  return { dropped, app: dropped ? FALLBACK.trim() : APP.trim(), files };
}

async function once(build, workdir, outdir, app) {
  rmSync(outdir, { recursive: true, force: true });
  writeFileSync(join(workdir, 'index.js'), app);
  const result = await build({
    absWorkingDir: workdir,
    entryPoints: ['index.js'],
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    conditions: ['production'],
    outdir,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.entries(result.metafile.outputs).map(([file, { bytes }]) => ({ file, bytes }));
}
