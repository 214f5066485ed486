import type { AttuneReader } from '@attune/reader';
import '../src/index.js';
import type { AttuneRichText, AttuneVariantEditor } from '../src/index.js';
import { $, BOOK, frameDocuments, until } from './authoring-fixture.js';

/** Mounts a variant editor on the corpus book with its own database and waits for its pack. */
export async function mountEditor(storeName: string, options: { width?: string } = {}): Promise<AttuneVariantEditor> {
  const el = document.createElement('attune-variant-editor');
  el.setAttribute('store-name', storeName);
  if (options.width) el.style.width = options.width;
  el.src = BOOK();
  document.body.append(el);
  await Promise.race([el.ready, new Promise((_, reject) => setTimeout(() => reject(new Error('the editor never loaded its pack')), 25_000))]);
  await el.updateComplete;
  return el;
}

export function readerOf(el: AttuneVariantEditor): AttuneReader {
  return $<AttuneReader>(el, 'attune-reader');
}

/** Shows a section of the book (by spine href, e.g. `ch01.xhtml`) and waits for its frame. */
export async function showSection(el: AttuneVariantEditor, href: string): Promise<Document> {
  const reader = readerOf(el);
  const section = reader.book!.sections.find((s) => s.href === href)!;
  await reader.goTo(section.path);
  return until(() => frameDocuments(reader).find((d) => d.baseURI.endsWith(`/${href}`)), 10_000, `section ${href} on screen`);
}

/** Selects the first occurrence of `text` in a frame, as a mouse drag would. */
export function selectInFrame(doc: Document, text: string): void {
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = doc.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const selection = doc.defaultView!.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return;
  }
  throw new Error(`“${text}” is not in the frame`);
}

/** Presses a button in the editor's shadow root (or a nested form's) by CSS selector. */
export async function press(el: AttuneVariantEditor, selector: string): Promise<void> {
  const button = await until(() => deepQuery<HTMLButtonElement>(el, selector), 5000, `button ${selector}`);
  button.click();
  await el.updateComplete;
}

/** The first match for `selector` in `root`'s shadow root or any shadow root below it. */
export function deepQuery<T extends Element>(root: Element, selector: string): T | null {
  const shadow = root.shadowRoot;
  if (!shadow) return null;
  const direct = shadow.querySelector<T>(selector);
  if (direct) return direct;
  for (const child of shadow.querySelectorAll('*')) {
    if (child.shadowRoot && child.localName !== 'attune-reader') {
      const found = deepQuery<T>(child, selector);
      if (found) return found;
    }
  }
  return null;
}

/** All rich-text editors currently shown in the editor. */
export function richTexts(el: AttuneVariantEditor): AttuneRichText[] {
  const found: AttuneRichText[] = [];
  const walk = (root: Element) => {
    for (const child of root.shadowRoot?.querySelectorAll('*') ?? []) {
      if (child.localName === 'attune-rich-text') found.push(child as AttuneRichText);
      else if (child.shadowRoot && child.localName !== 'attune-reader') walk(child);
    }
  };
  walk(el);
  return found;
}

/** The contenteditable inside a rich-text editor. */
export function editableOf(rich: AttuneRichText): HTMLElement {
  return rich.shadowRoot!.querySelector<HTMLElement>('.editable')!;
}

/** Puts the caret at the end of a rich-text editor's text. */
export function caretAtEnd(rich: AttuneRichText): void {
  const editable = editableOf(rich);
  editable.focus();
  const range = document.createRange();
  range.selectNodeContents(editable.lastElementChild ?? editable);
  range.collapse(false);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}
