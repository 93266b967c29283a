/**
 * `belarus-timeline convert FILE`: reads a TimelineJS JSON file, a CSV in the
 * TimelineJS spreadsheet layout, or a dataset of ours, checks it as the element does, and prints
 * the `TimelineDataset` JSON of the valid part on stdout and each issue on stderr. The same
 * `readSource` and `checkSource` as the element's `src`, so the command and the element agree on
 * every file; only `htmlToText` differs (htmlparser2 here, DOMParser there).
 *
 * Free of Node's own modules: `bin/belarus-timeline.js` passes in how to read a file and write,
 * which keeps this testable and type-checked with the browser's types.
 */
import { checkSource, readSource } from '../data/read-source.js';
import { htmlToText } from './html-text-node.js';

export interface Io {
  readFile(path: string): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** 0: no issue; 1: issues (the valid part, if any, is still printed); 2: the command could not run. */
export const EXIT = { ok: 0, issues: 1, failed: 2 } as const;

export const HELP = `Usage: belarus-timeline convert FILE

Reads FILE, checks it, and prints the <belarus-timeline> dataset (TimelineDataset JSON) of its
valid part on stdout, and every issue on stderr, one a line, with where it is:
  story.csv: row 4: Year "19x4" is not a year; the event is left out
  story.json: events[2].media.url: "javascript:…" is not an http:, https: or relative URL, …

FILE may be
  - CSV in the layout of the TimelineJS spreadsheet template (a header row naming Year and
    Headline; columns in any order): a sheet saved or published as CSV;
  - a TimelineJS JSON file (an object with an "events" array, optional "title" and "eras");
  - a dataset of ours, or an array of entries, to check it.

Exit status
  0  no issue: stdout holds the whole story
  1  issues: stdout holds the valid part (nothing when no entry is valid), stderr the issues
  2  the command could not run: no FILE, an unknown option, a file that cannot be read or that
     is neither JSON nor CSV

Options
  -h, --help  this text

Example
  npx belarus-timeline convert timeline.csv > story.json
`;

/** What the file's name says it is; the content decides when it says nothing. */
function typeOf(file: string): string | null {
  if (/\.csv$/i.test(file)) return 'text/csv';
  if (/\.json$/i.test(file)) return 'application/json';
  return null;
}

export async function convert(args: string[], io: Io): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  const [command, file, ...rest] = args;
  const usage = (why: string) => {
    io.stderr(`belarus-timeline: ${why}\n\n${HELP}`);
    return EXIT.failed;
  };
  if (command !== 'convert')
    return usage(command ? `unknown command ${JSON.stringify(command)}` : 'no command');
  if (!file) return usage('convert needs a FILE');
  if (rest.length) return usage(`one FILE at a time (also given: ${rest.join(' ')})`);

  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    io.stderr(`belarus-timeline: cannot read ${file}: ${(error as Error).message}\n`);
    return EXIT.failed;
  }
  const read = await readSource(text, typeOf(file), htmlToText);
  if ('error' in read) {
    io.stderr(`${file}: neither JSON nor CSV with a header row naming Year and Headline\n`);
    return EXIT.failed;
  }
  const { dataset, issues } = checkSource(read.raw, read.issues, read.rename);
  if (dataset) io.stdout(JSON.stringify(dataset, null, 2) + '\n');
  for (const { path, message } of issues) io.stderr(`${file}: ${path ? `${path}: ` : ''}${message}\n`);
  return issues.length ? EXIT.issues : EXIT.ok;
}
