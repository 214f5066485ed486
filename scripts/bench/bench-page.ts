/**
 * The page `npm run bench` drives: opens a book in <attune-reader> or in
 * plain epubjs in the same Chromium and reports open → first paint.
 */
import ePub from 'epubjs';
import '@attune/reader';
import type { AttuneReader } from '@attune/reader';

function host(): HTMLElement {
  const el = document.createElement('div');
  el.style.cssText = 'width:1000px;height:700px';
  document.body.append(el);
  return el;
}

/** Waits for the frame after the next one: the page has been painted. */
function painted(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

export interface Measurement {
  ms: number;
  /** Progress through the book known at first paint (Attune), or -1. */
  fraction: number;
  locationsMs?: number;
}

async function attune(url: string): Promise<Measurement> {
  const started = performance.now();
  const reader = document.createElement('attune-reader') as AttuneReader;
  reader.style.cssText = 'display:block;width:1000px;height:700px';
  const ready = new Promise<void>((resolve, reject) => {
    reader.addEventListener('attune-ready', () => resolve(), { once: true });
    reader.addEventListener('attune-error', (e) => reject(new Error(e.detail.message)), { once: true });
  });
  document.body.append(reader);
  reader.src = url;
  await ready;
  await painted();
  return { ms: performance.now() - started, fraction: reader.state.location?.fraction ?? -1 };
}

async function epubjs(url: string, withLocations: boolean): Promise<Measurement> {
  const started = performance.now();
  const book = ePub(url);
  const rendition = book.renderTo(host(), { width: '100%', height: '100%' });
  await rendition.display();
  await painted();
  const ms = performance.now() - started;
  if (!withLocations) return { ms, fraction: -1 };
  const before = performance.now();
  await book.locations.generate(1600);
  return { ms, fraction: -1, locationsMs: performance.now() - before };
}

(window as unknown as { bench: unknown }).bench = {
  attune,
  epubjs: (url: string) => epubjs(url, false),
  epubjsLocations: (url: string) => epubjs(url, true),
};
