import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { EspeakRuntime, defaultEspeakBaseUrl, type SpokenWord } from '../src/espeak-runtime.js';
import { InProcessSynthesizer, EspeakLoadError, ESPEAK_SAMPLE_RATE } from '../src/espeak-synthesizer.js';
import { espeakInput } from '../src/espeak-text.js';
import { ESPEAK_VOICES } from '../src/espeak-voices.js';
// @ts-expect-error: plain .mjs helper shared with scripts/generate-voices.mjs
import { catalogueFromModule } from '../scripts/voice-catalogue.mjs';

interface Spoken {
  samples: number;
  words: SpokenWord[];
}

function say(runtime: EspeakRuntime, text: string, voice = 'gmw/en-US', wpm = 175): Spoken {
  let samples = 0;
  const words: SpokenWord[] = [];
  runtime.synthesize({ text, voice, wpm, pitch: 50 }, (chunk) => {
    samples += chunk.samples.length;
    words.push(...chunk.words);
  });
  return { samples, words };
}

const wordsOf = (text: string, spoken: Spoken) => spoken.words.map((w) => text.slice(w.charIndex, w.charIndex + w.length));

describe('eSpeak NG in Node', () => {
  let runtime: EspeakRuntime;
  before(async () => {
    runtime = await EspeakRuntime.load(defaultEspeakBaseUrl());
  });

  it('finds its files in the @echogarden package folder by default', () => {
    assert.match(defaultEspeakBaseUrl(), /\/node_modules\/@echogarden\/espeak-ng-emscripten\/$/);
  });

  it('synthesizes a sentence: 16-bit PCM at 22,050 Hz and a word event at each word, in order', () => {
    const text = 'Alice was beginning to get very tired of sitting by her sister on the bank.';
    const spoken = say(runtime, text);
    assert.equal(runtime.sampleRate, ESPEAK_SAMPLE_RATE);
    const seconds = spoken.samples / ESPEAK_SAMPLE_RATE;
    assert.ok(seconds > 2.5 && seconds < 8, `${seconds} s of audio`);
    assert.deepEqual(wordsOf(text, spoken), text.replace(/\.$/, '').split(' '));
    // eSpeak joins "the" to "on"; its word is filled in between them.
    const the = spoken.words.find((w) => text.slice(w.charIndex, w.charIndex + w.length) === 'the')!;
    assert.equal(the.estimated, true);
    assert.equal(spoken.words.filter((w) => w.estimated).length, 1);
    const times = spoken.words.map((w) => w.time);
    assert.equal(times[0], 0);
    for (let i = 1; i < times.length; i++) assert.ok(times[i]! > times[i - 1]!, `word ${i} after word ${i - 1}: ${times.join(', ')}`);
    assert.ok(times.at(-1)! < seconds * 1000);
  });

  it('maps positions past characters outside the BMP (eSpeak counts code points) and combining marks to UTF-16 offsets', () => {
    const text = 'A 😀 smile for 𝒳 and the café, then naïve words.';
    const spoken = say(runtime, text);
    const words = wordsOf(text, spoken);
    for (const expected of ['smile', 'for', 'and', 'the', 'then', 'naïve', 'words']) assert.ok(words.includes(expected), `"${expected}" in ${JSON.stringify(words)}`);
    // Decomposed é (e + U+0301) is two code points eSpeak counts as two.
    const decomposed = 'Cafe\u0301 au lait.';
    assert.deepEqual(wordsOf(decomposed, say(runtime, decomposed)), ['Cafe\u0301', 'au', 'lait']);
  });

  it('reads <, > and & as text, not as SSML markup, with offsets in the original text', () => {
    const text = 'Tom & Jerry said <b>bold</b> things.';
    const words = wordsOf(text, say(runtime, text));
    assert.ok(words.includes('Jerry'), JSON.stringify(words));
    assert.ok(words.includes('said'));
    assert.ok(words.includes('things'));
    assert.ok(words.some((w) => w.startsWith('b')), 'the b of <b> is read, not taken as a tag');
  });

  it('speaks faster at a higher rate, and in Spanish, French, German and Arabic', () => {
    const text = 'The quick brown fox jumps over the lazy dog.';
    const normal = say(runtime, text, 'gmw/en-US', 175).samples;
    const fast = say(runtime, text, 'gmw/en-US', 350).samples;
    assert.ok(fast < normal * 0.65, `${fast} samples at 350 wpm vs ${normal} at 175`);
    const samples: Record<string, [string, string]> = {
      'roa/es': ['El niño come una manzana roja.', 'manzana'],
      'roa/fr': ['Le petit prince regarde les étoiles.', 'étoiles'],
      'gmw/de': ['Die Katze schläft auf dem Sofa.', 'schläft'],
      'sem/ar': ['القطة تنام على الأريكة.', 'تنام'],
    };
    for (const [voice, [sentence, word]] of Object.entries(samples)) {
      const spoken = say(runtime, sentence, voice);
      assert.ok(spoken.samples > ESPEAK_SAMPLE_RATE / 2, voice);
      assert.ok(wordsOf(sentence, spoken).includes(word), `${voice}: ${JSON.stringify(wordsOf(sentence, spoken))}`);
    }
  });

  it('rejects a voice it does not have', () => {
    assert.throws(() => say(runtime, 'Hello.', 'xx/nothing'), /no voice "xx\/nothing"/);
  });

  it('the built-in voice list is the one of the installed eSpeak NG (else run scripts/generate-voices.mjs)', async () => {
    const { default: factory } = (await import(new URL('espeak-ng.js', defaultEspeakBaseUrl()).href)) as { default: () => Promise<unknown> };
    assert.deepEqual(catalogueFromModule(await factory()), ESPEAK_VOICES);
  });
});

describe('InProcessSynthesizer', () => {
  it('streams chunks of a job and queues jobs in order', async () => {
    const synthesizer = new InProcessSynthesizer(defaultEspeakBaseUrl());
    const first = synthesizer.synthesize({ text: 'One two three.', voice: 'gmw/en-US', wpm: 175, pitch: 50 });
    const second = synthesizer.synthesize({ text: 'Four five.', voice: 'gmw/en-US', wpm: 175, pitch: 50 });
    const [a, b] = await Promise.all([first.result(), second.result()]);
    assert.ok(a.length > 3, 'more than one chunk');
    assert.deepEqual(a.flatMap((c) => c.words).map((w) => w.charIndex), [0, 4, 8]);
    assert.deepEqual(b.flatMap((c) => c.words).map((w) => w.charIndex), [0, 5]);
  });

  it('fails with EspeakLoadError, rather than hanging, when the files are not there', async () => {
    const synthesizer = new InProcessSynthesizer(new URL('./no-such-folder/', import.meta.url).href);
    await assert.rejects(synthesizer.synthesize({ text: 'Hello.', voice: 'gmw/en-US', wpm: 175, pitch: 50 }).result(), (error: Error) => {
      assert.ok(error instanceof EspeakLoadError, String(error));
      return true;
    });
  });
});

describe('espeakInput', () => {
  it('escapes markup characters and maps 1-based code point positions back to UTF-16 offsets', () => {
    const input = espeakInput('a<b & 😀c');
    assert.equal(input.text, 'a&lt;b &amp; 😀c');
    const position = (offset: number) => [...input.text.slice(0, offset)].length + 1;
    assert.equal(input.offsetOf(1), 0); // a
    assert.equal(input.offsetOf(position(input.text.indexOf('&lt;') + 3)), 1); // inside &lt; → <
    assert.equal(input.offsetOf(position(input.text.indexOf('b'))), 2);
    assert.equal(input.offsetOf(position(input.text.indexOf('😀'))), 6);
    assert.equal(input.offsetOf(position(input.text.indexOf('c'))), 8); // after a surrogate pair
    assert.equal(input.offsetOf(99), 9);
    assert.equal(input.offsetOf(0), 0);
  });
});
