/**
 * Problems found in a profile, patch, policy or catalog. They are values, not
 * exceptions: one bad field never costs the learner the rest of their settings.
 */

/** Stable codes for what went wrong; UIs and tests rely on them. */
export type IssueCode =
  | 'not-an-object'
  | 'wrong-type'
  | 'out-of-range'
  | 'not-whole-number'
  | 'not-allowed'
  | 'invalid-color'
  | 'invalid-language'
  | 'too-long'
  | 'missing-field'
  | 'unknown-field'
  | 'low-contrast'
  | 'no-version'
  | 'future-version'
  | 'invalid-version'
  | 'migrated'
  | 'unknown-accommodation'
  | 'tier-mismatch'
  | 'conflict'
  | 'duplicate'
  | 'unreadable-record';

/**
 * - `error`: the value was refused and something else is used in its place.
 * - `warning`: the data was read, but something in it was ignored or changed.
 * - `info`: worth knowing, nothing was lost.
 */
export type IssueSeverity = 'error' | 'warning' | 'info';

/** One problem, located by a dotted path (`""` for the whole document). */
export interface ProfileIssue {
  code: IssueCode;
  severity: IssueSeverity;
  /** Where: `"display.fontSize"`, `"locks[2].value"`, or `""`. */
  path: string;
  /** A sentence a teacher understands, starting with the path. */
  message: string;
}

/** Builds an issue whose message starts with its location. */
export function issue(code: IssueCode, severity: IssueSeverity, path: string, sentence: string): ProfileIssue {
  return { code, severity, path, message: path ? `${path}: ${sentence}` : sentence };
}

/** Describes a JSON value in a message: `900`, `"big"`, `null`, `a list`, `an object`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** True for a JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
