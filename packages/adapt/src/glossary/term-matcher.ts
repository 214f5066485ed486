import type { GlossaryEntry } from '../pack/variant-pack.js';
import { englishInflections, isEnglish } from './inflections.js';

/**
 * Finds glossary terms and their forms in text: whole words only (letters
 * and digits on either side stop a match, so "sea" is not found in
 * "season"), longest form first, case-insensitive unless the entry says
 * otherwise. Straight and curly apostrophes match each other. Pure: no DOM.
 */

export interface TermOccurrence {
  start: number;
  end: number;
  entry: GlossaryEntry;
}

export interface TermMatcher {
  /** Occurrences in `text`, in order, never overlapping. */
  find(text: string): TermOccurrence[];
  /** Every form an entry is marked by (term, its listed forms, regular inflections). */
  formsOf(entry: GlossaryEntry): string[];
}

function escapeForm(form: string): string {
  return form
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"))
    .join('\\s+');
}

function key(form: string, caseSensitive: boolean): string {
  const k = form.trim().replace(/\s+/g, ' ').replace(/’/g, "'");
  return caseSensitive ? k : k.toLowerCase();
}

/** Every form of an entry. */
export function glossaryForms(entry: GlossaryEntry, language?: string): string[] {
  const forms = [entry.term, ...(entry.forms ?? [])];
  if (entry.inflect !== false && isEnglish(language)) forms.push(...englishInflections(entry.term));
  const seen = new Set<string>();
  return forms.filter((f) => {
    const k = key(f, entry.caseSensitive === true);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function buildExpression(forms: string[], flags: string): RegExp | null {
  if (forms.length === 0) return null;
  const alternatives = [...forms].sort((a, b) => b.length - a.length).map(escapeForm);
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, flags);
}

export function buildTermMatcher(entries: readonly GlossaryEntry[], language?: string): TermMatcher {
  const insensitive = new Map<string, GlossaryEntry>();
  const sensitive = new Map<string, GlossaryEntry>();
  const formsByEntry = new Map<GlossaryEntry, string[]>();
  for (const entry of entries) {
    const forms = glossaryForms(entry, language);
    formsByEntry.set(entry, forms);
    const map = entry.caseSensitive ? sensitive : insensitive;
    for (const form of forms) {
      const k = key(form, entry.caseSensitive === true);
      if (!map.has(k)) map.set(k, entry);
    }
  }
  const expressions: { re: RegExp; map: Map<string, GlossaryEntry>; caseSensitive: boolean }[] = [];
  const ci = buildExpression([...insensitive.keys()], 'giu');
  if (ci) expressions.push({ re: ci, map: insensitive, caseSensitive: false });
  const cs = buildExpression([...sensitive.keys()], 'gu');
  if (cs) expressions.push({ re: cs, map: sensitive, caseSensitive: true });

  return {
    formsOf: (entry) => formsByEntry.get(entry) ?? glossaryForms(entry, language),
    find(text: string): TermOccurrence[] {
      const found: TermOccurrence[] = [];
      for (const { re, map, caseSensitive } of expressions) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const entry = map.get(key(m[0], caseSensitive));
          if (entry) found.push({ start: m.index, end: m.index + m[0].length, entry });
        }
      }
      if (expressions.length < 2) return found;
      // Two expressions may overlap: earlier wins, then longer.
      found.sort((a, b) => a.start - b.start || b.end - a.end);
      const kept: TermOccurrence[] = [];
      for (const o of found) if (!kept.length || o.start >= kept.at(-1)!.end) kept.push(o);
      return kept;
    },
  };
}
