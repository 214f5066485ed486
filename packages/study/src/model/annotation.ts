import type { SectionTarget } from '@attune/adapt/anchoring';
import type { StudyLocation } from './study-location.js';

/**
 * A learner's bookmarks, highlights and notes in one book. Selections are
 * W3C Web Annotation targets (the section's href and selectors made by
 * `@attune/adapt/anchoring`), so they re-anchor in a re-issued edition and
 * export as Web Annotations without conversion.
 */

/** Highlight colours: a small set, each named in words wherever it is shown, never by colour alone. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** The learner's meaning for each colour, e.g. `{ yellow: 'main idea', blue: 'vocabulary' }`. */
export type ColorLabels = Partial<Record<HighlightColor, string>>;

/** Longest colour label kept. */
export const MAX_LABEL_LENGTH = 60;

export function isHighlightColor(value: unknown): value is HighlightColor {
  return typeof value === 'string' && (HIGHLIGHT_COLORS as readonly string[]).includes(value);
}

/** An EPUB CFI as a Web Annotation selector (one of a target's alternatives). */
export interface CfiSelector {
  type: 'FragmentSelector';
  conformsTo: typeof EPUB_CFI;
  value: string;
}

/** The specification a CFI FragmentSelector conforms to. */
export const EPUB_CFI = 'http://www.idpf.org/epub/linking/cfi/epub-cfi.html';

/** A selection in a section: its selectors, plus what lists and the outline show without loading the section. */
export interface SelectionTarget extends SectionTarget {
  /** The chapter's title. */
  chapter?: string;
  /** How far into the book the selection starts, 0–1. */
  fraction?: number;
  /**
   * How far into its section it starts, 0–1. Book order within a section
   * uses it: it does not move when the book's positions are measured again,
   * as `fraction` may.
   */
  within?: number;
}

interface AnnotationCommon {
  /** Unique, stable across export and import (a UUID for annotations made here). */
  id: string;
  /** ISO times. */
  created: string;
  modified: string;
  /** dcterms:modified of the edition it was made in (absent when the book has none). */
  edition?: string;
}

export interface Bookmark extends AnnotationCommon {
  kind: 'bookmark';
  location: StudyLocation;
  /** The first words at the place, to recognise it in a list. */
  snippet: string;
}

export interface Highlight extends AnnotationCommon {
  kind: 'highlight';
  target: SelectionTarget;
  color: HighlightColor;
}

/** A note on a selection (`target`) or at a place (`location`): exactly one of the two. */
export interface Note extends AnnotationCommon {
  kind: 'note';
  text: string;
  target?: SelectionTarget;
  location?: StudyLocation;
}

export type Annotation = Bookmark | Highlight | Note;
export type AnnotationKind = Annotation['kind'];

/** Limits on what is kept, so a damaged or hostile file cannot fill the device. */
export const ANNOTATION_LIMITS = {
  /** Characters of a highlighted or noted passage. */
  quote: 100_000,
  /** Characters of a note. */
  note: 50_000,
  /** Characters of a bookmark's snippet. */
  snippet: 1_000,
  /** Selectors per target. */
  selectors: 10,
} as const;
