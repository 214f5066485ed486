/**
 * Anchoring: turning a Range into W3C Web Annotation selectors and back, in
 * a section or in a re-issued edition of it. Shared by variant packs,
 * highlights and notes.
 */
export { describeRange, describeElement, describeTarget } from './describe-range.js';
export type { DescribeOptions } from './describe-range.js';
export { anchor, resolveAnchor, anchorInModel } from './anchor.js';
export type { AnchorMethod, AnchorFailure, AnchorOptions, AnchorFound, AnchorMissing, AnchorOffsets, AnchorResult } from './anchor.js';
export { matchQuote } from './match-quote.js';
export type { Quote, QuoteMatch, QuoteMatchOptions } from './match-quote.js';
export { TextModel, isBlockElement } from './text-model.js';
export type { TextPoint, TextView, TextModelOptions } from './text-model.js';
export { normalizeForMatching } from './normalize-text.js';
export { cssSelectorOf } from './css-path.js';
export { isTextQuoteSelector, isTextPositionSelector, isCssSelector, sameSource, normalizeSource } from './selectors.js';
export type { Selector, TextQuoteSelector, TextPositionSelector, CssSelector, OtherSelector, SectionTarget } from './selectors.js';
