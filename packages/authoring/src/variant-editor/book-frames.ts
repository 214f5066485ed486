import { describeElement, describeTarget, normalizeForMatching, TextModel, type SectionTarget } from '@attune/adapt';
import type { AttuneReader } from '@attune/reader';

/**
 * The section frames of a hosted `<attune-reader>` and what the teacher
 * selected in them. The frames are epubjs iframes in the reader's shadow
 * root (same origin, scripts off); their documents are read from here.
 */

/** A passage chosen in the book: where it is (selectors for a pack entry) and its text. */
export interface BookPassage {
  target: SectionTarget;
  /** The passage's text as it reads in the book (spaces collapsed). */
  text: string;
  sectionIndex: number;
  /** The first picture inside (or making up) the passage, as a description target. */
  image?: { target: SectionTarget; alt: string | null };
}

/** The documents of the section frames on screen. */
export function frameDocuments(reader: AttuneReader): Document[] {
  const frames = reader.shadowRoot ? [...reader.shadowRoot.querySelectorAll<HTMLIFrameElement>('.viewer iframe')] : [];
  return frames.map((f) => f.contentDocument).filter((d): d is Document => !!d?.defaultView);
}

/** Which section of the book a frame's document is (by the `<base>` @attune/book gives each section). */
export function sectionOf(reader: AttuneReader, doc: Document): { index: number; href: string } | undefined {
  const book = reader.book;
  if (!book) return undefined;
  const path = book.pathOfUrl(doc.baseURI);
  let index = path ? book.indexOfPath(path) : -1;
  if (index < 0) index = reader.state.location?.index ?? -1;
  const section = book.sections[index];
  return section ? { index, href: section.href } : undefined;
}

function firstImageIn(range: Range): HTMLImageElement | undefined {
  const root = range.commonAncestorContainer;
  const container = root.nodeType === 1 ? (root as Element) : root.parentElement;
  if (!container) return undefined;
  if (container.localName === 'img') return container as HTMLImageElement;
  return [...container.querySelectorAll('img')].find((img) => range.intersectsNode(img));
}

/** The passage a range covers, in the form pack entries store it; undefined for an empty range. */
export function passageOfRange(reader: AttuneReader, doc: Document, range: Range): BookPassage | undefined {
  const section = sectionOf(reader, doc);
  if (!section) return undefined;
  const model = TextModel.of(doc);
  const { start, end } = model.offsetsOf(range);
  const img = firstImageIn(range);
  if (end <= start && !img) return undefined;
  const text = range.toString().replace(/\s+/g, ' ').trim();
  const passage: BookPassage = { target: describeTarget(range, section.href, { model }), text, sectionIndex: section.index };
  if (img) passage.image = { target: { source: section.href, selector: describeElement(img) }, alt: img.getAttribute('alt') };
  return passage;
}

/** What is selected in the book now, if anything. */
export function selectedPassage(reader: AttuneReader): BookPassage | undefined {
  for (const doc of frameDocuments(reader)) {
    const selection = doc.defaultView!.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) continue;
    const passage = passageOfRange(reader, doc, selection.getRangeAt(0));
    if (passage) return passage;
  }
  return undefined;
}

/**
 * Finds `words` on the page shown (spacing, case, curly quotes and dashes
 * ignored) and selects them in the book, as a keyboard path to a selection.
 */
export function findAndSelect(reader: AttuneReader, words: string): BookPassage | undefined {
  const wanted = normalizeForMatching(words).toLowerCase();
  if (!wanted) return undefined;
  for (const doc of frameDocuments(reader)) {
    const model = TextModel.of(doc);
    const start = model.text.toLowerCase().indexOf(wanted);
    if (start < 0) continue;
    const range = model.rangeOf(start, start + wanted.length);
    if (!range) continue;
    const selection = doc.defaultView!.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    (range.startContainer.parentElement ?? doc.body)?.scrollIntoView?.({ block: 'nearest' });
    return passageOfRange(reader, doc, range);
  }
  return undefined;
}
