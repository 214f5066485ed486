/**
 * Readability metrics (`@attune/adapt/readability`). A subpath of its own:
 * the syllable counter depends on CommonJS packages (`pluralize`,
 * `normalize-strings`) that a bundler handles but an unbundled browser
 * test server must pre-bundle.
 */
export { measureReadability, countSyllables, hasReadabilityMetric, RELIABLE_WORD_COUNT } from './measure-readability.js';
export type { Readability, ReadabilityReport, ReadabilityUnavailable, ReadabilityCounts, ReadabilityOptions } from './measure-readability.js';
export { readabilityOfPassage } from './passage-readability.js';
export type { PassageReadability } from './passage-readability.js';
export { plainText, textOfXhtml } from './plain-text.js';
export { splitSentences, splitWords } from './text-units.js';
