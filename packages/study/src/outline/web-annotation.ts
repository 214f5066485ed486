import { EPUB_CFI, isHighlightColor, type Annotation, type ColorLabels, type HighlightColor, type SelectionTarget } from '../model/annotation.js';
import { compareAnnotations } from '../model/annotation-place.js';
import type { StudyBook } from '../model/study-book.js';
import type { StudyLocation } from '../model/study-location.js';

/**
 * Study data as W3C Web Annotation (https://www.w3.org/TR/annotation-model/):
 * an AnnotationCollection whose first page holds one Annotation per
 * bookmark, highlight or note. Selections keep their selectors as
 * `@attune/adapt/anchoring` made them (TextQuoteSelector with prefix and
 * suffix, a CssSelector refined by the same quote, a TextPositionSelector)
 * plus the EPUB CFI as a FragmentSelector. The colour is a `classifying`
 * body and its label a `tagging` body, so tools that know neither still show
 * both. What the model has no term for (the chapter title, how far into the
 * book, which book and edition) is in `attune:`-prefixed extension
 * properties.
 */

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Media type of an exported file. */
export const WEB_ANNOTATION_MEDIA_TYPE = 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'classifying' | 'tagging' | 'describing';
  format?: 'text/plain';
  language?: string;
}

export interface WebAnnotationTarget {
  source: string;
  selector: Record<string, unknown>[];
  'attune:chapter'?: string;
  'attune:fraction'?: number;
  'attune:within'?: number;
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'bookmarking' | 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: WebAnnotationTarget;
  'attune:edition'?: string;
}

export interface WebAnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  'attune:book': StudyBook;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** The id an annotation has in an export: its UUID as a URN (an IRI, as the model asks). */
export function annotationIri(id: string): string {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? `urn:uuid:${id}` : `urn:attune:annotation:${encodeURIComponent(id)}`;
}

/** The annotation id back from an exported IRI (other IRIs are kept whole, so ids from other tools round-trip). */
export function idFromIri(iri: string): string {
  if (iri.startsWith('urn:uuid:')) return iri.slice('urn:uuid:'.length);
  if (iri.startsWith('urn:attune:annotation:')) {
    try {
      return decodeURIComponent(iri.slice('urn:attune:annotation:'.length));
    } catch {
      return iri;
    }
  }
  return iri;
}

function selectionTarget(target: SelectionTarget): WebAnnotationTarget {
  const out: WebAnnotationTarget = { source: target.source, selector: target.selector.map((s) => structuredClone(s) as Record<string, unknown>) };
  // The CSS selector is refined by the quote, so a tool that reads only one selector still finds the text inside the element.
  const quote = target.selector.find((s) => s.type === 'TextQuoteSelector');
  for (const s of out.selector) if (s['type'] === 'CssSelector' && quote && !s['refinedBy']) s['refinedBy'] = structuredClone(quote);
  if (target.chapter !== undefined) out['attune:chapter'] = target.chapter;
  if (target.fraction !== undefined) out['attune:fraction'] = target.fraction;
  if (target.within !== undefined) out['attune:within'] = target.within;
  return out;
}

function placeTarget(location: StudyLocation): WebAnnotationTarget {
  const out: WebAnnotationTarget = { source: location.href, selector: [{ type: 'FragmentSelector', conformsTo: EPUB_CFI, value: location.cfi }], 'attune:fraction': location.fraction };
  if (location.chapter !== undefined) out['attune:chapter'] = location.chapter;
  if (location.within !== undefined) out['attune:within'] = location.within;
  return out;
}

function colorBodies(color: HighlightColor, labels: ColorLabels): TextualBody[] {
  const bodies: TextualBody[] = [{ type: 'TextualBody', purpose: 'classifying', value: color }];
  const label = labels[color];
  if (label) bodies.push({ type: 'TextualBody', purpose: 'tagging', value: label });
  return bodies;
}

export function toWebAnnotation(annotation: Annotation, labels: ColorLabels = {}): WebAnnotation {
  const common = { id: annotationIri(annotation.id), type: 'Annotation' as const, created: annotation.created, modified: annotation.modified };
  const edition = annotation.edition ? { 'attune:edition': annotation.edition } : {};
  switch (annotation.kind) {
    case 'bookmark':
      return {
        ...common,
        motivation: 'bookmarking',
        ...(annotation.snippet ? { body: [{ type: 'TextualBody', purpose: 'describing', value: annotation.snippet, format: 'text/plain' }] } : {}),
        target: placeTarget(annotation.location),
        ...edition,
      };
    case 'highlight':
      return { ...common, motivation: 'highlighting', body: colorBodies(annotation.color, labels), target: selectionTarget(annotation.target), ...edition };
    case 'note':
      return {
        ...common,
        motivation: 'commenting',
        body: [{ type: 'TextualBody', purpose: 'commenting', value: annotation.text, format: 'text/plain' }],
        target: annotation.target ? selectionTarget(annotation.target) : placeTarget(annotation.location!),
        ...edition,
      };
  }
}

/** A learner's annotations in a book as one AnnotationCollection, in book order. */
export function toWebAnnotationCollection(book: StudyBook, annotations: readonly Annotation[], labels: ColorLabels = {}): WebAnnotationCollection {
  const items = [...annotations].sort(compareAnnotations).map((a) => toWebAnnotation(a, labels));
  return {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label: `Study outline: ${book.title?.trim() || book.identifier}`,
    total: items.length,
    'attune:book': book,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** The collection as the text of a `.jsonld` file. */
export function webAnnotationJson(book: StudyBook, annotations: readonly Annotation[], labels: ColorLabels = {}): string {
  return `${JSON.stringify(toWebAnnotationCollection(book, annotations, labels), null, 2)}\n`;
}

/** The colour a highlight's bodies name, if any. */
export function colorOfBodies(bodies: readonly unknown[]): HighlightColor | undefined {
  for (const b of bodies) {
    const value = (b as { purpose?: unknown; value?: unknown } | null)?.value;
    if ((b as { purpose?: unknown } | null)?.purpose === 'classifying' && isHighlightColor(value)) return value;
  }
  return undefined;
}
