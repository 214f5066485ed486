import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { espeakProsody } from '../src/espeak-prosody.js';
import { chooseEspeakVoice, espeakVoiceInfos, espeakVoiceName } from '../src/espeak-voice.js';
import { ESPEAK_VOICES } from '../src/espeak-voices.js';

const idFor = (lang: string, preferred: string | null = null) => chooseEspeakVoice(lang, preferred).voice.id;

describe('chooseEspeakVoice', () => {
  it('maps content languages to eSpeak voices', () => {
    assert.equal(idFor('en'), 'gmw/en-US');
    assert.equal(idFor('en-US'), 'gmw/en-US');
    assert.equal(idFor('en-GB'), 'gmw/en');
    assert.equal(idFor('en_AU'), 'gmw/en-US');
    assert.equal(idFor('es'), 'roa/es');
    assert.equal(idFor('es-ES'), 'roa/es');
    assert.equal(idFor('es-MX'), 'roa/es-419');
    assert.equal(idFor('es-419'), 'roa/es-419');
    assert.equal(idFor('fr'), 'roa/fr');
    assert.equal(idFor('fr-CA'), 'roa/fr');
    assert.equal(idFor('fr-BE'), 'roa/fr-BE');
    assert.equal(idFor('de-AT'), 'gmw/de');
    assert.equal(idFor('ar'), 'sem/ar');
    assert.equal(idFor('ar-EG'), 'sem/ar');
    assert.equal(idFor('pt-BR'), 'roa/pt-BR');
    assert.equal(idFor('zh'), 'sit/cmn');
    assert.equal(idFor('zh-yue'), 'sit/yue');
    assert.equal(idFor('ja'), 'jpx/ja');
    assert.equal(chooseEspeakVoice('de').fallback, false);
  });

  it('falls back to American English with a flag when no voice speaks the language; no flag when the language is unknown', () => {
    assert.deepEqual({ id: idFor('tlh'), fallback: chooseEspeakVoice('tlh').fallback }, { id: 'gmw/en-US', fallback: true });
    assert.deepEqual({ id: idFor('xx-YY'), fallback: chooseEspeakVoice('xx-YY').fallback }, { id: 'gmw/en-US', fallback: true });
    assert.deepEqual({ id: idFor(''), fallback: chooseEspeakVoice('').fallback }, { id: 'gmw/en-US', fallback: false });
  });

  it('takes the learner\'s voice (by name or id) when it speaks the language, else chooses by language', () => {
    const scottish = ESPEAK_VOICES.find((v) => v.id === 'gmw/en-GB-scotland')!;
    assert.equal(idFor('en-US', espeakVoiceName(scottish)), 'gmw/en-GB-scotland');
    assert.equal(idFor('en', 'gmw/en-GB-x-rp'), 'gmw/en-GB-x-rp');
    assert.equal(idFor('fr', espeakVoiceName(scottish)), 'roa/fr');
    assert.equal(idFor('', espeakVoiceName(scottish)), 'gmw/en-GB-scotland');
    assert.equal(idFor('fr', 'Google français'), 'roa/fr'); // a system voice's name
  });

  it('lists every voice as a local, non-default VoiceInfo with a BCP 47 language', () => {
    const infos = espeakVoiceInfos();
    assert.equal(infos.length, ESPEAK_VOICES.length);
    assert.ok(infos.length > 100);
    assert.ok(infos.every((v) => v.local && !v.default && v.name.startsWith('eSpeak NG ')));
    assert.equal(new Set(infos.map((v) => v.name)).size, infos.length, 'names are unique');
    assert.deepEqual(infos.find((v) => v.name === 'eSpeak NG English (America)'), { name: 'eSpeak NG English (America)', lang: 'en-US', local: true, default: false });
  });
});

describe('espeakProsody', () => {
  it('turns the engine\'s rate into eSpeak words per minute and pitch into 0–100', () => {
    assert.deepEqual(espeakProsody({ rate: 1, pitch: 1 }), { wpm: 175, pitch: 50, playbackRate: 1 });
    assert.deepEqual(espeakProsody({ rate: 0.5, pitch: 0.5 }), { wpm: 88, pitch: 25, playbackRate: 1 });
    assert.deepEqual(espeakProsody({ rate: 2, pitch: 2 }), { wpm: 350, pitch: 100, playbackRate: 1 });
  });

  it('above eSpeak\'s 450 wpm, synthesizes at 450 and plays faster', () => {
    const fastest = espeakProsody({ rate: 3, pitch: 1 });
    assert.equal(fastest.wpm, 450);
    assert.ok(Math.abs(fastest.playbackRate - 525 / 450) < 1e-9);
    assert.deepEqual(espeakProsody({ rate: Number.NaN, pitch: -1 }), { wpm: 175, pitch: 50, playbackRate: 1 });
  });
});
