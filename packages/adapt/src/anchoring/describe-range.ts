import { cssSelectorOf } from './css-path.js';
import type { CssSelector, SectionTarget, Selector, TextPositionSelector, TextQuoteSelector } from './selectors.js';
import { TextModel } from './text-model.js';

export interface DescribeOptions {
  /** Characters of context kept before and after the quote (default 32). */
  contextLength?: number;
  /** A text model of the range's document, when the caller has one (saves reading the section again). */
  model?: TextModel;
}

/** The smallest element that contains the whole range. */
function containingElement(range: Range): Element {
  const node = range.commonAncestorContainer;
  return node.nodeType === 1 ? (node as Element) : node.parentElement ?? node.ownerDocument!.documentElement;
}

/**
 * Selectors for a Range in a section: a TextQuoteSelector (the text, with
 * `contextLength` characters either side), a TextPositionSelector and a
 * CssSelector of the smallest element that holds it. `anchor()` turns them
 * back into a Range, in this section or in a re-issued one.
 */
export function describeRange(range: Range, options: DescribeOptions = {}): Selector[] {
  const doc = range.startContainer.ownerDocument ?? (range.startContainer as Document);
  const model = options.model ?? TextModel.of(doc);
  const context = options.contextLength ?? 32;
  const { start, end } = model.offsetsOf(range);
  const css: CssSelector = { type: 'CssSelector', value: cssSelectorOf(containingElement(range)) };
  if (end <= start) return [css];
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: model.text.slice(start, end),
    prefix: model.text.slice(Math.max(0, start - context), start),
    suffix: model.text.slice(end, end + context),
  };
  const position: TextPositionSelector = { type: 'TextPositionSelector', start, end };
  return [quote, position, css];
}

/**
 * Selectors for an element that has no text of its own, such as an image:
 * its structural CSS selector and, for an image with alt text, a second
 * CSS selector by that alt text (which survives a change of structure).
 */
export function describeElement(el: Element): Selector[] {
  const selectors: Selector[] = [{ type: 'CssSelector', value: cssSelectorOf(el) }];
  const alt = el.getAttribute('alt');
  if (alt && alt.length <= 300 && !/["\\\n]/.test(alt)) {
    const value = `${el.localName}[alt="${alt}"]`;
    try {
      if (el.ownerDocument.querySelectorAll(value).length === 1) selectors.push({ type: 'CssSelector', value });
    } catch {
      // An alt text that cannot be written as CSS simply gives no second selector.
    }
  }
  return selectors;
}

/** A complete target for a pack entry, highlight or note: the section's href and the range's selectors. */
export function describeTarget(range: Range, source: string, options: DescribeOptions = {}): SectionTarget {
  return { source, selector: describeRange(range, options) };
}
