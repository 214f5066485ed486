import { ANNOTATION_NAMES, TOKEN_NAMES } from './enriched-tree.js';
import type { MathExplorer, MathFocus } from './math-explorer.js';

/**
 * The token elements (`mi`, `mn`, `mo`, `mtext`, `ms`) of a `<math>`
 * element in document order, leaving out `<annotation>`s — the elements a
 * focus's `leaves` count.
 */
export function mathTokens(math: Element): Element[] {
  const tokens: Element[] = [];
  const visit = (element: Element): void => {
    if (ANNOTATION_NAMES.has(element.localName)) return;
    if (TOKEN_NAMES.has(element.localName)) {
      tokens.push(element);
      return;
    }
    for (const child of Array.from(element.children)) visit(child);
  };
  visit(math);
  return tokens;
}

/**
 * A DOM range over the part of `math` (the explored `<math>` element, in
 * the document the learner sees) that `focus` covers, from its first token
 * to its last — for a highlight (CSS Custom Highlight API or an outline
 * from `range.getClientRects()`). The whole element when the focus has no
 * tokens or the element's tokens do not match what was explored.
 */
export function focusRange(math: Element, explorer: MathExplorer, focus: MathFocus = explorer.current()): Range {
  const range = math.ownerDocument.createRange();
  const tokens = mathTokens(math);
  const first = tokens[focus.leaves[0] ?? -1];
  const last = tokens[focus.leaves.at(-1) ?? -1];
  if (tokens.length !== explorer.tokenCount || !first || !last || focus.path.length === 0) {
    range.selectNode(math);
    return range;
  }
  range.setStartBefore(first);
  range.setEndAfter(last);
  return range;
}
