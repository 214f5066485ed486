import { EPUB_CFI, type Annotation, type ColorLabels } from '../model/annotation.js';
import type { StudyBook } from '../model/study-book.js';
import { checkAnnotation, validateColorLabels, type SkippedRecord } from '../model/validate-annotation.js';
import { ANNOTATION_CONTEXT, colorOfBodies, idFromIri } from './web-annotation.js';

/** The biggest import read (a study outline of a whole book is far smaller). */
export const MAX_IMPORT_BYTES = 20_000_000;

export type WebAnnotationRead =
  | { ok: true; annotations: Annotation[]; labels: ColorLabels; skipped: SkippedRecord[] }
  | { ok: false; message: string };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function hasAnnotationContext(value: unknown): boolean {
  const context = isObject(value) ? value['@context'] : undefined;
  return context === ANNOTATION_CONTEXT || (Array.isArray(context) && context.includes(ANNOTATION_CONTEXT));
}

/** The annotations of a collection, a page, a list or a single annotation, each with where it was. */
function itemsOf(json: unknown): { items: { value: unknown; path: string }[] } | { problem: string } {
  const listed = (list: unknown, path: string) =>
    Array.isArray(list) ? { items: list.map((value, i) => ({ value, path: `${path}[${i}]` })) } : { problem: `${path}: missing (the list of annotations)` };
  if (Array.isArray(json)) {
    const bad = json.findIndex((a) => !hasAnnotationContext(a));
    if (bad >= 0) return { problem: `[${bad}].@context: not "${ANNOTATION_CONTEXT}", so this is not a W3C Web Annotation file` };
    return listed(json, '');
  }
  if (!isObject(json)) return { problem: 'The file is not a W3C Web Annotation file (an AnnotationCollection, AnnotationPage or Annotation).' };
  if (!hasAnnotationContext(json)) return { problem: `@context: not "${ANNOTATION_CONTEXT}", so this is not a W3C Web Annotation file` };
  switch (json['type']) {
    case 'AnnotationCollection': {
      const first = json['first'];
      if (first === undefined && json['total'] === 0) return { items: [] };
      if (!isObject(first)) return { problem: 'first: missing (the page of annotations)' };
      return listed(first['items'], 'first.items');
    }
    case 'AnnotationPage':
      return listed(json['items'], 'items');
    case 'Annotation':
      return { items: [{ value: json, path: 'annotation' }] };
    default:
      return { problem: `type: "${String(json['type'])}" is not AnnotationCollection, AnnotationPage or Annotation` };
  }
}

function bodiesOf(value: Json): Json[] {
  const body = value['body'];
  return (Array.isArray(body) ? body : body === undefined ? [] : [body]).filter(isObject);
}

function bodyText(bodies: Json[], purpose: string, orUnmarked = false): string | undefined {
  const found = bodies.find((b) => b['purpose'] === purpose) ?? (orUnmarked ? bodies.find((b) => b['purpose'] === undefined && b['type'] === 'TextualBody') : undefined);
  return typeof found?.['value'] === 'string' ? found['value'] : undefined;
}

/** A Web Annotation target in the form of the model: a selection, or a place (a CFI). */
function convertTarget(target: unknown): { target?: Json; location?: Json } {
  if (!isObject(target)) return {};
  const selectors = (Array.isArray(target['selector']) ? target['selector'] : target['selector'] === undefined ? [] : [target['selector']]).map((s) =>
    isObject(s) ? { ...s } : s,
  );
  const quote = selectors.find((s) => isObject(s) && s['type'] === 'TextQuoteSelector');
  for (const s of selectors) {
    // Attune refines its CSS selector by the same quote on export; that copy is not kept twice.
    if (isObject(s) && s['type'] === 'CssSelector' && quote && JSON.stringify(s['refinedBy']) === JSON.stringify(quote)) delete s['refinedBy'];
  }
  const chapter = target['attune:chapter'];
  const fraction = target['attune:fraction'];
  const within = target['attune:within'];
  const readsText = selectors.some((s) => isObject(s) && ['TextQuoteSelector', 'CssSelector', 'TextPositionSelector'].includes(s['type'] as string));
  if (readsText || selectors.length !== 1) {
    const out: Json = { source: target['source'], selector: selectors };
    if (chapter !== undefined) out['chapter'] = chapter;
    if (fraction !== undefined) out['fraction'] = fraction;
    if (within !== undefined) out['within'] = within;
    return { target: out };
  }
  const cfi = selectors[0] as Json;
  const location: Json = { cfi: cfi['conformsTo'] === EPUB_CFI ? cfi['value'] : undefined, href: target['source'], fraction: fraction ?? 0 };
  if (chapter !== undefined) location['chapter'] = chapter;
  if (within !== undefined) location['within'] = within;
  return { location };
}

/** One Web Annotation as the model's record (still to be validated). */
function convert(value: unknown, path: string, labels: Json): unknown {
  if (!isObject(value)) return value;
  const id = typeof value['id'] === 'string' ? idFromIri(value['id']) : value['id'];
  const common: Json = { id, created: value['created'], modified: value['modified'] ?? value['created'] };
  if (value['attune:edition'] !== undefined) common['edition'] = value['attune:edition'];
  const bodies = bodiesOf(value);
  const { target, location } = convertTarget(value['target']);
  switch (value['motivation']) {
    case 'bookmarking':
      return { ...common, kind: 'bookmark', location: location ?? value['target'], snippet: bodyText(bodies, 'describing') ?? '' };
    case 'highlighting': {
      // A highlight from a tool without colours is yellow, the usual highlighter.
      const color = colorOfBodies(bodies) ?? 'yellow';
      const label = bodyText(bodies, 'tagging');
      if (label && labels[color] === undefined) labels[color] = label;
      return { ...common, kind: 'highlight', color, target: target ?? value['target'] };
    }
    case 'commenting':
      return { ...common, kind: 'note', text: bodyText(bodies, 'commenting', true), ...(location ? { location } : { target: target ?? value['target'] }) };
    case undefined:
      return { ...common, kind: undefined };
    default:
      return { ...common, kind: `motivation ${String(value['motivation'])}` };
  }
}

/** Messages name fields the way the file does: `kind` is the motivation there. */
function inFileTerms(message: string): string {
  return message
    .replace(/\.kind: missing$/, '.motivation: missing')
    .replace(/\.kind: "motivation (.*)" is not bookmark, highlight or note$/, '.motivation: "$1" is not bookmarking, highlighting or commenting')
    .replace(/\.text: missing$/, '.body: no comment text');
}

/**
 * Reads a W3C Web Annotation file (an exported study outline, or annotations
 * from another tool) for `book`. Each annotation is converted and validated;
 * a bad one is skipped with a located reason (`first.items[3].target.selector[0].exact: missing`)
 * and the rest are read. A file for another book, or not a Web Annotation
 * file at all, is refused as a whole with a sentence saying why.
 */
export function readWebAnnotations(source: string | unknown, book: StudyBook): WebAnnotationRead {
  let json: unknown = source;
  if (typeof source === 'string') {
    if (source.length > MAX_IMPORT_BYTES) return { ok: false, message: `The file is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB; a study outline is much smaller, so this is not one.` };
    try {
      json = JSON.parse(source);
    } catch (error) {
      return { ok: false, message: `The file is not JSON (${(error as Error).message}), so it is not a W3C Web Annotation file.` };
    }
  }
  const found = itemsOf(json);
  if ('problem' in found) return { ok: false, message: found.problem.startsWith('The file') ? found.problem : `The file cannot be imported: ${found.problem}.` };
  const from = isObject(json) ? json['attune:book'] : undefined;
  if (isObject(from) && typeof from['identifier'] === 'string' && from['identifier'] !== book.identifier) {
    const title = typeof from['title'] === 'string' && from['title'] ? `“${from['title']}”` : `the book ${from['identifier']}`;
    return { ok: false, message: `This file holds annotations of ${title}, not of this book, so nothing was imported.` };
  }
  const rawLabels: Json = {};
  const annotations: Annotation[] = [];
  const skipped: SkippedRecord[] = [];
  const seen = new Set<string>();
  for (const { value, path } of found.items) {
    const result = checkAnnotation(convert(value, path, rawLabels), path);
    const id = isObject(value) && typeof value['id'] === 'string' ? idFromIri(value['id']) : undefined;
    if (!result.ok) skipped.push({ path, ...(id !== undefined ? { id } : {}), message: inFileTerms(result.message) });
    else if (seen.has(result.annotation.id)) skipped.push({ path, id: result.annotation.id, message: `${path}.id: appears twice in the file; the first is kept` });
    else {
      seen.add(result.annotation.id);
      annotations.push(result.annotation);
    }
  }
  return { ok: true, annotations, labels: validateColorLabels(rawLabels).labels, skipped };
}

/** What merging an import into what is stored changes. */
export interface AnnotationMerge {
  /** Annotations to save: new ones and newer versions of stored ones. */
  toSave: Annotation[];
  added: number;
  updated: number;
  /** Already stored, as new or newer: the stored one is kept. */
  unchanged: number;
}

/** Merges imported annotations into stored ones by id; the more recently modified version wins. */
export function mergeAnnotations(stored: readonly Annotation[], incoming: readonly Annotation[]): AnnotationMerge {
  const byId = new Map(stored.map((a) => [a.id, a]));
  const merge: AnnotationMerge = { toSave: [], added: 0, updated: 0, unchanged: 0 };
  for (const annotation of incoming) {
    const existing = byId.get(annotation.id);
    if (!existing) {
      merge.added++;
      merge.toSave.push(annotation);
    } else if (annotation.modified > existing.modified) {
      merge.updated++;
      merge.toSave.push(annotation);
    } else {
      merge.unchanged++;
    }
  }
  return merge;
}
