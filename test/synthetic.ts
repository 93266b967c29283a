import type { TimelineDataset, TimelineEntry } from '../src/data/types.js';

/** A small seeded PRNG (mulberry32): the same story for the same seed, in every browser. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/** `n` entries over 1990–2025 in four lanes: mostly day-precision points, some periods. */
export function syntheticStory(n: number, seed = 1): TimelineDataset {
  const random = prng(seed);
  const from = Date.UTC(1990, 0, 1);
  const to = Date.UTC(2025, 0, 1);
  const lanes = ['a', 'b', 'c', 'd'];
  const entries: TimelineEntry[] = [];
  for (let i = 0; i < n; i++) {
    const start = from + Math.floor(random() * (to - from));
    const entry: TimelineEntry = { id: `e-${i}`, date: day(start), lane: lanes[i % 4], title: `Entry ${i}` };
    if (random() < 0.1) entry.end = day(Math.min(to, start + Math.floor(random() * 400) * 86_400_000));
    entries.push(entry);
  }
  return {
    title: `${n} synthetic entries`,
    asOf: '2025-12',
    lanes: lanes.map((id) => ({ id, label: `Lane ${id.toUpperCase()}` })),
    entries,
  };
}
