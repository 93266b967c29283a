// A web-test-runner reporter that names every failed test once more at the very end of the run,
// with its browser, file and first error line. The default reporter prints a failure where its file
// finishes, hundreds of lines before the end; a CI log that keeps only its tail then says "1 failed"
// and not which.
import { writeSync } from 'node:fs';

/** The failed tests of one suite tree, as "suite › test" with the error's first line. */
function failures(suite, path = []) {
  if (!suite) return [];
  const here = suite.name ? [...path, suite.name] : path;
  const own = suite.tests
    .filter((t) => !t.passed && !t.skipped)
    .map((t) => `${[...here, t.name].join(' › ')}: ${(t.error?.message ?? 'failed').split('\n')[0]}`);
  return [...own, ...suite.suites.flatMap((s) => failures(s, here))];
}

export function failureSummary() {
  return {
    stop({ sessions }) {
      const lines = [];
      for (const s of sessions) {
        const where = `${s.browser.name} ${s.testFile.replace(`${process.cwd()}/`, '')}`;
        for (const e of s.errors) lines.push(`${where}: ${e.message.split('\n')[0]}`);
        for (const f of failures(s.testResults)) lines.push(`${where}: ${f}`);
      }
      if (lines.length === 0) return;
      // At exit: the runner's own terminal output, buffered until it stops, would come after it.
      const text = `\nFailed (${lines.length}):\n${lines.map((l) => `  ✗ ${l}`).join('\n')}\n`;
      process.once('exit', () => writeSync(1, text));
    },
  };
}
