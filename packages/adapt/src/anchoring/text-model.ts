import { foldCode, isInvisibleCode, isSpaceCode } from './normalize-text.js';

/**
 * A section's text as anchoring sees it, with a way back to the DOM. Runs of
 * whitespace are one space, block boundaries count as a space (so
 * `<p>end.</p><p>Next` reads "end. Next" however the markup is laid out),
 * invisible characters are dropped and typographic variants folded (see
 * normalize-text). What Attune inserts (variants, notes, descriptions) is
 * not part of it, so anchors keep pointing at the book's own text after
 * adaptation, and applying twice anchors the same way as applying once.
 */

/** Elements that start a new line of text: their boundaries read as a space. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr',
  'ul', 'svg', 'math', 'img', 'figure',
]);

/** Elements whose text is never shown as text. */
const UNREAD_ELEMENTS = new Set(['head', 'script', 'style', 'template', 'noscript', 'title', 'desc', 'metadata', 'annotation', 'annotation-xml']);

/** Attributes that mark what Attune inserted: their content is not the book's text. */
export const INSERTED_ATTRIBUTES = ['data-attune-variant', 'data-attune-inserted'] as const;

/**
 * Which text a model reads. `book` (the default) is the book's own text,
 * which anchors point at: what Attune inserted is left out and text the book
 * hides is kept. `displayed` is the text the learner is shown, which search
 * looks through: inserted text (a simplified passage, a teacher's note) is
 * read and anything `hidden` (such as the original a variant replaces) is
 * left out.
 */
export type TextView = 'book' | 'displayed';

export interface TextModelOptions {
  view?: TextView;
}

export function isBlockElement(el: Element): boolean {
  return BLOCK_ELEMENTS.has(el.localName);
}

function isInserted(el: Element): boolean {
  return el.hasAttribute('data-attune-variant') || el.hasAttribute('data-attune-inserted');
}

/** A point in the DOM: a text node and an offset in its data. */
export interface TextPoint {
  node: Text;
  offset: number;
}

export class TextModel {
  /** The normalized text. */
  readonly text: string;
  readonly root: Element;
  readonly document: Document;
  private readonly nodes: Text[];
  /** For each character of `text`: index of its text node in `nodes`. */
  private readonly nodeOf: Uint32Array;
  /** For each character of `text`: its offset in that node's data. */
  private readonly offsetOf: Uint32Array;
  /** For each node: first and one-past-last character it produced (equal when it produced none). */
  private readonly nodeStart: Uint32Array;
  private readonly nodeEnd: Uint32Array;
  private readonly nodeIndex = new Map<Text, number>();

  private constructor(root: Element, text: string, nodes: Text[], nodeOf: Uint32Array, offsetOf: Uint32Array, nodeStart: Uint32Array, nodeEnd: Uint32Array) {
    this.root = root;
    this.document = root.ownerDocument;
    this.text = text;
    this.nodes = nodes;
    this.nodeOf = nodeOf;
    this.offsetOf = offsetOf;
    this.nodeStart = nodeStart;
    this.nodeEnd = nodeEnd;
    nodes.forEach((n, i) => this.nodeIndex.set(n, i));
  }

  /** Reads a document's body (or any element). */
  static of(target: Document | Element, options: TextModelOptions = {}): TextModel {
    const skip = options.view === 'displayed' ? (el: Element) => el.hasAttribute('hidden') : isInserted;
    const root = target.nodeType === 9 ? ((target as Document).body ?? (target as Document).documentElement) : (target as Element);
    // First the text nodes in reading order, each with whether a block boundary comes before it.
    const nodes: Text[] = [];
    const breakBefore: boolean[] = [];
    let capacity = 0;
    let pendingBreak = false;
    const walk = (el: Element) => {
      for (let child = el.firstChild; child; child = child.nextSibling) {
        const type = child.nodeType;
        if (type === 3 || type === 4) {
          nodes.push(child as Text);
          breakBefore.push(pendingBreak);
          pendingBreak = false;
          capacity += (child as Text).length + 1;
        } else if (type === 1) {
          const element = child as Element;
          if (UNREAD_ELEMENTS.has(element.localName) || skip(element)) continue;
          const block = BLOCK_ELEMENTS.has(element.localName);
          if (block) pendingBreak = true;
          walk(element);
          if (block) pendingBreak = true;
        }
      }
    };
    walk(root);

    // Then their characters, normalized, into typed arrays (a chapter is tens of thousands of characters).
    const codes = new Uint16Array(capacity);
    const nodeOf = new Uint32Array(capacity);
    const offsetOf = new Uint32Array(capacity);
    const nodeStart = new Uint32Array(nodes.length);
    const nodeEnd = new Uint32Array(nodes.length);
    let length = 0;
    let pendingSpace = false;
    for (let index = 0; index < nodes.length; index++) {
      if (breakBefore[index] && length > 0) pendingSpace = true;
      nodeStart[index] = length;
      const data = nodes[index]!.data;
      for (let i = 0; i < data.length; i++) {
        const c = data.charCodeAt(i);
        if (isInvisibleCode(c)) continue;
        if (isSpaceCode(c)) {
          if (length > 0) pendingSpace = true;
          continue;
        }
        if (pendingSpace) {
          // The space belongs to the character after it, so a range starting on it starts there.
          codes[length] = 0x20;
          nodeOf[length] = index;
          offsetOf[length] = i;
          length++;
          pendingSpace = false;
        }
        codes[length] = foldCode(c);
        nodeOf[length] = index;
        offsetOf[length] = i;
        length++;
      }
      nodeEnd[index] = length;
    }
    let text = '';
    for (let i = 0; i < length; i += 8192) text += String.fromCharCode(...codes.subarray(i, Math.min(length, i + 8192)));
    return new TextModel(root, text, nodes, nodeOf.subarray(0, length), offsetOf.subarray(0, length), nodeStart, nodeEnd);
  }

  /**
   * Characters `start`–`end` as the book writes them: spaces collapsed as in
   * `text` (so offsets agree), but quotes, dashes and ellipses not folded.
   * For showing text, such as a search result's excerpt.
   */
  originalText(start: number, end: number): string {
    const from = Math.max(0, start);
    const to = Math.min(end, this.text.length);
    let out = '';
    for (let at = from; at < to; at++) {
      // A collapsed space points at the character after it, so it is written as a space.
      out += this.text[at] === ' ' ? ' ' : this.nodes[this.nodeOf[at]!]!.data[this.offsetOf[at]!];
    }
    return out;
  }

  /** The DOM point where the character at `offset` starts. */
  pointAtStart(offset: number): TextPoint | null {
    let at = offset;
    // A range does not start on the space between two words.
    while (at < this.text.length && this.text[at] === ' ') at++;
    if (at >= this.text.length) return null;
    return { node: this.nodes[this.nodeOf[at]!]!, offset: this.offsetOf[at]! };
  }

  /** The DOM point just after the character before `offset`. */
  pointAtEnd(offset: number): TextPoint | null {
    let at = Math.min(offset, this.text.length);
    while (at > 0 && this.text[at - 1] === ' ') at--;
    if (at <= 0) return null;
    return { node: this.nodes[this.nodeOf[at - 1]!]!, offset: this.offsetOf[at - 1]! + 1 };
  }

  /** A DOM Range for characters `start`–`end` of the text; null when that is empty or out of bounds. */
  rangeOf(start: number, end: number): Range | null {
    if (start < 0 || end > this.text.length || end <= start) return null;
    const from = this.pointAtStart(start);
    const to = this.pointAtEnd(end);
    if (!from || !to) return null;
    const range = this.document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range.collapsed ? null : range;
  }

  /** The text offset of a DOM boundary point (as in a Range). `side` says which way to go when the point is between characters of no text. */
  offsetOfPoint(container: Node, offset: number, side: 'start' | 'end'): number {
    const index = container.nodeType === 3 || container.nodeType === 4 ? this.nodeIndex.get(container as Text) : undefined;
    if (index !== undefined) {
      const from = this.nodeStart[index]!;
      const to = this.nodeEnd[index]!;
      for (let at = from; at < to; at++) {
        if (this.offsetOf[at]! >= offset) {
          // A separating space before this character stays outside a range that starts here.
          return side === 'start' && this.text[at] === ' ' && this.offsetOf[at + 1] === this.offsetOf[at] ? at + 1 : at;
        }
      }
      return to;
    }
    // An element boundary (or a node outside the model): the nearest text after (start) or before (end) it.
    const probe = this.document.createRange();
    probe.setStart(container, offset);
    probe.collapse(true);
    let low = 0;
    let high = this.nodes.length;
    // First node whose start lies after the point.
    while (low < high) {
      const mid = (low + high) >> 1;
      if (probe.comparePoint(this.nodes[mid]!, 0) < 0) low = mid + 1;
      else high = mid;
    }
    if (side === 'start') {
      for (let i = low; i < this.nodes.length; i++) {
        if (this.nodeEnd[i]! > this.nodeStart[i]!) return this.text[this.nodeStart[i]!] === ' ' ? this.nodeStart[i]! + 1 : this.nodeStart[i]!;
      }
      return this.text.length;
    }
    for (let i = low - 1; i >= 0; i--) {
      if (this.nodeEnd[i]! > this.nodeStart[i]!) return this.nodeEnd[i]!;
    }
    return 0;
  }

  /** Text offsets of a Range. */
  offsetsOf(range: Range): { start: number; end: number } {
    const start = this.offsetOfPoint(range.startContainer, range.startOffset, 'start');
    const end = this.offsetOfPoint(range.endContainer, range.endOffset, 'end');
    return { start, end: Math.max(start, end) };
  }

  /** Text offsets covered by an element's content. */
  offsetsOfElement(el: Element): { start: number; end: number } {
    const range = this.document.createRange();
    range.selectNodeContents(el);
    return this.offsetsOf(range);
  }
}
