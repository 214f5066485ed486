import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ReadAloudEngine, type ReadAloudEvent, type ReadAloudState, type SpeechSection } from '../src/read-aloud-engine.js';
import type { SpeechScript } from '../src/speech-unit.js';
import { ScriptedBackend, script, textUnit, tick } from './scripted-backend.js';

function setup(options: { sections?: SpeechScript[]; boundaryTimeoutMs?: number; host?: boolean } = {}) {
  const backend = new ScriptedBackend();
  const sections = options.sections ?? [script('Call me Ishmael.', 'Some years ago I went to sea.', 'It is a way I have.')];
  const asked: number[] = [];
  const host = options.host === false ? undefined : {
    async nextSection(current: SpeechSection): Promise<SpeechSection | null> {
      asked.push(current.index);
      const index = current.index + 1;
      return index < sections.length ? { index, script: sections[index]! } : null;
    },
    async previousSection(current: SpeechSection): Promise<SpeechSection | null> {
      const index = current.index - 1;
      return index >= 0 ? { index, script: sections[index]! } : null;
    },
  };
  const engine = new ReadAloudEngine({ backend, host, boundaryTimeoutMs: options.boundaryTimeoutMs ?? 1000 });
  const statuses: string[] = [];
  const events: ReadAloudEvent[] = [];
  engine.subscribe((state: ReadAloudState, event) => {
    events.push(event);
    if (event.type === 'status') statuses.push(state.status);
  });
  void engine.setSection({ index: 0, script: sections[0]! });
  return { engine, backend, statuses, events, asked };
}

describe('ReadAloudEngine: states', () => {
  it('starts idle, loads, plays each sentence in order and ends at the end of the book', async () => {
    const { engine, backend, statuses } = setup({ host: false });
    assert.equal(engine.state.status, 'idle');
    const playing = engine.play();
    assert.equal(engine.state.status, 'loading');
    await playing;
    assert.equal(engine.state.status, 'playing');
    assert.equal(backend.last.text, 'Call me Ishmael.');
    backend.start();
    assert.equal(engine.state.progress?.sentenceIndex, 0);
    assert.equal(engine.state.progress?.boundaryKind, 'sentence');
    backend.end();
    assert.equal(backend.last.text, 'Some years ago I went to sea.');
    backend.start();
    backend.end();
    backend.start();
    backend.end();
    await tick();
    assert.equal(engine.state.status, 'ended');
    assert.equal(engine.state.progress, null);
    assert.deepEqual(statuses, ['loading', 'playing', 'ended']);
  });

  it('word boundaries move the word: index, range and boundaryKind', async () => {
    const { engine, backend } = setup();
    await engine.play();
    backend.start();
    backend.boundary(0);
    assert.equal(engine.state.progress?.wordIndex, 0);
    backend.boundary(5); // "me"
    const progress = engine.state.progress!;
    assert.equal(progress.wordIndex, 1);
    assert.equal(progress.boundaryKind, 'word');
    assert.equal((progress.wordRange as unknown as { label: string }).label, 'me');
    assert.equal((progress.sentenceRange as unknown as { label: string }).label, 'Call me Ishmael.');
    assert.equal(progress.highlight, 'word');
    backend.boundary(7); // the space before Ishmael still belongs to "me"
    assert.equal(engine.state.progress?.wordIndex, 1);
    backend.boundary(8);
    assert.equal(engine.state.progress?.wordIndex, 2);
  });

  it('pause cancels a backend that cannot pause, and resume speaks again from the last word', async () => {
    const { engine, backend } = setup();
    await engine.play();
    backend.start();
    backend.boundary(5);
    engine.pause();
    assert.equal(engine.state.status, 'paused');
    assert.ok(backend.log.includes('cancel'));
    engine.resume();
    assert.equal(engine.state.status, 'playing');
    assert.equal(backend.last.text, 'me Ishmael.');
    backend.start();
    backend.boundary(3); // "Ishmael" in the resumed text
    assert.equal(engine.state.progress?.wordIndex, 2);
  });

  it('pause and resume go to a backend that can pause in place', async () => {
    const { engine, backend } = setup();
    backend.capabilities = { pauseResume: true, ssml: false };
    await engine.play();
    backend.start();
    engine.pause();
    engine.resume();
    assert.deepEqual(backend.log.slice(-2), ['pause', 'resume']);
    assert.equal(backend.requests.length, 1);
    // play() while paused resumes too
    engine.pause();
    await engine.play();
    assert.equal(engine.state.status, 'playing');
    assert.equal(backend.log[backend.log.length - 1], 'resume');
  });

  it('stop goes idle and clears progress; play goes on from the same sentence', async () => {
    const { engine, backend } = setup();
    await engine.play();
    backend.start();
    backend.end();
    backend.start();
    engine.stop();
    assert.equal(engine.state.status, 'idle');
    assert.equal(engine.state.progress, null);
    await engine.play();
    assert.equal(backend.last.text, 'Some years ago I went to sea.');
  });

  it('pausing while the section loads leaves it paused at the position', async () => {
    const { engine, backend } = setup();
    const playing = engine.play();
    engine.pause();
    await playing;
    assert.equal(engine.state.status, 'paused');
    assert.equal(backend.requests.length, 0);
    engine.resume();
    assert.equal(backend.last.text, 'Call me Ishmael.');
  });

  it('playFrom while paused plays from there', async () => {
    const { engine, backend } = setup();
    await engine.play();
    backend.start();
    engine.pause();
    await engine.playFrom({ sentenceIndex: 2 });
    assert.equal(engine.state.status, 'playing');
    assert.equal(backend.last.text, 'It is a way I have.');
  });

  it('pause then resume while the section is still loading plays once it is ready', async () => {
    const { engine, backend } = setup();
    const playing = engine.play();
    engine.pause();
    engine.resume();
    await playing;
    await tick();
    assert.equal(engine.state.status, 'playing');
    assert.equal(backend.last.text, 'Call me Ishmael.');
  });

  it('events from a cancelled utterance are ignored', async () => {
    const { engine, backend } = setup();
    await engine.play();
    const old = backend.events();
    old.start({ timing: 'words' });
    await engine.nextSentence();
    old.boundary(5);
    old.end();
    assert.equal(engine.state.position.sentenceIndex, 1);
    assert.equal(backend.last.text, 'Some years ago I went to sea.');
    assert.equal(backend.requests.length, 2);
  });
});

describe('ReadAloudEngine: navigation', () => {
  it('next and previous sentence while playing speak that sentence', async () => {
    const { engine, backend } = setup();
    await engine.play();
    assert.equal(await engine.nextSentence(), true);
    assert.equal(backend.last.text, 'Some years ago I went to sea.');
    await engine.nextSentence();
    assert.equal(backend.last.text, 'It is a way I have.');
    await engine.previousSentence();
    assert.equal(backend.last.text, 'Some years ago I went to sea.');
    assert.equal(engine.state.status, 'playing');
  });

  it('next and previous sentence while paused move the highlight without speaking', async () => {
    const { engine, backend } = setup();
    await engine.play();
    backend.start();
    engine.pause();
    const spoken = backend.requests.length;
    await engine.nextSentence();
    assert.equal(engine.state.status, 'paused');
    assert.equal(engine.state.progress?.sentenceIndex, 1);
    assert.equal(backend.requests.length, spoken);
    engine.resume();
    assert.equal(backend.last.text, 'Some years ago I went to sea.');
  });

  it('playFrom a sentence and word speaks from that word', async () => {
    const { engine, backend } = setup();
    await engine.playFrom({ sentenceIndex: 1, wordIndex: 2 });
    assert.equal(backend.last.text, 'ago I went to sea.');
    backend.start();
    assert.equal(engine.state.progress?.wordIndex, 2);
    backend.boundary(4); // "I"
    assert.equal(engine.state.progress?.wordIndex, 3);
  });

  it('previousSentence at the start of a section goes to the last sentence of the previous one', async () => {
    const { engine, backend } = setup({ sections: [script('One.', 'Two.'), script('Three.', 'Four.')] });
    await engine.setSection({ index: 1, script: script('Three.', 'Four.') });
    await engine.play();
    await engine.previousSentence();
    assert.equal(engine.state.section?.index, 0);
    assert.equal(backend.last.text, 'Two.');
  });

  it('at the last sentence, nextSentence while idle stays put', async () => {
    const { engine } = setup({ sections: [script('Only.')] });
    await engine.play();
    engine.stop();
    assert.equal(await engine.nextSentence(), false);
  });
});

describe('ReadAloudEngine: settings', () => {
  it('rate, pitch, volume and voice go to the backend, kept inside the profile ranges', async () => {
    const { engine, backend } = setup();
    await engine.updateSettings({ rate: 5, pitch: 0.1, volume: 2, voice: 'Samantha' });
    await engine.play();
    assert.equal(backend.last.rate, 3);
    assert.equal(backend.last.pitch, 0.5);
    assert.equal(backend.last.volume, 1);
    assert.equal(backend.last.voice, 'Samantha');
    assert.equal(backend.last.lang, 'en');
  });

  it('changing the rate while playing restarts the sentence from the current word', async () => {
    const { engine, backend } = setup();
    await engine.play();
    backend.start();
    backend.boundary(5);
    await engine.updateSettings({ rate: 1.5 });
    assert.equal(backend.last.text, 'me Ishmael.');
    assert.equal(backend.last.rate, 1.5);
  });

  it('a backend that applies settings live is not restarted', async () => {
    const { engine, backend } = setup();
    backend.adjustLive = true;
    await engine.play();
    backend.start();
    await engine.updateSettings({ volume: 0.5 });
    assert.equal(backend.requests.length, 1);
    assert.equal(backend.log[backend.log.length - 1], 'adjust');
  });

  it('skipping rules re-prepare the section with the new settings', async () => {
    const backend = new ScriptedBackend();
    const seen: boolean[] = [];
    const engine = new ReadAloudEngine({
      backend,
      prepare: async (_section, settings) => {
        seen.push(settings.readAltText);
        return settings.readAltText ? script('A picture.', 'Text.') : script('Text.');
      },
    });
    await engine.setSection({ index: 0 });
    await engine.play();
    assert.equal(backend.last.text, 'A picture.');
    await engine.updateSettings({ readAltText: false });
    assert.deepEqual(seen, [true, false]);
    assert.equal(engine.state.units.length, 1);
    assert.equal(backend.last.text, 'Text.');
  });

  it('highlight none and sentence are reported in progress', async () => {
    const { engine, backend } = setup();
    await engine.updateSettings({ highlight: 'none' });
    await engine.play();
    backend.start();
    assert.equal(engine.state.progress?.highlight, 'none');
    await engine.updateSettings({ highlight: 'sentence' });
    assert.equal(engine.state.progress?.highlight, 'sentence');
  });

  it('PLS aliases are what the voice says; boundaries inside them map to the printed word', async () => {
    const unit = textUnit('See the Altamaha river.');
    unit.pronunciations.push({ start: 8, end: 16, alias: 'Alta ma haw', source: 'lexicon' });
    const { engine, backend } = setup({ sections: [{ units: [unit], problems: [] }] });
    await engine.play();
    assert.equal(backend.last.text, 'See the Alta ma haw river.');
    backend.start();
    backend.boundary(13); // "ma" inside the alias
    assert.equal(engine.state.progress?.wordIndex, 2);
    backend.boundary(20); // "river"
    assert.equal(engine.state.progress?.wordIndex, 3);
  });
});

describe('ReadAloudEngine: word boundaries', () => {
  it('a voice without boundary events is detected and highlighting falls back to sentences', async () => {
    const { engine, backend, events } = setup({ boundaryTimeoutMs: 20 });
    await engine.play();
    backend.start('Network voice');
    assert.equal(engine.state.wordBoundaries, 'unknown');
    await tick(40);
    assert.equal(engine.state.wordBoundaries, 'unavailable');
    assert.equal(engine.state.progress?.highlight, 'sentence');
    assert.ok(events.some((e) => e.type === 'word-boundaries'));
  });

  it('a sentence that ends without a boundary marks the voice too', async () => {
    const { engine, backend } = setup({ boundaryTimeoutMs: 10_000 });
    await engine.play();
    backend.start('Quiet voice');
    backend.end();
    assert.equal(engine.state.wordBoundaries, 'unavailable');
  });

  it('a voice with boundaries is marked available, and a later voice is judged on its own', async () => {
    const { engine, backend } = setup({ boundaryTimeoutMs: 20 });
    await engine.play();
    backend.start('Good voice');
    backend.boundary(0);
    assert.equal(engine.state.wordBoundaries, 'available');
    await engine.updateSettings({ voice: 'Other voice' });
    assert.equal(engine.state.wordBoundaries, 'unknown');
    backend.start('Other voice');
    await tick(40);
    assert.equal(engine.state.wordBoundaries, 'unavailable');
    await engine.updateSettings({ voice: 'Good voice' });
    assert.equal(engine.state.wordBoundaries, 'available');
  });
});

describe('ReadAloudEngine: sections', () => {
  it('continues into the next section the host gives, and ends when there is none', async () => {
    const { engine, backend, asked, events } = setup({ sections: [script('One.'), script('Two.', 'Three.')] });
    backend.auto = true;
    await engine.play();
    await tick(20);
    assert.deepEqual(asked, [0, 1]);
    assert.deepEqual(backend.requests.map((r) => r.text), ['One.', 'Two.', 'Three.']);
    assert.equal(engine.state.status, 'ended');
    assert.equal(events.filter((e) => e.type === 'section').length, 2);
  });

  it('skips sections with nothing to read', async () => {
    const { engine, backend, asked } = setup({ sections: [script('One.'), script(), script('Three.')] });
    backend.auto = true;
    await engine.play();
    await tick(20);
    assert.deepEqual(asked, [0, 1, 2]);
    assert.deepEqual(backend.requests.map((r) => r.text), ['One.', 'Three.']);
  });

  it('setSection while playing goes on reading in the new section', async () => {
    const { engine, backend } = setup();
    await engine.play();
    await engine.setSection({ index: 5, script: script('Chapter five.') });
    assert.equal(engine.state.status, 'playing');
    assert.equal(backend.last.text, 'Chapter five.');
  });
});

describe('ReadAloudEngine: errors', () => {
  it('a backend error stops with its code; play() tries again from the same sentence', async () => {
    const { engine, backend } = setup();
    await engine.play();
    backend.start();
    backend.end();
    backend.fail('no-voice');
    assert.equal(engine.state.status, 'error');
    assert.equal(engine.state.error?.code, 'no-voice');
    await engine.play();
    assert.equal(engine.state.status, 'playing');
    assert.equal(engine.state.error, null);
    assert.equal(backend.last.text, 'Some years ago I went to sea.');
  });

  it('a host that cannot give the next section is an error with a sentence, not a hang', async () => {
    const backend = new ScriptedBackend();
    backend.auto = true;
    const engine = new ReadAloudEngine({
      backend,
      host: { nextSection: () => Promise.reject(new Error('disk on fire')) },
    });
    await engine.setSection({ index: 0, script: script('Last words.') });
    await engine.play();
    await tick(10);
    assert.equal(engine.state.status, 'error');
    assert.equal(engine.state.error?.code, 'section-unavailable');
    assert.match(engine.state.error!.message, /next section/);
  });

  it('a section that cannot be prepared is an error', async () => {
    const engine = new ReadAloudEngine({ backend: new ScriptedBackend(), prepare: () => Promise.reject(new Error('bad markup')) });
    await engine.setSection({ index: 0 });
    await engine.play();
    assert.equal(engine.state.status, 'error');
    assert.equal(engine.state.error?.code, 'segmentation-failed');
  });

  it('a section without a document (and no script) is reported as unavailable', async () => {
    const engine = new ReadAloudEngine({ backend: new ScriptedBackend() });
    await engine.setSection({ index: 3 });
    await engine.play();
    assert.equal(engine.state.error?.code, 'section-unavailable');
  });

  it('play() before any section is a programming error', async () => {
    const engine = new ReadAloudEngine({ backend: new ScriptedBackend() });
    await assert.rejects(engine.play(), /setSection/);
  });

  it('problems found while preparing are reported as events', async () => {
    const engine = new ReadAloudEngine({ backend: new ScriptedBackend() });
    const problems: string[] = [];
    engine.subscribe((_s, e) => e.type === 'problem' && problems.push(e.problem.code));
    await engine.setSection({ index: 0, script: { units: [textUnit('Hi.')], problems: [{ code: 'audio-missing', message: 'x' }] } });
    await engine.play();
    assert.deepEqual(problems, ['audio-missing']);
    assert.equal(engine.state.problems.length, 1);
  });
});
