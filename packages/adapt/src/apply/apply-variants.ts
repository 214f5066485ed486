import { anchorInModel, type AnchorFailure, type AnchorMethod } from '../anchoring/anchor.js';
import { sameSource } from '../anchoring/selectors.js';
import { TextModel } from '../anchoring/text-model.js';
import { chooseVariant, type ReadingLevel } from '../pack/reading-levels.js';
import type { DescriptionEntry, EntryType, NoteEntry, PackEntry, SimplifiedEntry, Variant, VariantPack } from '../pack/variant-pack.js';
import { attachDescription, imageAt } from './attach-description.js';
import { element } from './xhtml-elements.js';
import { insertNote } from './insert-note.js';
import { markGlossary, type GlossaryMarkPolicy } from './mark-glossary.js';
import { ADAPT_STYLES, MARK } from './markers.js';
import { entriesFor, hashText, indexPack, type IndexedEntry } from './pack-index.js';
import { removeAdaptations } from './remove-adaptations.js';
import { planPassage, swapPassage, type PassagePlan } from './swap-passage.js';

/** The learner's content settings, as `@attune/profile` resolves them (`settings.content`). */
export interface AdaptSettings {
  /** Show simplified variants of passages. */
  simplifiedText: boolean;
  /** Grade (1–12), a level name ("Level A"), or null for the simplest variant. */
  readingLevel: ReadingLevel;
  /** Mark glossary words. */
  glossary: boolean;
  /** Use teacher-written image descriptions. */
  imageDescriptions: boolean;
  /** Show teachers' notes (default true). */
  teacherNotes?: boolean;
  /** Mark each glossary term's first occurrence in a section, or every one (default: the pack's choice, else "first"). */
  glossaryMarks?: GlossaryMarkPolicy;
}

/** Words Attune puts into the page; the reader passes them translated. */
export interface AdaptLabels {
  /** Summary of a long image description. */
  imageDescription: string;
  /** Accessible name of a teacher's note. */
  teacherNote: string;
}

export const DEFAULT_LABELS: AdaptLabels = { imageDescription: 'Image description', teacherNote: 'Teacher’s note' };

export interface ApplyOptions {
  /**
   * The section's href (spine href as in the package document, e.g.
   * `chapter_001.xhtml`). Without it, it is taken from the document's URL
   * when that ends in one of the pack's sources.
   */
  href?: string;
  labels?: Partial<AdaptLabels>;
  /** Edits allowed when re-finding a passage, as a share of its length (default 0.2). */
  maxErrorRatio?: number;
  /** Put Attune's small stylesheet for marks into the section (default true). */
  styles?: boolean;
}

/** Why an entry was not applied although it was meant for this section. */
export type OrphanReason = AnchorFailure | 'section-not-found' | 'not-an-image' | 'overlaps' | 'already-described' | 'cannot-swap' | 'cannot-place';

/** An entry that could not be anchored: it is reported, never silently dropped. */
export interface Orphan {
  id: string;
  /** Position in `pack.entries`. */
  index: number;
  type: EntryType;
  source: string;
  reason: OrphanReason;
  /** A sentence a teacher understands. */
  message: string;
}

export interface AppliedEntry {
  id: string;
  index: number;
  type: EntryType;
  method?: AnchorMethod;
  /** Edits between the stored quote and the text found. */
  errors?: number;
  ambiguous?: boolean;
  /** For a simplified passage: the level shown. */
  level?: string;
}

/** An entry left out on purpose (the learner's level has no variant). */
export interface SkippedEntry {
  id: string;
  index: number;
  type: EntryType;
  reason: 'no-variant-for-level';
  message: string;
}

export interface AdaptReport {
  /** The section href entries were matched with (null when none was given or found). */
  href: string | null;
  applied: AppliedEntry[];
  orphans: Orphan[];
  skipped: SkippedEntry[];
  /** Glossary words marked. */
  glossaryMarks: number;
  /** Time taken, in milliseconds. */
  durationMs: number;
  /** The section already had exactly this adaptation; nothing was done. */
  reused: boolean;
}

const lastReports = new WeakMap<Document, { signature: string; report: AdaptReport }>();

function sectionHref(doc: Document, entries: Iterable<string>, given: string | undefined): string | null {
  if (given) return given;
  // @attune/book gives each section a <base> with its path in the book; a document loaded on its own has its URL.
  for (const url of [doc.baseURI, doc.URL]) {
    let path = '';
    try {
      path = decodeURI(new URL(url).pathname);
    } catch {
      continue;
    }
    for (const source of entries) if (sameSource(path, source)) return source;
  }
  return null;
}

interface Anchored<E extends PackEntry> {
  item: IndexedEntry<E>;
  start: number;
  end: number;
  method: AnchorMethod;
  errors: number;
  ambiguous: boolean;
  element?: Element;
}

/**
 * Adapts a sanitized section document for a learner, in place, as it is
 * about to render (the book's files are never changed):
 *
 * - simplified passages are swapped for the variant that suits the learner's
 *   reading level, the original kept hidden beside it (`setPassageView`);
 * - glossary terms (and their inflections) get `data-attune-glossary`;
 * - images get the teacher's short and long descriptions;
 * - teachers' notes are inserted as asides.
 *
 * Idempotent: applying the same pack and settings again changes nothing;
 * applying other settings first undoes the previous adaptation. Entries
 * that cannot be anchored are listed in the report's `orphans` with the reason.
 */
export function applyVariants(doc: Document, pack: VariantPack, settings: AdaptSettings, options: ApplyOptions = {}): AdaptReport {
  const started = performance.now();
  const index = indexPack(pack);
  const href = sectionHref(doc, index.bySource.keys(), options.href);
  const labels = { ...DEFAULT_LABELS, ...options.labels };
  const policy: GlossaryMarkPolicy = settings.glossaryMarks ?? pack.glossaryMarks ?? 'first';
  const signature = hashText(
    JSON.stringify([
      index.signature,
      href,
      settings.simplifiedText,
      settings.readingLevel,
      settings.glossary,
      settings.imageDescriptions,
      settings.teacherNotes !== false,
      policy,
      labels,
      options.maxErrorRatio ?? null,
      options.styles !== false,
    ]),
  );
  const root = doc.documentElement;
  const previous = root.getAttribute(MARK.adapted);
  const remembered = lastReports.get(doc);
  if (previous === signature && remembered?.signature === signature) {
    return { ...remembered.report, reused: true, durationMs: performance.now() - started };
  }
  if (previous !== null) removeAdaptations(doc);

  const report: AdaptReport = { href, applied: [], orphans: [], skipped: [], glossaryMarks: 0, durationMs: 0, reused: false };
  const body = doc.body ?? root;
  const entries = href ? entriesFor(index, href) : [];
  const orphan = (item: IndexedEntry, reason: OrphanReason, message: string) => {
    const source = item.entry.type === 'glossary' ? '' : item.entry.target.source;
    report.orphans.push({ id: item.entry.id, index: item.index, type: item.entry.type, source, reason, message });
  };

  // 1. Anchor everything against the untouched text, so no change can hide another entry's text.
  const model = TextModel.of(body);
  const passages: (Anchored<SimplifiedEntry> & { variant: Variant })[] = [];
  const notes: Anchored<NoteEntry>[] = [];
  const descriptions: (Anchored<DescriptionEntry> & { image: Element })[] = [];
  const anchorOptions = { maxErrorRatio: options.maxErrorRatio };
  for (const item of entries) {
    const entry = item.entry;
    if (entry.type === 'simplified' && !settings.simplifiedText) continue;
    if (entry.type === 'description' && !settings.imageDescriptions) continue;
    if (entry.type === 'note' && settings.teacherNotes === false) continue;
    if (entry.type === 'glossary') continue;
    let variant: Variant | undefined;
    if (entry.type === 'simplified') {
      const choice = chooseVariant(entry.variants, settings.readingLevel, pack.levels);
      if (!choice) {
        report.skipped.push({
          id: entry.id,
          index: item.index,
          type: entry.type,
          reason: 'no-variant-for-level',
          message: `The passage has no variant for the level “${String(settings.readingLevel)}” (it has ${entry.variants.map((v) => `“${v.level}”`).join(', ')}); the book’s text is shown.`,
        });
        continue;
      }
      variant = choice.variant;
    }
    const found = anchorInModel(model, entry.target.selector, anchorOptions);
    if (!found.ok) {
      orphan(item, found.reason, found.message);
      continue;
    }
    const anchored = { start: found.start, end: found.end, method: found.method, errors: found.errors, ambiguous: found.ambiguous, ...(found.element ? { element: found.element } : {}) };
    if (entry.type === 'simplified') passages.push({ ...anchored, item: item as IndexedEntry<SimplifiedEntry>, variant: variant! });
    else if (entry.type === 'note') notes.push({ ...anchored, item: item as IndexedEntry<NoteEntry> });
    else {
      const image = imageAt(model, found);
      if (!image) {
        orphan(item, 'not-an-image', 'The description’s target was found, but it is not an image (or a figure holding one).');
        continue;
      }
      descriptions.push({ ...anchored, item: item as IndexedEntry<DescriptionEntry>, image });
    }
  }

  const applied = (a: Anchored<PackEntry>, extra: Partial<AppliedEntry> = {}) => {
    const e = a.item.entry;
    report.applied.push({ id: e.id, index: a.item.index, type: e.type, method: a.method, errors: a.errors, ambiguous: a.ambiguous, ...extra });
  };

  // 2. Descriptions and notes insert elements but change no text, so the text model stays valid.
  const described = new Map<Element, string>();
  for (const d of descriptions) {
    const other = described.get(d.image);
    if (other !== undefined) {
      orphan(d.item, 'already-described', `The image already has the description “${other}”.`);
      continue;
    }
    described.set(d.image, d.item.entry.id);
    attachDescription(d.image, d.item.entry, labels, pack.language);
    applied(d);
  }
  for (const n of notes) {
    const result = insertNote(model, n.end, n.item.entry, labels.teacherNote, pack.language);
    if ('failure' in result) {
      orphan(n.item, 'cannot-place', result.failure);
      continue;
    }
    applied(n);
  }

  // 3. Passages: all planned on the same text, then swapped in reading order (their live Ranges follow
  //    the DOM). One that overlaps a passage already planned, paragraphs included, is an orphan.
  passages.sort((a, b) => a.start - b.start || a.item.index - b.item.index);
  const plans: { plan: PassagePlan; anchored: (typeof passages)[number] }[] = [];
  let plannedUntil = -1;
  let plannedId = '';
  for (const p of passages) {
    const plan = planPassage(model, p.start, p.end, p.item.entry, p.variant);
    if ('failure' in plan) {
      orphan(p.item, 'cannot-swap', plan.failure);
      continue;
    }
    if (plan.extent.start < plannedUntil) {
      orphan(p.item, 'overlaps', `The passage overlaps the simplified passage “${plannedId}” (or a paragraph of it), which is swapped instead.`);
      continue;
    }
    plannedUntil = plan.extent.end;
    plannedId = p.item.entry.id;
    plans.push({ plan, anchored: p });
  }
  for (const { plan, anchored } of plans) {
    const result = swapPassage(plan, { language: pack.language });
    if ('failure' in result) {
      orphan(anchored.item, 'cannot-swap', result.failure);
      continue;
    }
    applied(anchored, { level: plan.variant.level });
  }

  // 4. Glossary words, last: they wrap text wherever it now is, variants included.
  if (settings.glossary && index.glossary.length) {
    const allowed = (entry: { sources?: string[] }) => !entry.sources || (href !== null && entry.sources.some((s) => sameSource(s, href)));
    report.glossaryMarks = markGlossary(body, index.matcher, policy, allowed);
  }

  if (options.styles !== false && (report.applied.length || report.glossaryMarks)) {
    const head = doc.head ?? root.firstElementChild;
    const style = element(doc, 'style', { [MARK.inserted]: '' });
    style.textContent = ADAPT_STYLES;
    if (head && head !== body) head.append(style);
    else root.insertBefore(style, root.firstChild);
  }
  root.setAttribute(MARK.adapted, signature);
  report.durationMs = performance.now() - started;
  lastReports.set(doc, { signature, report });
  return report;
}

