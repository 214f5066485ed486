import type { AttuneReader } from '@attune/reader';
import { corpusUrl } from '../../book/test/corpus.js';

/** The corpus book every authoring test works on. */
export const BOOK = () => corpusUrl('accessible-epub-3.epub');

/** A database name no other test uses. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/** Polls `condition` until it is true, or fails after `timeoutMs` naming `what` (no fixed sleeps). */
export async function until<T>(condition: () => T | Promise<T>, timeoutMs = 10_000, what = 'condition'): Promise<NonNullable<T>> {
  const started = performance.now();
  for (;;) {
    const value = await condition();
    if (value) return value as NonNullable<T>;
    if (performance.now() - started > timeoutMs) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 30));
  }
}

/** The section documents a reader shows (its epubjs frames). */
export function frameDocuments(reader: AttuneReader): Document[] {
  return [...reader.shadowRoot!.querySelectorAll<HTMLIFrameElement>('.viewer iframe')].map((f) => f.contentDocument).filter((d): d is Document => !!d);
}

/** Removes everything tests put into the page. */
export function cleanPage(): void {
  for (const el of [...document.body.children]) if (el.localName !== 'script' && el.localName !== 'style') el.remove();
}

/** Shadow-root query that fails clearly. */
export function $<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector} in <${host.localName}>`);
  return found;
}

/** Sets a form control's value as a person would and fires its events. */
export function setValue(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}
