import { isTextQuoteSelector, isCssSelector } from '../anchoring/selectors.js';
import type { SimplifiedEntry } from '../pack/variant-pack.js';
import { measureReadability, type Readability, type ReadabilityOptions } from './measure-readability.js';
import { plainText } from './plain-text.js';

export interface PassageReadability {
  /** The book's text of the passage (from its TextQuoteSelector), or null when the entry stores no quote. */
  original: Readability | null;
  variants: { level: string; readability: Readability }[];
}

/** Readability of a simplified passage's original text and of each variant, for the teacher's editor. */
export function readabilityOfPassage(entry: SimplifiedEntry, options: ReadabilityOptions = {}): PassageReadability {
  const quote = entry.target.selector.find(isTextQuoteSelector) ?? entry.target.selector.filter(isCssSelector).find((c) => c.refinedBy)?.refinedBy;
  return {
    original: quote ? measureReadability(quote.exact, options) : null,
    variants: entry.variants.map((v) => ({ level: v.level, readability: measureReadability(plainText(v.content), options) })),
  };
}
