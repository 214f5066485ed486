import type { SpokenWord } from './espeak-runtime.js';

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Words eSpeak says without a word event of their own, between two that
 * have one. eSpeak joins an unstressed word to its neighbour ("on the
 * bank" gives events for "on" and "bank" only), so "the" would never be
 * highlighted. Each whitespace-separated token with a letter or digit that
 * lies wholly between `before` and `after` gets a word at its first letter,
 * timed in proportion to its place in the characters between the two.
 */
export function skippedWords(text: string, before: SpokenWord, after: SpokenWord): SpokenWord[] {
  let from = before.charIndex + before.length;
  // The rest of `before`'s own token (eSpeak's length may stop short of it: "and—left").
  while (from < text.length && !/\s/u.test(text[from]!)) from++;
  if (after.charIndex <= from || after.time <= before.time) return [];
  const span = after.charIndex - before.charIndex;
  const words: SpokenWord[] = [];
  for (const token of text.slice(from, after.charIndex).matchAll(/\S+/gu)) {
    const letter = token[0].search(WORD_CHARACTER);
    if (letter < 0) continue;
    const charIndex = from + token.index! + letter;
    const share = (charIndex - before.charIndex) / span;
    words.push({ charIndex, length: token[0].length - letter, time: Math.round(before.time + share * (after.time - before.time)), estimated: true });
  }
  return words;
}
