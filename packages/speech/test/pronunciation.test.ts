import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BookSpeechResources, pronunciationLinks, type ManifestEntry } from '../src/book-speech-resources.js';
import { PronunciationLexicon } from '../src/pronunciation-lexicon.js';
import type { SpeechUnit } from '../src/speech-unit.js';
import { unitSsml, utteranceText } from '../src/utterance-text.js';
import { corpusText, corpusZip } from './corpus-files.js';

const GEORGIA = 'georgia-pls-ssml.epub';

describe('PronunciationLexicon', () => {
  it('reads the georgia lexicon: 71 graphemes in IPA, English', async () => {
    const lexicon = PronunciationLexicon.parse(await corpusText(GEORGIA, 'EPUB/lexicon/en.pls'), 'EPUB/lexicon/en.pls');
    assert.equal(lexicon.size, 71);
    assert.equal(lexicon.lang, 'en');
    assert.deepEqual(lexicon.lookup('Altamaha'), { source: 'lexicon', phoneme: 'ˈɔltəməˌhɔ', alphabet: 'ipa' });
    assert.equal(lexicon.lookup('Abolition')?.phoneme, 'ˌæbəˈlɪʃən', 'case is ignored when no exact entry exists');
    assert.equal(lexicon.lookup('Atlantis'), undefined);
    assert.ok(lexicon.appliesTo('en-US'));
    assert.ok(!lexicon.appliesTo('fr'));
  });

  it('aliases, multi-word graphemes, several graphemes per lexeme, first lexeme wins', () => {
    const lexicon = PronunciationLexicon.parse(`<?xml version="1.0"?>
      <lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="x-sampa" xml:lang="en-GB">
        <lexeme><grapheme>W3C</grapheme><alias>World Wide Web Consortium</alias></lexeme>
        <lexeme><grapheme>New  York</grapheme><grapheme>NYC</grapheme><phoneme alphabet="ipa">nuː jɔːk</phoneme></lexeme>
        <lexeme><grapheme>W3C</grapheme><alias>ignored</alias></lexeme>
        <lexeme><grapheme>tomato</grapheme><phoneme>t@"mA:t@U</phoneme></lexeme>
      </lexicon>`);
    assert.deepEqual(lexicon.lookup('W3C'), { source: 'lexicon', alias: 'World Wide Web Consortium' });
    assert.equal(lexicon.lookup('New York')?.phoneme, 'nuː jɔːk');
    assert.equal(lexicon.lookup('NYC')?.alphabet, 'ipa');
    assert.equal(lexicon.lookup('tomato')?.alphabet, 'x-sampa');
    assert.equal(lexicon.maxWords, 2);
  });

  it('rejects what is not a lexicon with a sentence', () => {
    assert.throws(() => PronunciationLexicon.parse('<lexicon><lexeme>', 'x.pls'), /“x.pls” is not well-formed XML/);
    assert.throws(() => PronunciationLexicon.parse('<html/>', 'y.pls'), /not a PLS lexicon/);
  });
});

describe('pronunciation links and book resources', () => {
  it('finds <link rel="pronunciation"> in the georgia section markup', async () => {
    const markup = await corpusText(GEORGIA, 'EPUB/georgia.xhtml');
    assert.deepEqual(pronunciationLinks(markup, 'EPUB/georgia.xhtml'), ['EPUB/lexicon/en.pls']);
    assert.deepEqual(pronunciationLinks('<link rel="stylesheet" href="a.css"/><link href=\'b.pls\' rel="pronunciation"/>', 'OPS/x/c.xhtml'), ['OPS/x/b.pls']);
  });

  it('BookSpeechResources loads lexicons and overlays through the caller\'s readText, and reports what is missing', async () => {
    const zip = await corpusZip('w3c-mol-audio-clips.epub');
    const manifest = new Map<string, ManifestEntry>([
      ['mobydick', { id: 'mobydick', path: 'EPUB/mobydick.xhtml', mediaType: 'application/xhtml+xml', mediaOverlay: 'md-smil' }],
      ['md-smil', { id: 'md-smil', path: 'EPUB/mo/mobydick.smil', mediaType: 'application/smil+xml' }],
      ['gone', { id: 'gone', path: 'EPUB/gone.xhtml', mediaType: 'application/xhtml+xml', mediaOverlay: 'nope' }],
      ['pls', { id: 'pls', path: 'EPUB/missing.pls', mediaType: 'application/pls+xml' }],
    ]);
    const reads: string[] = [];
    const resources = new BookSpeechResources({
      packageDocument: { path: 'EPUB/package.opf', manifest },
      readText: async (path) => {
        reads.push(path);
        const entry = zip.file(path);
        if (!entry) throw new Error('missing');
        return entry.async('string');
      },
    });
    assert.ok(resources.hasMediaOverlays);
    const overlay = await resources.mediaOverlay('EPUB/mobydick.xhtml');
    assert.equal(overlay?.pars[0]?.fragment, 'first');
    assert.equal(await resources.mediaOverlay('EPUB/mobydick.xhtml'), overlay, 'cached');
    assert.equal(reads.filter((p) => p.endsWith('.smil')).length, 1);
    assert.equal(await resources.mediaOverlay('EPUB/content_001.xhtml'), null);
    assert.equal(await resources.mediaOverlay('EPUB/gone.xhtml'), null);
    assert.deepEqual(await resources.mediaOverlayClasses(), { activeClass: 'my-active-class', playbackActiveClass: 'my-document-playing' });
    assert.deepEqual(await resources.lexicons('EPUB/mobydick.xhtml'), []);
    assert.deepEqual(resources.problems.map((p) => p.code).sort(), ['lexicon-missing', 'overlay-missing']);
  });
});

function unit(text: string, pronunciations: SpeechUnit['pronunciations']): SpeechUnit {
  return { kind: 'text', text, lang: 'en-US', range: null, anchor: null, words: [], pronunciations };
}

describe('utterance text and SSML', () => {
  const u = unit('It lies 30° N. of the W3C & Altamaha.', [
    { start: 8, end: 11, phoneme: 'ˈθɜrti dɪˈgriz', alphabet: 'ipa', source: 'ssml' },
    { start: 22, end: 25, alias: 'World Wide Web Consortium', source: 'lexicon' },
    { start: 28, end: 36, phoneme: 'ˈɔltəməˌhɔ', alphabet: 'ipa', source: 'lexicon' },
  ]);

  it('aliases replace their words for plain-text voices; offsets map back to the printed word', () => {
    const spoken = utteranceText(u);
    assert.equal(spoken.text, 'It lies 30° N. of the World Wide Web Consortium & Altamaha.');
    assert.equal(spoken.toUnitOffset(0), 0);
    assert.equal(spoken.toUnitOffset(8), 8);
    assert.equal(spoken.toUnitOffset(28), 22, 'inside the alias: its word');
    assert.equal(spoken.toUnitOffset(50), 28);
    assert.equal(utteranceText(u, { aliases: false }).text, u.text);
  });

  it('from an offset, and from inside an alias', () => {
    assert.equal(utteranceText(u, { from: 15 }).text, 'of the World Wide Web Consortium & Altamaha.');
    assert.equal(utteranceText(u, { from: 15 }).toUnitOffset(3), 18);
    assert.equal(utteranceText(u, { from: 23 }).text, 'World Wide Web Consortium & Altamaha.');
  });

  it('SSML with phoneme and sub, escaped, never the markup as text', () => {
    assert.equal(
      unitSsml(u),
      '<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-US">It lies <phoneme alphabet="ipa" ph="ˈθɜrti dɪˈgriz">30°</phoneme> N. of the <sub alias="World Wide Web Consortium">W3C</sub> &amp; <phoneme alphabet="ipa" ph="ˈɔltəməˌhɔ">Altamaha</phoneme>.</speak>',
    );
  });
});
