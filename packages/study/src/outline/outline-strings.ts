import type { HighlightColor } from '../model/annotation.js';
import { HIGHLIGHT_COLOR_NAMES } from '../model/highlight-style.js';

/**
 * Every word the study outline writes that is not the learner's or the
 * book's. English by default; the reader passes its translations (this
 * package has no UI of its own, so it takes strings rather than a locale).
 */
export interface OutlineStrings {
  /** BCP 47 language of these strings (the page's `lang`). */
  language: string;
  dir: 'ltr' | 'rtl';
  /** The page's title, e.g. "Study outline: Moby-Dick". */
  documentTitle: (bookTitle: string) => string;
  heading: string;
  /** "Made on 25 November 2026" */
  made: (date: string) => string;
  contentsHeading: string;
  untitledChapter: string;
  colorNames: Readonly<Record<HighlightColor, string>>;
  /** A colour group's heading, e.g. "Yellow highlights" or "Yellow highlights: main idea". */
  highlightsHeading: (colorName: string, label: string | undefined) => string;
  notesHeading: string;
  bookmarksHeading: string;
  /** Before a note's text, e.g. "Note:". */
  noteLabel: string;
  /** Before a note's quote or a bookmark's snippet when the reader must tell them apart. */
  orphansHeading: string;
  orphansIntro: string;
  empty: string;
}

export const ENGLISH_OUTLINE_STRINGS: OutlineStrings = {
  language: 'en',
  dir: 'ltr',
  documentTitle: (title) => `Study outline: ${title}`,
  heading: 'Study outline',
  made: (date) => `Made on ${date}`,
  contentsHeading: 'Chapters',
  untitledChapter: 'Untitled section',
  colorNames: HIGHLIGHT_COLOR_NAMES,
  highlightsHeading: (color, label) => (label ? `${color} highlights: ${label}` : `${color} highlights`),
  notesHeading: 'Notes',
  bookmarksHeading: 'Bookmarks',
  noteLabel: 'Note:',
  orphansHeading: 'Not found in this edition',
  orphansIntro: 'The book has changed since these were made, and their text could not be found in it. They are kept here as they were.',
  empty: 'No highlights, notes or bookmarks yet.',
};
