/**
 * In-page part of `npm run bench`'s search section: searches a whole book
 * with @attune/study and, as the floor, scans the same sections with a plain
 * `indexOf` over each section's `textContent`, both loading each section the
 * same way (`sectionDocument` of a freshly opened book, never rendered).
 */
import { openBook } from '@attune/book';
import { bookSearchSource, searchBook } from '@attune/study';

export interface SearchTiming {
  /** From the start of the search to the first result, and to the end. */
  firstMs: number;
  completeMs: number;
  results: number;
  sections: number;
}

async function attuneSearch(url: string, query: string): Promise<SearchTiming> {
  const book = await openBook(url);
  const started = performance.now();
  let firstMs = -1;
  let results = 0;
  let sections = 0;
  for await (const update of searchBook(bookSearchSource(book), query, { limit: Infinity })) {
    results = update.total;
    sections = update.sectionsDone;
    if (firstMs < 0 && update.total > 0) firstMs = performance.now() - started;
  }
  const completeMs = performance.now() - started;
  book.destroy();
  return { firstMs, completeMs, results, sections };
}

async function plainScan(url: string, query: string): Promise<SearchTiming> {
  const book = await openBook(url);
  const started = performance.now();
  let firstMs = -1;
  let results = 0;
  for (let index = 0; index < book.sections.length; index++) {
    const text = (await book.sectionDocument(index)).body?.textContent ?? '';
    for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + query.length)) {
      results++;
      if (firstMs < 0) firstMs = performance.now() - started;
    }
  }
  const completeMs = performance.now() - started;
  book.destroy();
  return { firstMs, completeMs, results, sections: book.sections.length };
}

(window as unknown as { searchBench: object }).searchBench = { attuneSearch, plainScan };
