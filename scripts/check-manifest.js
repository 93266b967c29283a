// Fails when custom-elements.json is not what the analyzer makes of the source now.
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, cpSync, symlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve('.');
const tmp = mkdtempSync(join(tmpdir(), 'cem-'));
try {
  for (const f of ['src', 'package.json', '.prettierrc.json', 'custom-elements-manifest.config.js']) {
    try {
      cpSync(join(root, f), join(tmp, f), { recursive: true });
    } catch {
      // optional file
    }
  }
  symlinkSync(join(root, 'node_modules'), join(tmp, 'node_modules'));
  execSync('npm run -s analyze', { cwd: tmp, stdio: 'inherit' });
  const fresh = readFileSync(join(tmp, 'custom-elements.json'), 'utf8');
  const committed = readFileSync(join(root, 'custom-elements.json'), 'utf8');
  if (fresh !== committed) {
    // Say where they part, so that a failure in CI can be read without rerunning it.
    const a = committed.split('\n');
    const b = fresh.split('\n');
    const at = a.findIndex((line, i) => line !== b[i]);
    console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
    console.error(`first difference at line ${at + 1}:\n  committed: ${a[at]}\n  now:       ${b[at]}`);
    console.error(`(committed ${a.length} lines, now ${b.length})`);
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
