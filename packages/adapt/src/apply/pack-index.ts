import { normalizeSource, sameSource } from '../anchoring/selectors.js';
import { buildTermMatcher, type TermMatcher } from '../glossary/term-matcher.js';
import type { GlossaryEntry, PackEntry, VariantPack } from '../pack/variant-pack.js';

/**
 * A pack prepared for applying: entries grouped by section, the glossary
 * matcher built once. Keyed by a hash of the pack's JSON rather than by the
 * object, so an editor that changes a pack in place sees its change at once.
 */

export interface IndexedEntry<E extends PackEntry = PackEntry> {
  entry: E;
  /** Position in `pack.entries`. */
  index: number;
}

export interface PackIndex {
  signature: string;
  bySource: Map<string, IndexedEntry[]>;
  glossary: IndexedEntry<GlossaryEntry>[];
  matcher: TermMatcher;
}

const indexes = new Map<string, PackIndex>();
const MAX_INDEXES = 20;

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell packs and settings apart, not a security measure. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function indexPack(pack: VariantPack): PackIndex {
  const json = JSON.stringify(pack);
  const signature = `${hashText(json)}${json.length.toString(36)}`;
  const cached = indexes.get(signature);
  if (cached) return cached;
  const bySource = new Map<string, IndexedEntry[]>();
  const glossary: IndexedEntry<GlossaryEntry>[] = [];
  pack.entries.forEach((entry, index) => {
    if (entry.type === 'glossary') {
      glossary.push({ entry, index });
      return;
    }
    const key = normalizeSource(entry.target.source);
    const list = bySource.get(key) ?? [];
    list.push({ entry, index });
    bySource.set(key, list);
  });
  const index: PackIndex = { signature, bySource, glossary, matcher: buildTermMatcher(glossary.map((g) => g.entry), pack.language) };
  if (indexes.size >= MAX_INDEXES) indexes.delete(indexes.keys().next().value!);
  indexes.set(signature, index);
  return index;
}

/** Entries that point into the section at `href`, in pack order. */
export function entriesFor(index: PackIndex, href: string): IndexedEntry[] {
  const out: IndexedEntry[] = [];
  for (const [source, entries] of index.bySource) if (sameSource(source, href)) out.push(...entries);
  return out.sort((a, b) => a.index - b.index);
}
