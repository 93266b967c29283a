import type { Lang, Localized } from './types.js';

/** The text of `value` in `lang`, falling back to the other language, then to `''`. */
export function localize(value: Localized | undefined, lang: Lang): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  return value[lang] ?? value[lang === 'nl' ? 'en' : 'nl'] ?? '';
}
