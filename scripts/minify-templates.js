// After tsc: Lit's html``, svg`` and css`` templates in dist/ lose their indentation and comments
// (minify-html-literals), so that every user's bundle of the package gets them compact, not only
// the self-contained file: about 1.5 KB gzipped.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifyHTMLLiterals } from 'minify-html-literals';

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.js') ? [path] : [];
  });

for (const file of walk('dist')) {
  const source = readFileSync(file, 'utf8');
  const result = minifyHTMLLiterals(source, { fileName: file });
  if (result) writeFileSync(file, result.code);
}
