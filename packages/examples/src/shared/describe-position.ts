import type { AttuneReader, RelocateDetail } from '@attune/reader';

/**
 * Where the learner is, in words for the page's live region: the chapter
 * (from the book's contents), the screen page within it and how far through
 * the book, e.g. "Following One Drop: page 2 of 4, 41% through the book".
 */
export function describePosition(reader: AttuneReader, { index, page, pages, fraction }: RelocateDetail): string {
  const chapter = reader.book?.sections[index]?.label ?? `Section ${index + 1}`;
  return `${chapter}: page ${page} of ${pages}, ${Math.round(fraction * 100)}% through the book`;
}

/** Nothing left to turn to: the example's own "Next page" is disabled. */
export function atEnd(reader: AttuneReader): boolean {
  return reader.state.location?.atEnd ?? false;
}
