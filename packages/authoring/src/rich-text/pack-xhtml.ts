import { sanitizePackXhtml, isXhtml, type RichText } from '@attune/adapt';

/**
 * What the rich-text editor writes into a pack: XHTML made of the few
 * elements its toolbar offers (paragraphs, lists, emphasis, strong, images
 * with alt, line breaks, and https/mailto links that came in with pasted
 * text). Everything goes through @attune/adapt's pack sanitizer first
 * (DOMPurify: no scripts, handlers, styles or unsafe URLs), then is narrowed
 * to that vocabulary and serialized as well-formed XHTML.
 */

const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** Elements kept as they are. `b`/`i` become `strong`/`em`. */
const KEPT = new Set(['p', 'ul', 'ol', 'li', 'em', 'strong', 'br', 'img', 'a']);
const RENAMED: Record<string, string> = { b: 'strong', i: 'em' };
/** Elements that become paragraphs (unless they hold blocks, then they are unwrapped). */
const TO_PARAGRAPH = new Set(['div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section', 'article', 'aside', 'header', 'footer', 'figure', 'figcaption', 'address', 'dd', 'dt', 'td', 'th', 'caption']);
const BLOCKS = new Set(['p', 'ul', 'ol', 'li', ...TO_PARAGRAPH, 'table', 'tbody', 'thead', 'tfoot', 'tr', 'dl', 'hr']);
const ATTRIBUTES: Record<string, string[]> = { img: ['src', 'alt'], a: ['href', 'rel'] };

function isBlock(node: Node): boolean {
  return node.nodeType === 1 && BLOCKS.has((node as Element).localName);
}

function hasBlockChild(el: Element): boolean {
  return Array.from(el.childNodes).some(isBlock);
}

function rename(el: Element, name: string): Element {
  const replacement = el.ownerDocument.createElement(name);
  for (const attr of Array.from(el.attributes)) replacement.setAttribute(attr.name, attr.value);
  replacement.append(...Array.from(el.childNodes));
  el.replaceWith(replacement);
  return replacement;
}

/** Narrows sanitized HTML (children of `parent`) to the editor's vocabulary, in place. */
function narrow(parent: ParentNode): void {
  for (const child of Array.from(parent.childNodes)) {
    if (child.nodeType === 8) {
      child.remove();
      continue;
    }
    if (child.nodeType !== 1) continue;
    let el = child as Element;
    const name = el.localName;
    if (RENAMED[name]) el = rename(el, RENAMED[name]);
    else if (TO_PARAGRAPH.has(name)) {
      if (hasBlockChild(el)) {
        narrow(el);
        el.replaceWith(...Array.from(el.childNodes));
        continue;
      }
      el = rename(el, 'p');
    } else if (!KEPT.has(name)) {
      narrow(el);
      el.replaceWith(...Array.from(el.childNodes));
      continue;
    }
    const allowed = ATTRIBUTES[el.localName] ?? [];
    for (const attr of Array.from(el.attributes)) {
      if (!allowed.includes(attr.name) && attr.name !== 'lang') el.removeAttribute(attr.name);
    }
    if (el.localName === 'img') {
      // Pictures from the web (https), inside the pack (a raster data: image) or next to it (a relative address).
      if (!/^(?:https:|data:image\/(?:png|gif|jpe?g|webp|avif)[;,]|(?![a-z][a-z0-9+.-]*:)[^\s])/i.test(el.getAttribute('src') ?? '')) {
        el.remove();
        continue;
      }
      if (!el.hasAttribute('alt')) el.setAttribute('alt', '');
    }
    narrow(el);
  }
}

/** Editing leaves no-break spaces where a space was typed at the end of a run; a pack wants plain spaces. */
function plainSpaces(container: Element): void {
  const walker = container.ownerDocument.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeValue!.includes('\u00a0')) node.nodeValue = node.nodeValue!.replace(/\u00a0/g, ' ');
  }
}

/** Top-level inline runs (text, emphasis, images) go into paragraphs; empty paragraphs go. */
function paragraphs(container: Element): void {
  let run: Element | null = null;
  for (const child of Array.from(container.childNodes)) {
    if (isBlock(child)) {
      run = null;
      continue;
    }
    if (child.nodeType === 3 && !run && !(child.textContent ?? '').trim()) {
      child.remove();
      continue;
    }
    if (!run) {
      run = container.ownerDocument.createElement('p');
      child.before(run);
    }
    run.append(child);
  }
  for (const p of Array.from(container.querySelectorAll('p, li'))) {
    // Trailing <br>s are the editor's caret placeholders, not line breaks someone wanted.
    while (p.lastChild && (p.lastChild as Element).localName === 'br') p.lastChild.remove();
    if (p.localName === 'p' && !(p.textContent ?? '').trim() && !p.querySelector('img')) p.remove();
  }
  for (const list of Array.from(container.querySelectorAll('ul, ol'))) {
    for (const child of Array.from(list.childNodes)) {
      if (child.nodeType === 1 && (child as Element).localName === 'li') continue;
      if (child.nodeType === 3 && !(child.textContent ?? '').trim()) child.remove();
      else {
        const li = container.ownerDocument.createElement('li');
        child.replaceWith(li);
        li.append(child);
      }
    }
    if (!list.firstChild) list.remove();
  }
}

/** Serializes children of an HTML element as XHTML (namespace declared once, on the wrapper, then dropped). */
function serializeXhtml(container: Element): string {
  const doc = document.implementation.createDocument(XHTML_NS, 'div', null);
  const root = doc.documentElement;
  for (const child of Array.from(container.childNodes)) root.appendChild(doc.importNode(child, true));
  const xml = new XMLSerializer().serializeToString(root);
  return xml.replace(/^<div xmlns="http:\/\/www\.w3\.org\/1999\/xhtml"(?:\/>|>)/, '').replace(/<\/div>$/, '');
}

/**
 * Sanitized, narrowed XHTML from whatever the editor holds or a teacher
 * pasted. Never contains scripts, event handlers, styles or `javascript:`
 * URLs, whatever goes in.
 */
export function toPackXhtml(html: string): string {
  // The sanitizer's output is worked on in a document without a window: nothing in it loads or runs.
  const inert = document.implementation.createHTMLDocument('');
  const container = inert.createElement('div');
  container.innerHTML = sanitizePackXhtml(html);
  narrow(container);
  plainSpaces(container);
  paragraphs(container);
  return serializeXhtml(container);
}

/** True when rich text holds no words and no pictures. */
export function isEmptyRichText(content: RichText): boolean {
  if (!isXhtml(content)) return content.trim() === '';
  return !/<img\b/i.test(content.xhtml) && content.xhtml.replace(/<[^>]*>/g, '').replace(/&nbsp;|&#160;|\s/g, '') === '';
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Rich text from a pack as safe HTML for the editor to show (plain text becomes paragraphs). */
export function editableHtml(content: RichText): string {
  if (isXhtml(content)) return toPackXhtml(content.xhtml);
  return content
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeText(p).replace(/\r?\n/g, '<br/>')}</p>`)
    .join('');
}
