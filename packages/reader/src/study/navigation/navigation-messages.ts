import { msg, str } from '@lit/localize';
import { formatUiNumber } from '../../localization/plural.js';

/**
 * The strings of "Where am I" and "Back", through @lit/localize with stable
 * ids. Each announcement is one whole sentence per case, numbers written
 * the UI language's way, never put together from translated pieces.
 */

export interface WhereAmI {
  /** The chapter's title; empty when the section has none. */
  chapter: string;
  /** The printed page (page-list label), when the book has one. */
  printedPage?: string;
  /** Screen page within the chapter and how many it has. */
  page: number;
  pages: number;
  /** 0–1 through the book. */
  fraction: number;
}

/** "Chapter 3, The Carpet-Bag. Page 12. 8% through the book." */
export function whereAmISentence(place: WhereAmI): string {
  const percent = formatUiNumber(place.fraction, { style: 'percent', maximumFractionDigits: 0 });
  const chapter = place.chapter;
  if (place.printedPage) {
    const page = place.printedPage;
    return chapter
      ? msg(str`${chapter}. Page ${page}. ${percent} through the book.`, { id: 'study.whereAmI.chapterPrinted', desc: 'chapter is a chapter title; page the printed page label; percent is formatted, e.g. 8%.' })
      : msg(str`Page ${page}. ${percent} through the book.`, { id: 'study.whereAmI.printed' });
  }
  const [page, pages] = [formatUiNumber(place.page), formatUiNumber(place.pages)];
  return chapter
    ? msg(str`${chapter}. Screen ${page} of ${pages} in this chapter. ${percent} through the book.`, { id: 'study.whereAmI.chapterScreen', desc: 'chapter is a chapter title; percent is formatted, e.g. 8%.' })
    : msg(str`Screen ${page} of ${pages} in this section. ${percent} through the book.`, { id: 'study.whereAmI.screen' });
}

export const navigationMessages = {
  get back() {
    return msg('Back', { id: 'study.back' });
  },
  backTo: (place: string) => msg(str`Back to ${place}`, { id: 'study.backTo', desc: 'place is a chapter title.' }),
  get nothingToGoBackTo() {
    return msg('There is no earlier place to go back to.', { id: 'study.back.none' });
  },
  get whereAmI() {
    return msg('Where am I', { id: 'study.whereAmI' });
  },
};
