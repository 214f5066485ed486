import DOMPurify, { type Config } from 'dompurify';
import type { RichText } from '../pack/variant-pack.js';
import { isXhtml } from '../pack/variant-pack.js';

/**
 * Pack content is untrusted, like the book: a pack may come from anywhere.
 * Its XHTML goes through DOMPurify with an allowlist made for reading text
 * (no styles, forms, media, ids or data attributes; of URL schemes only
 * https:, mailto: and data: images). It is parsed leniently (as HTML), so a
 * teacher's stray `&nbsp;` or unclosed `<p>` does not lose the passage, and
 * then imported into the section's XHTML document.
 */

const XHTML_NS = 'http://www.w3.org/1999/xhtml';

const CONFIG: Config = {
  USE_PROFILES: { html: true, mathMl: true },
  FORBID_TAGS: [
    'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'label',
    'fieldset', 'legend', 'datalist', 'output', 'meter', 'progress', 'video', 'audio', 'source', 'track', 'picture',
    'dialog', 'details', 'summary', 'template', 'slot', 'iframe', 'object', 'embed', 'svg',
  ],
  FORBID_ATTR: ['style', 'id', 'name', 'tabindex', 'accesskey', 'autofocus', 'contenteditable', 'draggable', 'target', 'srcset', 'formaction'],
  ALLOW_DATA_ATTR: false,
  // DOMPurify checks every attribute value against this, so plain words ("en") and
  // relative references must pass; of schemes only https:, mailto: and data: images do.
  ALLOWED_URI_REGEXP: /^(?:(?:https|mailto):|data:image\/(?:png|gif|jpe?g|webp|avif)[;,]|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
};

/** Elements that make content a block (it cannot sit inside a paragraph). */
const BLOCK_CONTENT = new Set([
  'address', 'article', 'aside', 'blockquote', 'div', 'dl', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul',
]);

let purifier: ReturnType<typeof DOMPurify> | undefined;
const cache = new Map<string, DocumentFragment>();
const CACHE_SIZE = 500;

function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  if (typeof window === 'undefined') throw new Error('Pack content can only be sanitized where there is a DOM (a browser).');
  purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    // External links open outside the book; they never take the reader's place.
    if (node instanceof Element && node.localName === 'a' && /^https:/i.test(node.getAttribute('href') ?? '')) {
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return purifier;
}

function sanitizedFragment(xhtml: string): DocumentFragment {
  let fragment = cache.get(xhtml);
  if (!fragment) {
    fragment = getPurifier().sanitize(xhtml, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(xhtml, fragment);
  }
  return fragment;
}

/** Sanitized pack XHTML as a string (for an editor's preview). */
export function sanitizePackXhtml(xhtml: string): string {
  const holder = document.createElement('div');
  holder.append(sanitizedFragment(xhtml).cloneNode(true));
  return holder.innerHTML;
}

function hasBlocks(parent: ParentNode): boolean {
  for (const child of Array.from(parent.children)) if (BLOCK_CONTENT.has(child.localName)) return true;
  return false;
}

/** Lines of plain text, with `<br>` between them. */
function appendLines(doc: Document, parent: Node, text: string): void {
  text.split(/\r?\n/).forEach((line, i) => {
    if (i > 0) parent.appendChild(doc.createElementNS(XHTML_NS, 'br'));
    parent.appendChild(doc.createTextNode(line.replace(/\s+/g, ' ')));
  });
}

export interface ContentNodes {
  fragment: DocumentFragment;
  /** The content has block elements (paragraphs, lists), so it cannot go inside a paragraph. */
  blocks: boolean;
}

/**
 * Pack content as nodes of `doc`. Plain text becomes text (one paragraph) or
 * `<p>` elements (several, separated by blank lines; or always, with
 * `paragraphs`), copying `paragraphClass` so the book's own paragraph style applies.
 */
export function contentNodes(doc: Document, content: RichText, options: { paragraphs?: boolean; paragraphName?: string; paragraphClass?: string | null } = {}): ContentNodes {
  const fragment = doc.createDocumentFragment();
  if (isXhtml(content)) {
    const clean = doc.importNode(sanitizedFragment(content.xhtml), true);
    const blocks = hasBlocks(clean);
    if (!blocks && options.paragraphs) {
      const p = doc.createElementNS(XHTML_NS, options.paragraphName ?? 'p');
      if (options.paragraphClass) p.setAttribute('class', options.paragraphClass);
      p.append(clean);
      fragment.append(p);
      return { fragment, blocks: true };
    }
    fragment.append(clean);
    return { fragment, blocks };
  }
  const paragraphs = content.split(/\r?\n[ \t]*\r?\n/).map((p) => p.trim()).filter(Boolean);
  if (paragraphs.length <= 1 && !options.paragraphs) {
    appendLines(doc, fragment, paragraphs[0] ?? '');
    return { fragment, blocks: false };
  }
  for (const text of paragraphs) {
    const p = doc.createElementNS(XHTML_NS, options.paragraphName ?? 'p');
    if (options.paragraphClass) p.setAttribute('class', options.paragraphClass);
    appendLines(doc, p, text);
    fragment.append(p);
  }
  return { fragment, blocks: true };
}
