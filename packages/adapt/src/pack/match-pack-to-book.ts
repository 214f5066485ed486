import type { VariantPack } from './variant-pack.js';

/** How a pack relates to the book it is about to be used with. */
export type PackBookRelation =
  /** Same identifier and same `dcterms:modified`: anchors should all be exact. */
  | 'same-edition'
  /** Same identifier, another modification date: the book was re-issued; anchors are re-found approximately. */
  | 'reissued'
  /** Another book: the pack should not be applied. */
  | 'other-book'
  /** The pack does not say which book it is for. */
  | 'unknown';

export interface PackBookMatch {
  relation: PackBookRelation;
  /** A sentence for the teacher. */
  message: string;
}

function sameIdentifier(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().replace(/^urn:uuid:/i, '').toLowerCase();
  return norm(a) === norm(b);
}

/**
 * Compares a pack's `book` with a book's metadata (`identifier` and
 * `modified`, as `@attune/book` reads them from the OPF).
 */
export function matchPackToBook(pack: Pick<VariantPack, 'book'>, book: { identifier: string; modified?: string | undefined }): PackBookMatch {
  const wanted = pack.book;
  if (!wanted.identifier) {
    return { relation: 'unknown', message: 'The pack does not say which book it was written for; it is applied, and anything it cannot find is reported.' };
  }
  if (!sameIdentifier(wanted.identifier, book.identifier)) {
    return { relation: 'other-book', message: `The pack was written for the book “${wanted.title ?? wanted.identifier}” (${wanted.identifier}), not this one (${book.identifier}).` };
  }
  if (wanted.modified && book.modified && wanted.modified.trim() !== book.modified.trim()) {
    return {
      relation: 'reissued',
      message: `The book was re-issued (modified ${book.modified}; the pack was made for ${wanted.modified}). Passages are found again by their text, allowing small changes; what cannot be found is reported.`,
    };
  }
  return { relation: 'same-edition', message: 'The pack was made for this edition of the book.' };
}
