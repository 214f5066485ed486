import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeReadAloudSettings, DEFAULT_READ_ALOUD_SETTINGS } from '../src/read-aloud-settings.js';
import { splitLongText, splitSentences, splitWords } from '../src/split-text.js';
import { chooseVoice, type VoiceLike } from '../src/web-speech-backend.js';

const texts = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('English, with abbreviations and initials kept inside the sentence', () => {
    const text = 'Mr. Smith met Dr. Watson at St. Paul. John C. Calhoun owned a mine.  It was 1838! Was it?';
    assert.deepEqual(texts(text, splitSentences(text, 'en-US')), ['Mr. Smith met Dr. Watson at St. Paul.', 'John C. Calhoun owned a mine.', 'It was 1838!', 'Was it?']);
  });
  it('initials after a name and multi-letter initials join; a compass point at the end of a sentence does not', () => {
    const text = 'According to B.M. and M.R. Hall the springs rise there. It lies at 38° W. It is bounded N. by Tennessee.';
    assert.deepEqual(texts(text, splitSentences(text, 'en')), ['According to B.M. and M.R. Hall the springs rise there.', 'It lies at 38° W.', 'It is bounded N. by Tennessee.']);
  });
  it('Arabic question and exclamation marks', () => {
    const text = 'من أين تأتي الحياة؟ حسنًا! إن أردنا أن نفهم الآن.';
    assert.deepEqual(texts(text, splitSentences(text, 'ar')), ['من أين تأتي الحياة؟', 'حسنًا!', 'إن أردنا أن نفهم الآن.']);
  });
  it('Japanese full stops', () => {
    const text = '山路を登りながら、こう考えた。智に働けば角が立つ。';
    assert.deepEqual(texts(text, splitSentences(text, 'ja')), ['山路を登りながら、こう考えた。', '智に働けば角が立つ。']);
  });
  it('drops sentences with nothing to say; survives a malformed language tag', () => {
    assert.deepEqual(texts('* * * Hello.', splitSentences('* * * Hello.', 'en')), ['* * * Hello.']);
    assert.deepEqual(splitSentences('— * —', 'en'), []);
    assert.equal(splitSentences('One. Two.', 'not a tag!').length, 2);
  });
});

describe('splitWords', () => {
  it('word-like segments only', () => {
    const text = 'Call me Ishmael—30° N., 59,265 sq. m.';
    assert.deepEqual(texts(text, splitWords(text, 'en')), ['Call', 'me', 'Ishmael', '30', 'N', '59,265', 'sq', 'm']);
  });
  it('Japanese words without spaces, Arabic words', () => {
    assert.ok(splitWords('智に働けば角が立つ', 'ja').length >= 4);
    assert.deepEqual(texts('ما هو السرطان؟', splitWords('ما هو السرطان؟', 'ar')), ['ما', 'هو', 'السرطان']);
  });
});

describe('splitLongText', () => {
  it('cuts at clause punctuation, then spaces, never beyond the limit', () => {
    const text = 'Whenever I find myself growing grim about the mouth; whenever it is a damp, drizzly November in my soul; then I go to sea.';
    const pieces = splitLongText(text, 60);
    for (const p of pieces) assert.ok(p.end - p.start <= 60);
    assert.equal(texts(text, pieces).join(' '), text);
    assert.ok(texts(text, pieces)[0]!.endsWith(';'));
    assert.deepEqual(splitLongText('short', 60), [{ start: 0, end: 5 }]);
  });
});

describe('chooseVoice', () => {
  const voices: VoiceLike[] = [
    { name: 'Alex', lang: 'en-US', localService: true, default: true },
    { name: 'Google UK English', lang: 'en-GB', localService: false, default: false },
    { name: 'Maged', lang: 'ar-SA', localService: true, default: false },
    { name: 'Kyoko', lang: 'ja_JP', localService: true, default: false },
    { name: 'Google 日本語', lang: 'ja-JP', localService: false, default: false },
  ];
  it('the learner\'s voice when it speaks the language', () => {
    assert.equal(chooseVoice(voices, 'en-US', 'Google UK English')?.name, 'Google UK English');
  });
  it('a voice of the content language otherwise (Arabic text with an English voice chosen)', () => {
    assert.equal(chooseVoice(voices, 'ar', 'Alex')?.name, 'Maged');
    assert.equal(chooseVoice(voices, 'ja-jp', null)?.name, 'Kyoko', 'on-device first, underscores accepted');
    assert.equal(chooseVoice(voices, 'en-GB', null)?.name, 'Google UK English', 'exact tag before language only');
  });
  it('null when no voice speaks the language; the preferred or default voice when the language is unknown', () => {
    assert.equal(chooseVoice(voices, 'fr', null), null);
    assert.equal(chooseVoice(voices, '', 'Maged')?.name, 'Maged');
    assert.equal(chooseVoice(voices, '', null)?.name, 'Alex');
    assert.equal(chooseVoice([], 'en', null), null);
  });
});

describe('mergeReadAloudSettings', () => {
  it('takes the profile\'s speech section as it is and keeps numbers in range', () => {
    const profileSpeech = { readAloud: true, voice: 'Alex', rate: 9, pitch: 1.2, volume: -1, highlight: 'sentence' as const, skipPageNumbers: false, skipNoteReferences: true, readAltText: false };
    const merged = mergeReadAloudSettings(DEFAULT_READ_ALOUD_SETTINGS, profileSpeech);
    assert.deepEqual(merged, { voice: 'Alex', rate: 3, pitch: 1.2, volume: 0, highlight: 'sentence', skipPageNumbers: false, skipNoteReferences: true, readAltText: false });
    assert.equal(mergeReadAloudSettings(merged, { rate: Number.NaN }).rate, 1);
  });
});
