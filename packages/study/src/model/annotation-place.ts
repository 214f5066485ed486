import { isTextQuoteSelector, isCssSelector, isTextPositionSelector, sameSource, type TextQuoteSelector } from '@attune/adapt/anchoring';
import { EPUB_CFI, type Annotation, type CfiSelector, type SelectionTarget } from './annotation.js';

/** Where an annotation is, read the same way for all three kinds: for lists, sorting and the outline. */
export interface AnnotationPlace {
  href: string;
  chapter?: string;
  fraction?: number;
  /** How far into its section, 0–1, when known. */
  within?: number;
  cfi?: string;
  /** Offset of a selection in its section's text, when known (orders annotations within a section). */
  offset?: number;
}

/** The TextQuoteSelector of a selection (also as a CSS selector's refinement). */
export function quoteOf(target: SelectionTarget): TextQuoteSelector | undefined {
  const direct = target.selector.find(isTextQuoteSelector);
  if (direct) return direct;
  for (const s of target.selector) {
    if (isCssSelector(s) && s.refinedBy && isTextQuoteSelector(s.refinedBy)) return s.refinedBy;
  }
  return undefined;
}

export function isCfiSelector(s: { type: string }): s is CfiSelector {
  const v = s as Partial<CfiSelector>;
  return s.type === 'FragmentSelector' && v.conformsTo === EPUB_CFI && typeof v.value === 'string';
}

/** The selection's EPUB CFI, when it has one. */
export function cfiOf(target: SelectionTarget): string | undefined {
  for (const s of target.selector) if (isCfiSelector(s)) return s.value;
  return undefined;
}

export function placeOf(annotation: Annotation): AnnotationPlace {
  const target = annotation.kind === 'bookmark' ? undefined : annotation.target;
  if (target) {
    const place: AnnotationPlace = { href: target.source };
    if (target.chapter !== undefined) place.chapter = target.chapter;
    if (target.fraction !== undefined) place.fraction = target.fraction;
    if (target.within !== undefined) place.within = target.within;
    const cfi = cfiOf(target);
    if (cfi !== undefined) place.cfi = cfi;
    const position = target.selector.find(isTextPositionSelector);
    if (position) place.offset = position.start;
    return place;
  }
  // A bookmark, or a note at a place (validation guarantees a note has a target or a location).
  const location = annotation.kind === 'highlight' ? undefined : annotation.location;
  if (!location) return { href: '' };
  const place: AnnotationPlace = { href: location.href, fraction: location.fraction, cfi: location.cfi };
  if (location.chapter !== undefined) place.chapter = location.chapter;
  if (location.within !== undefined) place.within = location.within;
  return place;
}

/** Book order: by fraction, then by offset in the section, then oldest first. Unknown places go last. */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  const pa = placeOf(a);
  const pb = placeOf(b);
  // In one section, the place within it decides (the book's fractions can shift as positions are measured).
  if (pa.within !== undefined && pb.within !== undefined && pa.within !== pb.within && sameSource(pa.href, pb.href)) return pa.within < pb.within ? -1 : 1;
  const fa = pa.fraction ?? Infinity;
  const fb = pb.fraction ?? Infinity;
  if (fa !== fb) return fa < fb ? -1 : 1;
  const oa = pa.offset ?? -1;
  const ob = pb.offset ?? -1;
  if (oa !== ob) return oa - ob;
  return a.created.localeCompare(b.created) || a.id.localeCompare(b.id);
}
