/** Entry and lane ids made from text: the same rules for TimelineJS files, sheets and light-DOM markup. */

/**
 * `'Lukashenko & Putin, 2001'` → `'lukashenko-putin-2001'`: lower case, accents dropped, anything
 * else a single `-`, at most `max` characters; `''` when nothing is left (a headline in Cyrillic).
 */
export function slugify(text: string, max = 64): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');
}

/** `base`, or `base-2`, `base-3`… : the first that `used` does not have yet (then it has it). */
export function unique(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base.slice(0, 60)}-${n}`;
  used.add(id);
  return id;
}
