import { anchorInModel, sameSource, TextModel, type AnchorMethod } from '@attune/adapt/anchoring';
import type { Annotation, Highlight, Note, SelectionTarget } from '../model/annotation.js';

/** An annotation on a selection: a highlight, or a note on a selection. */
export type SelectionAnnotation = Highlight | (Note & { target: SelectionTarget });

export function isSelectionAnnotation(annotation: Annotation): annotation is SelectionAnnotation {
  return annotation.kind === 'highlight' || (annotation.kind === 'note' && annotation.target !== undefined);
}

/** A selection found in the section. */
export interface PlacedAnnotation {
  annotation: SelectionAnnotation;
  range: Range;
  /** Offsets in the section's text model (book view). */
  start: number;
  end: number;
  method: AnchorMethod;
  /** The text was found with small changes (a re-issued edition). */
  changed: boolean;
}

/** A selection whose text is no longer in the section: kept and listed, never dropped. */
export interface OrphanAnnotation {
  annotation: SelectionAnnotation;
  /** Why, for people. */
  message: string;
}

/**
 * Finds the selections of a section's annotations in its document, with the
 * same anchoring as variant packs (`@attune/adapt/anchoring`): the quote with
 * its context, else a fuzzy quote, the CSS selector, then the position.
 * Those not found are returned as orphans. Annotations of other sections
 * (by `target.source`) and bookmarks and notes at a place are not looked at.
 */
export function anchorAnnotations(
  section: Document | TextModel,
  href: string,
  annotations: readonly Annotation[],
): { placed: PlacedAnnotation[]; orphans: OrphanAnnotation[] } {
  const mine = annotations.filter(isSelectionAnnotation).filter((a) => sameSource(a.target.source, href));
  const placed: PlacedAnnotation[] = [];
  const orphans: OrphanAnnotation[] = [];
  if (mine.length === 0) return { placed, orphans };
  // One text model for all of them: the book view, which anchors point at whatever variant is shown.
  const model = section instanceof TextModel ? section : TextModel.of(section);
  for (const annotation of mine) {
    const found = anchorInModel(model, annotation.target.selector);
    const range = found.ok ? model.rangeOf(found.start, found.end) : null;
    if (found.ok && range) {
      placed.push({ annotation, range, start: found.start, end: found.end, method: found.method, changed: found.errors > 0 || found.method === 'css' || found.method === 'position' });
    } else {
      orphans.push({ annotation, message: found.ok ? 'The selectors point at a place with no text.' : found.message });
    }
  }
  return { placed, orphans };
}
