/**
 * The page `npm run bench` drives: opens a book in <attune-reader> or in
 * plain epubjs in the same Chromium and reports open → first paint.
 */
import ePub from 'epubjs';
import { AttuneReader } from '@attune/reader';
import { EspeakBackend, type EspeakTraceEvent } from '@attune/speech-espeak';

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

/** Where eSpeak NG's files are served by the bench server (our own files, never a CDN). */
const ESPEAK = { baseUrl: '/espeak/', workerUrl: '/espeak-worker.js' };

interface ReadAloudTimings {
  pressToAudio: number;
  pressToFirstWord: number;
  boundaryToPaint: number[];
  words: number;
}

let pressedAt = 0;
let timings: Promise<ReadAloudTimings> | undefined;

/**
 * Read aloud in <attune-reader> with the offline voice: opens the book at the
 * paragraph, selects its first word; the bench then presses Enter on "Read
 * aloud" (a real key press: browsers play sound only after one).
 */
async function readAloudSetup(url: string, words: number): Promise<void> {
  let audioAt = 0;
  AttuneReader.offlineVoice = {
    load: async () => ({ EspeakBackend }) as never,
    options: { ...ESPEAK, trace: (e: EspeakTraceEvent) => void (e.type === 'audio-start' && !audioAt && (audioAt = e.at)) },
  };
  const reader = document.createElement('attune-reader') as AttuneReader;
  reader.style.cssText = 'display:block;width:1000px;height:700px';
  const ready = new Promise<void>((resolve) => reader.addEventListener('attune-ready', () => resolve(), { once: true }));
  document.body.append(reader);
  reader.src = url;
  await ready;
  const book = reader.book!;
  for (const section of book.sections) {
    const doc = await book.sectionDocument(section.index);
    if ([...doc.querySelectorAll('p')].some((p) => p.textContent!.startsWith('Great was the alarm'))) {
      await reader.goTo(section.path);
      break;
    }
  }
  const frameDoc = () => (reader.shadowRoot!.querySelector('.viewer iframe') as HTMLIFrameElement).contentDocument!;
  const paragraph = [...frameDoc().querySelectorAll('p')].find((p) => p.textContent!.startsWith('Great was the alarm'))!;
  const selection = frameDoc().getSelection()!;
  selection.removeAllRanges();
  const range = frameDoc().createRange();
  range.setStart(paragraph.firstChild!, 0);
  range.setEnd(paragraph.firstChild!, 5);
  selection.addRange(range);
  window.addEventListener('keydown', (e) => void (pressedAt ||= e.timeStamp), { capture: true, once: true });
  const session = (reader as unknown as { readAloud: { subscribe(l: (s: { progress: { wordRange: Range | null } | null }) => void): () => void } }).readAloud;
  timings = new Promise((resolve) => {
    const boundaryToPaint: number[] = [];
    let firstWordAt = 0;
    let last: Range | null = null;
    const stop = session.subscribe((state) => {
      const word = state.progress?.wordRange ?? null;
      if (!word || word === last) return;
      last = word;
      const at = performance.now();
      firstWordAt ||= at;
      // The highlight is set in the same task; the frame after it shows it.
      requestAnimationFrame(() => {
        boundaryToPaint.push(performance.now() - at);
        if (boundaryToPaint.length >= words) {
          stop();
          resolve({ pressToAudio: audioAt - pressedAt, pressToFirstWord: firstWordAt - pressedAt, boundaryToPaint, words: boundaryToPaint.length });
        }
      });
    });
  });
}

/** The baseline: the same offline voice alone (no reader), speaking the paragraph's first sentence, cold. */
async function espeakAlone(text: string): Promise<{ speakToAudio: number }> {
  let audioAt = 0;
  const backend = new EspeakBackend({ ...ESPEAK, trace: (e) => void (e.type === 'audio-start' && !audioAt && (audioAt = e.at)) });
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    backend.speak(
      { unit: { text } as never, text, lang: 'en', voice: null, rate: 1, pitch: 1, volume: 1 },
      { start: () => resolve(), boundary: () => undefined, end: () => resolve(), error: (e) => reject(e) },
    );
  });
  while (!audioAt) await new Promise((r) => setTimeout(r, 5));
  backend.cancel();
  return { speakToAudio: audioAt - started };
}

(window as unknown as { bench: unknown }).bench = {
  readAloudSetup,
  readAloudTimings: () => timings,
  espeakAlone,
  attune,
  epubjs: (url: string) => epubjs(url, false),
  epubjsLocations: (url: string) => epubjs(url, true),
  attuneSettingChanges,
  epubjsSettingChanges,
};
