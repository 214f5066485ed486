/** Full-text search over a book, as the learner sees it. */
export { searchBook, searchAll, SearchError, DEFAULT_RESULT_LIMIT } from './search-book.js';
export type { SearchResult, SearchUpdate, SearchOptions, SearchSource, SearchSectionText, SkippedSection } from './search-book.js';
export { bookSearchSource } from './book-search-source.js';
export type { SearchableBook, BookSearchSourceOptions } from './book-search-source.js';
export { prepareQuery, isQueryProblem, MAX_QUERY_LENGTH } from './search-query.js';
export type { PreparedQuery, QueryProblem } from './search-query.js';
export { findMatches } from './find-matches.js';
export type { TextMatch } from './find-matches.js';
export { foldForSearch, sourceSpan } from './search-fold.js';
export type { FoldedText } from './search-fold.js';
export { excerptOf, EXCERPT_CONTEXT } from './search-excerpt.js';
export type { SearchExcerpt, ExcerptSource } from './search-excerpt.js';
