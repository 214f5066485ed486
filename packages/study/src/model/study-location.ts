import { normalizeSource } from '@attune/adapt/anchoring';

/**
 * A place in a book, as the reader reports it after a page turn or a jump:
 * what a bookmark, the last position and the "back" history hold.
 */
export interface StudyLocation {
  /** EPUB CFI of the place (epubjs's `location.start.cfi`). */
  cfi: string;
  /** The section's href, without a fragment (spine href or book path; compared with `sameSource`). */
  href: string;
  /** How far into the book, 0–1. */
  fraction: number;
  /** The chapter's title (its table-of-contents label), for lists and the outline. */
  chapter?: string;
  /** How far into its section, 0–1 (orders places within a section; see SelectionTarget.within). */
  within?: number;
}

/** Longest chapter title kept; a longer one is cut. */
export const MAX_CHAPTER_LENGTH = 300;

/** A location with its href stripped of any fragment and its chapter title trimmed. */
export function cleanLocation(location: StudyLocation): StudyLocation {
  const clean: StudyLocation = { cfi: location.cfi, href: normalizeSource(location.href), fraction: location.fraction };
  const chapter = location.chapter?.replace(/\s+/g, ' ').trim();
  if (chapter) clean.chapter = chapter.slice(0, MAX_CHAPTER_LENGTH);
  if (location.within !== undefined) clean.within = location.within;
  return clean;
}

/** What is wrong with a value read as a location (`path` names it in the message), or undefined when it is one. */
export function locationProblem(value: unknown, path: string): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${path}: not a location object`;
  const v = value as Record<string, unknown>;
  if (typeof v['cfi'] !== 'string' || !/^epubcfi\(.+\)$/s.test(v['cfi'])) return `${path}.cfi: not an EPUB CFI ("epubcfi(…)")`;
  if (typeof v['href'] !== 'string' || !v['href']) return `${path}.href: missing (the section's href)`;
  if (typeof v['fraction'] !== 'number' || !(v['fraction'] >= 0 && v['fraction'] <= 1)) return `${path}.fraction: not a number from 0 to 1`;
  if (v['chapter'] !== undefined && typeof v['chapter'] !== 'string') return `${path}.chapter: not text`;
  if (v['within'] !== undefined && (typeof v['within'] !== 'number' || !(v['within'] >= 0 && v['within'] <= 1))) return `${path}.within: not a number from 0 to 1`;
  return undefined;
}
