import {
  ANNOTATION_LIMITS,
  EPUB_CFI,
  MAX_LABEL_LENGTH,
  isHighlightColor,
  HIGHLIGHT_COLORS,
  type Annotation,
  type ColorLabels,
  type SelectionTarget,
} from './annotation.js';
import { cleanLocation, locationProblem, type StudyLocation } from './study-location.js';

/**
 * Every annotation read from storage or from an imported file passes through
 * here. A bad record is described with the path to what is wrong
 * (`annotations[3].target.selector[0].exact: missing`) and skipped; the
 * others are kept, so one damaged record never costs the learner the rest.
 */

/** A record that was not kept, and why. */
export interface SkippedRecord {
  /** Where it was, e.g. `annotations[3]` or `record "a1b2"`. */
  path: string;
  /** Its id, when it had a readable one. */
  id?: string;
  /** What is wrong, located: `annotations[3].target.selector[0].exact: missing`. */
  message: string;
}

export type AnnotationCheck = { ok: true; annotation: Annotation } | { ok: false; message: string };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

class Problem extends Error {}

function fail(message: string): never {
  throw new Problem(message);
}

function text(value: unknown, path: string, options: { max: number; required?: boolean; nonEmpty?: boolean }): string | undefined {
  if (value === undefined) return options.required ? fail(`${path}: missing`) : undefined;
  if (typeof value !== 'string') fail(`${path}: not text`);
  if (options.nonEmpty && !value.trim()) fail(`${path}: empty`);
  if (value.length > options.max) fail(`${path}: longer than ${options.max.toLocaleString('en')} characters`);
  return value;
}

function time(value: unknown, path: string): string {
  if (value === undefined) fail(`${path}: missing`);
  if (typeof value !== 'string' || !ISO_TIME.test(value) || Number.isNaN(Date.parse(value))) fail(`${path}: not a date and time (ISO 8601)`);
  return new Date(value).toISOString();
}

function quoteSelector(value: Json, path: string): Json {
  const exact = text(value['exact'], `${path}.exact`, { max: ANNOTATION_LIMITS.quote, required: true, nonEmpty: true })!;
  const quote: Json = { type: 'TextQuoteSelector', exact };
  const prefix = text(value['prefix'], `${path}.prefix`, { max: 1_000 });
  const suffix = text(value['suffix'], `${path}.suffix`, { max: 1_000 });
  if (prefix !== undefined) quote['prefix'] = prefix;
  if (suffix !== undefined) quote['suffix'] = suffix;
  return quote;
}

function selector(value: unknown, path: string): { selector: Json; usable: boolean } {
  if (!isObject(value)) fail(`${path}: not a selector object`);
  const type = value['type'];
  if (typeof type !== 'string' || !type) fail(`${path}.type: missing`);
  switch (type) {
    case 'TextQuoteSelector':
      return { selector: quoteSelector(value, path), usable: true };
    case 'TextPositionSelector': {
      const { start, end } = value;
      if (!Number.isInteger(start) || (start as number) < 0) fail(`${path}.start: not a whole number of 0 or more`);
      if (!Number.isInteger(end) || (end as number) < (start as number)) fail(`${path}.end: not a whole number of at least start`);
      return { selector: { type, start, end }, usable: true };
    }
    case 'CssSelector': {
      const css: Json = { type, value: text(value['value'], `${path}.value`, { max: 2_000, required: true, nonEmpty: true }) };
      if (value['refinedBy'] !== undefined) {
        const refined = value['refinedBy'];
        if (!isObject(refined) || refined['type'] !== 'TextQuoteSelector') fail(`${path}.refinedBy: not a TextQuoteSelector`);
        css['refinedBy'] = quoteSelector(refined, `${path}.refinedBy`);
      }
      return { selector: css, usable: true };
    }
    case 'FragmentSelector': {
      const fragment = text(value['value'], `${path}.value`, { max: 2_000, required: true, nonEmpty: true })!;
      if (value['conformsTo'] === EPUB_CFI && !/^epubcfi\(.+\)$/s.test(fragment)) fail(`${path}.value: not an EPUB CFI ("epubcfi(…)")`);
      const kept: Json = { type, value: fragment };
      if (typeof value['conformsTo'] === 'string') kept['conformsTo'] = value['conformsTo'];
      return { selector: kept, usable: false };
    }
    default:
      // A selector of a kind Attune does not read is kept as it came (it round-trips) but anchors nothing.
      return { selector: structuredClone(value), usable: false };
  }
}

function target(value: unknown, path: string): SelectionTarget {
  if (!isObject(value)) fail(`${path}: missing`);
  const source = text(value['source'], `${path}.source`, { max: 2_000, required: true, nonEmpty: true })!;
  const list = value['selector'];
  if (!Array.isArray(list) || list.length === 0) fail(`${path}.selector: missing (a list of selectors)`);
  if (list.length > ANNOTATION_LIMITS.selectors) fail(`${path}.selector: more than ${ANNOTATION_LIMITS.selectors} selectors`);
  const selectors = list.map((s, i) => selector(s, `${path}.selector[${i}]`));
  if (!selectors.some((s) => s.usable)) fail(`${path}.selector: no TextQuoteSelector, CssSelector or TextPositionSelector to find the text by`);
  const clean: SelectionTarget = { source, selector: selectors.map((s) => s.selector) as SelectionTarget['selector'] };
  const chapter = text(value['chapter'], `${path}.chapter`, { max: 1_000 });
  if (chapter !== undefined) clean.chapter = chapter;
  const fraction = value['fraction'];
  if (fraction !== undefined) {
    if (typeof fraction !== 'number' || !(fraction >= 0 && fraction <= 1)) fail(`${path}.fraction: not a number from 0 to 1`);
    clean.fraction = fraction;
  }
  const within = value['within'];
  if (within !== undefined) {
    if (typeof within !== 'number' || !(within >= 0 && within <= 1)) fail(`${path}.within: not a number from 0 to 1`);
    clean.within = within;
  }
  return clean;
}

function location(value: unknown, path: string): StudyLocation {
  const problem = locationProblem(value, path);
  if (problem) fail(problem);
  return cleanLocation(value as StudyLocation);
}

function check(value: unknown, path: string): Annotation {
  if (!isObject(value)) fail(`${path}: not an annotation object`);
  const id = text(value['id'], `${path}.id`, { max: 200, required: true, nonEmpty: true })!;
  const created = time(value['created'], `${path}.created`);
  const modified = value['modified'] === undefined ? created : time(value['modified'], `${path}.modified`);
  const edition = text(value['edition'], `${path}.edition`, { max: 100 });
  const common = { id, created, modified, ...(edition !== undefined ? { edition } : {}) };
  const kind = value['kind'];
  switch (kind) {
    case 'bookmark':
      return {
        ...common,
        kind,
        location: location(value['location'], `${path}.location`),
        snippet: text(value['snippet'] ?? '', `${path}.snippet`, { max: ANNOTATION_LIMITS.snippet })!,
      };
    case 'highlight': {
      const color = value['color'];
      if (!isHighlightColor(color)) fail(`${path}.color: not one of ${HIGHLIGHT_COLORS.join(', ')}`);
      return { ...common, kind, color, target: target(value['target'], `${path}.target`) };
    }
    case 'note': {
      const note = text(value['text'], `${path}.text`, { max: ANNOTATION_LIMITS.note, required: true })!;
      const hasTarget = value['target'] !== undefined;
      const hasLocation = value['location'] !== undefined;
      if (hasTarget === hasLocation) fail(`${path}: a note needs exactly one of target (a selection) and location (a place)`);
      return hasTarget
        ? { ...common, kind, text: note, target: target(value['target'], `${path}.target`) }
        : { ...common, kind, text: note, location: location(value['location'], `${path}.location`) };
    }
    case undefined:
      return fail(`${path}.kind: missing`);
    default:
      return fail(`${path}.kind: "${String(kind)}" is not bookmark, highlight or note`);
  }
}

/** One annotation, cleaned (unknown fields dropped, times canonical), or what is wrong with it. */
export function checkAnnotation(value: unknown, path = 'annotation'): AnnotationCheck {
  try {
    return { ok: true, annotation: check(value, path) };
  } catch (error) {
    if (error instanceof Problem) return { ok: false, message: error.message };
    throw error;
  }
}

/** A list of annotations: the good ones kept, each bad one reported and skipped. A repeated id keeps the first. */
export function validateAnnotations(values: readonly unknown[], path = 'annotations'): { annotations: Annotation[]; skipped: SkippedRecord[] } {
  const annotations: Annotation[] = [];
  const skipped: SkippedRecord[] = [];
  const seen = new Set<string>();
  values.forEach((value, index) => {
    const at = `${path}[${index}]`;
    const result = checkAnnotation(value, at);
    const id = isObject(value) && typeof value['id'] === 'string' ? value['id'] : undefined;
    if (!result.ok) {
      skipped.push({ path: at, ...(id !== undefined ? { id } : {}), message: result.message });
    } else if (seen.has(result.annotation.id)) {
      skipped.push({ path: at, id: result.annotation.id, message: `${at}.id: "${result.annotation.id}" appears twice; the first is kept` });
    } else {
      seen.add(result.annotation.id);
      annotations.push(result.annotation);
    }
  });
  return { annotations, skipped };
}

/** Colour labels: known colours with short text kept, anything else reported. */
export function validateColorLabels(value: unknown, path = 'labels'): { labels: ColorLabels; skipped: SkippedRecord[] } {
  const labels: ColorLabels = {};
  const skipped: SkippedRecord[] = [];
  if (value === undefined) return { labels, skipped };
  if (!isObject(value)) return { labels, skipped: [{ path, message: `${path}: not an object of colour names to labels` }] };
  for (const [color, label] of Object.entries(value)) {
    const at = `${path}.${color}`;
    if (!isHighlightColor(color)) skipped.push({ path: at, message: `${at}: "${color}" is not one of ${HIGHLIGHT_COLORS.join(', ')}` });
    else if (typeof label !== 'string') skipped.push({ path: at, message: `${at}: not text` });
    else if (label.trim()) labels[color] = label.replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL_LENGTH);
  }
  return { labels, skipped };
}
