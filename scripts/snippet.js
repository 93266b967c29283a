// `npm run snippet [nl|en]`: prints the built-in story as light-DOM markup (docs/light-dom.md), ready
// to paste into an article: exactly `datasetToMarkup(belarusStory, lang)` and a newline. The
// TypeScript sources are bundled in memory by esbuild, so it works straight after `npm ci`, with no
// build (and never reads a stale dist/).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const lang = process.argv[2] ?? 'nl';
if (lang !== 'nl' && lang !== 'en') {
  console.error(`usage: npm run snippet [nl|en]  (got ${JSON.stringify(lang)})`);
  process.exit(2);
}

const { outputFiles } = await build({
  stdin: {
    contents: `export { datasetToMarkup } from './src/data/markup-writer.ts';
      export { belarusStory } from './src/data/article-2022-10.ts';`,
    resolveDir: fileURLToPath(new URL('..', import.meta.url)),
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'error',
});
const code = Buffer.from(outputFiles[0].contents).toString('base64');
const { datasetToMarkup, belarusStory } = await import(`data:text/javascript;base64,${code}`);
process.stdout.write(`${datasetToMarkup(belarusStory, lang)}\n`);
