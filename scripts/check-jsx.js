// Fails when src/jsx.ts (JSX types for the element) misses an attribute, a public property that
// takes an object, or an event that custom-elements.json lists: adding an attribute to the element
// without its JSX type fails CI.
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const jsx = readFileSync('src/jsx.ts', 'utf8');
const element = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .find((d) => d.tagName === 'belarus-timeline');
const names = [
  ...(element.attributes ?? []).map((a) => a.name),
  ...(element.events ?? []).map((e) => `on${e.name}`),
  ...['dataset', 'entries'],
];
const missing = names.filter((name) => !new RegExp(`^\\s*'?${name}'?\\?:`, 'm').test(jsx));
if (missing.length) {
  console.error(`src/jsx.ts does not type: ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`src/jsx.ts types all ${names.length} attributes, object properties and events.`);
