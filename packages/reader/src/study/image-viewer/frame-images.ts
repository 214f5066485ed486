/**
 * Images in a section frame that the learner can open in the image viewer:
 * each `<img>`, top-level `<svg>` and `role="img"` element that carries
 * meaning (decorative ones, with an empty alt or hidden, are left alone)
 * becomes a tab stop; Enter or a double click opens it. Images inside links
 * and buttons stay the link's or button's.
 */

export const ENLARGEABLE = 'data-attune-enlargeable';

const CANDIDATES = 'img, svg, [role="img"]';

function isDecorative(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role === 'presentation' || role === 'none' || el.getAttribute('aria-hidden') === 'true') return true;
  return el.localName === 'img' && el.getAttribute('alt') === '';
}

function isCandidate(el: Element): boolean {
  if (isDecorative(el)) return false;
  // An SVG inside another image (a figure drawn in SVG) is part of it.
  if (el.parentElement?.closest('svg, [role="img"]')) return false;
  if (el.closest('a[href], button, [role="button"], [data-attune-inserted]')) return false;
  return true;
}

export const FRAME_IMAGES_CSS = `
[${ENLARGEABLE}] { cursor: zoom-in; }
`;

/** Makes a frame's images openable; `open` is called with the image chosen. */
export function attachFrameImages(doc: Document, open: (image: Element) => void): void {
  for (const el of doc.querySelectorAll(CANDIDATES)) {
    if (!isCandidate(el)) continue;
    el.setAttribute(ENLARGEABLE, '');
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '0');
  }
  if (!doc.querySelector('style[data-attune="images"]')) {
    const style = doc.createElementNS('http://www.w3.org/1999/xhtml', 'style');
    style.setAttribute('data-attune', 'images');
    style.textContent = FRAME_IMAGES_CSS;
    (doc.head ?? doc.documentElement).appendChild(style);
  }
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const image = (event.target as Element | null)?.closest?.(`[${ENLARGEABLE}]`);
      if (!image || image !== event.target) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      open(image);
    },
    true,
  );
  doc.addEventListener('dblclick', (event) => {
    const image = (event.target as Element | null)?.closest?.(`[${ENLARGEABLE}]`);
    if (!image) return;
    event.preventDefault();
    // The double click also selected a word: the image is what was meant.
    doc.getSelection()?.removeAllRanges();
    open(image);
  });
}

/** The openable images of the frames on screen, in reading order. */
export function enlargeableImages(docs: Iterable<Document>): Element[] {
  return [...docs].flatMap((doc) => [...doc.querySelectorAll(`[${ENLARGEABLE}]`)]);
}
