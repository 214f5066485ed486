import search from 'approx-string-match';
import { normalizeForMatching } from './normalize-text.js';

/**
 * Finds a text quote in a section's text: exactly if it is there, otherwise
 * approximately (a bounded edit distance, Myers' bit-parallel algorithm from
 * `approx-string-match`, the one Hypothesis uses). Candidates are scored on
 * the quote, its prefix and suffix, an optional region (from a CSS selector)
 * and an optional expected position, the way Hypothesis' `matchQuote` does.
 * Pure: works on strings, no DOM.
 */

export interface Quote {
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface QuoteMatchOptions {
  /** Where the quote is expected to start (a TextPositionSelector's start). */
  hint?: number;
  /** A region where the quote is expected (the text of a CSS-selected element). */
  within?: { start: number; end: number };
  /**
   * How different the found text may be from the quote, as a share of its
   * length (edits ÷ length). Default 0.2: a 100-character sentence survives
   * 20 changed characters.
   */
  maxErrorRatio?: number;
  /** The quote is already normalized (as text models and describeRange produce). */
  normalized?: boolean;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** Edits between the quote and the text found (0 for an exact match). */
  errors: number;
  /** 0–1: how well quote, context and position agree. */
  score: number;
  /** Another place scored as well: the first one was taken. */
  ambiguous: boolean;
}

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, within: 10, position: 2 };
/** Quotes longer than this are matched by their head and tail, so a chapter-long passage stays fast. */
const LONG_QUOTE = 512;
const EDGE = 64;
const MAX_CANDIDATES = 200;

/** Edits between `pattern` and the best approximate occurrence of it in `text`. */
function contextErrors(text: string, pattern: string): number {
  if (!pattern) return 0;
  if (!text) return pattern.length;
  const matches = search(text, pattern, pattern.length);
  let best = pattern.length;
  for (const m of matches) best = Math.min(best, m.errors);
  return best;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function exactCandidates(text: string, exact: string): Candidate[] {
  const out: Candidate[] = [];
  for (let at = text.indexOf(exact); at >= 0 && out.length < MAX_CANDIDATES; at = text.indexOf(exact, at + 1)) {
    out.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return out;
}

/** Words of a text, for comparing the middles of long passages. */
function wordBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

/** Share of the words of `a` that `b` also has (with multiplicity), 0–1. */
function wordOverlap(a: string, b: string): number {
  const bagA = wordBag(a);
  const bagB = wordBag(b);
  let total = 0;
  let shared = 0;
  for (const [w, n] of bagA) {
    total += n;
    shared += Math.min(n, bagB.get(w) ?? 0);
  }
  let totalB = 0;
  for (const n of bagB.values()) totalB += n;
  const denominator = Math.max(total, totalB);
  return denominator === 0 ? 1 : shared / denominator;
}

/**
 * A long quote is found by its first and last 64 characters; the span between
 * them must have about the quote's length and mostly the same words. Editing a
 * few words anywhere in a long passage therefore costs no more than a short search.
 */
function longCandidates(text: string, exact: string, ratio: number): Candidate[] {
  const head = exact.slice(0, EDGE);
  const tail = exact.slice(-EDGE);
  const edgeErrors = Math.floor(EDGE * ratio);
  const heads = search(text, head, edgeErrors).slice(0, MAX_CANDIDATES);
  if (heads.length === 0) return [];
  const tails = search(text, tail, edgeErrors);
  const out: Candidate[] = [];
  const slack = Math.ceil(exact.length * ratio);
  for (const h of heads) {
    for (const t of tails) {
      if (t.start < h.end) continue;
      const span = t.end - h.start;
      if (Math.abs(span - exact.length) > slack) continue;
      const middle = text.slice(h.end, t.start);
      const overlap = wordOverlap(exact.slice(EDGE, -EDGE), middle);
      const errors = h.errors + t.errors + Math.abs(span - exact.length) + Math.round((1 - overlap) * (exact.length - 2 * EDGE));
      out.push({ start: h.start, end: t.end, errors });
    }
  }
  return out;
}

/**
 * The best place for `quote` in `text`, or null when it is not there even
 * approximately. `text` is a text model's text (see TextModel): normalized,
 * so quotes are normalized the same way before matching.
 */
export function matchQuote(text: string, quote: Quote, options: QuoteMatchOptions = {}): QuoteMatch | null {
  const ratio = Math.min(0.5, Math.max(0, options.maxErrorRatio ?? 0.2));
  const exact = options.normalized ? quote.exact : normalizeForMatching(quote.exact);
  const prefix = quote.prefix ? (options.normalized ? quote.prefix : normalizeForMatching(quote.prefix, false)) : '';
  const suffix = quote.suffix ? (options.normalized ? quote.suffix : normalizeForMatching(quote.suffix, false)) : '';
  if (!exact) return null;

  let candidates = exactCandidates(text, exact);
  if (candidates.length === 0 && ratio > 0) {
    if (exact.length > LONG_QUOTE) candidates = longCandidates(text, exact, ratio);
    else {
      const maxErrors = Math.floor(exact.length * ratio);
      if (maxErrors > 0) candidates = search(text, exact, maxErrors).slice(0, MAX_CANDIDATES);
    }
  }
  if (candidates.length === 0) return null;

  const scored = candidates.map((c) => {
    const quoteScore = Math.max(0, 1 - c.errors / exact.length);
    // Context is read a little wider than it was written, so an insertion next to the quote does not hide it.
    const before = text.slice(Math.max(0, c.start - Math.ceil(prefix.length * 1.25)), c.start);
    const after = text.slice(c.end, c.end + Math.ceil(suffix.length * 1.25));
    const prefixScore = prefix ? 1 - contextErrors(before, prefix) / prefix.length : 1;
    const suffixScore = suffix ? 1 - contextErrors(after, suffix) / suffix.length : 1;
    const withinScore = options.within ? (c.start >= options.within.start && c.end <= options.within.end ? 1 : 0) : 1;
    const positionScore = options.hint !== undefined && text.length > 0 ? 1 - Math.min(1, Math.abs(c.start - options.hint) / text.length) : 1;
    const total =
      WEIGHTS.quote * quoteScore + WEIGHTS.prefix * prefixScore + WEIGHTS.suffix * suffixScore +
      WEIGHTS.within * withinScore + WEIGHTS.position * positionScore;
    const score = total / (WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.within + WEIGHTS.position);
    return { ...c, score, contextScore: (prefixScore + suffixScore) / 2 };
  });
  scored.sort((a, b) => b.score - a.score || a.start - b.start);
  const best = scored[0]!;
  const second = scored[1];

  if (best.errors > 0) {
    // A short quote found with edits is only trusted when its context agrees:
    // "the whale" with one edit matches half the words of a chapter.
    const short = exact.length < 24;
    if (short && (!(prefix || suffix) || best.contextScore < 0.75)) return null;
    if (best.errors > Math.floor(exact.length * ratio)) return null;
  }
  return {
    start: best.start,
    end: best.end,
    errors: best.errors,
    score: Math.round(best.score * 1000) / 1000,
    ambiguous: second !== undefined && Math.abs(second.score - best.score) < 1e-9,
  };
}
