import type { EntryType, LevelDefinition, PackEntry, VariantPack } from '@attune/adapt';

/**
 * Edits of a variant pack as pure functions: each returns a new pack and
 * leaves the old one as it was, so the history can keep it.
 */

/** The pack with `entry` in place of the entry with the same id, or added at the end. */
export function putEntry(pack: VariantPack, entry: PackEntry): VariantPack {
  const index = pack.entries.findIndex((e) => e.id === entry.id);
  const entries = index < 0 ? [...pack.entries, entry] : pack.entries.map((e, i) => (i === index ? entry : e));
  return { ...pack, entries };
}

/** The pack without the entry `id`. */
export function removeEntry(pack: VariantPack, id: string): VariantPack {
  return { ...pack, entries: pack.entries.filter((e) => e.id !== id) };
}

/** The pack with its named levels replaced. */
export function setLevels(pack: VariantPack, levels: LevelDefinition[]): VariantPack {
  return { ...pack, levels };
}

/** An empty pack for the same book (entries and levels gone). */
export function clearPack(pack: VariantPack): VariantPack {
  return { ...pack, levels: [], entries: [] };
}

const PREFIX: Record<EntryType, string> = { simplified: 'passage', glossary: 'term', description: 'image', note: 'note' };

/**
 * A new entry id, unique in the pack: readable words from `hint` when there
 * are some (`term-harpoon`), else the type and a number (`passage-3`).
 */
export function newEntryId(pack: VariantPack, type: EntryType, hint = ''): string {
  const words = hint
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, 4)
    .join('-');
  const taken = new Set(pack.entries.map((e) => e.id));
  const base = words ? `${PREFIX[type]}-${words}` : PREFIX[type];
  if (words && !taken.has(base)) return base;
  for (let n = 1; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
