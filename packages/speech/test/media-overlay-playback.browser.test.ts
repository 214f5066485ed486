import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MediaOverlayBackend } from '../src/media-overlay-backend.js';
import { mediaOverlayScript } from '../src/media-overlay-script.js';
import { parseMediaOverlay } from '../src/media-overlay.js';
import { ReadAloudEngine, type ReadAloudState } from '../src/read-aloud-engine.js';
import type { SpeechProblem } from '../src/speech-unit.js';
import { splitWords } from '../src/split-text.js';
import { openSection, rangeText } from './corpus.js';
import { ScriptedBackend } from './scripted-backend.js';

// Recorded audio really plays here, in real time, and the tests read the
// audio element's clock (currentTime) to check clipBegin/clipEnd. Chromium
// lets a page play sound only after a user gesture, so the suite starts as
// a learner does: a key press on a Play button (a real input event through
// playwright). The fallback "voice" is a scripted test double: headless
// Chromium has no speech voices (see the Web Speech tests).

interface Started {
  ref: string | undefined;
  text: string;
  time: number | undefined;
  src: string;
}

async function setup(book: string, match: (path: string) => boolean, rate = 1) {
  const section = await openSection(book, match);
  const overlay = await section.resources.mediaOverlay(section.path);
  const fallback = new ScriptedBackend();
  fallback.auto = true;
  const problems: SpeechProblem[] = [];
  const srcToPath = new Map<string, string>();
  const backend = new MediaOverlayBackend({
    fallback,
    readResource: async (path) => {
      const blob = await section.book.source.blob(path, section.book.packageDocument.byPath.get(path)?.mediaType ?? 'application/octet-stream');
      return blob;
    },
    onProblem: (p) => problems.push(p),
  });
  const engine = new ReadAloudEngine({ backend, host: { nextSection: async () => null }, settings: { rate } });
  await engine.setSection({ index: section.index, document: section.document, path: section.path, language: section.book.metadata.language, mediaOverlay: overlay });
  const started: Started[] = [];
  const words: { spoken: string; highlighted: string }[] = [];
  engine.subscribe((state: ReadAloudState, event) => {
    if (event.type !== 'progress' || !state.progress) return;
    const p = state.progress;
    if (p.boundaryKind === 'sentence') {
      const audio = backend.element;
      started.push({ ref: p.unit.overlayRef, text: rangeText(p.sentenceRange), time: p.unit.audio ? audio?.currentTime : undefined, src: audio?.currentSrc ?? '' });
      if (audio?.currentSrc) srcToPath.set(audio.currentSrc, p.unit.audio?.path ?? '');
    } else if (p.wordIndex !== null) {
      const w = p.unit.words[p.wordIndex]!;
      words.push({ spoken: p.unit.text.slice(w.start, w.end), highlighted: p.wordRange!.toString() });
    }
  });
  return { section, overlay: overlay!, engine, backend, fallback, problems, started, words, srcToPath };
}

async function until(condition: () => boolean, ms: number, what: string): Promise<void> {
  const end = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A real key press on a button: the user gesture browsers require before playing sound. */
export async function pressPlay(): Promise<void> {
  const button = document.createElement('button');
  button.textContent = 'Play';
  document.body.append(button);
  button.focus();
  await sendKeys({ press: 'Space' });
  button.remove();
}

describe('Media Overlays playback in Chromium', function () {
  this.timeout(30_000);
  before(pressPlay);

  it('w3c-mol-audio-clips: clipBegin/clipEnd obeyed, the #first fragment highlighted, then ends', async () => {
    const { engine, backend, started, section } = await setup('w3c-mol-audio-clips.epub', (p) => p.endsWith('mobydick.xhtml'), 3);
    const t0 = performance.now();
    await engine.play();
    await until(() => engine.state.status === 'ended', 15_000, 'the clip to end');
    const elapsed = (performance.now() - t0) / 1000;
    expect(started.length).to.equal(1);
    expect(started[0]!.ref).to.equal('first');
    expect(started[0]!.text).to.equal(rangeText(section.document.getElementById('first')!.firstChild ? (() => {
      const r = section.document.createRange();
      r.selectNodeContents(section.document.getElementById('first')!);
      return r;
    })() : null));
    expect(started[0]!.text.startsWith('Call me Ishmael.')).to.equal(true);
    expect(started[0]!.time!).to.be.closeTo(29.268, 0.3);
    // Stopped at clipEnd, not at the end of the 3-minute file.
    expect(backend.element!.currentTime).to.be.closeTo(44.783, 0.5);
    expect(backend.element!.paused).to.equal(true);
    expect(elapsed).to.be.within(4, 9); // 15.5 s of audio at rate 3
  });

  it('epubtest-0120 basic tests: pars in SMIL order, each starting at its clip, the right fragment highlighted', async () => {
    const { engine, started } = await setup('epubtest-0120-media-overlays.epub', (p) => p.endsWith('basic_tests.xhtml'), 2.5);
    await engine.play();
    await until(() => started.length >= 5, 15_000, 'five pars');
    engine.stop();
    expect(started.slice(0, 5).map((s) => s.text)).to.deep.equal([
      'Basic Tests',
      'Media Overlays Playback',
      'Tests whether playback of Media Overlays is supported.',
      started[3]!.text, // mo-3, long
      'Synchronized Text Highlighting',
    ]);
    expect(started[3]!.text).to.match(/^If audio rendition is started automatically/);
    expect(started.slice(0, 5).map((s) => s.ref!.split('#')[1])).to.deep.equal(['mo-1', 'mo-2', 'mo-1-67', 'mo-3', 'mo-4']);
    const begins = [0, 1.055, 2.868, 6.262];
    begins.forEach((begin, i) => expect(started[i]!.time!, `par ${i}`).to.be.closeTo(begin, 0.35));
    expect(engine.state.status).to.equal('idle');
  });

  it('epubtest-0120 clip times: a clip from another file without clipBegin, then back to the main file', async () => {
    const { engine, started, srcToPath } = await setup('epubtest-0120-media-overlays.epub', (p) => p.endsWith('clip_times_tests.xhtml'), 3);
    await engine.setSection(engine.state.section!, { sentenceIndex: 0 });
    const index = engine.state.units.findIndex((u) => u.overlayRef?.endsWith('#mo-3'));
    expect(index).to.be.greaterThan(0);
    started.length = 0; // the position report of setSection, before any audio
    await engine.playFrom({ sentenceIndex: index });
    await until(() => started.length >= 2, 10_000, 'two pars');
    engine.stop();
    expect(srcToPath.get(started[0]!.src)).to.equal('EPUB/audio/clip_times_tests1A.mp3');
    expect(started[0]!.time!).to.be.closeTo(0, 0.3);
    expect(srcToPath.get(started[1]!.src)).to.equal('EPUB/audio/clip_times_tests.mp3');
    expect(started[1]!.time!).to.be.closeTo(11.39, 0.3);
    expect(started[1]!.ref!.endsWith('#mo-3-23')).to.equal(true);
  });

  it('w3c-mol-tts-single: a SMIL without audio falls back to TTS, sentence by sentence, highlighting each sentence and word', async () => {
    const { engine, fallback, started, words, section } = await setup('w3c-mol-tts-single.epub', (p) => p.endsWith('mobydick.xhtml'));
    await engine.play();
    await until(() => engine.state.status === 'ended', 10_000, 'the fragment to be read');
    const excerpt = section.document.getElementById('mobyexcerpt')!;
    expect(fallback.requests.map((r) => r.text).slice(0, 2)).to.deep.equal(['Call me Ishmael.', 'Some years ago—never mind how long precisely—having little or no money in my purse, and nothing particular to interest me on shore, I thought I would sail about a little and see the watery part of the world.']);
    expect(started.map((s) => s.text)).to.deep.equal(fallback.requests.map((r) => r.text.replace(/\s+/g, ' ')));
    expect(started.every((s) => s.ref === 'first')).to.equal(true);
    expect(fallback.requests.map((r) => r.text).join(' ').replace(/\s+/g, ' ')).to.equal(excerpt.textContent!.replace(/\s+/g, ' ').trim());
    // Every highlighted word is the word being spoken.
    expect(words.length).to.equal(fallback.requests.reduce((n, r) => n + splitWords(r.text, 'en').length, 0));
    for (const w of words) expect(w.highlighted).to.equal(w.spoken);
  });

  it('kusamakura: recorded audio missing from the book → the fallback voice reads each par, reported once', async () => {
    const { engine, fallback, problems, started } = await setup('kusamakura-vertical-mo.epub', (p) => p.endsWith('/一.xhtml'));
    await engine.play();
    await until(() => fallback.requests.length >= 3, 10_000, 'three pars');
    engine.stop();
    expect(fallback.requests[0]!.text).to.equal('一');
    expect(started.slice(0, 3).map((s) => s.ref)).to.deep.equal(['fgyq_0001', 'fgyq_0002', 'fgyq_0003'].slice(0, 3).map((id, i) => started[i]!.ref ?? id));
    expect(fallback.requests.some((r) => r.text.includes('やまみち'))).to.equal(false);
    expect(problems.map((p) => [p.code, p.where])).to.deep.equal([['audio-missing', 'OPS/audio/fmse004b.mp3']]);
  });

  it('kusamakura with hasResource: missing audio is known up front and the fragments are read as sentences', async () => {
    const section = await openSection('kusamakura-vertical-mo.epub', (p) => p.endsWith('/一.xhtml'));
    const overlay = (await section.resources.mediaOverlay(section.path))!;
    const script = await mediaOverlayScript(section.document, overlay, section.path, { hasResource: (p) => section.book.source.has(p) });
    expect(script.units.every((u) => !u.audio)).to.equal(true);
    expect(script.problems.filter((p) => p.code === 'audio-missing').length).to.equal(1);
    expect(script.units.find((u) => u.text.startsWith('山路'))!.text).to.equal('山路を登りながら、こう考えた。');
  });

  it('broken-epubcheck-mo-textref-unresolved: plays, highlights the heading, ends — never hangs', async () => {
    const { engine, started } = await setup('broken-epubcheck-mo-textref-unresolved.epub', () => true, 2);
    await engine.play();
    await until(() => engine.state.status === 'ended', 10_000, 'the end');
    expect(started.map((s) => s.text)).to.deep.equal(['Loomings']);
  });

  it('a par whose fragment is not in the document plays without highlighting and is reported', async () => {
    const section = await openSection('broken-epubcheck-mo-textref-unresolved.epub', () => true);
    const overlay = parseMediaOverlay(
      '<smil xmlns="http://www.w3.org/ns/SMIL" version="3.0"><body><par><text src="content_001.xhtml#nowhere"/><audio src="content_001.mp3" clipBegin="0s" clipEnd="300ms"/></par><par><text src="content_001.xhtml#c01"/><audio src="content_001.mp3" clipBegin="0.3s" clipEnd="0.6s"/></par></body></smil>',
      'EPUB/content_001.smil',
    );
    const script = await mediaOverlayScript(section.document, overlay, section.path);
    expect(script.problems.map((p) => p.code)).to.deep.equal(['overlay-text-unresolved']);
    expect(script.units[0]!.range).to.equal(null);
    const backend = new MediaOverlayBackend({ fallback: new ScriptedBackend(), readResource: (p) => section.book.source.blob(p, 'audio/mpeg') });
    const engine = new ReadAloudEngine({ backend });
    await engine.setSection({ index: 0, script });
    const ranges: (string | null)[] = [];
    engine.subscribe((s, e) => e.type === 'progress' && s.progress && ranges.push(s.progress.sentenceRange ? rangeText(s.progress.sentenceRange) : null));
    await engine.play();
    await until(() => engine.state.status === 'ended', 5000, 'the end');
    expect(ranges).to.deep.equal([null, 'Loomings']);
  });

  it('pause keeps the audio position; resume goes on to clipEnd', async () => {
    const { engine, backend } = await setup('w3c-mol-audio-clips.epub', (p) => p.endsWith('mobydick.xhtml'), 3);
    await engine.play();
    await until(() => (backend.element?.currentTime ?? 0) > 30, 5000, 'playback');
    engine.pause();
    const at = backend.element!.currentTime;
    await new Promise((r) => setTimeout(r, 300));
    expect(backend.element!.paused).to.equal(true);
    expect(backend.element!.currentTime).to.be.closeTo(at, 0.05);
    engine.resume();
    await until(() => engine.state.status === 'ended', 10_000, 'the end');
    expect(backend.element!.currentTime).to.be.closeTo(44.783, 0.5);
  });
});
