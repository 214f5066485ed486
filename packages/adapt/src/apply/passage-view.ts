import { MARK } from './markers.js';

/**
 * "Show original": a swapped passage keeps the book's text, hidden. These
 * switch a passage between its variant and the original, for the reader's
 * toggle button. The state lives in the page (`data-attune-view`), so it
 * survives nothing but the page, as a learner expects of a peek.
 */

export type PassageView = 'variant' | 'original';

/** The swapped passages of a section, in reading order. */
export function passagesOf(doc: Document): Element[] {
  return [...doc.querySelectorAll(`[${MARK.passage}]`)];
}

/** Which text a passage shows. */
export function passageView(passage: Element): PassageView {
  return passage.getAttribute(MARK.view) === 'original' ? 'original' : 'variant';
}

/** Shows a passage's variant or the book's original text. */
export function setPassageView(passage: Element, view: PassageView): void {
  const id = passage.getAttribute(MARK.passage);
  if (id === null) return;
  const variant = [...passage.children].find((c) => c.hasAttribute(MARK.variant));
  const originals = [...passage.ownerDocument.querySelectorAll(`[${MARK.original}]`)].filter((o) => o.getAttribute(MARK.original) === id);
  const showOriginal = view === 'original';
  if (variant) variant.toggleAttribute('hidden', showOriginal);
  for (const original of originals) original.toggleAttribute('hidden', !showOriginal);
  passage.setAttribute(MARK.view, view);
}

/** Switches a passage to the other text and returns what it shows now. */
export function togglePassageView(passage: Element): PassageView {
  const next = passageView(passage) === 'variant' ? 'original' : 'variant';
  setPassageView(passage, next);
  return next;
}
