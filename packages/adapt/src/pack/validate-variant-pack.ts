import type { OtherSelector, SectionTarget, Selector, TextQuoteSelector } from '../anchoring/selectors.js';
import { describeValue, didYouMean, isRecord, packIssue, type PackIssue, type PackIssueSeverity } from './pack-issues.js';
import { parseGradeBand, sameLevelName } from './reading-levels.js';
import {
  ENTRY_TYPES,
  VARIANT_PACK_VERSION,
  type BookIdentity,
  type DescriptionEntry,
  type EntryType,
  type GlossaryEntry,
  type GlossaryPicture,
  type LevelDefinition,
  type NoteEntry,
  type PackEntry,
  type RichText,
  type SimplifiedEntry,
  type Variant,
  type VariantPack,
} from './variant-pack.js';

/** A usable pack and everything that had to be fixed or left out to get it. */
export interface PackValidation {
  /** Always a pack Attune can apply; entries that could not be read are left out (and reported). */
  pack: VariantPack;
  /** Empty when the input was a valid, current pack. */
  issues: PackIssue[];
}

/** Limits that keep one pack from slowing every page down. */
export const PACK_LIMITS = {
  entries: 10_000,
  content: 100_000,
  quote: 20_000,
  context: 1_000,
  term: 200,
  definition: 5_000,
  name: 200,
  cssSelector: 1_000,
} as const;

const TOP_LEVEL = ['$schema', 'version', 'id', 'title', 'language', 'book', 'levels', 'glossaryMarks', 'author', 'updated', 'entries'];
const BOOK_FIELDS = ['identifier', 'modified', 'title'];
const LEVEL_FIELDS = ['name', 'grades', 'description'];
const COMMON_FIELDS = ['type', 'id', 'author'];
const ENTRY_FIELDS: Record<EntryType, string[]> = {
  simplified: [...COMMON_FIELDS, 'target', 'variants'],
  glossary: [...COMMON_FIELDS, 'term', 'forms', 'inflect', 'caseSensitive', 'definition', 'example', 'picture', 'sources'],
  description: [...COMMON_FIELDS, 'target', 'alt', 'longDescription'],
  note: [...COMMON_FIELDS, 'target', 'content'],
};
const TARGET_FIELDS = ['source', 'selector'];
const VARIANT_FIELDS = ['level', 'content'];
const LANGUAGE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
/** Pictures may be images inside the pack (data:) or files the reader resolves next to it; never scripts or other schemes. */
const PICTURE_URL = /^(?:data:image\/(?:png|gif|jpe?g|webp|avif|svg\+xml)[;,]|https:\/\/|(?![a-z][a-z0-9+.-]*:)(?!\/\/))/i;

/** Everything a reader function needs to report into one list. */
class Reader {
  readonly issues: PackIssue[] = [];
  /** Set when the pack comes from a newer version: unknown names are expected there, not mistakes. */
  newer = false;
  entry: number | undefined;

  report(code: PackIssue['code'], severity: PackIssueSeverity, path: string, sentence: string): void {
    this.issues.push(packIssue(code, severity, path, sentence, this.entry));
  }

  unknownFields(json: Record<string, unknown>, known: readonly string[], path: string, what: string): void {
    for (const key of Object.keys(json)) {
      if (known.includes(key)) continue;
      const at = path ? `${path}.${key}` : key;
      if (this.newer) this.report('unknown-field', 'info', at, `not part of ${what} in version ${VARIANT_PACK_VERSION}; it may come from the newer Attune that saved this pack, and was ignored.`);
      else this.report('unknown-field', 'warning', at, `not part of ${what}; it was ignored.${didYouMean(key, known)}`);
    }
  }

  /** An optional text field: undefined when absent or refused. */
  optionalText(json: Record<string, unknown>, key: string, path: string, max: number): string | undefined {
    const value = json[key];
    if (value === undefined) return undefined;
    const at = path ? `${path}.${key}` : key;
    if (typeof value !== 'string') {
      this.report('wrong-type', 'warning', at, `expected text, got ${describeValue(value)}; it was ignored.`);
      return undefined;
    }
    if (value.length > max) {
      this.report('too-long', 'warning', at, `${value.length} characters is more than the ${max} allowed; it was ignored.`);
      return undefined;
    }
    return value;
  }

  /** A required text field: undefined (with an error saying what is lost) when missing or unusable. */
  requiredText(json: Record<string, unknown>, key: string, path: string, max: number, lost: string, allowEmpty = false): string | undefined {
    const value = json[key];
    const at = path ? `${path}.${key}` : key;
    if (value === undefined) {
      this.report('missing-field', 'error', at, `missing; ${lost}`);
      return undefined;
    }
    if (typeof value !== 'string') {
      this.report('wrong-type', 'error', at, `expected text, got ${describeValue(value)}; ${lost}`);
      return undefined;
    }
    if (!allowEmpty && value.trim() === '') {
      this.report('empty', 'error', at, `empty; ${lost}`);
      return undefined;
    }
    if (value.length > max) {
      this.report('too-long', 'error', at, `${value.length} characters is more than the ${max} allowed; ${lost}`);
      return undefined;
    }
    return value;
  }

  optionalBoolean(json: Record<string, unknown>, key: string, path: string): boolean | undefined {
    const value = json[key];
    if (value === undefined || typeof value === 'boolean') return value;
    this.report('wrong-type', 'warning', `${path}.${key}`, `expected true or false, got ${describeValue(value)}; it was ignored.`);
    return undefined;
  }

  /** Plain text, or `{ "xhtml": "…" }`. */
  richText(value: unknown, path: string, lost: string): RichText | undefined {
    if (value === undefined) {
      this.report('missing-field', 'error', path, `missing; ${lost}`);
      return undefined;
    }
    let text: string | undefined;
    if (typeof value === 'string') text = value;
    else if (isRecord(value) && typeof value['xhtml'] === 'string') {
      this.unknownFields(value, ['xhtml'], path, 'XHTML content');
      text = value['xhtml'];
    } else {
      this.report('wrong-type', 'error', path, `expected text or { "xhtml": "…" }, got ${describeValue(value)}; ${lost}`);
      return undefined;
    }
    if (text.trim() === '') {
      this.report('empty', 'error', path, `empty; ${lost}`);
      return undefined;
    }
    if (text.length > PACK_LIMITS.content) {
      this.report('too-long', 'error', path, `${text.length} characters is more than the ${PACK_LIMITS.content} allowed; ${lost}`);
      return undefined;
    }
    return typeof value === 'string' ? text : { xhtml: text };
  }

  textList(value: unknown, path: string, max: number): string[] | undefined {
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) {
      this.report('wrong-type', 'warning', path, `expected a list of texts, got ${describeValue(value)}; it was ignored.`);
      return undefined;
    }
    const out: string[] = [];
    value.forEach((item, i) => {
      if (typeof item === 'string' && item.trim() !== '' && item.length <= max) out.push(item);
      else this.report('wrong-type', 'warning', `${path}[${i}]`, `expected text of 1 to ${max} characters, got ${describeValue(item)}; it was ignored.`);
    });
    return out;
  }
}

function readVersion(json: Record<string, unknown>, r: Reader): void {
  const version = json['version'];
  if (version === undefined) {
    r.report('no-version', 'warning', 'version', `missing; the pack was read as version ${VARIANT_PACK_VERSION}.`);
  } else if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    r.report('invalid-version', 'error', 'version', `${describeValue(version)} is not a pack version (a whole number from 1); the pack was read as version ${VARIANT_PACK_VERSION}.`);
  } else if (version > VARIANT_PACK_VERSION) {
    r.newer = true;
    r.report(
      'future-version',
      'warning',
      'version',
      `this pack was saved by a newer Attune (version ${version}); it was read as version ${VARIANT_PACK_VERSION}, and what this version does not know was left out.`,
    );
  }
}

function readBook(value: unknown, r: Reader): BookIdentity {
  const lost = 'Attune cannot check that the pack belongs to the book it is used with.';
  if (value === undefined) {
    r.report('missing-field', 'error', 'book', `missing; ${lost}`);
    return { identifier: '' };
  }
  if (!isRecord(value)) {
    r.report('wrong-type', 'error', 'book', `expected an object with the book's identifier, got ${describeValue(value)}; ${lost}`);
    return { identifier: '' };
  }
  r.unknownFields(value, BOOK_FIELDS, 'book', 'the book identity');
  const identifier = r.requiredText(value, 'identifier', 'book', PACK_LIMITS.name * 5, lost) ?? '';
  const book: BookIdentity = { identifier };
  const modified = r.optionalText(value, 'modified', 'book', 100);
  if (modified !== undefined) book.modified = modified;
  else if (value['modified'] === undefined) {
    r.report('missing-field', 'info', 'book.modified', 'missing; without the edition’s dcterms:modified a re-issued book cannot be told from the one the pack was made for.');
  }
  const title = r.optionalText(value, 'title', 'book', 1000);
  if (title !== undefined) book.title = title;
  return book;
}

function readLevels(value: unknown, r: Reader): LevelDefinition[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    r.report('wrong-type', 'warning', 'levels', `expected a list of levels, got ${describeValue(value)}; it was ignored.`);
    return [];
  }
  const levels: LevelDefinition[] = [];
  value.forEach((item, i) => {
    const path = `levels[${i}]`;
    if (!isRecord(item)) {
      r.report('wrong-type', 'warning', path, `expected a level ({ "name": "Level A" }), got ${describeValue(item)}; it was ignored.`);
      return;
    }
    r.unknownFields(item, LEVEL_FIELDS, path, 'a level');
    const name = r.requiredText(item, 'name', path, PACK_LIMITS.name, 'the level was ignored.');
    if (name === undefined) return;
    if (levels.some((l) => sameLevelName(l.name, name))) {
      r.report('duplicate', 'warning', `${path}.name`, `“${name}” is already defined; this one was ignored.`);
      return;
    }
    const level: LevelDefinition = { name };
    const grades = r.optionalText(item, 'grades', path, 20);
    if (grades !== undefined) {
      if (parseGradeBand(grades)) level.grades = grades;
      else r.report('invalid-level', 'warning', `${path}.grades`, `“${grades}” is not a grade band (like "2-3" or "K-1"); it was ignored.`);
    }
    const description = r.optionalText(item, 'description', path, 1000);
    if (description !== undefined) level.description = description;
    levels.push(level);
  });
  return levels;
}

function readQuote(value: Record<string, unknown>, path: string, r: Reader): TextQuoteSelector | null {
  const exact = r.requiredText(value, 'exact', path, PACK_LIMITS.quote, 'this selector was ignored.');
  if (exact === undefined) return null;
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact };
  for (const key of ['prefix', 'suffix'] as const) {
    const context = value[key];
    if (context === undefined) continue;
    if (typeof context !== 'string') {
      r.report('wrong-type', 'warning', `${path}.${key}`, `expected text, got ${describeValue(context)}; it was ignored.`);
    } else if (context.length > PACK_LIMITS.context) {
      // Only the context next to the quote matters; a long one is cut, not refused.
      r.report('too-long', 'info', `${path}.${key}`, `${context.length} characters of context; the ${PACK_LIMITS.context} nearest the quote are used.`);
      quote[key] = key === 'prefix' ? context.slice(-PACK_LIMITS.context) : context.slice(0, PACK_LIMITS.context);
    } else if (context !== '') quote[key] = context;
  }
  r.unknownFields(value, ['type', 'exact', 'prefix', 'suffix'], path, 'a TextQuoteSelector');
  return quote;
}

function readSelector(value: unknown, path: string, r: Reader): Selector | OtherSelector | null {
  if (!isRecord(value)) {
    r.report('wrong-type', 'error', path, `expected a selector (an object with a "type"), got ${describeValue(value)}; it was ignored.`);
    return null;
  }
  const type = value['type'];
  if (typeof type !== 'string' || type === '') {
    r.report('missing-field', 'error', `${path}.type`, 'missing; a selector says its type (TextQuoteSelector, CssSelector or TextPositionSelector). It was ignored.');
    return null;
  }
  switch (type) {
    case 'TextQuoteSelector':
      return readQuote(value, path, r);
    case 'CssSelector': {
      const css = r.requiredText(value, 'value', path, PACK_LIMITS.cssSelector, 'this selector was ignored.');
      if (css === undefined) return null;
      r.unknownFields(value, ['type', 'value', 'refinedBy'], path, 'a CssSelector');
      const refined = value['refinedBy'];
      if (refined === undefined) return { type, value: css };
      if (isRecord(refined) && refined['type'] === 'TextQuoteSelector') {
        const quote = readQuote(refined, `${path}.refinedBy`, r);
        return quote ? { type, value: css, refinedBy: quote } : { type, value: css };
      }
      r.report('unknown-selector', 'warning', `${path}.refinedBy`, 'only a TextQuoteSelector can refine a CssSelector here; the refinement was ignored.');
      return { type, value: css };
    }
    case 'TextPositionSelector': {
      const start = value['start'];
      const end = value['end'];
      if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) <= (start as number)) {
        r.report('invalid-value', 'error', path, `start ${describeValue(start)} and end ${describeValue(end)} are not a text position (whole numbers, 0 ≤ start < end); it was ignored.`);
        return null;
      }
      r.unknownFields(value, ['type', 'start', 'end'], path, 'a TextPositionSelector');
      return { type, start: start as number, end: end as number };
    }
    default:
      // FragmentSelector (CFI), RangeSelector…: kept so the pack round-trips, not used for anchoring.
      r.report('unknown-selector', 'info', path, `${type} is not used by Attune for anchoring; it was kept in the pack.`);
      return { ...value, type } as OtherSelector;
  }
}

function readTarget(value: unknown, path: string, r: Reader): SectionTarget | null {
  const lost = 'the entry was left out, because Attune would not know where it goes.';
  if (value === undefined) {
    r.report('missing-field', 'error', path, `missing; ${lost}`);
    return null;
  }
  if (!isRecord(value)) {
    r.report('wrong-type', 'error', path, `expected { "source": "chapter.xhtml", "selector": […] }, got ${describeValue(value)}; ${lost}`);
    return null;
  }
  r.unknownFields(value, TARGET_FIELDS, path, 'a target');
  const source = r.requiredText(value, 'source', path, 2000, lost);
  if (source === undefined) return null;
  const raw = value['selector'];
  if (raw === undefined) {
    r.report('missing-field', 'error', `${path}.selector`, `missing; ${lost}`);
    return null;
  }
  const list = Array.isArray(raw) ? raw : [raw];
  const prefix = Array.isArray(raw) ? (i: number) => `${path}.selector[${i}]` : () => `${path}.selector`;
  const selectors = list.map((s, i) => readSelector(s, prefix(i), r)).filter((s): s is Selector | OtherSelector => s !== null);
  const usable = selectors.some((s) => ['TextQuoteSelector', 'CssSelector', 'TextPositionSelector'].includes(s.type));
  if (!usable) {
    r.report('missing-field', 'error', `${path}.selector`, `no TextQuoteSelector, CssSelector or TextPositionSelector Attune can use; ${lost}`);
    return null;
  }
  return { source, selector: selectors };
}

function readVariants(value: unknown, path: string, levels: readonly LevelDefinition[], r: Reader): Variant[] {
  if (value === undefined) {
    r.report('missing-field', 'error', path, 'missing; the entry was left out, because it has no simplified text.');
    return [];
  }
  if (!Array.isArray(value)) {
    r.report('wrong-type', 'error', path, `expected a list of variants, got ${describeValue(value)}; the entry was left out.`);
    return [];
  }
  const variants: Variant[] = [];
  value.forEach((item, i) => {
    const at = `${path}[${i}]`;
    if (!isRecord(item)) {
      r.report('wrong-type', 'error', at, `expected a variant ({ "level": "3-5", "content": "…" }), got ${describeValue(item)}; this variant was left out.`);
      return;
    }
    r.unknownFields(item, VARIANT_FIELDS, at, 'a variant');
    let level = item['level'];
    if (typeof level === 'number' && Number.isInteger(level) && level >= 0 && level <= 16) {
      r.report('wrong-type', 'info', `${at}.level`, `the number ${level} was read as the grade band "${level}".`);
      level = String(level);
    }
    if (level === undefined) {
      r.report('missing-field', 'error', `${at}.level`, 'missing; this variant was left out.');
      return;
    }
    if (typeof level !== 'string' || level.trim() === '' || level.length > PACK_LIMITS.name) {
      r.report('wrong-type', 'error', `${at}.level`, `${describeValue(level)} is not a level (a grade band like "3-5" or a level name); this variant was left out.`);
      return;
    }
    const content = r.richText(item['content'], `${at}.content`, 'this variant was left out.');
    if (content === undefined) return;
    if (variants.some((v) => sameLevelName(v.level, level as string))) {
      r.report('duplicate', 'warning', `${at}.level`, `the passage already has a variant for “${level}”; this one was left out.`);
      return;
    }
    if (!parseGradeBand(level) && !levels.some((l) => sameLevelName(l.name, level as string))) {
      r.report(
        'invalid-level',
        'warning',
        `${at}.level`,
        `“${level}” is neither a grade band (like "3-5") nor a level listed in "levels"; it is chosen only for a learner whose level is exactly “${level}”, or as the simplest when nothing else fits.`,
      );
    }
    variants.push({ level, content });
  });
  if (variants.length === 0 && value.length === 0) r.report('empty', 'error', path, 'no variants; the entry was left out.');
  else if (variants.length === 0) r.report('empty', 'error', path, 'none of the variants could be read; the entry was left out.');
  return variants;
}

function readPicture(value: unknown, path: string, r: Reader): GlossaryPicture | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    r.report('wrong-type', 'warning', path, `expected { "src": "…", "alt": "…" }, got ${describeValue(value)}; the picture was left out.`);
    return undefined;
  }
  r.unknownFields(value, ['src', 'alt'], path, 'a picture');
  const src = r.requiredText(value, 'src', path, 2_000_000, 'the picture was left out.');
  const alt = r.requiredText(value, 'alt', path, 1000, 'the picture was left out: a picture needs a text alternative.');
  if (src === undefined || alt === undefined) return undefined;
  if (!PICTURE_URL.test(src.trim())) {
    r.report('unsafe-url', 'error', `${path}.src`, 'only data: images, https: addresses and addresses next to the pack can be pictures; the picture was left out.');
    return undefined;
  }
  return { src: src.trim(), alt };
}

function readEntry(json: unknown, index: number, levels: readonly LevelDefinition[], r: Reader): PackEntry | null {
  const path = `entries[${index}]`;
  r.entry = index;
  if (!isRecord(json)) {
    r.report('wrong-type', 'error', path, `expected an entry (an object with a "type"), got ${describeValue(json)}; it was left out.`);
    return null;
  }
  const type = json['type'];
  if (type === undefined) {
    r.report('missing-field', 'error', `${path}.type`, `missing; an entry is one of ${ENTRY_TYPES.join(', ')}. It was left out.`);
    return null;
  }
  if (typeof type !== 'string' || !ENTRY_TYPES.includes(type as EntryType)) {
    const severity = r.newer ? 'info' : 'warning';
    const hint = typeof type === 'string' && !r.newer ? didYouMean(type, ENTRY_TYPES) : '';
    r.report('unknown-entry-type', severity, `${path}.type`, `${describeValue(type)} is not an entry type this version knows (${ENTRY_TYPES.join(', ')}); the entry was left out.${hint}`);
    return null;
  }
  const kind = type as EntryType;
  r.unknownFields(json, ENTRY_FIELDS[kind], path, `a ${kind} entry`);
  let id = json['id'];
  if (typeof id !== 'string' || id.trim() === '' || id.length > PACK_LIMITS.name) {
    const made = `${kind}-${index + 1}`;
    r.report(id === undefined ? 'missing-field' : 'wrong-type', 'warning', `${path}.id`, `${id === undefined ? 'missing' : `${describeValue(id)} is not an id`}; the entry was given the id “${made}”.`);
    id = made;
  }
  const base: { id: string; author?: string } = { id: id as string };
  const author = r.optionalText(json, 'author', path, PACK_LIMITS.name);
  if (author !== undefined) base.author = author;

  switch (kind) {
    case 'simplified': {
      const target = readTarget(json['target'], `${path}.target`, r);
      const variants = readVariants(json['variants'], `${path}.variants`, levels, r);
      if (!target || variants.length === 0) return null;
      return { ...base, type: kind, target, variants } satisfies SimplifiedEntry;
    }
    case 'glossary': {
      const term = r.requiredText(json, 'term', path, PACK_LIMITS.term, 'the entry was left out.');
      const definition = r.requiredText(json, 'definition', path, PACK_LIMITS.definition, 'the entry was left out: a glossary entry needs a definition.');
      if (term === undefined || definition === undefined) return null;
      const entry: GlossaryEntry = { ...base, type: kind, term: term.trim(), definition };
      const forms = r.textList(json['forms'], `${path}.forms`, PACK_LIMITS.term);
      if (forms?.length) entry.forms = forms.map((f) => f.trim());
      const inflect = r.optionalBoolean(json, 'inflect', path);
      if (inflect !== undefined) entry.inflect = inflect;
      const caseSensitive = r.optionalBoolean(json, 'caseSensitive', path);
      if (caseSensitive !== undefined) entry.caseSensitive = caseSensitive;
      const example = r.optionalText(json, 'example', path, PACK_LIMITS.definition);
      if (example !== undefined) entry.example = example;
      const picture = readPicture(json['picture'], `${path}.picture`, r);
      if (picture) entry.picture = picture;
      const sources = r.textList(json['sources'], `${path}.sources`, 2000);
      if (sources?.length) entry.sources = sources;
      return entry;
    }
    case 'description': {
      const target = readTarget(json['target'], `${path}.target`, r);
      const alt = r.requiredText(json, 'alt', path, 2000, 'the entry was left out: a description needs a short text alternative ("" for a decorative image).', true);
      if (!target || alt === undefined) return null;
      const entry: DescriptionEntry = { ...base, type: kind, target, alt };
      if (json['longDescription'] !== undefined) {
        const long = r.richText(json['longDescription'], `${path}.longDescription`, 'the long description was left out; the short one is still used.');
        if (long !== undefined) entry.longDescription = long;
      }
      return entry;
    }
    case 'note': {
      const target = readTarget(json['target'], `${path}.target`, r);
      const content = r.richText(json['content'], `${path}.content`, 'the entry was left out.');
      if (!target || content === undefined) return null;
      return { ...base, type: kind, target, content } satisfies NoteEntry;
    }
  }
}

/** Ids must be unique: marks in the page and the "show original" toggle find entries by id. */
function makeIdsUnique(entries: { entry: PackEntry; index: number }[], r: Reader): void {
  const seen = new Set<string>();
  for (const { entry, index } of entries) {
    if (!seen.has(entry.id)) {
      seen.add(entry.id);
      continue;
    }
    let n = 2;
    while (seen.has(`${entry.id}-${n}`)) n++;
    const renamed = `${entry.id}-${n}`;
    r.entry = index;
    r.report('duplicate', 'warning', `entries[${index}].id`, `“${entry.id}” is already used by another entry; this one was renamed “${renamed}”.`);
    entry.id = renamed;
    seen.add(renamed);
  }
}

function reportDuplicateTerms(entries: { entry: PackEntry; index: number }[], r: Reader): void {
  const terms = new Map<string, string>();
  for (const { entry, index } of entries) {
    if (entry.type !== 'glossary') continue;
    const key = entry.term.toLowerCase();
    const other = terms.get(key);
    r.entry = index;
    if (other !== undefined) r.report('duplicate', 'warning', `entries[${index}].term`, `“${entry.term}” is also defined by entry “${other}”; in the text the first entry wins.`);
    else terms.set(key, entry.id);
  }
}

/**
 * Reads variant-pack JSON from anywhere (a file, storage, a URL) into a pack
 * Attune can apply. It never throws and never discards the whole pack for
 * one bad entry: a bad variant, selector or field is left out and reported
 * with its path ("entries[3].variants[0].level: missing; this variant was
 * left out."), and so is an entry that cannot be used at all. A pack from a
 * newer version is read as far as this version understands it.
 */
export function validateVariantPack(json: unknown): PackValidation {
  const r = new Reader();
  const pack: VariantPack = { version: VARIANT_PACK_VERSION, language: 'en', book: { identifier: '' }, levels: [], entries: [] };
  if (!isRecord(json)) {
    r.report('not-an-object', 'error', '', `A variant pack is a JSON object; this is ${describeValue(json)}. Nothing could be read.`);
    return { pack, issues: r.issues };
  }
  readVersion(json, r);
  r.unknownFields(json, TOP_LEVEL, '', 'a variant pack');

  for (const key of ['id', 'title', 'author'] as const) {
    const value = r.optionalText(json, key, '', key === 'title' ? 1000 : PACK_LIMITS.name);
    if (value !== undefined) pack[key] = value;
  }
  const language = r.optionalText(json, 'language', '', 35);
  if (language !== undefined) {
    if (LANGUAGE.test(language)) pack.language = language;
    else r.report('invalid-value', 'warning', 'language', `“${language}” is not a language tag (BCP 47, like "en" or "es-MX"); English was assumed.`);
  }
  const updated = r.optionalText(json, 'updated', '', 100);
  if (updated !== undefined) {
    if (!Number.isNaN(Date.parse(updated))) pack.updated = updated;
    else r.report('invalid-value', 'warning', 'updated', `“${updated}” is not a date and time (ISO 8601); it was ignored.`);
  }
  const marks = json['glossaryMarks'];
  if (marks === 'first' || marks === 'all') pack.glossaryMarks = marks;
  else if (marks !== undefined) r.report('invalid-value', 'warning', 'glossaryMarks', `${describeValue(marks)} is not "first" or "all"; the learner’s setting (or "first") is used.`);

  pack.book = readBook(json['book'], r);
  pack.levels = readLevels(json['levels'], r);

  const rawEntries = json['entries'];
  let list: unknown[] = [];
  if (rawEntries === undefined) r.report('missing-field', 'warning', 'entries', 'missing; the pack has no entries.');
  else if (!Array.isArray(rawEntries)) r.report('wrong-type', 'error', 'entries', `expected a list of entries, got ${describeValue(rawEntries)}; the pack has no entries.`);
  else list = rawEntries;
  if (list.length > PACK_LIMITS.entries) {
    r.report('too-many', 'error', 'entries', `${list.length} entries is more than the ${PACK_LIMITS.entries} a pack may hold; the first ${PACK_LIMITS.entries} were read.`);
    list = list.slice(0, PACK_LIMITS.entries);
  }
  const read: { entry: PackEntry; index: number }[] = [];
  list.forEach((item, index) => {
    const entry = readEntry(item, index, pack.levels, r);
    if (entry) read.push({ entry, index });
  });
  r.entry = undefined;
  makeIdsUnique(read, r);
  reportDuplicateTerms(read, r);
  pack.entries = read.map((e) => e.entry);
  return { pack, issues: r.issues };
}
