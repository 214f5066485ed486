import { foldForSearch, sourceSpan } from './search-fold.js';

/** A match: source offsets, end exclusive. */
export interface TextMatch {
  start: number;
  end: number;
}

/**
 * Where a folded query occurs in a text (normalized as the anchoring text
 * model normalizes it), as offsets in that text, in order and not
 * overlapping. Stops after `limit` matches.
 */
export function findMatches(text: string, foldedQuery: string, options: { locale?: string; limit?: number } = {}): TextMatch[] {
  const limit = options.limit ?? Infinity;
  if (!foldedQuery || limit <= 0) return [];
  const folded = foldForSearch(text, options.locale);
  const matches: TextMatch[] = [];
  let at = folded.text.indexOf(foldedQuery);
  while (at >= 0 && matches.length < limit) {
    matches.push(sourceSpan(folded, at, at + foldedQuery.length));
    at = folded.text.indexOf(foldedQuery, at + foldedQuery.length);
  }
  return matches;
}
