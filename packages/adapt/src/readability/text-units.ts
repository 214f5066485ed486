/**
 * Sentences and words of a text, for readability counts. Sentences come from
 * Intl.Segmenter (Unicode sentence boundaries, in Node and every browser),
 * mended where it cuts after a title or initial ("Mr. Smith", "J. R. R.
 * Tolkien"). Words are runs of letters and digits, kept whole across
 * apostrophes and hyphens ("don’t", "well-known"), as readability formulas count them.
 */

/** Abbreviations that end in a full stop but not a sentence (when followed by a name or more text). */
const ABBREVIATION = /(?:^|[\s(“"'‘])(?:Mr|Mrs|Ms|Mx|Dr|St|Jr|Sr|Prof|Capt|Col|Gen|Lt|Sgt|Cpl|Rev|Hon|Mt|Ft|Fig|Figs|vs|viz|cf|e\.g|i\.e|approx|Inc|Ltd|Co|[A-HJ-Z])\.["'”’)]*\s*$/;

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-.][\p{L}\p{N}\p{M}]+)*/gu;

function segmenter(language: string, granularity: 'sentence' | 'word'): Intl.Segmenter | null {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return null;
  try {
    return new Intl.Segmenter(language, { granularity });
  } catch {
    return new Intl.Segmenter('en', { granularity });
  }
}

/** The sentences of a text (each with at least one word). */
export function splitSentences(text: string, language = 'en'): string[] {
  const seg = segmenter(language, 'sentence');
  const sentences: string[] = [];
  // Paragraph by paragraph: a paragraph break always ends a sentence, and V8 copies
  // the whole input into every segment it returns, which a whole novel cannot afford.
  for (const paragraph of text.split(/\n[ \t]*\n/)) {
    const pieces = seg ? Array.from(seg.segment(paragraph), (s) => s.segment) : paragraph.split(/(?<=[.!?…]["'”’)\]]*)\s+/);
    let pending = '';
    for (const piece of pieces) {
      pending += piece;
      if (ABBREVIATION.test(pending)) continue;
      if (/[\p{L}\p{N}]/u.test(pending)) sentences.push(pending.trim());
      pending = '';
    }
    if (/[\p{L}\p{N}]/u.test(pending)) sentences.push(pending.trim());
  }
  return sentences;
}

/** The words of a text, for languages written with spaces. */
export function splitWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Words of any language (Chinese, Japanese and Thai are written without spaces), for counts only. */
export function countWordsAnyLanguage(text: string, language: string): number {
  const seg = segmenter(language, 'word');
  if (!seg) return splitWords(text).length;
  let n = 0;
  for (const paragraph of text.split(/\n[ \t]*\n/)) for (const s of seg.segment(paragraph)) if (s.isWordLike) n++;
  return n;
}
