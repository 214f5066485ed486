import type { AnchorFound } from '../anchoring/anchor.js';
import type { TextModel } from '../anchoring/text-model.js';
import type { DescriptionEntry } from '../pack/variant-pack.js';
import { element, idFragment, insertionBlock, markLanguage, uniqueId } from './xhtml-elements.js';
import { MARK } from './markers.js';
import { contentNodes } from './sanitize-content.js';

/**
 * Gives an image the teacher's description: the short one replaces (or
 * fills) its text alternative, the long one goes in a `<details>` after the
 * image's figure or paragraph, linked from the image with `aria-details`.
 * What the image had before is kept in `data-attune-restore`.
 */

const IMAGE_ELEMENTS = new Set(['img', 'svg', 'image', 'canvas', 'object', 'embed']);

/** The image a selector found: the element itself, or the first image in a figure, picture or link. */
export function imageOf(el: Element): Element | null {
  if (IMAGE_ELEMENTS.has(el.localName)) return el;
  if (['figure', 'picture', 'a', 'div', 'p', 'span'].includes(el.localName)) {
    const candidate = el.querySelector('img, svg, image, canvas');
    // An <image> inside an <svg> is part of that svg picture.
    if (candidate) return candidate.localName === 'image' ? candidate.closest('svg') ?? candidate : candidate;
  }
  return null;
}

/** The image an anchor points at: the element a CSS selector named, or the image in (or in the figure of) the anchored text. */
export function imageAt(model: TextModel, found: AnchorFound): Element | null {
  const node = found.element ?? model.rangeOf(found.start, found.end)?.commonAncestorContainer ?? null;
  const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  if (!el) return null;
  const figure = el.closest('figure');
  return imageOf(el) ?? (figure ? imageOf(figure) : null);
}

export interface DescriptionLabels {
  imageDescription: string;
}

/** Changes an attribute and remembers what it was (once: the first value is the book's). */
function change(el: Element, restore: Record<string, string | null>, name: string, value: string): void {
  if (!(name in restore)) restore[name] = el.getAttribute(name);
  el.setAttribute(name, value);
}

export function attachDescription(
  image: Element,
  entry: DescriptionEntry,
  labels: DescriptionLabels,
  language: string | undefined,
): Element | null {
  const doc = image.ownerDocument;
  const restore: Record<string, string | null> = {};
  if (image.localName === 'img') change(image, restore, 'alt', entry.alt);
  else if (entry.alt === '') change(image, restore, 'aria-hidden', 'true');
  else {
    change(image, restore, 'role', 'img');
    change(image, restore, 'aria-label', entry.alt);
  }
  let details: Element | null = null;
  if (entry.longDescription !== undefined) {
    const id = uniqueId(doc, `attune-description-${idFragment(entry.id)}`);
    details = element(doc, 'details', { [MARK.description]: entry.id, [MARK.inserted]: '', id });
    const summary = element(doc, 'summary');
    summary.textContent = labels.imageDescription;
    const body = element(doc, 'div');
    body.append(contentNodes(doc, entry.longDescription, { paragraphs: true }).fragment);
    markLanguage(body, language, image);
    details.append(summary, body);
    const root = doc.body ?? doc.documentElement;
    const after = image.closest('figure') ?? insertionBlock(image, root) ?? image;
    after.after(details);
    const existing = image.getAttribute('aria-details');
    change(image, restore, 'aria-details', existing ? `${existing} ${id}` : id);
  }
  image.setAttribute(MARK.described, entry.id);
  image.setAttribute(MARK.restore, JSON.stringify(restore));
  return details;
}
