import { anchorInModel } from '../anchoring/anchor.js';
import { sameSource } from '../anchoring/selectors.js';
import { TextModel } from '../anchoring/text-model.js';
import type { VariantPack } from '../pack/variant-pack.js';
import type { AppliedEntry, Orphan } from './apply-variants.js';
import { imageAt } from './attach-description.js';
import { indexPack, type IndexedEntry } from './pack-index.js';

/** What `checkPackAnchors` needs of a book; `@attune/book`'s AttuneBook is one. */
export interface SectionProvider {
  sections: readonly { href: string }[];
  sectionDocument(index: number): Promise<Document>;
}

export interface AnchorCheck {
  /** Entries found, with how (`quote`, `fuzzy-quote`, `css`, `position`) and how many edits. */
  anchored: AppliedEntry[];
  /** Entries that could not be found, with the reason: the teacher's to-do list. */
  orphans: Orphan[];
}

/**
 * Anchors every entry of a pack in a book, whatever any learner's settings,
 * for the teacher's editor and `attune check`: which entries still fit the
 * book (exactly or approximately) and which are orphans. Glossary entries
 * have no anchor and are not checked.
 */
export async function checkPackAnchors(pack: VariantPack, book: SectionProvider, options: { maxErrorRatio?: number } = {}): Promise<AnchorCheck> {
  const index = indexPack(pack);
  const check: AnchorCheck = { anchored: [], orphans: [] };
  const bySection = new Map<number, IndexedEntry[]>();
  for (const [source, entries] of index.bySource) {
    const section = book.sections.findIndex((s) => sameSource(s.href, source));
    if (section < 0) {
      for (const { entry, index: i } of entries) {
        check.orphans.push({
          id: entry.id,
          index: i,
          type: entry.type,
          source: entry.type === 'glossary' ? '' : entry.target.source,
          reason: 'section-not-found',
          message: `The book has no section “${source}”.`,
        });
      }
      continue;
    }
    bySection.set(section, [...(bySection.get(section) ?? []), ...entries]);
  }
  for (const [section, entries] of [...bySection].sort((a, b) => a[0] - b[0])) {
    const doc = await book.sectionDocument(section);
    const model = TextModel.of(doc);
    for (const { entry, index: i } of entries) {
      if (entry.type === 'glossary') continue;
      const found = anchorInModel(model, entry.target.selector, options);
      const base = { id: entry.id, index: i, type: entry.type };
      if (!found.ok) {
        check.orphans.push({ ...base, source: entry.target.source, reason: found.reason, message: found.message });
        continue;
      }
      if (entry.type === 'description') {
        if (!imageAt(model, found)) {
          check.orphans.push({ ...base, source: entry.target.source, reason: 'not-an-image', message: 'The description’s target was found, but it is not an image (or a figure holding one).' });
          continue;
        }
      }
      check.anchored.push({ ...base, method: found.method, errors: found.errors, ambiguous: found.ambiguous });
    }
    check.anchored.sort((a, b) => a.index - b.index);
    check.orphans.sort((a, b) => a.index - b.index);
  }
  return check;
}
