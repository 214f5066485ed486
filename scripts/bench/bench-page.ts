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

/** The next frame the browser renders: a change made before it is on screen by then. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * Setting change → repainted page, in <attune-reader> with a learner profile:
 * `kind` 'theme' (colours only) or 'size' (text size: pages laid out again).
 */
async function attuneSettingChanges(url: string, kind: 'theme' | 'size', count: number): Promise<{ applied: number; frame: number }[]> {
  const reader = document.createElement('attune-reader') as AttuneReader;
  reader.style.cssText = 'display:block;width:1000px;height:700px';
  const ready = new Promise<void>((resolve) => reader.addEventListener('attune-ready', () => resolve(), { once: true }));
  document.body.append(reader);
  reader.src = url;
  await ready;
  await reader.goTo(reader.book!.sections[Math.min(10, reader.book!.sections.length - 1)]!.path);
  await painted();
  const samples: { applied: number; frame: number }[] = [];
  for (let i = 0; i < count; i++) {
    const display = kind === 'theme' ? { theme: i % 2 ? 'light' : 'dark' } : { fontSize: i % 2 ? 100 : 150 };
    const applied = new Promise<void>((resolve) => reader.addEventListener('attune-profile-change', () => resolve(), { once: true }));
    const started = performance.now();
    reader.profile = { version: 1, id: 'bench', display } as AttuneReader['profile'];
    await applied;
    const done = performance.now() - started;
    await nextFrame();
    samples.push({ applied: done, frame: performance.now() - started });
    await painted();
  }
  return samples;
}

/** The same changes through epubjs's own themes API, as the baseline. */
async function epubjsSettingChanges(url: string, kind: 'theme' | 'size', count: number): Promise<{ applied: number; frame: number }[]> {
  const book = ePub(url);
  const rendition = book.renderTo(host(), { width: '100%', height: '100%' });
  await book.opened;
  await rendition.display((book.spine as unknown as { get(i: number): { href: string } }).get(10)?.href);
  await painted();
  rendition.themes.register('dark', { body: { color: '#f1f1f1 !important', background: '#121417 !important' } });
  rendition.themes.register('light', { body: { color: '#1a1a1a !important', background: '#ffffff !important' } });
  const samples: { applied: number; frame: number }[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    if (kind === 'theme') rendition.themes.select(i % 2 ? 'light' : 'dark');
    else rendition.themes.fontSize(i % 2 ? '100%' : '150%');
    // Force the style and layout work epubjs queued, so "applied" counts it.
    void (rendition.getContents() as unknown as { document: Document }[])[0]?.document.body.offsetHeight;
    const done = performance.now() - started;
    await nextFrame();
    samples.push({ applied: done, frame: performance.now() - started });
    await painted();
  }
  return samples;
}

(window as unknown as { bench: unknown }).bench = {
  attune,
  epubjs: (url: string) => epubjs(url, false),
  epubjsLocations: (url: string) => epubjs(url, true),
  attuneSettingChanges,
  epubjsSettingChanges,
};
