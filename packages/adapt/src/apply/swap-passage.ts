import type { TextModel } from '../anchoring/text-model.js';
import type { SimplifiedEntry, Variant } from '../pack/variant-pack.js';
import { element, markLanguage } from './xhtml-elements.js';
import { MARK } from './markers.js';
import { contentNodes, type ContentNodes } from './sanitize-content.js';

/**
 * Swaps a passage for a simplified variant, keeping the book's text in the
 * page (hidden) so "show original" can swap back without reloading:
 *
 *     <div data-attune-passage="p1" data-attune-view="variant" data-attune-level="3-5">
 *       <div data-attune-variant="">…simplified…</div>
 *       <div data-attune-original="p1" hidden="">…the book's paragraphs…</div>
 *     </div>
 *
 * Whole paragraphs are swapped as blocks (`div`); part of a paragraph as
 * inline content (`span`). Nothing of the book is changed except where its
 * nodes sit (and text split where a passage starts or ends inside it), and
 * `removeAdaptations` puts them back.
 */

/** Elements that hold running text as one unit (a passage inside one of them is "inline"). */
const TEXT_BLOCKS = new Set([
  'p', 'div', 'li', 'dd', 'dt', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'figcaption', 'td', 'th',
  'caption', 'section', 'article', 'aside', 'header', 'footer', 'figure', 'address', 'summary', 'nav', 'main', 'body',
]);

/** Blocks whose name and class a plain-text variant copies, so it looks like the book's text. */
const COPIED_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);

export interface SwappedPassage {
  element: Element;
  mode: 'block' | 'inline';
}

function textBlockOf(node: Node, root: Element): Element {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (el === root || TEXT_BLOCKS.has(el.localName)) return el;
  }
  return root;
}

/** The child of `ancestor` that holds `node` (or `node` itself). */
function childHolding(ancestor: Node, node: Node): Node {
  let n = node;
  while (n.parentNode && n.parentNode !== ancestor) n = n.parentNode;
  return n;
}

/** Moves range boundaries out of inline elements they sit at the edge of, so fewer elements are cut. */
function widen(range: Range, block: Element): void {
  for (;;) {
    const c = range.startContainer;
    if (c === block) break;
    const atEdge = c.nodeType === 3 ? range.startOffset === 0 : range.startOffset === 0 && c.nodeType === 1;
    if (!atEdge || !c.parentNode) break;
    range.setStartBefore(c);
  }
  for (;;) {
    const c = range.endContainer;
    if (c === block) break;
    const length = c.nodeType === 3 ? (c as Text).length : c.childNodes.length;
    if (range.endOffset !== length || !c.parentNode) break;
    range.setEndAfter(c);
  }
}

/** Splits text nodes at the range's boundaries so it holds whole nodes. */
function splitBoundaries(range: Range): void {
  const start = range.startContainer;
  if (start.nodeType === 3) {
    const text = start as Text;
    if (range.startOffset === 0) range.setStartBefore(text);
    else if (range.startOffset >= text.length) range.setStartAfter(text);
    else range.setStartBefore(text.splitText(range.startOffset));
  }
  const end = range.endContainer;
  if (end.nodeType === 3) {
    const text = end as Text;
    if (range.endOffset >= text.length) range.setEndAfter(text);
    else if (range.endOffset === 0) range.setEndBefore(text);
    else {
      text.splitText(range.endOffset);
      range.setEndAfter(text);
    }
  }
}

/** The largest nodes wholly inside the range, as runs of consecutive siblings, in document order. */
function containedRuns(range: Range): Node[][] {
  const runs: Node[][] = [];
  const visit = (parent: Node) => {
    let run: Node[] = [];
    let index = 0;
    for (let child = parent.firstChild; child; child = child.nextSibling, index++) {
      if (range.isPointInRange(parent, index) && range.isPointInRange(parent, index + 1)) {
        run.push(child);
        continue;
      }
      if (run.length) runs.push(run);
      run = [];
      if (child.hasChildNodes() && range.intersectsNode(child)) visit(child);
    }
    if (run.length) runs.push(run);
  };
  visit(range.commonAncestorContainer);
  return runs;
}

function siblingsBetween(first: Node, last: Node): Node[] {
  const nodes: Node[] = [];
  for (let n: Node | null = first; n; n = n.nextSibling) {
    nodes.push(n);
    if (n === last) break;
  }
  return nodes;
}

export interface SwapOptions {
  language?: string;
}

/** What swapping a passage will do, worked out on the untouched section. */
export interface PassagePlan {
  entry: SimplifiedEntry;
  variant: Variant;
  /** The text it replaces, as section text offsets: whole blocks for a block swap. */
  extent: { start: number; end: number };
  content: ContentNodes;
  /** Whole blocks (and the whitespace between them) to swap, or null for an inline swap. */
  blocks: Node[] | null;
  /** The passage as a live Range (it follows the DOM as earlier passages are swapped). */
  range: Range;
  block: Element;
}

/**
 * Plans the swap of characters `start`–`end` of the section's text. Plans are
 * made for every passage before any is swapped, so one text model serves all.
 */
export function planPassage(model: TextModel, start: number, end: number, entry: SimplifiedEntry, variant: Variant): PassagePlan | { failure: string } {
  const doc = model.document;
  const root = model.root;
  const range = model.rangeOf(start, end);
  if (!range) return { failure: 'The passage has no text to replace.' };
  const startBlock = textBlockOf(range.startContainer, root);
  const endBlock = textBlockOf(range.endContainer, root);
  const content = contentNodes(doc, variant.content);
  let blocks: Node[] | null = null;
  if (startBlock !== endBlock) {
    const outer = startBlock.contains(endBlock) ? startBlock : endBlock.contains(startBlock) ? endBlock : null;
    if (outer && outer !== root) blocks = [outer];
    else {
      const common = outer ?? range.commonAncestorContainer;
      blocks = siblingsBetween(childHolding(common, range.startContainer), childHolding(common, range.endContainer));
    }
  } else if (startBlock !== root) {
    const span = model.offsetsOfElement(startBlock);
    if ((start <= span.start && end >= span.end) || content.blocks) blocks = [startBlock];
  }
  let extent = { start, end };
  if (blocks) {
    const covered = doc.createRange();
    covered.setStartBefore(blocks[0]!);
    covered.setEndAfter(blocks.at(-1)!);
    extent = model.offsetsOf(covered);
  }
  return { entry, variant, extent, content, blocks, range, block: startBlock };
}

/** Swaps a planned passage for its variant. Returns the passage element, or a sentence saying why it could not. */
export function swapPassage(plan: PassagePlan, options: SwapOptions = {}): SwappedPassage | { failure: string } {
  const { entry, variant, blocks, range } = plan;
  const doc = range.startContainer.ownerDocument!;
  const passage = (name: string) =>
    element(doc, name, { [MARK.passage]: entry.id, [MARK.view]: 'variant', [MARK.level]: variant.level });

  if (blocks) {
    const first = blocks[0]!;
    if (!first.parentNode) return { failure: 'The passage’s paragraphs are no longer in the section.' };
    const single = blocks.length === 1 && first.nodeType === 1 ? (first as Element) : null;
    const copy = single && COPIED_BLOCKS.has(single.localName) ? single : null;
    const content = plan.content.blocks
      ? plan.content
      : contentNodes(doc, variant.content, { paragraphs: true, paragraphName: copy?.localName ?? 'p', paragraphClass: copy?.getAttribute('class') ?? null });
    const wrapper = passage('div');
    const shown = element(doc, 'div', { [MARK.variant]: '' });
    shown.append(content.fragment);
    const original = element(doc, 'div', { [MARK.original]: entry.id, hidden: '' });
    first.parentNode.insertBefore(wrapper, first);
    original.append(...blocks);
    wrapper.append(shown, original);
    // Teachers' notes between the paragraphs go after the passage, so they show with either text.
    const notes = [...original.children].filter((c) => c.hasAttribute(MARK.note));
    wrapper.after(...notes);
    markLanguage(shown, options.language, wrapper.parentElement);
    return { element: wrapper, mode: 'block' };
  }

  widen(range, plan.block);
  splitBoundaries(range);
  const runs = containedRuns(range);
  if (runs.length === 0) return { failure: 'The passage could not be separated from the text around it.' };
  const wrapper = passage('span');
  const shown = element(doc, 'span', { [MARK.variant]: '' });
  shown.append(plan.content.fragment);
  const [firstRun, ...otherRuns] = runs;
  firstRun![0]!.parentNode!.insertBefore(wrapper, firstRun![0]!);
  const original = element(doc, 'span', { [MARK.original]: entry.id, hidden: '' });
  original.append(...firstRun!);
  wrapper.append(shown, original);
  // A passage that starts or ends inside an inline element (an <em>) leaves pieces elsewhere; each is hidden with the same id.
  for (const run of otherRuns) {
    const piece = element(doc, 'span', { [MARK.original]: entry.id, hidden: '' });
    run[0]!.parentNode!.insertBefore(piece, run[0]!);
    piece.append(...run);
  }
  markLanguage(shown, options.language, wrapper.parentElement);
  return { element: wrapper, mode: 'inline' };
}
