// tsc drops the `@ts-expect-error` that lets `dataset` (a TimelineDataset, SPEC §3) override
// HTMLElement's DOMStringMap, so a project that type-checks libraries (`skipLibCheck: false`) would
// see TS2416 in our declarations. Put the same acknowledgement into the emitted .d.ts.
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'dist/belarus-timeline.d.ts';
const source = readFileSync(file, 'utf8');
const patched = source.replace(
  /^(\s*)((?:get|set) dataset\()/gm,
  '$1// @ts-ignore TS2416: the SPEC names the story `dataset`; it replaces the data-* map.\n$1$2',
);
if (patched === source) {
  console.error(`${file}: no dataset accessor found to annotate`);
  process.exit(1);
}
writeFileSync(file, patched);
