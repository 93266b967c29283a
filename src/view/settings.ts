/**
 * The element's own settings: values a page set before the element was defined, and what is
 * wrong with a `start` or `end` that is no date or lane ids in `lanes` that the story does not
 * have. Pure, but for handing over an early value.
 */
import { DATE, show, type ValidationIssue } from '../data/validate-parts.js';
import { toTime } from './frame.js';

/**
 * Hands a value the page set before the element was defined (an own property then, which hides
 * the class's accessor) to the accessor. Lit does this for the properties declared to it, but it
 * also reads every one of those at the first update: declared, `entries` was read then, and that
 * first read deep-freezes the whole dataset (100,000 entries) before the first frame, for nobody.
 */
export function adoptEarlyValue<T extends object>(element: T, name: keyof T): void {
  if (!Object.prototype.hasOwnProperty.call(element, name)) return;
  const value = element[name];
  delete element[name];
  element[name] = value;
}

/**
 * What is wrong with the element's own settings, as issues like the data's (`path`, `message`).
 * The messages are the validator's, so that they read, and translate, the same.
 */
export function settingsIssues(
  window: Record<string, unknown>,
  unknownLanes: readonly string[],
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const [path, value] of Object.entries(window)) {
    if (value !== null && value !== undefined && value !== '' && toTime(value as string, 'start') === null)
      issues.push({ path, message: `${show(value)} is not ${DATE}` });
  }
  for (const id of unknownLanes)
    issues.push({ path: 'lanes', message: `${show(id)} is not a lane of this dataset` });
  return issues;
}
