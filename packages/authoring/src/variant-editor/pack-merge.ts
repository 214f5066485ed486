import type { LevelDefinition, PackEntry, VariantPack } from '@attune/adapt';

/**
 * Merging a pack someone else wrote (or an older export) into the one being
 * edited. Entries are matched by id: new ones are added, identical ones are
 * left alone, and the same id with different content is a conflict the
 * teacher settles one by one (keep mine or take theirs). Pure functions.
 */

export interface MergeConflict {
  id: string;
  mine: PackEntry;
  theirs: PackEntry;
}

export interface MergePlan {
  /** Entries only the imported pack has. */
  added: PackEntry[];
  /** Entries both have with the same content. */
  unchanged: number;
  conflicts: MergeConflict[];
  /** Named levels only the imported pack has. */
  levelsAdded: LevelDefinition[];
}

export type MergeChoice = 'mine' | 'theirs';

/** JSON with object keys in a fixed order, so equal content compares equal whatever order it was written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** True when two entries (or packs) hold the same content. */
export function sameContent(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

export function planMerge(mine: VariantPack, theirs: VariantPack): MergePlan {
  const byId = new Map(mine.entries.map((e) => [e.id, e]));
  const plan: MergePlan = { added: [], unchanged: 0, conflicts: [], levelsAdded: [] };
  for (const entry of theirs.entries) {
    const own = byId.get(entry.id);
    if (!own) plan.added.push(entry);
    else if (sameContent(own, entry)) plan.unchanged++;
    else plan.conflicts.push({ id: entry.id, mine: own, theirs: entry });
  }
  const levelNames = new Set(mine.levels.map((l) => l.name));
  plan.levelsAdded = theirs.levels.filter((l) => !levelNames.has(l.name));
  return plan;
}

/** The merged pack: mine, plus what only theirs has, with each conflict settled as chosen (default: keep mine). */
export function applyMerge(mine: VariantPack, plan: MergePlan, choices: Readonly<Record<string, MergeChoice>> = {}): VariantPack {
  const taken = new Map(plan.conflicts.filter((c) => choices[c.id] === 'theirs').map((c) => [c.id, c.theirs]));
  return {
    ...mine,
    levels: [...mine.levels, ...plan.levelsAdded],
    entries: [...mine.entries.map((e) => taken.get(e.id) ?? e), ...plan.added],
  };
}
