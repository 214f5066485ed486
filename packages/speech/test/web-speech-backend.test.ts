import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SpeakEvents } from '../src/speech-backend.js';
import { WebSpeechBackend } from '../src/web-speech-backend.js';
import { textUnit } from './scripted-backend.js';

// A stand-in for the browser's speechSynthesis (a test double of the speech
// device): it keeps what it is asked to say and lets the test fire the
// utterance events a voice would.
class FakeUtterance {
  voice: unknown = null;
  lang = '';
  rate = 1;
  pitch = 1;
  volume = 1;
  onstart: (() => void) | null = null;
  onend: (() => void) | null = null;
  onboundary: ((e: { name?: string; charIndex: number }) => void) | null = null;
  onerror: ((e: { error: string }) => void) | null = null;
  constructor(readonly text: string) {}
}

class FakeSynthesis {
  spoken: FakeUtterance[] = [];
  speaking = false;
  pending = false;
  constructor(private readonly voiceList: { name: string; lang: string; localService: boolean; default: boolean }[]) {}
  getVoices() {
    return this.voiceList;
  }
  addEventListener() {}
  removeEventListener() {}
  speak(u: FakeUtterance) {
    this.spoken.push(u);
    this.speaking = true;
  }
  cancel() {
    const current = this.spoken[this.spoken.length - 1];
    this.speaking = false;
    current?.onerror?.({ error: 'interrupted' });
  }
  pause() {}
  resume() {}
  get current(): FakeUtterance {
    return this.spoken[this.spoken.length - 1]!;
  }
}

const VOICES = [
  { name: 'Alex', lang: 'en-US', localService: true, default: true },
  { name: 'Maged', lang: 'ar-SA', localService: true, default: false },
];

function setup(maxUtteranceLength = 250) {
  const synthesis = new FakeSynthesis(VOICES);
  const backend = new WebSpeechBackend({ synthesis: synthesis as unknown as SpeechSynthesis, Utterance: FakeUtterance as unknown as typeof SpeechSynthesisUtterance, maxUtteranceLength });
  const log: string[] = [];
  const events: SpeakEvents = {
    start: (info) => log.push(`start:${info.voice}`),
    boundary: (i) => log.push(`boundary:${i}`),
    end: () => log.push('end'),
    error: (e) => log.push(`error:${e.code}`),
  };
  return { synthesis, backend, log, events };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('WebSpeechBackend', () => {
  it('one utterance per unit, with the voice of the text\'s language and the learner\'s rate, pitch and volume', async () => {
    const { synthesis, backend, log, events } = setup();
    backend.speak({ unit: textUnit('مرحبا بكم.', 'ar'), text: 'مرحبا بكم.', lang: 'ar', voice: 'Alex', rate: 1.5, pitch: 0.8, volume: 0.7 }, events);
    await tick();
    const u = synthesis.current;
    assert.equal(u.text, 'مرحبا بكم.');
    assert.equal((u.voice as { name: string }).name, 'Maged');
    assert.equal(u.lang, 'ar-SA');
    assert.deepEqual([u.rate, u.pitch, u.volume], [1.5, 0.8, 0.7]);
    u.onstart!();
    u.onboundary!({ name: 'word', charIndex: 6 });
    u.onboundary!({ name: 'sentence', charIndex: 0 });
    u.onend!();
    assert.deepEqual(log, ['start:Maged', 'boundary:6', 'end']);
  });

  it('long text is spoken in pieces; boundaries are offsets in the whole text; start and end once', async () => {
    const { synthesis, backend, log, events } = setup(30);
    const text = 'Whenever I find myself growing grim about the mouth; whenever it is a damp November.';
    backend.speak({ unit: textUnit(text), text, lang: 'en', voice: null, rate: 1, pitch: 1, volume: 1 }, events);
    await tick();
    const first = synthesis.current;
    first.onstart!();
    first.onboundary!({ name: 'word', charIndex: 9 });
    first.onend!();
    const second = synthesis.current;
    assert.notEqual(second, first);
    assert.equal(text.indexOf(second.text) > 0, true);
    second.onstart!();
    second.onboundary!({ name: 'word', charIndex: 0 });
    for (let guard = 0; !log.includes('end') && guard < 10; guard++) synthesis.current.onend!();
    assert.ok(synthesis.spoken.length >= 3);
    for (const piece of synthesis.spoken) assert.ok(piece.text.length <= 30);
    assert.equal(log.filter((l) => l.startsWith('start')).length, 1);
    assert.equal(log.filter((l) => l === 'end').length, 1);
    assert.deepEqual(log.slice(1, 3), ['boundary:9', `boundary:${text.indexOf(second.text)}`]);
  });

  it('cancel is silent: the interrupted error of our own cancel is not reported; real errors are, with codes', async () => {
    const { synthesis, backend, log, events } = setup();
    backend.speak({ unit: textUnit('Hello there.'), text: 'Hello there.', lang: 'en', voice: null, rate: 1, pitch: 1, volume: 1 }, events);
    await tick();
    backend.cancel();
    assert.deepEqual(log, []);
    backend.speak({ unit: textUnit('Hello there.'), text: 'Hello there.', lang: 'en', voice: null, rate: 1, pitch: 1, volume: 1 }, events);
    await tick();
    synthesis.current.onerror!({ error: 'not-allowed' });
    assert.deepEqual(log, ['error:not-allowed']);
  });

  it('lists voices for a picker', async () => {
    const { backend } = setup();
    assert.deepEqual(await backend.voices(), [
      { name: 'Alex', lang: 'en-US', local: true, default: true },
      { name: 'Maged', lang: 'ar-SA', local: true, default: false },
    ]);
  });
});
