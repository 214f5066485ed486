import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { openBook } from '@attune/book';
import { ReadAloudEngine, segmentDocument, type ReadAloudState, type SpeechUnit } from '@attune/speech';
import { EspeakBackend, type EspeakTraceEvent } from '../src/index.js';

// The offline voice really speaks here: eSpeak NG runs in its Worker, Web
// Audio plays the sound in real time (headless Chromium has no voices of
// its own), and the tests follow the engine's word progress against the
// audio clock. Chromium plays sound only after a user gesture, so the suite
// starts as a learner does: a key press on a Play button.

const ESPEAK_FILES = '/node_modules/@echogarden/espeak-ng-emscripten/';

/** A real key press on a button: the user gesture browsers require before playing sound. */
async function pressPlay(): Promise<void> {
  const button = document.createElement('button');
  button.textContent = 'Play';
  document.body.append(button);
  button.focus();
  await sendKeys({ press: 'Space' });
  button.remove();
}

async function until(condition: () => boolean, ms: number, what: string): Promise<void> {
  const end = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A section of childrens-literature.epub shown in a frame of its own, as the reader shows it (no scripts in it). */
async function storyFrame(): Promise<Document> {
  const book = await openBook(new URL('/corpus/childrens-literature.epub', location.href).href);
  const index = book.sections.findIndex((s) => s.path.endsWith('s04.xhtml'));
  const source = await book.sectionDocument(index);
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  document.body.append(frame);
  const doc = frame.contentDocument!;
  doc.documentElement.replaceWith(doc.importNode(source.documentElement, true));
  return doc;
}

interface Heard {
  sentenceIndex: number;
  wordIndex: number;
  /** The word's Range in the frame. */
  highlighted: string;
  /** The unit's text at the word. */
  word: string;
  /** The unit's text from the last boundary's offset. */
  atBoundary: string;
  /** performance.now() at the progress event. */
  at: number;
  /** When the word's audio starts, on the AudioContext clock. */
  audioTime: number;
  sinceBoundary: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : Number.NaN;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

describe('EspeakBackend in Chromium: ReadAloudEngine reads a paragraph of childrens-literature.epub', function () {
  this.timeout(90_000);
  let doc: Document;
  let units: SpeechUnit[];
  let backend: EspeakBackend;
  let engine: ReadAloudEngine;
  let heard: Heard[];
  let trace: EspeakTraceEvent[];
  let lastBoundary: Extract<EspeakTraceEvent, { type: 'boundary' }> | null;
  let context: AudioContext;

  before(async () => {
    await pressPlay();
    doc = await storyFrame();
    const paragraph = [...doc.querySelectorAll('p')].find((p) => p.textContent!.startsWith('Great was the alarm'))!;
    const script = await segmentDocument(doc);
    units = script.units.filter((u) => u.range && paragraph.contains(u.range.startContainer));
    expect(units.length).to.equal(5);
    // A context of our own, so the test can read its clock; the backend would make the same one.
    context = new AudioContext({ sampleRate: 22_050 });
    trace = [];
    backend = new EspeakBackend({ context, trace: (event) => trace.push(event) });
    engine = new ReadAloudEngine({ backend, settings: { rate: 1.8 } });
    backend.follow(engine);
    await engine.setSection({ index: 0, document: doc, language: 'en', script: { units, problems: [] } });
    heard = [];
    lastBoundary = null;
    trace.length = 0;
    engine.subscribe((state: ReadAloudState, event) => {
      const p = state.progress;
      if (event.type !== 'progress' || p?.boundaryKind !== 'word' || p.wordIndex === null) return;
      const w = p.unit.words[p.wordIndex]!;
      const boundary = lastBoundary!;
      heard.push({
        sentenceIndex: p.sentenceIndex,
        wordIndex: p.wordIndex,
        highlighted: p.wordRange!.toString(),
        word: p.unit.text.slice(w.start, w.end),
        atBoundary: p.unit.text.slice(boundary.charIndex),
        at: performance.now(),
        audioTime: boundary.contextTime,
        sinceBoundary: performance.now() - boundary.at,
      });
    });
    const original = trace.push.bind(trace);
    trace.push = (...events: EspeakTraceEvent[]) => {
      for (const e of events) if (e.type === 'boundary') lastBoundary = e;
      return original(...events);
    };
  });

  after(() => {
    engine?.dispose();
    backend?.dispose();
    void context?.close();
  });

  it('is listed as an offline voice and finds its own files (no CDN)', async () => {
    expect(backend.baseUrl).to.equal(new URL(ESPEAK_FILES, location.href).href);
    expect(await backend.isAvailable()).to.equal(true);
    const voices = await backend.voices();
    expect(voices.find((v) => v.lang === 'en-US')).to.deep.equal({ name: 'eSpeak NG English (America)', lang: 'en-US', local: true, default: false });
    expect(voices.some((v) => v.lang === 'ar')).to.equal(true);
    expect(await new EspeakBackend({ baseUrl: '/no-such-folder/' }).isAvailable()).to.equal(false);
  });

  it('reads the paragraph: words in order, each highlighted Range the word spoken at the boundary, times increasing; pause and resume hold the place', async () => {
    const t0 = performance.now();
    await engine.play();
    await until(() => heard.length >= 12, 30_000, 'twelve words');
    engine.pause();
    expect(engine.state.status).to.equal('paused');
    await until(() => context.state === 'suspended', 2_000, 'the context to be suspended');
    const pausedAt = heard.length;
    const clock = context.currentTime;
    const pausedWord = engine.state.position;
    await new Promise((r) => setTimeout(r, 600));
    expect(heard.length, 'no words while paused').to.equal(pausedAt);
    expect(context.currentTime).to.equal(clock);
    engine.resume();
    expect(engine.state.status).to.equal('playing');
    await until(() => heard.length > pausedAt, 5_000, 'a word after resuming');
    // Resumed inside the same sentence, at the next word.
    expect(heard[pausedAt]!.sentenceIndex).to.equal(pausedWord.sentenceIndex);
    expect(heard[pausedAt]!.wordIndex).to.equal(pausedWord.wordIndex! + 1);
    await until(() => engine.state.status === 'ended', 60_000, 'the paragraph to be read');

    // In reading order.
    for (let i = 1; i < heard.length; i++) {
      const [a, b] = [heard[i - 1]!, heard[i]!];
      expect(b.sentenceIndex > a.sentenceIndex || (b.sentenceIndex === a.sentenceIndex && b.wordIndex > a.wordIndex), `word ${i} after word ${i - 1}`).to.equal(true);
      // The words' audio times increase; two words may be told in the same timer tick.
      expect(b.audioTime).to.be.greaterThan(a.audioTime);
      expect(b.at).to.be.at.least(a.at);
    }
    // Every highlighted word is the word spoken at the boundary.
    for (const h of heard) {
      expect(h.highlighted).to.equal(h.word);
      expect(h.atBoundary.startsWith(h.word) || h.atBoundary.replace(/^\P{L}+/u, '').startsWith(h.word), `"${h.atBoundary.slice(0, 20)}" starts with "${h.word}"`).to.equal(true);
    }
    // All five sentences, and (almost) every word: eSpeak speaks numbers and such in several events.
    const total = units.reduce((n, u) => n + u.words.length, 0);
    expect(new Set(heard.map((h) => h.sentenceIndex)).size).to.equal(5);
    expect(heard.length).to.be.at.least(total - 2);
    expect(heard.map((h) => h.word).slice(0, 6)).to.deep.equal(['Great', 'was', 'the', 'alarm', 'in', 'the']);

    // Measurements.
    const firstAudio = trace.find((e) => e.type === 'audio-start')!.at - t0;
    const lateness = trace.flatMap((e) => (e.type === 'boundary' ? [e.lateness * 1000] : []));
    const toProgress = heard.map((h) => h.sinceBoundary);
    const speaks = trace.filter((e) => e.type === 'speak');
    // Silence added between sentences, on the audio clock: the next one's first sample after the last one's last.
    const ends = trace.flatMap((e) => (e.type === 'end' ? [e.contextTime] : []));
    const starts = trace.flatMap((e) => (e.type === 'audio-start' ? [e.contextTime] : []));
    const gaps = starts.slice(1).map((s, i) => (s - ends[i]!) * 1000);
    const latency = (context.baseLatency + context.outputLatency) * 1000;
    console.log(
      `[speech-espeak] cold play() → first audio: ${ms(firstAudio)} (loads eSpeak NG: 0.8 MB script + 24 MB data in its worker)\n` +
        `[speech-espeak] boundary → progress event: median ${ms(median(toProgress))}, max ${ms(Math.max(...toProgress))} (${toProgress.length} words)\n` +
        `[speech-espeak] boundary vs its audio (audio clock): median ${ms(median(lateness))} late, max ${ms(Math.max(...lateness))}\n` +
        `[speech-espeak] sentences prefetched: ${speaks.filter((e) => e.type === 'speak' && e.prefetched).length}/${speaks.length}; silence added between sentences: ${gaps.map((g) => ms(g)).join(', ')}\n` +
        `[speech-espeak] AudioContext ${context.sampleRate} Hz, base + output latency ${ms(latency)} (subtracted from currentTime for highlighting)`,
    );
    expect(Math.max(...toProgress)).to.be.below(20);
    expect(median(lateness)).to.be.below(30);
    expect(speaks.slice(1).every((e) => e.type === 'speak' && e.prefetched)).to.equal(true);
    for (const gap of gaps) expect(gap).to.be.below(100);
  });

  it('starts quickly once eSpeak is loaded, and stop() silences it at once', async () => {
    await backend.warmUp();
    trace.length = 0;
    heard.length = 0;
    const t0 = performance.now();
    await engine.play({ sentenceIndex: 2, wordIndex: null });
    await until(() => trace.some((e) => e.type === 'audio-start'), 10_000, 'audio');
    const warm = trace.find((e) => e.type === 'audio-start')!.at - t0;
    await until(() => heard.length >= 2, 10_000, 'two words');
    engine.stop();
    const count = heard.length;
    await new Promise((r) => setTimeout(r, 500));
    expect(heard.length).to.equal(count);
    expect(heard[0]!.sentenceIndex).to.equal(2);
    console.log(`[speech-espeak] warm play() → first audio: ${ms(warm)} (synthesis of the first fifth of a second + scheduling)`);
    expect(warm).to.be.below(1_000);
  });

  it('stops with no-voice, a sentence the learner can act on, when its files are not served', async () => {
    const broken = new EspeakBackend({ baseUrl: '/no-such-folder/', context });
    const reader = new ReadAloudEngine({ backend: broken });
    await reader.setSection({ index: 0, document: doc, language: 'en', script: { units: units.slice(0, 1), problems: [] } });
    await reader.play();
    await until(() => reader.state.status === 'error', 10_000, 'the error');
    expect(reader.state.error!.code).to.equal('no-voice');
    expect(reader.state.error!.message).to.contain('offline voice');
    reader.dispose();
    broken.dispose();
  });
});
