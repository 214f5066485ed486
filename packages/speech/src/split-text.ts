/**
 * Sentences and words of a string with Intl.Segmenter, per language. Pure
 * string work (no DOM), so it runs in Node too. Offsets are UTF-16 code
 * units, the same as DOM Range offsets and Web Speech's `charIndex`.
 */

export interface TextSpan {
  start: number;
  /** Exclusive. */
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string, granularity: 'sentence' | 'word'): Intl.Segmenter {
  const key = `${granularity}:${lang}`;
  let s = segmenters.get(key);
  if (!s) {
    try {
      s = new Intl.Segmenter(lang || undefined, { granularity });
    } catch {
      // A malformed xml:lang in a book must not stop reading.
      s = new Intl.Segmenter(undefined, { granularity });
    }
    segmenters.set(key, s);
  }
  return s;
}

const SPEAKABLE = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/**
 * English abbreviations after which ICU's sentence rules break although the
 * sentence goes on ("Mr. Smith", "John C. Calhoun"). Joining two sentences
 * costs a pause; splitting a name in two reads wrongly.
 */
const ENGLISH_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'st', 'mt', 'mts', 'jr', 'sr', 'prof', 'rev', 'hon', 'gen', 'col', 'capt', 'lt', 'sgt',
  'gov', 'sen', 'rep', 'vs', 'cf', 'e.g', 'i.e', 'fig', 'figs', 'no', 'nos', 'vol', 'vols', 'p', 'pp', 'ch', 'approx', 'ca',
]);

function endsWithAbbreviation(text: string): boolean {
  const match = /(?:^|[\s(“"‘'])((?:[A-Za-z]+\.)*[A-Za-z]+)\.$/.exec(text);
  if (!match) return false;
  const token = match[1]!;
  // Initials: "M.R. Hall", or "John C. Calhoun" after a name — but not
  // "38° W. It is bounded", where a compass point ends the sentence.
  if (/^(?:[A-Z]\.)+[A-Z]$/.test(token)) return true;
  if (/^[A-Z]$/.test(token)) return /(?:^|\s)[A-Z][a-z]+\s+[A-Z]\.$/.test(text);
  return ENGLISH_ABBREVIATIONS.has(token.toLowerCase());
}

function trimSpan(text: string, start: number, end: number): TextSpan {
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * Sentences of `text` in `lang`, trimmed, without the ones that have nothing
 * to say (a row of asterisks, a lone dash).
 */
export function splitSentences(text: string, lang: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const english = /^en\b/i.test(lang);
  for (const { index, segment } of segmenter(lang, 'sentence').segment(text)) {
    const span = trimSpan(text, index, index + segment.length);
    if (span.end === span.start) continue;
    const last = spans[spans.length - 1];
    if (english && last && endsWithAbbreviation(text.slice(last.start, last.end))) {
      last.end = span.end;
      continue;
    }
    spans.push(span);
  }
  return spans.filter((s) => SPEAKABLE.test(text.slice(s.start, s.end)));
}

/** Word-like segments of `text` (letters, numbers, ideographs; not spaces or punctuation). */
export function splitWords(text: string, lang: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const { index, segment, isWordLike } of segmenter(lang, 'word').segment(text)) {
    if (isWordLike || (isWordLike === undefined && SPEAKABLE.test(segment))) spans.push({ start: index, end: index + segment.length });
  }
  return spans;
}

/**
 * Cuts a long text into pieces of at most `max` characters at clause
 * punctuation or, failing that, at a space; for speech engines that stop
 * after a while in one utterance.
 */
export function splitLongText(text: string, max: number): TextSpan[] {
  const pieces: TextSpan[] = [];
  let start = 0;
  while (text.length - start > max) {
    const window = text.slice(start, start + max);
    let cut = -1;
    const clause = /[,;:—–)\]]\s/g;
    for (let m = clause.exec(window); m; m = clause.exec(window)) if (m.index > max / 3) cut = m.index + 1;
    if (cut < 0) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = max;
    pieces.push(trimSpan(text, start, start + cut));
    start += cut;
  }
  pieces.push(trimSpan(text, start, text.length));
  return pieces.filter((p) => p.end > p.start);
}
