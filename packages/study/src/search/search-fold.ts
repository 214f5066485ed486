/**
 * Folding text for search: case, accents and other marks, compatibility
 * forms (ligatures, full-width letters, Arabic presentation forms) and
 * Arabic tatweel are ignored, so "Cafe" finds "café", "ﬁsh" finds "fish"
 * and "كتاب" finds "كِتَاب". Folding one character may give none, one or
 * several (ß → ss), so the folded text keeps, for each of its units, the
 * offset of the source character it came from: a match in the folded text
 * maps back to the learner's text exactly.
 */

/** Text folded for search, with the way back to the source text. */
export interface FoldedText {
  /** The folded text. */
  readonly text: string;
  /** For each unit of `text`: the offset in the source text of the character it came from; null when they are the same (plain ASCII). */
  readonly from: Uint32Array | null;
  /** Length of the source text. */
  readonly sourceLength: number;
}

const ARABIC_TATWEEL = 0x0640;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const MARKS = /\p{M}/gu;

/** Folds one character (a code point) in a language; results are cached per locale. */
function foldCharacter(char: string, locale: string, cache: Map<string, string>): string {
  let folded = cache.get(char);
  if (folded === undefined) {
    folded = char.normalize('NFKD').replace(MARKS, '');
    try {
      folded = folded.toLocaleLowerCase(locale || undefined);
    } catch {
      folded = folded.toLowerCase(); // a language tag Intl does not take: the default rules
    }
    if (folded === 'ß') folded = 'ss';
    // A lone mark folds to nothing; a character that folds to nothing else keeps itself lower-cased.
    cache.set(char, folded);
  }
  return folded;
}

const caches = new Map<string, Map<string, string>>();

function cacheFor(locale: string): Map<string, string> {
  let cache = caches.get(locale);
  if (!cache) caches.set(locale, (cache = new Map()));
  return cache;
}

/**
 * Folds a text for search in a language (a BCP 47 tag; Turkish, for one,
 * lower-cases I to ı). ASCII is folded without a lookup: most of most books.
 */
export function foldForSearch(source: string, locale = ''): FoldedText {
  const turkic = /^(tr|az)(-|$)/i.test(locale);
  // Most sections are plain ASCII once the text model has folded quotes and
  // dashes: lower-casing is all there is to do, and offsets do not move.
  if (!turkic && ASCII_ONLY.test(source)) return { text: source.toLowerCase(), from: null, sourceLength: source.length };
  const cache = cacheFor(locale.toLowerCase());
  const codes = new Uint16Array(source.length * 2 + 8);
  const from = new Uint32Array(source.length * 2 + 8);
  let length = 0;
  let out = codes;
  let map = from;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c < 0x80 && !(turkic && c === 0x49)) {
      out[length] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
      map[length++] = i;
      continue;
    }
    if (c === ARABIC_TATWEEL) continue;
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < source.length;
    const char = pair ? source.slice(i, i + 2) : source[i]!;
    const folded = foldCharacter(char, locale, cache);
    if (length + folded.length >= out.length) {
      // Rare: many characters that fold to several (ß, ligatures). Grow.
      const bigger = new Uint16Array(out.length * 2);
      bigger.set(out);
      const biggerMap = new Uint32Array(map.length * 2);
      biggerMap.set(map);
      out = bigger;
      map = biggerMap;
    }
    for (let k = 0; k < folded.length; k++) {
      out[length] = folded.charCodeAt(k);
      map[length++] = i;
    }
    if (pair) i++;
  }
  let text = '';
  for (let i = 0; i < length; i += 8192) text += String.fromCharCode(...out.subarray(i, Math.min(length, i + 8192)));
  return { text, from: map.subarray(0, length), sourceLength: source.length };
}

/** Source offsets of folded characters `start`–`end` (end exclusive): marks dropped after the last character are included. */
export function sourceSpan(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  const from = folded.from;
  if (!from) return { start, end };
  const sourceStart = from[start]!;
  let sourceEnd = end < folded.text.length ? from[end]! : folded.sourceLength;
  // Characters that folded to several units (ß → ss): a match that ends inside one still ends after it.
  if (sourceEnd <= sourceStart) sourceEnd = sourceStart + 1;
  return { start: sourceStart, end: sourceEnd };
}
