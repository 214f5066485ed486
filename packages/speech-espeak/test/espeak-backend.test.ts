import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { ReadAloudEngine, splitWords, type ReadAloudState, type SpeechProblem, type SpeechUnit, type SpeakEvents } from '@attune/speech';
import { EspeakBackend, type EspeakTraceEvent } from '../src/espeak-backend.js';
import { defaultEspeakBaseUrl } from '../src/espeak-runtime.js';
import { InProcessSynthesizer, type EspeakSynthesizer } from '../src/espeak-synthesizer.js';
import type { SynthesisJob } from '../src/synthesis-job.js';
import { fakeContext, type FakeAudioContext } from './fake-audio-context.js';

// The backend with eSpeak in this process and a fake AudioContext whose
// clock runs in real time: boundaries must come when the clock reaches
// their audio, pause must hold them, cancel must end them.

const synthesizer = new InProcessSynthesizer(defaultEspeakBaseUrl());
after(() => synthesizer.dispose());

function unit(text: string, lang = 'en'): SpeechUnit {
  return { kind: 'text', text, lang, range: null, anchor: null, words: splitWords(text, lang).map((w) => ({ ...w, range: null })), pronunciations: [] };
}

function setup() {
  const { fake, context } = fakeContext();
  const trace: EspeakTraceEvent[] = [];
  const problems: SpeechProblem[] = [];
  const backend = new EspeakBackend({ synthesizer, context, trace: (e) => trace.push(e), onProblem: (p) => problems.push(p) });
  return { fake, backend, trace, problems };
}

async function until(condition: () => boolean, ms: number, what: string): Promise<void> {
  const end = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const request = (text: string, lang = 'en-US') => ({ unit: unit(text), text, lang, voice: null, rate: 1, pitch: 1, volume: 1 });

function recorder(fake: FakeAudioContext) {
  const log: { kind: string; at: number; charIndex?: number }[] = [];
  const events: SpeakEvents = {
    start: () => log.push({ kind: 'start', at: fake.currentTime }),
    boundary: (charIndex) => log.push({ kind: 'boundary', at: fake.currentTime, charIndex }),
    end: () => log.push({ kind: 'end', at: fake.currentTime }),
    error: (e) => log.push({ kind: `error:${e.code}`, at: fake.currentTime }),
  };
  return { log, events };
}

describe('EspeakBackend (eSpeak in Node, fake AudioContext)', () => {
  it('starts, tells each word when the audio clock reaches it, then ends', async () => {
    const { fake, backend, trace } = setup();
    const { log, events } = recorder(fake);
    const text = 'One small step for a child.';
    backend.speak(request(text), events);
    await until(() => log.some((e) => e.kind === 'end'), 10_000, 'the end');
    assert.deepEqual(log.map((e) => e.kind).filter((k) => k !== 'boundary'), ['start', 'end']);
    const boundaries = log.filter((e) => e.kind === 'boundary');
    assert.deepEqual(boundaries.map((b) => text.slice(b.charIndex!).split(/\W/)[0]), ['One', 'small', 'step', 'for', 'a', 'child']);
    for (let i = 1; i < boundaries.length; i++) assert.ok(boundaries[i]!.at > boundaries[i - 1]!.at);
    // Each boundary comes within a few milliseconds of its audio (the audio clock, not timer drift).
    const lateness = trace.flatMap((t) => (t.type === 'boundary' ? [t.lateness] : []));
    assert.equal(lateness.length, 6);
    for (const late of lateness) assert.ok(late >= 0 && late < 0.05, `boundary ${Math.round(late * 1000)} ms late`);
    // The end comes after all the audio.
    assert.ok(log.at(-1)!.at >= fake.scheduledSeconds - 0.01, `${log.at(-1)!.at} s vs ${fake.scheduledSeconds} s of audio`);
    backend.dispose();
  });

  it('pause holds the words (the context is suspended), resume goes on from the same place', async () => {
    const { fake, backend } = setup();
    const { log, events } = recorder(fake);
    const text = 'The cat sat on the warm mat by the kitchen door all afternoon.';
    backend.speak(request(text), events);
    await until(() => log.filter((e) => e.kind === 'boundary').length >= 3, 10_000, 'three words');
    backend.pause();
    assert.equal(fake.state, 'suspended');
    const heldAt = log.length;
    const clock = fake.currentTime;
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(log.length, heldAt, 'no words while paused');
    assert.equal(fake.currentTime, clock);
    backend.resume();
    await until(() => log.some((e) => e.kind === 'end'), 10_000, 'the end');
    assert.equal(fake.state, 'running');
    assert.equal(log.filter((e) => e.kind === 'boundary').length, splitWords(text, 'en').length);
    backend.dispose();
  });

  it('cancel stops the sources and sends nothing more', async () => {
    const { fake, backend } = setup();
    const { log, events } = recorder(fake);
    backend.speak(request('A long sentence that will be stopped before it is over, long before.'), events);
    await until(() => log.filter((e) => e.kind === 'boundary').length >= 2, 10_000, 'two words');
    backend.cancel();
    const count = log.length;
    assert.ok(fake.sources.every((s) => s.stopped), 'all sources stopped');
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(log.length, count);
    backend.dispose();
  });

  it('volume changes live; rate and pitch ask for a restart', async () => {
    const { fake, backend } = setup();
    const { log, events } = recorder(fake);
    backend.speak({ ...request('Loud and then quiet words.'), volume: 0.8 }, events);
    await until(() => log.some((e) => e.kind === 'start'), 10_000, 'the start');
    assert.equal(fake.gains[0]!.gain.value, 0.8);
    assert.equal(backend.adjust({ rate: 1, pitch: 1, volume: 0.3 }), true);
    assert.equal(fake.gains[0]!.gain.value, 0.3);
    assert.equal(backend.adjust({ rate: 1.5, pitch: 1, volume: 0.3 }), false);
    assert.equal(backend.adjust({ rate: 1, pitch: 1.2, volume: 0.3 }), false);
    backend.dispose();
  });

  it('a language eSpeak does not speak is read with the fallback voice and reported once', async () => {
    const { fake, backend, trace, problems } = setup();
    const { log, events } = recorder(fake);
    backend.speak({ ...request('Qapla batlh.', 'tlh'), rate: 2 }, events);
    await until(() => log.some((e) => e.kind === 'end'), 10_000, 'the end');
    backend.speak({ ...request('Qapla.', 'tlh'), rate: 2 }, recorder(fake).events);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.code, 'voice-missing');
    assert.match(problems[0]!.message, /tlh/);
    assert.deepEqual(trace.filter((t) => t.type === 'speak').map((t) => t.type === 'speak' && [t.voice, t.fallback]), [['gmw/en-US', true], ['gmw/en-US', true]]);
    backend.dispose();
  });

  it('at rate 3, past eSpeak\'s 450 words per minute, plays faster and keeps the words on the faster clock', async () => {
    const { fake, context } = fakeContext();
    const trace: EspeakTraceEvent[] = [];
    const jobs: SynthesisJob[] = [];
    const recording: EspeakSynthesizer = {
      ready: () => synthesizer.ready(),
      synthesize: (r) => {
        const job = synthesizer.synthesize(r);
        jobs.push(job);
        return job;
      },
      dispose: () => {},
    };
    const backend = new EspeakBackend({ synthesizer: recording, context, trace: (e) => trace.push(e) });
    const { log, events } = recorder(fake);
    const text = 'Faster than any voice can say these words.';
    backend.speak({ ...request(text), rate: 3 }, events);
    await until(() => log.some((e) => e.kind === 'end'), 10_000, 'the end');
    assert.equal(jobs[0]!.request.wpm, 450);
    assert.ok(fake.sources.length > 0 && fake.sources.every((s) => Math.abs(s.playbackRate.value - 525 / 450) < 1e-9));
    assert.deepEqual(log.flatMap((e) => (e.kind === 'boundary' ? [e.charIndex] : [])), splitWords(text, 'en').map((w) => w.start));
    // Each word is placed at eSpeak's time for it, played 525/450 as fast.
    const espeakTimes = (await jobs[0]!.result()).flatMap((c) => c.words.map((w) => w.time / 1000));
    const start = trace.find((t) => t.type === 'audio-start');
    assert.ok(start?.type === 'audio-start');
    const placed = trace.flatMap((t) => (t.type === 'boundary' ? [t.contextTime - start.contextTime] : []));
    assert.equal(placed.length, espeakTimes.length);
    placed.forEach((time, i) => assert.ok(Math.abs(time - espeakTimes[i]! / (525 / 450)) < 0.001, `word ${i}: ${time} s, eSpeak ${espeakTimes[i]} s`));
    for (const t of trace) if (t.type === 'boundary') assert.ok(t.lateness >= 0 && t.lateness < 0.05, `boundary ${Math.round(t.lateness * 1000)} ms late`);
    assert.ok(log.at(-1)!.at >= fake.scheduledSeconds - 0.01);
    backend.dispose();
  });

  it('drives ReadAloudEngine: word progress in order, the next sentence synthesized ahead and started without a gap', async () => {
    const { fake, backend, trace } = setup();
    const engine = new ReadAloudEngine({ backend, settings: { rate: 1.6 } });
    const stopFollowing = backend.follow(engine);
    const units = [unit('Tom had a red kite.'), unit('It flew over the hill!'), unit('Then the wind stopped.')];
    await engine.setSection({ index: 0, language: 'en', script: { units, problems: [] } });
    const words: string[] = [];
    engine.subscribe((state: ReadAloudState, event) => {
      const p = state.progress;
      if (event.type === 'progress' && p?.boundaryKind === 'word' && p.wordIndex !== null) {
        const w = p.unit.words[p.wordIndex]!;
        words.push(p.unit.text.slice(w.start, w.end));
      }
    });
    await engine.play();
    await until(() => engine.state.status === 'ended', 15_000, 'the end of the section');
    assert.deepEqual(words, units.flatMap((u) => u.words.map((w) => u.text.slice(w.start, w.end))));
    assert.equal(engine.state.wordBoundaries, 'available');
    const speaks = trace.filter((t) => t.type === 'speak');
    assert.deepEqual(speaks.map((t) => t.type === 'speak' && t.prefetched), [false, true, true]);
    // The gap between one sentence's end and the next one's audio: the lead of a scheduled source, no synthesis wait.
    const ends = trace.filter((t) => t.type === 'end').map((t) => t.at);
    const starts = trace.filter((t) => t.type === 'audio-start').map((t) => t.at);
    for (let i = 1; i < starts.length; i++) assert.ok(starts[i]! - ends[i - 1]! < 80, `gap before sentence ${i + 1}: ${Math.round(starts[i]! - ends[i - 1]!)} ms`);
    stopFollowing();
    engine.dispose();
    backend.dispose();
    assert.equal(fake.state, 'running', 'a context passed in is not closed by the backend');
  });
});
