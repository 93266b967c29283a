#!/usr/bin/env node
// `npx belarus-timeline convert FILE`: the command of src/cli/convert.ts (compiled to dist/ by
// `npm run build`), given Node's file reading and output. `--help` says what it does.
import { readFile } from 'node:fs/promises';
import process from 'node:process';

let convert;
try {
  ({ convert } = await import('../dist/cli/convert.js'));
} catch (error) {
  // In a clone of the repository before `npm run build`; the published package has dist/.
  process.stderr.write(
    `belarus-timeline: the command is not built (${error.code ?? error.message}); run \`npm run build\`\n`,
  );
  process.exit(2);
}

process.exitCode = await convert(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
