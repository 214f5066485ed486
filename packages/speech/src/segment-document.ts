import { collectText, runRange, type Atom, type CollectOptions, type TextRun } from './collect-text.js';
import type { PronunciationLexicon } from './pronunciation-lexicon.js';
import { splitSentences, splitWords } from './split-text.js';
import type { PronunciationSpan, SpeechProblem, SpeechScript, SpeechUnit, SpeechWord } from './speech-unit.js';

/** Turns a `<math>` element into words (the @attune/math package provides one). */
export type MathSpeech = (math: Element) => Promise<string>;

export interface SegmentOptions extends CollectOptions {
  /** PLS lexicons of the section; each applies to text in its own language. */
  lexicons?: readonly PronunciationLexicon[];
  /** Speech for `<math>`; without it, the element's `alttext` is read (never the raw MathML text). */
  mathSpeech?: MathSpeech;
}

/**
 * Splits a section document — or one element of it — into what read aloud
 * speaks: sentences with word ranges, image alt text and math as units of
 * their own, pronunciations attached. Needs a DOM; the ranges point into
 * the document given, so segment the document the learner sees (the
 * section iframe's) for highlighting to land there.
 */
export async function segmentDocument(root: Document | Element, options: SegmentOptions = {}): Promise<SpeechScript> {
  const problems: SpeechProblem[] = [];
  const units: SpeechUnit[] = [];
  const pending: Promise<void>[] = [];
  for (const item of collectText(root, options)) {
    if (item.type === 'run') units.push(...runUnits(item, options.lexicons ?? []));
    else {
      const unit = atomUnit(item);
      units.push(unit);
      if (item.type === 'math') pending.push(speakMath(item, unit, options.mathSpeech, problems));
    }
  }
  await Promise.all(pending);
  return { units: units.filter((u) => u.text), problems };
}

function atomUnit(atom: Atom): SpeechUnit {
  let range: Range | null = null;
  if (atom.type === 'math') {
    // Math is highlighted whole, as one unit.
    range = atom.element.ownerDocument.createRange();
    range.selectNode(atom.element);
  }
  return { kind: atom.type, text: atom.text, lang: atom.lang, range, anchor: atom.element, words: [], pronunciations: [] };
}

async function speakMath(atom: Atom, unit: SpeechUnit, mathSpeech: MathSpeech | undefined, problems: SpeechProblem[]): Promise<void> {
  const alttext = (atom.element.getAttribute('alttext') ?? atom.element.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim();
  if (mathSpeech) {
    try {
      const spoken = (await mathSpeech(atom.element)).replace(/\s+/g, ' ').trim();
      if (spoken) {
        unit.text = spoken;
        return;
      }
    } catch (error) {
      problems.push({
        code: 'math-speech-failed',
        message: `Speech for an equation could not be made (${String((error as Error)?.message ?? error)}); its alternative text is read instead.`,
        where: atom.element.id ? `#${atom.element.id}` : undefined,
      });
    }
  }
  unit.text = alttext;
  if (!alttext) {
    problems.push({
      code: 'math-speech-failed',
      message: 'An equation has no alternative text and no math speech was available, so it is skipped.',
      where: atom.element.id ? `#${atom.element.id}` : undefined,
    });
  }
}

/** The units of one run: its sentences, each with words and pronunciations. */
export function runUnits(run: TextRun, lexicons: readonly PronunciationLexicon[]): SpeechUnit[] {
  const applicable = lexicons.filter((l) => l.appliesTo(run.lang));
  const sentences = !run.heading ? splitSentences(run.text, run.lang) : /[\p{L}\p{N}]/u.test(run.text) ? [{ start: 0, end: run.text.length }] : [];
  return sentences.map(({ start, end }) => {
    const text = run.text.slice(start, end);
    const words: SpeechWord[] = splitWords(text, run.lang).map((w) => ({ start: w.start, end: w.end, range: runRange(run, start + w.start, start + w.end) }));
    const pronunciations: PronunciationSpan[] = [];
    for (const ph of run.phonemes) {
      const s = Math.max(ph.start, start) - start;
      const e = Math.min(ph.end, end) - start;
      if (e <= s) continue;
      const trimmed = trim(text, s, e);
      if (trimmed.end > trimmed.start) pronunciations.push({ ...trimmed, phoneme: ph.phoneme, alphabet: ph.alphabet, source: 'ssml' });
    }
    if (applicable.length) pronunciations.push(...lexiconSpans(text, words, applicable, pronunciations));
    pronunciations.sort((a, b) => a.start - b.start);
    return { kind: 'text', text, lang: run.lang, range: runRange(run, start, end), anchor: null, words, pronunciations } satisfies SpeechUnit;
  });
}

function trim(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * Lexicon entries for the words of a sentence, longest match first; words
 * under an `ssml:ph` keep that (the attribute wins over the lexicon).
 */
function lexiconSpans(text: string, words: readonly SpeechWord[], lexicons: readonly PronunciationLexicon[], ssml: readonly PronunciationSpan[]): PronunciationSpan[] {
  const spans: PronunciationSpan[] = [];
  const covered = (start: number, end: number) => ssml.some((p) => p.start < end && start < p.end);
  const maxWords = Math.max(...lexicons.map((l) => l.maxWords));
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (let n = Math.min(maxWords, words.length - i); n >= 1 && !matched; n--) {
      const start = words[i]!.start;
      const end = words[i + n - 1]!.end;
      if (covered(start, end)) continue;
      const phrase = text.slice(start, end);
      for (const lexicon of lexicons) {
        const found = lexicon.lookup(phrase);
        if (found) {
          spans.push({ start, end, ...found });
          matched = n;
          break;
        }
      }
    }
    i += matched || 1;
  }
  return spans;
}
