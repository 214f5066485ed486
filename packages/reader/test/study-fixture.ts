import { createProfile } from '@attune/profile';
import { openStudyStore } from '@attune/study';
import type { AttuneReader } from '../src/index.js';
import { contentDocuments, openReader, until } from './reader-fixture.js';

/** Corpus books as the test server serves them (read-only, never copied). */
export const corpus = (name: string) => new URL(`/corpus/${name}`, location.href).href;

/** A learner of their own for each test, so tests never see each other's annotations. */
export const freshLearner = () => `learner-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

/** Opens a reader for a learner and waits for the study data (and the last position) to be in place. */
export async function openFor(learnerId: string, src: string, options: { width?: number; height?: number } = {}): Promise<AttuneReader> {
  const reader = document.createElement('attune-reader');
  reader.profile = createProfile({ id: learnerId });
  const parent = document.createElement('div');
  document.body.append(parent);
  reader.style.cssText = `display:block;width:${options.width ?? 1000}px;height:${options.height ?? 700}px`;
  const { outcome } = await openReader(src, { ...options, parent: withReader(parent, reader) });
  if (outcome.type !== 'ready') throw new Error(`${src} did not open: ${JSON.stringify(outcome.detail)}`);
  const opened = parent.querySelector('attune-reader')!;
  await opened.studyReady;
  await opened.updateComplete;
  return opened;
}

/** openReader makes its own element; the learner must be known before the book opens, so it is set as soon as it is added. */
function withReader(parent: HTMLElement, template: AttuneReader): HTMLElement {
  const observer = new MutationObserver(() => {
    const made = parent.querySelector('attune-reader');
    if (made && !made.profile) made.profile = template.profile;
  });
  observer.observe(parent, { childList: true });
  return parent;
}

export function shadow<T extends Element = HTMLElement>(root: Element, selector: string): T | null {
  return root.shadowRoot!.querySelector<T>(selector);
}

/** The first occurrence of `text` in a frame on screen (it may run across elements), selected as a mouse drag would. */
export function selectText(reader: AttuneReader, text: string): Range {
  for (const doc of contentDocuments(reader)) {
    const nodes: Text[] = [];
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    const whole = nodes.map((n) => n.data).join('');
    const at = whole.indexOf(text);
    if (at < 0) continue;
    const point = (offset: number, end: boolean): [Text, number] => {
      let passed = 0;
      for (const node of nodes) {
        if (offset < passed + node.length || (end && offset === passed + node.length)) return [node, offset - passed];
        passed += node.length;
      }
      const last = nodes[nodes.length - 1]!;
      return [last, last.length];
    };
    const range = doc.createRange();
    range.setStart(...point(at, false));
    range.setEnd(...point(at + text.length, true));
    doc.getSelection()!.removeAllRanges();
    doc.getSelection()!.addRange(range);
    return range;
  }
  throw new Error(`“${text}” is not in a frame on screen`);
}

/** Waits for the selection toolbar to show. */
export async function selectionToolbar(reader: AttuneReader): Promise<HTMLElement> {
  await until(() => !!shadow(reader, 'attune-selection-toolbar'), 3000, 'the selection toolbar');
  const toolbar = shadow(reader, 'attune-selection-toolbar')!;
  await (toolbar as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return toolbar;
}

export function toolbarButton(toolbar: HTMLElement, name: RegExp): HTMLButtonElement {
  const button = [...toolbar.shadowRoot!.querySelectorAll('button')].find((b) => name.test(b.getAttribute('aria-label') ?? b.textContent ?? ''));
  if (!button) throw new Error(`no toolbar button ${name}`);
  return button;
}

/** The named highlight's ranges in a frame (CSS Custom Highlight API). */
export function paintedText(doc: Document, name: string): string[] {
  const registry = (doc.defaultView as Window & typeof globalThis).CSS.highlights;
  const highlight = registry.get(name);
  return highlight ? [...highlight].map((r) => (r as Range).toString()) : [];
}

type ChangeDetail = HTMLElementEventMap['attune-annotation-change']['detail'];

/** Resolves with the next attune-annotation-change detail (of one action, when given). */
export function nextChange(reader: AttuneReader, action?: ChangeDetail['action']): Promise<ChangeDetail> {
  return new Promise((resolve) => {
    const listener = (e: HTMLElementEventMap['attune-annotation-change']) => {
      if (action && e.detail.action !== action) return;
      reader.removeEventListener('attune-annotation-change', listener);
      resolve(e.detail);
    };
    reader.addEventListener('attune-annotation-change', listener);
  });
}

/** What is stored for a learner and book, read with a store of our own (real IndexedDB). */
export async function stored(learnerId: string, bookId: string) {
  const store = await openStudyStore();
  try {
    return await store.loadBook(learnerId, bookId);
  } finally {
    store.close();
  }
}

/** Opens the annotations panel with its toggle and returns the panel element. */
export async function openPanel(reader: AttuneReader): Promise<HTMLElement> {
  if (!shadow(reader, 'attune-annotations')) shadow<HTMLButtonElement>(reader, '.annotations-toggle')!.click();
  await until(() => !!shadow(reader, 'attune-annotations'), 3000, 'the annotations panel');
  const panel = shadow(reader, 'attune-annotations')!;
  await (panel as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return panel;
}

/** Waits until the frames on screen stay the same for a while (the reader may draw a section again as fonts and settings arrive). */
export async function settled(reader: AttuneReader, quietMs = 600, timeoutMs = 8000): Promise<Document> {
  const started = performance.now();
  let docs = contentDocuments(reader);
  let since = performance.now();
  while (performance.now() - started < timeoutMs) {
    await new Promise((r) => setTimeout(r, 50));
    const now = contentDocuments(reader);
    if (now.length !== docs.length || now.some((d, i) => d !== docs[i]) || !now.length) {
      docs = now;
      since = performance.now();
    } else if (performance.now() - since >= quietMs) {
      return now[0]!;
    }
  }
  throw new Error('The reader kept drawing its frames again');
}

/** The items of the annotations panel's main list. */
export function panelItems(panel: HTMLElement): HTMLLIElement[] {
  return [...panel.shadowRoot!.querySelectorAll<HTMLLIElement>('ul.list > li.item')];
}

export function panelButton(panel: HTMLElement, id: string, which: '.go' | '.edit' | '.delete'): HTMLButtonElement {
  const button = panel.shadowRoot!.querySelector<HTMLButtonElement>(`li[data-id="${CSS.escape(id)}"] ${which}`);
  if (!button) throw new Error(`no ${which} button for ${id}`);
  return button;
}

/** Writes in the open note dialog and saves it (checks the quote shown and any text already there). */
export async function writeNote(reader: AttuneReader, text: string, quote?: string, existing?: string): Promise<void> {
  const host = shadow(reader, 'attune-note-dialog')!;
  await until(() => !!host.shadowRoot!.querySelector('dialog[open] textarea'), 3000, 'the note dialog');
  const dialog = host.shadowRoot!.querySelector('dialog')!;
  const textarea = dialog.querySelector('textarea')!;
  if (quote !== undefined) {
    if (dialog.querySelector('blockquote')?.textContent !== quote) throw new Error(`the dialog shows “${dialog.querySelector('blockquote')?.textContent}”`);
  }
  if (existing !== undefined && textarea.value !== existing) throw new Error(`the dialog holds “${textarea.value}”`);
  if (host.shadowRoot!.activeElement !== textarea) throw new Error('focus is not in the note’s text box');
  textarea.value = text;
  dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await until(() => !dialog.open, 3000, 'the dialog to close');
}

/** Waits for an asynchronous condition (reading IndexedDB, for instance). */
export async function eventually(condition: () => Promise<boolean>, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const started = performance.now();
  while (!(await condition())) {
    if (performance.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The first `words` words of the book's own text that are on screen (not text Attune inserted, not a glossary word). */
export function phraseOnScreen(reader: AttuneReader, words = 6): string {
  const viewer = reader.shadowRoot!.querySelector('.viewer')!.getBoundingClientRect();
  for (const doc of contentDocuments(reader)) {
    const frame = doc.defaultView!.frameElement!.getBoundingClientRect();
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      if (node.parentElement?.closest('[data-attune-variant], [data-attune-inserted], [hidden], [data-attune-glossary], button, h1, h2, h3')) continue;
      const match = new RegExp(`\\p{L}+(?:[ ,]+\\p{L}+){${words - 1}}`, 'u').exec(node.data);
      if (!match) continue;
      const range = doc.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rects = [...range.getClientRects()];
      const inside = rects.length > 0 && rects.every((r) => frame.left + r.left >= viewer.left && frame.left + r.right <= viewer.right && frame.top + r.top >= viewer.top && frame.top + r.bottom <= viewer.bottom);
      if (inside) return match[0];
    }
  }
  throw new Error('no text of the book is on screen');
}
