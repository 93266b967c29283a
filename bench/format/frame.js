// `node bench/format/frame.js`: what formatting the dates of one zoom frame costs (~245 dates) with
// the first edition's kept Intl formatters, date-fns uncached, and date-fns as shipped; in Node and
// in headless Chromium (playwright-core, Debian's /usr/bin/chromium or CHROMIUM=…). Also the gzipped
// bytes date-fns `format` + `nl` + `enUS` add to a minified bundle. Results: README.md beside this.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'format-bench-'));
const entry = join(here, 'variants.ts');
const common = { entryPoints: [entry], bundle: true, minify: true, target: 'es2022', logLevel: 'error' };

const ms = (x) => `${x.toFixed(3)} ms`;
function print(where, { datesPerFrame, labels, results }) {
  console.log(`\n${where}: ${datesPerFrame.toFixed(0)} dates per frame (median of rounds, [lowest–highest])`);
  for (const r of results) {
    const check = r.mismatches ? `${r.mismatches} of ${labels} labels differ from shipped` : 'same labels';
    console.log(`  ${r.name.padEnd(48)} ${ms(r.median)} [${ms(r.min)}–${ms(r.max)}]  ${check}`);
  }
}

try {
  // Node
  const nodeFile = join(tmp, 'variants.mjs');
  await build({ ...common, format: 'esm', platform: 'node', outfile: nodeFile });
  const node = await import(pathToFileURL(nodeFile).href);
  print(`Node ${process.version}`, node.measure());

  // Chromium
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    const script = await build({ ...common, format: 'iife', globalName: 'FormatBench', write: false });
    await page.addScriptTag({ content: script.outputFiles[0].text });
    const version = browser.version();
    print(`Chromium ${version}`, await page.evaluate(() => globalThis.FormatBench.measure()));
    // A mid-range phone is often taken as about 4× slower than a desktop core (Lighthouse's default).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    print(
      `Chromium ${version}, CPU throttled 4×`,
      await page.evaluate(() => globalThis.FormatBench.measure(9, 2)),
    );
  } finally {
    await browser.close();
  }

  // Bytes: a tiny entry that uses format with both locales, against an empty one.
  const bytes = async (contents) => {
    const out = await build({
      stdin: { contents, resolveDir: root, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      external: ['d3-time'],
      write: false,
      logLevel: 'error',
    });
    const code = out.outputFiles[0].contents;
    return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
  };
  const empty = await bytes('export {};');
  const both = await bytes(
    "import { format } from 'date-fns/format'; import { nl } from 'date-fns/locale/nl';" +
      "import { enUS } from 'date-fns/locale/en-US';" +
      'export const f = (d) => format(d, "d MMMM y", { locale: nl }) + format(d, "MMMM d, y", { locale: enUS });',
  );
  const one = await bytes(
    "import { format } from 'date-fns/format'; import { enUS } from 'date-fns/locale/en-US';" +
      'export const f = (d) => format(d, "MMMM d, y", { locale: enUS });',
  );
  // What the element imports, each way; d3-time left out (the element carries it for its ticks).
  const shippedFns = await bytes(
    "export { formatEntryDate, formatPartialDate, presentLabel } from './src/dates/format.ts';" +
      "export { formatTick } from './src/dates/tick-format.ts';",
  );
  const intlFns = await bytes(
    "export { formatEntryDate, formatPartialDate, presentLabel, formatTick } from './bench/format/intl-baseline.ts';",
  );
  const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
  console.log('\nbytes (esbuild, minified, gzip -9), over an empty bundle:');
  console.log(
    `  date-fns format + nl + enUS     ${kb(both.min - empty.min)} min, ${kb(both.gzip - empty.gzip)} gzipped`,
  );
  console.log(
    `  date-fns format + enUS only     ${kb(one.min - empty.min)} min, ${kb(one.gzip - empty.gzip)} gzipped`,
  );
  console.log(`  formatEntryDate, formatPartialDate, presentLabel, formatTick:`);
  console.log(
    `    on date-fns (src/dates)       ${kb(shippedFns.min - empty.min)} min, ${kb(shippedFns.gzip - empty.gzip)} gzipped`,
  );
  console.log(
    `    on kept Intl (first edition)  ${kb(intlFns.min - empty.min)} min, ${kb(intlFns.gzip - empty.gzip)} gzipped`,
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
