import type { LevelDefinition, Variant } from './variant-pack.js';

/**
 * Choosing which variant of a passage a learner reads. A variant's level is a
 * grade band ("3-5", "4", "K-2", "grade 6") or a level the teacher named
 * ("Level A", listed simplest first in the pack's `levels`, optionally with
 * `grades`). The learner's profile gives a grade (1–12), a level name, or
 * null for "the simplest there is".
 */

/** Grades, kindergarten = 0. */
export interface GradeBand {
  min: number;
  max: number;
}

/** A learner's reading level: a grade, a level name (or band), or null for the simplest. */
export type ReadingLevel = number | string | null;

const BAND = /^\s*(?:grades?\s+)?(k|\d{1,2})(?:\s*(?:-|–|—|to)\s*(k|\d{1,2}))?\s*$/i;

function grade(value: string): number {
  return value.toLowerCase() === 'k' ? 0 : Number(value);
}

/** "3-5" → {3, 5}; "4" → {4, 4}; "K-2" → {0, 2}; anything else → null. */
export function parseGradeBand(level: string): GradeBand | null {
  const match = BAND.exec(level);
  if (!match) return null;
  const a = grade(match[1]!);
  const b = match[2] === undefined ? a : grade(match[2]);
  if (a > 16 || b > 16) return null;
  return { min: Math.min(a, b), max: Math.max(a, b) };
}

/** Level names compare without case and extra spaces. */
export function sameLevelName(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(a) === norm(b);
}

/** The grade band of a variant's level: its own, or the one its named level declares. */
export function bandOfLevel(level: string, levels: readonly LevelDefinition[] = []): GradeBand | null {
  const own = parseGradeBand(level);
  if (own) return own;
  const named = levels.find((l) => sameLevelName(l.name, level));
  return named?.grades ? parseGradeBand(named.grades) : null;
}

export interface VariantChoice<V extends Variant = Variant> {
  variant: V;
  index: number;
  /** How it was chosen: the exact level asked for, a band holding the grade, the nearest easier one, or the simplest there is. */
  how: 'named' | 'band' | 'nearest-easier' | 'simplest';
}

/** Orders variants simplest first: by grade band, then by the order of named levels, then as written. */
function simplestFirst<V extends Variant>(variants: readonly V[], levels: readonly LevelDefinition[]): { variant: V; index: number; band: GradeBand | null }[] {
  const order = (v: V) => {
    const i = levels.findIndex((l) => sameLevelName(l.name, v.level));
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return variants
    .map((variant, index) => ({ variant, index, band: bandOfLevel(variant.level, levels) }))
    // Banded levels can be compared; named levels without grades keep the order of `levels`, after them.
    .sort((a, b) => {
      const keyA = a.band ? [0, a.band.min, a.band.max] : [1, order(a.variant), 0];
      const keyB = b.band ? [0, b.band.min, b.band.max] : [1, order(b.variant), 0];
      for (let i = 0; i < 3; i++) if (keyA[i] !== keyB[i]) return keyA[i]! - keyB[i]!;
      return a.index - b.index;
    });
}

/**
 * The variant for a learner's reading level, or null when the learner asked
 * for a named level the passage does not have.
 *
 * - a number (grade): the narrowest band that holds it; else the nearest band
 *   below it (easier, never harder); else the simplest there is (still
 *   simpler than the book's text);
 * - a string: the level of that name; else, if it is a band or a named level
 *   with grades, as for a number (its upper grade);
 * - null: the simplest variant.
 */
export function chooseVariant<V extends Variant>(
  variants: readonly V[],
  readingLevel: ReadingLevel,
  levels: readonly LevelDefinition[] = [],
): VariantChoice<V> | null {
  if (variants.length === 0) return null;
  const sorted = simplestFirst(variants, levels);
  const simplest = sorted[0]!;
  let target: number | null = null;

  if (typeof readingLevel === 'string') {
    const named = variants.findIndex((v) => sameLevelName(v.level, readingLevel));
    if (named >= 0) return { variant: variants[named]!, index: named, how: 'named' };
    const band = bandOfLevel(readingLevel, levels);
    if (!band) return null;
    target = band.max;
  } else if (typeof readingLevel === 'number' && Number.isFinite(readingLevel)) {
    target = readingLevel;
  }
  if (target === null) return { variant: simplest.variant, index: simplest.index, how: 'simplest' };

  const banded = sorted.filter((s) => s.band);
  const holding = banded
    .filter((s) => s.band!.min <= target! && target! <= s.band!.max)
    .sort((a, b) => a.band!.max - a.band!.min - (b.band!.max - b.band!.min) || a.index - b.index);
  if (holding[0]) return { variant: holding[0].variant, index: holding[0].index, how: 'band' };
  const easier = banded.filter((s) => s.band!.max < target!).sort((a, b) => b.band!.max - a.band!.max || b.band!.min - a.band!.min);
  if (easier[0]) return { variant: easier[0].variant, index: easier[0].index, how: 'nearest-easier' };
  return { variant: simplest.variant, index: simplest.index, how: 'simplest' };
}
