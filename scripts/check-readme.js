// Fails when the README's API tables miss a name that custom-elements.json lists.
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const element = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .find((d) => d.tagName === 'belarus-timeline');
if (!element) {
  console.error('custom-elements.json has no <belarus-timeline>.');
  process.exit(1);
}

const publicMembers = (element.members ?? []).filter(
  (m) => !m.static && (m.privacy ?? 'public') === 'public',
);
const names = [
  ...(element.attributes ?? []).map((a) => a.name),
  ...publicMembers.map((m) => m.name),
  ...(element.events ?? []).map((e) => e.name),
  ...(element.slots ?? []).map((s) => s.name),
  ...(element.cssParts ?? []).map((p) => p.name),
  ...(element.cssProperties ?? []).map((p) => p.name),
];
const missing = [...new Set(names)].filter(
  (name) => !new RegExp('`' + name.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&') + '[`(]').test(readme),
);
if (missing.length) {
  console.error(`README.md does not document: ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`README.md documents all ${new Set(names).size} names in custom-elements.json.`);
