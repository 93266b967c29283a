/**
 * What is wrong with the element's own settings, as issues like the data's (`path`, `message`):
 * a `start` or `end` that is no date, lane ids in `lanes` that the story does not have. Pure.
 * The messages are the validator's, so that they read, and translate, the same.
 */
import { DATE, show, type ValidationIssue } from '../data/validate-parts.js';
import { toTime } from './frame.js';

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
