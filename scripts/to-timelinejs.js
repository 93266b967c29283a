// The built-in story in TimelineJS's formats, for the demo and the tests: `node scripts/to-timelinejs.js`
// writes demo/article.timelinejs.json (its JSON format) and demo/article.timelinejs.csv (its
// spreadsheet template as CSV), in English. It reverses the mapping of src/data/timelinejs-map.ts,
// so that both files read back into the same entries (test/data/article-timelinejs.test.ts):
// - `id` → unique_id; `date` / `end` → start_date / end_date at their precision; lane → group,
//   by its English label; title → headline; summary → text (as HTML: & and < escaped);
// - an `'ongoing'` end, which TimelineJS cannot say, → the story's `asOf` as the end date, and a
//   display date "… – present", so that the period is drawn the same and reads the same;
// - quotes, source excerpts and date notes have no place in TimelineJS and are left out.
import { build } from 'esbuild';
import { csvFormatRows } from 'd3-dsv';
import { writeFileSync } from 'node:fs';

const { outputFiles } = await build({
  entryPoints: ['src/data/article-2022-10.ts'],
  bundle: true,
  format: 'esm',
  write: false,
});
const { belarusStory: story } = await import(
  `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`
);

const en = (text) => (typeof text === 'string' ? text : (text?.en ?? text?.nl ?? ''));
const html = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

/** `'2022-02-24'` → `{ year: 2022, month: 2, day: 24 }`, keeping the precision. */
function parts(date) {
  const [year, month, day] = date.split('-').map(Number);
  return { year, ...(month && { month }), ...(day && { day }) };
}

/** As the element shows a date in English: `1994`, `October 2022`, `October 10, 2022`. */
function shown(date) {
  const { year, month, day } = parts(date);
  if (!month) return String(year);
  return day ? `${MONTHS[month - 1]} ${day}, ${year}` : `${MONTHS[month - 1]} ${year}`;
}

const laneLabel = new Map(story.lanes.map((lane) => [lane.id, en(lane.label)]));

const events = story.entries.map((entry) => {
  const slide = { unique_id: entry.id, start_date: parts(entry.date) };
  if (entry.end) slide.end_date = parts(entry.end === 'ongoing' ? story.asOf : entry.end);
  if (entry.end === 'ongoing') slide.display_date = `${shown(entry.date)} – present`;
  slide.text = {
    headline: html(en(entry.title)),
    text: entry.summary ? `<p>${html(en(entry.summary))}</p>` : '',
  };
  slide.group = laneLabel.get(entry.lane);
  return slide;
});
const timeline = { title: { text: { headline: html(en(story.title)), text: '' } }, events };
writeFileSync('demo/article.timelinejs.json', JSON.stringify(timeline, null, 2) + '\n');

const HEADER = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Alt Text',
  'Type',
  'Group',
  'Background',
  // Not in TimelineJS's template (which ignores it): keeps the ids, as unique_id does in JSON.
  'Unique ID',
];
const row = (cells) => HEADER.map((name) => String(cells[name] ?? ''));
const rows = [
  HEADER,
  row({ Headline: timeline.title.text.headline, Type: 'title' }),
  ...events.map((e) =>
    row({
      Year: e.start_date.year,
      Month: e.start_date.month,
      Day: e.start_date.day,
      'End Year': e.end_date?.year,
      'End Month': e.end_date?.month,
      'End Day': e.end_date?.day,
      'Display Date': e.display_date,
      Headline: e.text.headline,
      Text: e.text.text,
      Group: e.group,
      'Unique ID': e.unique_id,
    }),
  ),
];
writeFileSync('demo/article.timelinejs.csv', csvFormatRows(rows) + '\n');
console.log(`demo/article.timelinejs.json, demo/article.timelinejs.csv: ${events.length} events`);
