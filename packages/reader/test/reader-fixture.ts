import type { AttuneReader } from '../src/index.js';
import '../src/index.js';

export interface Outcome {
  type: 'ready' | 'error';
  detail: { code?: string; message?: string; title?: string; language?: string; dir?: string; sections?: number };
  ms: number;
}

/** Mounts an <attune-reader> of a given size and resolves with the first contract event it fires. */
export async function openReader(
  src: string,
  options: { width?: number; height?: number; flow?: 'paginated' | 'scrolled'; timeoutMs?: number; parent?: ParentNode } = {},
): Promise<{ reader: AttuneReader; outcome: Outcome }> {
  const reader = document.createElement('attune-reader');
  reader.style.cssText = `display:block;width:${options.width ?? 1000}px;height:${options.height ?? 700}px`;
  if (options.flow) reader.flow = options.flow;
  const started = performance.now();
  const outcome = new Promise<Outcome>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No attune-ready or attune-error after ${options.timeoutMs ?? 12_000} ms for ${src}`)), options.timeoutMs ?? 12_000);
    const done = (type: 'ready' | 'error') => (event: Event) => {
      clearTimeout(timer);
      resolve({ type, detail: (event as CustomEvent).detail, ms: performance.now() - started });
    };
    reader.addEventListener('attune-ready', done('ready'), { once: true });
    reader.addEventListener('attune-error', done('error'), { once: true });
  });
  (options.parent ?? document.body).append(reader);
  reader.src = src;
  return { reader, outcome: await outcome };
}

/** The section frames epubjs rendered inside the reader. */
export function contentFrames(reader: AttuneReader): HTMLIFrameElement[] {
  return [...reader.shadowRoot!.querySelectorAll<HTMLIFrameElement>('.viewer iframe')];
}

export function contentDocuments(reader: AttuneReader): Document[] {
  return contentFrames(reader).map((f) => f.contentDocument).filter((d): d is Document => !!d);
}

/** Resolves with the next attune-relocate detail. */
export function nextRelocate(reader: AttuneReader, timeoutMs = 8000): Promise<{ href: string; index: number; fraction: number; cfi: string; page: number; pages: number }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no attune-relocate')), timeoutMs);
    reader.addEventListener(
      'attune-relocate',
      (event) => {
        clearTimeout(timer);
        resolve(event.detail);
      },
      { once: true },
    );
  });
}

export function until(condition: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (condition()) return resolve();
      if (performance.now() - started > timeoutMs) return reject(new Error(`Timed out waiting for ${what}`));
      setTimeout(check, 25);
    };
    check();
  });
}
