import { normalizeForMatching } from '@attune/adapt/anchoring';
import { foldForSearch } from './search-fold.js';

/** Longest query taken, in characters: a search is for a phrase, not a page. */
export const MAX_QUERY_LENGTH = 500;

/** A query ready to look for: folded the way the text is. */
export interface PreparedQuery {
  /** What the learner typed, trimmed. */
  readonly text: string;
  /** Folded as section text is folded (spaces collapsed, quotes and dashes, case and marks). */
  readonly folded: string;
}

/** Why a query cannot be searched for. */
export interface QueryProblem {
  code: 'empty-query' | 'query-too-long';
  message: string;
}

/** Prepares a query for a language, or says why it can't be searched. */
export function prepareQuery(query: string, locale = ''): PreparedQuery | QueryProblem {
  const text = query.trim();
  if (text.length > MAX_QUERY_LENGTH) {
    return { code: 'query-too-long', message: `The search is ${text.length} characters long; at most ${MAX_QUERY_LENGTH} can be searched for.` };
  }
  const folded = foldForSearch(normalizeForMatching(text), locale).text.trim();
  if (!folded) return { code: 'empty-query', message: 'Type a word or phrase to search for.' };
  return { text, folded };
}

export function isQueryProblem(value: PreparedQuery | QueryProblem): value is QueryProblem {
  return 'code' in value;
}
