/** Small DOM steps shared by the transforms. */

export const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** An XHTML element in `doc` (section documents are XHTML: createElement would make the wrong namespace). */
export function element(doc: Document, name: string, attributes: Record<string, string> = {}): Element {
  const el = doc.createElementNS(XHTML_NS, name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
  return el;
}

/** Elements that hold text as paragraphs do: where inserted blocks go after. */
const FLOW_BLOCKS = new Set([
  'p', 'div', 'blockquote', 'pre', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'header',
  'footer', 'hgroup', 'address', 'hr', 'section', 'article', 'aside', 'nav', 'main', 'details',
]);

/** Elements that cannot take a block sibling of another kind (a list item, a cell): go up to their list or table. */
const INSIDE_STRUCTURE = new Set(['li', 'dt', 'dd', 'td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'caption', 'figcaption', 'summary', 'rt', 'rp', 'ruby']);

/**
 * The block after which something about `node` can be inserted: the
 * innermost paragraph, figure, list or table holding it that is not inside a
 * list item or table cell (a note after a list item would break the list).
 */
export function insertionBlock(node: Node, root: Element): Element | null {
  const ancestors: Element[] = [];
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el && el !== root; el = el.parentElement) ancestors.push(el);
  if (ancestors.length === 0) return null;
  let outermostStructure = -1;
  ancestors.forEach((el, i) => {
    if (INSIDE_STRUCTURE.has(el.localName)) outermostStructure = i;
  });
  for (let i = outermostStructure + 1; i < ancestors.length; i++) {
    if (FLOW_BLOCKS.has(ancestors[i]!.localName)) return ancestors[i]!;
  }
  // Text straight in the body: the body's child that holds it.
  return ancestors.at(-1)!;
}

/** Moves an element's children out in front of it and removes it; returns the parent. */
export function unwrap(el: Element): Node | null {
  const parent = el.parentNode;
  if (!parent) return null;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  el.remove();
  return parent;
}

/** A letters-digits-hyphens form of an entry id, for element ids. */
export function idFragment(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'entry';
}

/** An id not yet used in the document. */
export function uniqueId(doc: Document, base: string): string {
  let id = base;
  for (let n = 2; doc.getElementById(id); n++) id = `${base}-${n}`;
  return id;
}

function languageOf(el: Element | null): string {
  for (let node = el; node; node = node.parentElement) {
    const lang = node.getAttributeNS(XML_NS, 'lang') || node.getAttribute('lang');
    if (lang) return lang;
  }
  return '';
}

/** Marks inserted text with the pack's language when it differs from the book's around it. */
export function markLanguage(el: Element, language: string | undefined, context: Element | null): void {
  if (!language) return;
  const around = languageOf(context);
  if (around && around.split('-')[0]!.toLowerCase() === language.split('-')[0]!.toLowerCase()) return;
  el.setAttribute('lang', language);
  el.setAttributeNS(XML_NS, 'xml:lang', language);
}
