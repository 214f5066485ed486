import { queryCss } from './css-path.js';
import { matchQuote } from './match-quote.js';
import { normalizeForMatching } from './normalize-text.js';
import {
  isCssSelector,
  isTextPositionSelector,
  isTextQuoteSelector,
  type OtherSelector,
  type Selector,
  type TextQuoteSelector,
} from './selectors.js';
import { TextModel } from './text-model.js';

/** How an anchor was found, most trustworthy first. */
export type AnchorMethod = 'quote' | 'fuzzy-quote' | 'css' | 'position';

/** Why selectors found nothing. */
export type AnchorFailure =
  | 'no-selector'
  | 'quote-not-found'
  | 'css-not-found'
  | 'invalid-css-selector'
  | 'position-out-of-range';

export interface AnchorOptions {
  /** Edits allowed in an approximate match, as a share of the quote's length (default 0.2). */
  maxErrorRatio?: number;
}

export interface AnchorFound {
  ok: true;
  /** Text offsets in the section's text model. */
  start: number;
  end: number;
  method: AnchorMethod;
  /** Edits between the stored quote and the text found (0 when exact or when no quote was stored). */
  errors: number;
  /** 0–1, how well everything agreed (1 for an exact, unique quote with its context). */
  score: number;
  /** The quote occurs more than once and context did not decide; the first place was taken. */
  ambiguous: boolean;
  /** The element a CSS selector named, when one did. */
  element?: Element;
}

export interface AnchorMissing {
  ok: false;
  reason: AnchorFailure;
  /** A sentence a teacher understands. */
  message: string;
}

export type AnchorOffsets = AnchorFound | AnchorMissing;

export type AnchorResult = (AnchorFound & { range: Range }) | AnchorMissing;

function preview(text: string): string {
  const t = normalizeForMatching(text);
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}

function toList(selectors: Selector | OtherSelector | readonly (Selector | OtherSelector)[]): readonly (Selector | OtherSelector)[] {
  return Array.isArray(selectors) ? selectors : [selectors as Selector];
}

/**
 * Anchors selectors in a text model, as offsets. This is the core of
 * `resolveAnchor`, for callers that anchor many things in one section and
 * build its text model once.
 *
 * Order: a TextQuoteSelector (exactly, else approximately, preferring the
 * place inside a CSS-selected element and near a TextPositionSelector); when
 * the quote is not found, a CSS selector whose element still has similar
 * text; with no quote, a CSS selector, then a position.
 */
export function anchorInModel(
  model: TextModel,
  selectors: Selector | OtherSelector | readonly (Selector | OtherSelector)[],
  options: AnchorOptions = {},
): AnchorOffsets {
  const list = toList(selectors);
  let quote: TextQuoteSelector | undefined = list.find(isTextQuoteSelector);
  const position = list.find(isTextPositionSelector);
  let element: Element | undefined;
  let invalidCss: string | undefined;
  let missingCss: string | undefined;
  for (const css of list.filter(isCssSelector)) {
    const found = queryCss(model.document, css.value);
    if ('invalid' in found) {
      invalidCss ??= css.value;
      continue;
    }
    if (!found.element || !model.root.contains(found.element)) {
      missingCss ??= css.value;
      continue;
    }
    element = found.element;
    if (!quote && css.refinedBy && isTextQuoteSelector(css.refinedBy)) quote = css.refinedBy;
    break;
  }
  const within = element ? model.offsetsOfElement(element) : undefined;

  if (quote && normalizeForMatching(quote.exact)) {
    const match = matchQuote(model.text, quote, { hint: position?.start, within, maxErrorRatio: options.maxErrorRatio });
    if (match) {
      return {
        ok: true,
        start: match.start,
        end: match.end,
        method: match.errors === 0 ? 'quote' : 'fuzzy-quote',
        errors: match.errors,
        score: match.score,
        ambiguous: match.ambiguous,
        ...(element ? { element } : {}),
      };
    }
    // The CSS fallback: the element is still there, and its text is still recognisably the passage.
    if (element && within && within.end > within.start) {
      const region = model.text.slice(within.start, within.end);
      const loose = matchQuote(region, { exact: quote.exact }, { maxErrorRatio: 0.5 });
      if (loose) {
        return { ok: true, start: within.start + loose.start, end: within.start + loose.end, method: 'css', errors: loose.errors, score: loose.score / 2, ambiguous: false, element };
      }
    }
    return {
      ok: false,
      reason: 'quote-not-found',
      message: `The text “${preview(quote.exact)}” is not in this section, not even with small changes${element ? ', and the element the CSS selector names now holds different text' : ''}.`,
    };
  }

  if (element) {
    const span = within!;
    return { ok: true, start: span.start, end: span.end, method: 'css', errors: 0, score: 1, ambiguous: false, element };
  }
  if (position) {
    if (position.start >= 0 && position.end > position.start && position.end <= model.text.length) {
      return { ok: true, start: position.start, end: position.end, method: 'position', errors: 0, score: 0.5, ambiguous: false };
    }
    return { ok: false, reason: 'position-out-of-range', message: `The text position ${position.start}–${position.end} is outside this section, which has ${model.text.length} characters of text.` };
  }
  if (invalidCss) return { ok: false, reason: 'invalid-css-selector', message: `“${invalidCss}” is not a valid CSS selector.` };
  if (missingCss) return { ok: false, reason: 'css-not-found', message: `Nothing in this section matches the CSS selector “${missingCss}”.` };
  return { ok: false, reason: 'no-selector', message: 'The entry has no selector Attune can use (a TextQuoteSelector, CssSelector or TextPositionSelector).' };
}

function modelOf(target: Document | TextModel): TextModel {
  return target instanceof TextModel ? target : TextModel.of(target);
}

/**
 * Finds what selectors point at in a section document (or its text model)
 * and says how, or why not. The Range covers the book's text; for a CSS
 * selector of an element without text (an image) it selects the element.
 */
export function resolveAnchor(
  target: Document | TextModel,
  selectors: Selector | OtherSelector | readonly (Selector | OtherSelector)[],
  options: AnchorOptions = {},
): AnchorResult {
  const model = modelOf(target);
  const found = anchorInModel(model, selectors, options);
  if (!found.ok) return found;
  let range = found.end > found.start ? model.rangeOf(found.start, found.end) : null;
  if (!range && found.element) {
    range = model.document.createRange();
    range.selectNode(found.element);
  }
  if (!range) return { ok: false, reason: 'quote-not-found', message: 'The selectors point at a place with no text.' };
  return { ...found, range };
}

/** The Range selectors point at in a section, or null (use `resolveAnchor` to learn why). */
export function anchor(
  target: Document | TextModel,
  selectors: Selector | OtherSelector | readonly (Selector | OtherSelector)[],
  options: AnchorOptions = {},
): Range | null {
  const result = resolveAnchor(target, selectors, options);
  return result.ok ? result.range : null;
}
