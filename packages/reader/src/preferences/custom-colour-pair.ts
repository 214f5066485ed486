import { checkTextColors, readableAlternative } from '@attune/profile';

/**
 * The learner's own text and background colours are judged as a pair, before
 * anything is stored: a pair below 4.5:1 (WCAG 1.4.3) is refused and a 7:1
 * pair close to it is offered instead.
 */

export interface ColourPair {
  foreground: string;
  background: string;
}

/** A refused pair, its contrast, and the readable pair offered in its place. */
export interface ColourRefusal extends ColourPair {
  ratio: number;
  suggestion: ColourPair & { ratio: number };
}

/**
 * `undefined` when the pair is readable, otherwise the refusal. With
 * `foregroundLocked` (the teacher set the text colour), the offer keeps the
 * text colour and changes the background.
 */
export function reviewColourPair(pair: ColourPair, foregroundLocked: boolean): ColourRefusal | undefined {
  const check = checkTextColors(pair.foreground, pair.background);
  if (check.ok) return undefined;
  let suggestion = check.suggestion;
  if (foregroundLocked && suggestion.foreground !== pair.foreground) {
    // readableAlternative moves its first colour; swapped, that is the background.
    const alternative = readableAlternative(pair.background, pair.foreground);
    suggestion = { foreground: alternative.background, background: alternative.foreground, ratio: alternative.ratio };
  }
  return { ...pair, ratio: check.ratio, suggestion };
}
