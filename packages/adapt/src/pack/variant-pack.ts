import type { SectionTarget } from '../anchoring/selectors.js';

/**
 * A variant pack: what a teacher writes for one book (simplified passages,
 * glossary, image descriptions, notes), kept apart from the book's files and
 * applied as the section renders. JSON, versioned; the published JSON Schema
 * is `schema/variant-pack.v1.schema.json`.
 */

export const VARIANT_PACK_VERSION = 1;

/** Identifies the schema; a URN because the project publishes no schema host. */
export const VARIANT_PACK_SCHEMA_ID = `urn:attune:schema:variant-pack:v${VARIANT_PACK_VERSION}`;

/** Plain text (paragraphs separated by a blank line), or XHTML, which is sanitized before it is shown. */
export type RichText = string | { xhtml: string };

/** The book a pack was written for: the OPF's unique identifier and its `dcterms:modified`. */
export interface BookIdentity {
  identifier: string;
  /** `dcterms:modified` of the edition the anchors were made in; a different one means a re-issued book. */
  modified?: string;
  title?: string;
}

/**
 * A level a teacher names ("Level A"), simplest first in `levels`. `grades`
 * ties it to a grade band ("2-3") so a learner's numeric reading level can
 * choose it.
 */
export interface LevelDefinition {
  name: string;
  grades?: string;
  description?: string;
}

export interface Variant {
  /** A grade band ("3-5", "4", "K-2") or a level named in `levels` ("Level A"). */
  level: string;
  content: RichText;
}

interface EntryBase {
  /** Unique in the pack; marks in the page carry it (`data-attune-glossary="harpoon"`). */
  id: string;
  /** Who wrote it (shown to teachers, never to learners). */
  author?: string;
}

export interface SimplifiedEntry extends EntryBase {
  type: 'simplified';
  target: SectionTarget;
  variants: Variant[];
}

export interface GlossaryPicture {
  /** A data: image, or a URL the reader resolves against the pack's URL. */
  src: string;
  alt: string;
}

export interface GlossaryEntry extends EntryBase {
  type: 'glossary';
  term: string;
  /** Other forms to mark ("harpoons", "harpooned"); regular English forms are added unless `inflect` is false. */
  forms?: string[];
  /** Add regular English inflections of the term (default true in English packs). */
  inflect?: boolean;
  /** Match case exactly (for names and abbreviations); default false. */
  caseSensitive?: boolean;
  /** Plain-language definition. */
  definition: string;
  example?: string;
  picture?: GlossaryPicture;
  /** Only in these sections (spine hrefs); everywhere when absent. */
  sources?: string[];
}

export interface DescriptionEntry extends EntryBase {
  type: 'description';
  /** The image: usually a CssSelector (`#illustration-7 img`), or a quote of its caption. */
  target: SectionTarget;
  /** Short text alternative; replaces the book's alt. Empty marks the image as decorative. */
  alt: string;
  /** Long description, linked from the image with aria-details. */
  longDescription?: RichText;
}

export interface NoteEntry extends EntryBase {
  type: 'note';
  target: SectionTarget;
  content: RichText;
}

export type PackEntry = SimplifiedEntry | GlossaryEntry | DescriptionEntry | NoteEntry;
export type EntryType = PackEntry['type'];
export const ENTRY_TYPES: readonly EntryType[] = ['simplified', 'glossary', 'description', 'note'];

export interface VariantPack {
  version: typeof VARIANT_PACK_VERSION;
  id?: string;
  title?: string;
  /** Language of the pack's text (BCP 47); default `en`. */
  language: string;
  book: BookIdentity;
  /** Named levels, simplest first. */
  levels: LevelDefinition[];
  /** Mark the first occurrence of each glossary term in a section, or all; a learner's setting wins. */
  glossaryMarks?: 'first' | 'all';
  author?: string;
  /** ISO 8601 date and time of the last change. */
  updated?: string;
  entries: PackEntry[];
}

/** An empty pack for a book. */
export function createVariantPack(book: BookIdentity, init: Partial<Omit<VariantPack, 'version' | 'book'>> = {}): VariantPack {
  return { version: VARIANT_PACK_VERSION, language: 'en', levels: [], entries: [], ...init, book: { ...book } };
}

/** The plain text of rich text (tags removed) is in readability/plain-text; this says which kind it is. */
export function isXhtml(content: RichText): content is { xhtml: string } {
  return typeof content === 'object' && content !== null && typeof content.xhtml === 'string';
}
