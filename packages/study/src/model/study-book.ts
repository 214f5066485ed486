/**
 * Which book study data belongs to. A book is known by its package's unique
 * identifier; `modified` (dcterms:modified) names the edition. A re-issued
 * book keeps its identifier and gets a later date, so the learner's
 * highlights follow it to the new edition, where they are re-anchored.
 */
export interface StudyBook {
  /** The package's unique identifier (the dc:identifier that `unique-identifier` names). */
  identifier: string;
  /** dcterms:modified of this edition, when the book has one. */
  modified?: string;
  /** For the study outline's title. */
  title?: string;
  /** BCP 47 language of the book's text (quotes in the outline carry it). */
  language?: string;
  dir?: 'ltr' | 'rtl';
}

/** The parts of `@attune/book`'s BookMetadata this package reads. */
export interface BookMetadataLike {
  identifier: string;
  modified?: string;
  title?: string;
  language?: string;
  dir?: 'ltr' | 'rtl';
}

/**
 * The StudyBook of an opened book's metadata. A book without an identifier
 * (a broken package) is known by its title instead, so its study data is
 * still kept; two such books with the same title would share it.
 */
export function studyBookOf(metadata: BookMetadataLike): StudyBook {
  const identifier = metadata.identifier.trim() || `title:${(metadata.title ?? '').trim() || 'untitled'}`;
  const book: StudyBook = { identifier };
  if (metadata.modified) book.modified = metadata.modified;
  if (metadata.title) book.title = metadata.title;
  if (metadata.language) book.language = metadata.language;
  if (metadata.dir) book.dir = metadata.dir;
  return book;
}
