// The convert command, run as people run it: the real bin/belarus-timeline.js spawned in Node on
// the fixtures, stdout, stderr and exit status checked. So that `npm install && npm test` passes
// without `npm run build`, the command is built here from src/cli/ with esbuild into a temporary
// package (bin/ beside dist/cli/convert.js, as in the published package).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name) => join(root, 'test/fixtures', name);
let dir;
let bin;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'belarus-timeline-cli-'));
  await mkdir(join(dir, 'bin'));
  await build({
    entryPoints: [join(root, 'src/cli/convert.ts')],
    outfile: join(dir, 'dist/cli/convert.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n');
  bin = join(dir, 'bin/belarus-timeline.js');
  await copyFile(join(root, 'bin/belarus-timeline.js'), bin);
});

after(() => rm(dir, { recursive: true, force: true }));

/** Runs the command; resolves with its exit status and output. */
function run(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: dir }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

const lines = (text) => text.split('\n').filter(Boolean);

describe('belarus-timeline convert', () => {
  it('prints the dataset of a TimelineJS JSON file and exits 0 when there is no issue', async () => {
    const { code, stdout, stderr } = await run('convert', fixture('timelinejs.json'));
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const ds = JSON.parse(stdout);
    assert.equal(ds.title, 'A TimelineJS story');
    assert.equal(ds.summary, 'Three events & an era.');
    assert.deepEqual(
      ds.entries.map((e) => [e.id, e.date, e.end, e.lane, e.title]),
      [
        ['first', '1994', undefined, 'politics', 'The first'],
        ['second', '2020-08-09', '2020-09', 'politics', 'The second & longer'],
        ['the-third', '2022-02', undefined, 'war', 'The third'],
      ],
    );
    assert.deepEqual(ds.entries[0].summary, 'It began.');
    assert.deepEqual(ds.entries[1].media, {
      src: 'https://example.org/photo.jpg',
      alt: 'Two men shaking hands',
      caption: 'A photo',
      credit: 'EPA',
    });
    assert.deepEqual(ds.entries[2].source, {
      excerpt: 'A video',
      url: 'https://www.youtube.com/watch?v=abc',
    });
    assert.equal(ds.entries[2].dateLabel, 'Early 2022');
    assert.deepEqual(ds.eras, [{ id: 'crisis', start: '2020', end: '2022', label: 'Crisis' }]);
  });

  it('prints the same dataset for the same story as CSV', async () => {
    const [json, csv] = await Promise.all([
      run('convert', fixture('timelinejs.json')),
      run('convert', fixture('timelinejs.csv')),
    ]);
    assert.equal(csv.code, 0);
    assert.equal(csv.stderr, '');
    assert.deepEqual(JSON.parse(csv.stdout), JSON.parse(json.stdout));
  });

  it('prints the valid rows of a CSV, names the bad row on stderr and exits 1', async () => {
    const file = fixture('timelinejs-bad-row.csv');
    const { code, stdout, stderr } = await run('convert', file);
    assert.equal(code, 1);
    assert.deepEqual(lines(stderr), [`${file}: row 3: Year "19x4" is not a year; the event is left out`]);
    const ds = JSON.parse(stdout);
    assert.deepEqual(
      ds.entries.map((e) => [e.title, e.summary]),
      [
        ['The first', 'Quoted, with a comma'],
        ['The third', 'Two lines'],
      ],
    );
  });

  it('names the JSON paths of bad events', async () => {
    const file = fixture('timelinejs-bad.json');
    const { code, stdout, stderr } = await run('convert', file);
    assert.equal(code, 1);
    assert.deepEqual(lines(stderr), [
      `${file}: events[1].start_date: is missing: an event needs a start date, at least a Year`,
      `${file}: events[2].media.url: "javascript:alert(1)" is not an http:, https: or relative URL, so it is left out`,
    ]);
    assert.deepEqual(
      JSON.parse(stdout).entries.map((e) => e.title),
      ['Kept', 'Bad media'],
    );
  });

  it('checks a dataset of ours, with its own paths', async () => {
    const ok = await run('convert', fixture('small.json'));
    assert.equal(ok.code, 0);
    assert.deepEqual(JSON.parse(ok.stdout).title, { nl: 'Klein verhaal', en: 'A small story' });
    const bad = await run('convert', fixture('partly-invalid.json'));
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /partly-invalid\.json: entries\[1\]\.date: /);
    assert.deepEqual(
      JSON.parse(bad.stdout)
        .entries.map((e) => e.id)
        .sort(),
      ['also-good', 'good'],
    );
  });

  it('prints nothing on stdout when nothing is valid', async () => {
    const { code, stdout, stderr } = await run('convert', fixture('not-a-dataset.json'));
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.notEqual(stderr, '');
  });

  it('exits 2 for what is neither JSON nor CSV, a missing file and bad usage', async () => {
    for (const args of [
      ['convert', fixture('not-json.txt')],
      ['convert', fixture('no-such-file.csv')],
      ['convert'],
      [],
      ['frobnicate', 'x'],
      ['convert', 'a', 'b'],
    ]) {
      const { code, stdout, stderr } = await run(...args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '', args.join(' '));
      assert.match(stderr, /belarus-timeline|neither JSON nor CSV/, args.join(' '));
    }
  });

  it('says what it does with --help, and exits 0', async () => {
    const { code, stdout } = await run('--help');
    assert.equal(code, 0);
    assert.match(stdout, /Usage: belarus-timeline convert FILE/);
    assert.match(stdout, /TimelineJS/);
    assert.match(stdout, /stdout/);
    assert.match(stdout, /stderr/);
    assert.match(stdout, /0 {2}no issue/);
  });
});
