import { MARK } from './markers.js';
import { unwrap } from './xhtml-elements.js';

/**
 * Undoes everything `applyVariants` did to a section: the book's text goes
 * back where it was, inserted notes, descriptions and styles go, images get
 * their own text alternatives back. Returns how many changes were undone.
 */
export function removeAdaptations(doc: Document): number {
  let undone = 0;
  const touched = new Set<Node>();
  const selectAll = (attribute: string) => [...doc.querySelectorAll(`[${attribute}]`)];

  for (const mark of selectAll(MARK.glossary)) {
    const parent = unwrap(mark);
    if (parent) touched.add(parent);
    undone++;
  }
  for (const inserted of selectAll(MARK.inserted)) {
    if (!inserted.isConnected) continue;
    inserted.remove();
    undone++;
  }
  for (const changed of selectAll(MARK.restore)) {
    let restore: Record<string, string | null> = {};
    try {
      restore = JSON.parse(changed.getAttribute(MARK.restore) ?? '{}') as Record<string, string | null>;
    } catch {
      // A damaged record cannot be trusted; the marks are still removed.
    }
    for (const [name, value] of Object.entries(restore)) {
      if (value === null) changed.removeAttribute(name);
      else changed.setAttribute(name, value);
    }
    changed.removeAttribute(MARK.restore);
    changed.removeAttribute(MARK.described);
    undone++;
  }
  for (const original of selectAll(MARK.original)) {
    const parent = unwrap(original);
    if (parent) touched.add(parent);
  }
  for (const passage of selectAll(MARK.passage)) {
    for (const child of [...passage.children]) if (child.hasAttribute(MARK.variant)) child.remove();
    const parent = unwrap(passage);
    if (parent) touched.add(parent);
    undone++;
  }
  // Text split to wrap words and passages is joined again.
  for (const node of touched) if (node.isConnected) node.normalize();
  doc.documentElement.removeAttribute(MARK.adapted);
  return undone;
}
