import { flesch } from 'flesch';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { countWordsAnyLanguage, splitSentences, splitWords } from './text-units.js';

/**
 * Readability of a passage: Flesch–Kincaid grade and Flesch reading ease
 * (the formulas from wooorm's `flesch-kincaid` and `flesch`; syllables from
 * `syllable`), with the counts behind them so a teacher can see why a
 * variant scores as it does. English only: the formulas and the syllable
 * counter are calibrated for English, and another language gets a clear
 * "no metric" answer instead of a wrong number.
 */

export interface ReadabilityCounts {
  words: number;
  sentences: number;
  syllables: number;
  /** Letters (and digits) in words. */
  letters: number;
  /** Words of three syllables or more (what Gunning Fog and SMOG call complex). */
  polysyllabicWords: number;
  /** Words of seven letters or more (what LIX calls long). */
  longWords: number;
  /** Words per sentence. */
  averageSentenceLength: number;
  averageSyllablesPerWord: number;
}

export interface ReadabilityReport extends ReadabilityCounts {
  supported: true;
  language: string;
  /** Flesch–Kincaid grade level: 0.39 W/S + 11.8 Y/W − 15.59 (US school grade; may be below 0 or above 12). */
  fleschKincaidGrade: number;
  /** Flesch reading ease: 206.835 − 1.015 W/S − 84.6 Y/W (0–100 for most prose, higher is easier). */
  fleschReadingEase: number;
  /** False for passages under 100 words, for which the formulas are not calibrated. */
  reliable: boolean;
  /** Why a figure should be read with care, when it should. */
  note?: string;
}

export interface ReadabilityUnavailable {
  supported: false;
  language: string;
  code: 'unsupported-language' | 'no-text';
  /** A sentence a teacher understands. */
  message: string;
  words: number;
  sentences: number;
}

export type Readability = ReadabilityReport | ReadabilityUnavailable;

export interface ReadabilityOptions {
  /** BCP 47 language of the text; default `en`. */
  language?: string;
}

/** Fewer words than this and the formulas say little. */
export const RELIABLE_WORD_COUNT = 100;

const syllableCache = new Map<string, number>();

/** Syllables of one English word (at least 1: a number or symbol is still read as something). */
export function countSyllables(word: string): number {
  const key = word.toLowerCase();
  let n = syllableCache.get(key);
  if (n === undefined) {
    n = Math.max(1, syllable(key));
    if (syllableCache.size > 50_000) syllableCache.clear();
    syllableCache.set(key, n);
  }
  return n;
}

function round(value: number, places: number): number {
  const f = 10 ** places;
  return Math.round(value * f) / f;
}

function languageName(language: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}

/** True for languages the metrics are made for (English). */
export function hasReadabilityMetric(language: string): boolean {
  return /^en(?:-|$)/i.test(language.trim());
}

/** Counts and Flesch figures for a text (plain text: see `plainText` for pack content). */
export function measureReadability(text: string, options: ReadabilityOptions = {}): Readability {
  const language = (options.language ?? 'en').trim() || 'en';
  const sentences = splitSentences(text, language);
  if (!hasReadabilityMetric(language)) {
    return {
      supported: false,
      language,
      code: 'unsupported-language',
      message: `There is no readability metric for ${languageName(language)} (${language}) yet: the Flesch formulas and the syllable counts are made for English.`,
      words: countWordsAnyLanguage(text, language),
      sentences: sentences.length,
    };
  }
  const words = splitWords(text);
  if (words.length === 0) {
    return { supported: false, language, code: 'no-text', message: 'There is no text to measure.', words: 0, sentences: 0 };
  }
  let syllables = 0;
  let letters = 0;
  let polysyllabicWords = 0;
  let longWords = 0;
  for (const word of words) {
    const n = countSyllables(word);
    syllables += n;
    if (n >= 3) polysyllabicWords++;
    const length = word.replace(/[^\p{L}\p{N}]/gu, '').length;
    letters += length;
    if (length >= 7) longWords++;
  }
  const counts = { sentence: Math.max(1, sentences.length), word: words.length, syllable: syllables };
  const reliable = words.length >= RELIABLE_WORD_COUNT;
  const report: ReadabilityReport = {
    supported: true,
    language,
    words: words.length,
    sentences: counts.sentence,
    syllables,
    letters,
    polysyllabicWords,
    longWords,
    averageSentenceLength: round(words.length / counts.sentence, 2),
    averageSyllablesPerWord: round(syllables / words.length, 2),
    fleschKincaidGrade: round(fleschKincaid(counts), 1),
    fleschReadingEase: round(flesch(counts), 1),
    reliable,
  };
  if (!reliable) report.note = `Readability formulas are calibrated on passages of ${RELIABLE_WORD_COUNT} words or more; this one has ${words.length}.`;
  return report;
}
