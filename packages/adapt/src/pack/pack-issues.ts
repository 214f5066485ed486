/**
 * Problems found in a variant pack. They are values, not exceptions: one bad
 * entry never costs the teacher the rest of the pack.
 */

/** Stable codes; UIs and tests rely on them. */
export type PackIssueCode =
  | 'not-an-object'
  | 'wrong-type'
  | 'missing-field'
  | 'unknown-field'
  | 'empty'
  | 'too-long'
  | 'too-many'
  | 'no-version'
  | 'invalid-version'
  | 'future-version'
  | 'unknown-entry-type'
  | 'unknown-selector'
  | 'invalid-value'
  | 'invalid-level'
  | 'duplicate'
  | 'unsafe-url';

/**
 * - `error`: something was refused (a field, a variant, a whole entry) and is not used.
 * - `warning`: read, but something was ignored or changed.
 * - `info`: worth knowing, nothing was lost.
 */
export type PackIssueSeverity = 'error' | 'warning' | 'info';

export interface PackIssue {
  code: PackIssueCode;
  severity: PackIssueSeverity;
  /** Where: `"entries[3].variants[0].level"`, `"book.identifier"`, or `""` for the whole pack. */
  path: string;
  /** A sentence a teacher understands, starting with the path. */
  message: string;
  /** Index of the entry in the pack's `entries` as written, when the issue is inside one. */
  entry?: number;
}

export function packIssue(code: PackIssueCode, severity: PackIssueSeverity, path: string, sentence: string, entry?: number): PackIssue {
  const issue: PackIssue = { code, severity, path, message: path ? `${path}: ${sentence}` : sentence };
  if (entry !== undefined) issue.entry = entry;
  return issue;
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

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** ` Did you mean “x”?` when a known name is close to an unknown one, else ''. */
export function didYouMean(name: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best ? ` Did you mean “${best}”?` : '';
}
