import DOMPurify, { type Config } from 'dompurify';

/**
 * Copies a footnote/endnote out of a book section into the reader's own
 * document (a pop-up), so it must be sanitized again for that document: only
 * text-level markup survives, no styles, no URLs, no ids that could clash.
 */
const NOTE_CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS: ['p', 'span', 'em', 'strong', 'i', 'b', 'cite', 'q', 'blockquote', 'sub', 'sup', 'br', 'ul', 'ol', 'li', 'abbr', 'small', 'code', 'a'],
  ALLOWED_ATTR: ['lang', 'xml:lang', 'dir', 'title'],
  RETURN_DOM_FRAGMENT: true,
};

function epubTypes(el: Element): string[] {
  return (el.getAttributeNS('http://www.idpf.org/2007/ops', 'type') ?? el.getAttribute('epub:type') ?? '').split(/\s+/);
}

/** Is this link a note reference (`epub:type="noteref"` or `role="doc-noteref"`)? */
export function isNoteReference(link: Element): boolean {
  return epubTypes(link).includes('noteref') || link.getAttribute('role') === 'doc-noteref';
}

/** A safe copy of a note's content for `target` document, without back-links. */
export function extractNote(note: Element, target: Document): DocumentFragment {
  const copy = note.cloneNode(true) as Element;
  // Back-links make no sense in a pop-up: closing it is the way back.
  for (const link of [...copy.querySelectorAll('a')]) {
    if (link.getAttribute('role') === 'doc-backlink' || epubTypes(link).includes('backlink')) link.remove();
  }
  const purify = DOMPurify(target.defaultView ?? window);
  // Links inside a note become plain text: following them from a pop-up is a later feature.
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node instanceof Element && node.localName === 'a') node.removeAttribute('href');
  });
  const html = new XMLSerializer().serializeToString(copy);
  return purify.sanitize(html, NOTE_CONFIG);
}
