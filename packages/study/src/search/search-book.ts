import type { SectionTarget, TextPositionSelector, TextQuoteSelector } from '@attune/adapt/anchoring';
import { findMatches } from './find-matches.js';
import { excerptOf, type ExcerptSource, type SearchExcerpt } from './search-excerpt.js';
import { isQueryProblem, prepareQuery, type PreparedQuery } from './search-query.js';

/**
 * Full-text search over a book, section by section: progressive (an async
 * iterator that yields after every section, so the first results show while
 * the rest of the book is searched), cancellable (an AbortSignal) and
 * capped. It reads sections through a `SearchSource`, so the same core
 * searches a book's documents in the browser and plain texts in Node.
 */

/** One section's text as the learner sees it, with what a result shows. */
export interface SearchSectionText extends ExcerptSource {
  /** Spine index. */
  index: number;
  /** Book path of the section (what the reader's `goTo` takes). */
  href: string;
  /** The section's href as the package lists it (a Web Annotation target's `source`). */
  source: string;
  /** Chapter title (table-of-contents label, else the first heading). */
  chapter: string;
  /** BCP 47 language of the section's text. */
  language: string;
}

/** Where search reads sections from. */
export interface SearchSource {
  readonly sectionCount: number;
  load(index: number): Promise<SearchSectionText>;
}

export interface SearchResult {
  /** Position among all results of this search, 0-based, in book order. */
  ordinal: number;
  sectionIndex: number;
  href: string;
  chapter: string;
  language: string;
  excerpt: SearchExcerpt;
  /**
   * Where the match is, as a Web Annotation target over the section's
   * displayed text: a TextQuoteSelector (with 32 characters of context) and
   * a TextPositionSelector. `resolveAnchor` from @attune/adapt/anchoring
   * finds it in the section as shown.
   */
  target: SectionTarget & { selector: [TextQuoteSelector, TextPositionSelector] };
}

/** A section that could not be searched; search goes on without it. */
export interface SkippedSection {
  index: number;
  message: string;
}

/** What a search has done so far; one after every section. */
export interface SearchUpdate {
  /** Results found in the section just searched (possibly none). */
  results: SearchResult[];
  /** Results so far, in all. */
  total: number;
  sectionsDone: number;
  sectionsTotal: number;
  /** The cap was reached: there may be more matches than `total`. */
  capped: boolean;
  /** The last update of a search that ran to the end (or to the cap). */
  done: boolean;
  /** Sections that could not be read so far. */
  skipped: SkippedSection[];
}

export interface SearchOptions {
  /** Stops the search: no update follows once it is aborted. */
  signal?: AbortSignal;
  /** Most results kept (default 1000). */
  limit?: number;
  /** Characters of context in each result's quote selector (default 32). */
  quoteContext?: number;
}

export const DEFAULT_RESULT_LIMIT = 1000;

/** A query that cannot be searched for, with a stable code. */
export class SearchError extends Error {
  constructor(
    readonly code: 'empty-query' | 'query-too-long',
    message: string,
  ) {
    super(message);
    this.name = 'SearchError';
  }
}

/**
 * A new task, behind whatever is waiting (input, timers, painting): a
 * message to ourselves. Not scheduler.yield(), which resumes ahead of the
 * other tasks; not setTimeout(0), which nested timers clamp to 4 ms.
 */
function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Gives the event loop a turn (input, painting) when work has run for a while. */
function makeYielder(budgetMs = 12): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await nextTask();
    since = performance.now();
  };
}

/**
 * Searches every section of a source for `query`. Yields one update per
 * section, in spine order; the next section is loaded while the current one
 * is scanned. Throws a `SearchError` for an empty or overlong query.
 */
export async function* searchBook(source: SearchSource, query: string, options: SearchOptions = {}): AsyncGenerator<SearchUpdate, void, undefined> {
  const checked = prepareQuery(query);
  if (isQueryProblem(checked)) throw new SearchError(checked.code, checked.message);
  const limit = options.limit ?? DEFAULT_RESULT_LIMIT;
  const context = options.quoteContext ?? 32;
  const signal = options.signal;
  const total = source.sectionCount;
  const prepared = new Map<string, PreparedQuery>();
  const skipped: SkippedSection[] = [];
  const breathe = makeYielder();
  let found = 0;

  const load = (index: number): Promise<SearchSectionText | Error> =>
    source.load(index).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
  let next = total > 0 ? load(0) : undefined;
  for (let index = 0; index < total; index++) {
    if (signal?.aborted) return;
    const section = await next!;
    if (signal?.aborted) return;
    next = index + 1 < total ? load(index + 1) : undefined;
    const results: SearchResult[] = [];
    if (section instanceof Error) {
      skipped.push({ index, message: section.message });
    } else {
      let forLanguage = prepared.get(section.language);
      if (!forLanguage) {
        const q = prepareQuery(query, section.language);
        forLanguage = isQueryProblem(q) ? checked : q;
        prepared.set(section.language, forLanguage);
      }
      for (const match of findMatches(section.text, forLanguage.folded, { locale: section.language, limit: limit - found })) {
        results.push(resultOf(section, match.start, match.end, found++, context));
      }
    }
    const capped = found >= limit;
    const done = capped || index === total - 1;
    yield { results, total: found, sectionsDone: index + 1, sectionsTotal: total, capped, done, skipped: [...skipped] };
    if (capped) return;
    await breathe();
  }
  if (total === 0) yield { results: [], total: 0, sectionsDone: 0, sectionsTotal: 0, capped: false, done: true, skipped };
}

function resultOf(section: SearchSectionText, start: number, end: number, ordinal: number, context: number): SearchResult {
  const text = section.text;
  return {
    ordinal,
    sectionIndex: section.index,
    href: section.href,
    chapter: section.chapter,
    language: section.language,
    excerpt: excerptOf(section, start, end),
    target: {
      source: section.source,
      selector: [
        { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - context), start), suffix: text.slice(end, end + context) },
        { type: 'TextPositionSelector', start, end },
      ],
    },
  };
}

/** Runs a whole search and returns its results (for tests and scripts; the reader shows updates as they come). */
export async function searchAll(source: SearchSource, query: string, options: SearchOptions = {}): Promise<{ results: SearchResult[]; last: SearchUpdate | undefined }> {
  const results: SearchResult[] = [];
  let last: SearchUpdate | undefined;
  for await (const update of searchBook(source, query, options)) {
    results.push(...update.results);
    last = update;
  }
  return { results, last };
}
