import { ANNOTATION_LIMITS, type Bookmark, type Highlight, type HighlightColor, type Note, type SelectionTarget } from './annotation.js';
import { cleanLocation, type StudyLocation } from './study-location.js';

/**
 * New annotations made in the reader. Ids are UUIDs so they stay unique when
 * a learner's export is imported on another device.
 */

export interface CreateOptions {
  /** dcterms:modified of the edition being read. */
  edition?: string;
  /** For tests; defaults to now. */
  now?: Date;
  /** For tests; defaults to a random UUID. */
  id?: string;
}

function common(options: CreateOptions) {
  const at = (options.now ?? new Date()).toISOString();
  return { id: options.id ?? crypto.randomUUID(), created: at, modified: at, ...(options.edition ? { edition: options.edition } : {}) };
}

/** The first words of a passage, cut at a word boundary, for lists. */
export function snippetOf(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function createBookmark(location: StudyLocation, snippet: string, options: CreateOptions = {}): Bookmark {
  return { ...common(options), kind: 'bookmark', location: cleanLocation(location), snippet: snippetOf(snippet, ANNOTATION_LIMITS.snippet) };
}

export function createHighlight(target: SelectionTarget, color: HighlightColor, options: CreateOptions = {}): Highlight {
  return { ...common(options), kind: 'highlight', target, color };
}

export function createNote(text: string, on: { target: SelectionTarget } | { location: StudyLocation }, options: CreateOptions = {}): Note {
  const body = text.slice(0, ANNOTATION_LIMITS.note);
  return 'target' in on
    ? { ...common(options), kind: 'note', text: body, target: on.target }
    : { ...common(options), kind: 'note', text: body, location: cleanLocation(on.location) };
}

/** An annotation with some fields changed and `modified` set. */
export function editAnnotation<T extends Bookmark | Highlight | Note>(annotation: T, changes: Partial<Omit<T, 'id' | 'kind' | 'created'>>, now = new Date()): T {
  return { ...annotation, ...changes, modified: now.toISOString() };
}
