import { expect } from '@open-wc/testing';
import { segmentDocument } from '../src/segment-document.js';
import type { SpeechUnit } from '../src/speech-unit.js';
import { openSection, rangeText } from './corpus.js';

const XHTML = (body: string, lang = 'en') =>
  new DOMParser().parseFromString(
    `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xmlns:ssml="http://www.w3.org/2001/10/synthesis" xml:lang="${lang}" lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`,
    'application/xhtml+xml',
  );

const texts = (units: SpeechUnit[]) => units.map((u) => u.text);

/** Every text unit's range reads as its text, and every word's range as the word. */
function expectRangesMatch(units: SpeechUnit[]): void {
  for (const unit of units) {
    if (unit.kind !== 'text') continue;
    expect(rangeText(unit.range)).to.equal(unit.text.replace(/\s+/g, ' '));
    for (const word of unit.words) expect(word.range!.toString()).to.equal(unit.text.slice(word.start, word.end));
  }
}

describe('segmentDocument on corpus books', function () {
  this.timeout(20_000);

  it('moby-dick chapter 1: the heading is its own sentence, then "Call me Ishmael."; ranges read as the text', async () => {
    const { document } = await openSection('moby-dick.epub', (p) => p.endsWith('chapter_001.xhtml'));
    const { units } = await segmentDocument(document, { language: 'en-US' });
    expect(units[0]!.text).to.equal('Chapter 1. Loomings.');
    expect(units[1]!.text).to.equal('Call me Ishmael.');
    expect(units[2]!.text).to.match(/^Some years ago—never mind how long precisely—having little/);
    expect(units[1]!.words.map((w) => units[1]!.text.slice(w.start, w.end))).to.deep.equal(['Call', 'me', 'Ishmael']);
    expect(units.length).to.be.greaterThan(80);
    // The headline block: each paragraph ends its sentence even without a full stop.
    expect(texts(units)).to.include('“WHALING VOYAGE BY ONE ISHMAEL.');
    expect(units.every((u) => u.lang === 'en-US')).to.equal(true);
    expectRangesMatch(units);
  });

  it('regime-anticancer (Arabic): sentences split by Intl.Segmenter in lang ar, words highlight Arabic text', async () => {
    const { document } = await openSection('regime-anticancer-arabic-rtl.epub', (p) => p.endsWith('C_content.xhtml'));
    const { units } = await segmentDocument(document);
    expect(units.every((u) => u.lang === 'ar')).to.equal(true);
    expect(texts(units).slice(0, 3)).to.deep.equal(['الفصل الثاني', 'ما هو السرطان؟', 'من أين تأتي الحياة؟']);
    const hasan = units.find((u) => u.text === 'حسنًا!');
    expect(hasan, 'the exclamation ends a sentence').to.exist;
    expect(units[units.indexOf(hasan!) + 1]!.text).to.match(/^إن أردنا أن نفهم الآن/);
    const question = units.find((u) => u.text.startsWith('لكن، من أين تتأتّى هذه الخلايا؟'));
    expect(question, 'a question mark in the middle of a paragraph ends the sentence').to.exist;
    expect(question!.text.endsWith('؟')).to.equal(true);
    expectRangesMatch(units.slice(0, 40));
  });

  it('kusamakura (Japanese, ruby): the base text is read once, the rt reading never', async () => {
    const { document } = await openSection('kusamakura-vertical-mo.epub', (p) => p.endsWith('/一.xhtml'));
    const { units } = await segmentDocument(document);
    const first = units.find((u) => u.text.startsWith('山路'));
    expect(first!.text).to.equal('山路を登りながら、こう考えた。');
    expect(first!.lang.toLowerCase()).to.match(/^ja/);
    // The range still spans the ruby (highlighting covers the annotation with its base)…
    expect(first!.range!.toString()).to.contain('やまみち');
    // …but nothing spoken contains a ruby reading.
    const rt = [...document.getElementsByTagName('rt')].map((r) => r.textContent!.trim()).filter(Boolean);
    expect(rt.length).to.be.greaterThan(100);
    const chi = units.find((u) => u.text.startsWith('智に働けば'))!;
    expect(chi.text).to.equal('智に働けば角が立つ。');
    expect(chi.words.length).to.be.greaterThan(3);
    for (const word of chi.words) expect(word.range!.toString().replace(/ち|かど/g, '')).to.equal(chi.text.slice(word.start, word.end).replace(/ち|かど/g, ''));
  });

  it('georgia: page numbers and note references skipped unless asked, ssml:ph attached, alt text only when asked', async () => {
    const { document, resources, book, index, path } = await openSection('georgia-pls-ssml.epub', (p) => p.endsWith('georgia.xhtml'));
    const lexicons = await resources.lexicons(path, await book.sectionText(index));
    expect(lexicons.length).to.equal(1);
    const { units } = await segmentDocument(document, { language: 'en-US', lexicons });
    const all = texts(units).join(' ');
    expect(all).not.to.match(/\b752\b/);
    expect(all).to.contain('Bryan and Effingham counties');
    expect(all).to.contain('upper Savannah was formerly', 'the note reference “1” is not read');
    expect(units.some((u) => u.kind === 'image')).to.equal(true);
    const map = units.find((u) => u.kind === 'image' && u.text === 'Georgia state map')!;
    expect(map.range).to.equal(null);
    expect(map.anchor!.localName).to.equal('img');

    // ssml:ph on the degree signs
    const first = units.find((u) => u.text.startsWith('GEORGIA, a southern state'))!;
    const degrees = first.pronunciations.find((p) => first.text.slice(p.start, p.end) === '30°')!;
    expect(degrees).to.deep.include({ phoneme: 'ˈθɜrti dɪˈgriz', alphabet: 'ipa', source: 'ssml' });
    const north = first.pronunciations.find((p) => first.text.slice(p.start, p.end) === 'N.')!;
    expect(north.phoneme).to.equal('nɔrθ');
    // PLS lexicon words: Altamaha, Alabama, Apalachicola…
    const altamaha = units.flatMap((u) => u.pronunciations.map((p) => ({ word: u.text.slice(p.start, p.end), ...p }))).filter((p) => p.source === 'lexicon');
    expect(altamaha.find((p) => p.word === 'Altamaha')?.phoneme).to.equal('ˈɔltəməˌhɔ');
    expect(altamaha.find((p) => p.word === 'Alabama')?.phoneme).to.equal('ˌæləˈbæmə');
    // ssml:ph wins over the lexicon: "Mobile" has an ssml:ph and no lexicon span
    const mobile = units.find((u) => u.text.includes('into Mobile Bay'))!;
    expect(mobile.pronunciations.filter((p) => mobile.text.slice(p.start, p.end) === 'Mobile').map((p) => p.source)).to.deep.equal(['ssml']);
    // The markup itself is never spoken.
    expect(all).not.to.contain('ssml');
    expect(all).not.to.contain('ˈ');

    const asked = await segmentDocument(document, { language: 'en-US', skipPageNumbers: false, skipNoteReferences: false, readAltText: false });
    const askedText = texts(asked.units).join(' ');
    expect(askedText).to.match(/Bryan 752 and Effingham/);
    expect(askedText).to.contain('upper Savannah1 was formerly');
    expect(asked.units.some((u) => u.kind === 'image')).to.equal(false);
  });

  it('math is one unit: mathSpeech when given, alttext otherwise, never the raw MathML text', async () => {
    const { document } = await openSection('w3c-cnt-mathml-support.epub', () => true);
    const math = document.getElementsByTagNameNS('http://www.w3.org/1998/Math/MathML', 'math')[0]!;
    const alttext = math.getAttribute('alttext')!;
    const plain = await segmentDocument(document);
    const unit = plain.units.find((u) => u.kind === 'math')!;
    expect(unit.text).to.equal(alttext.replace(/\s+/g, ' ').trim());
    expect(unit.anchor).to.equal(math);
    // Highlighted whole: the range selects the <math> element itself.
    expect(unit.range!.startContainer).to.equal(math.parentNode);
    expect(unit.range!.endOffset - unit.range!.startOffset).to.equal(1);
    expect(texts(plain.units).join(' ')).not.to.contain(math.textContent!.replace(/\s+/g, ''));
    const spoken = await segmentDocument(document, { mathSpeech: async () => 'x equals open paren a plus b close paren squared' });
    expect(spoken.units.find((u) => u.kind === 'math')!.text).to.equal('x equals open paren a plus b close paren squared');
    const failing = await segmentDocument(document, { mathSpeech: () => Promise.reject(new Error('engine down')) });
    expect(failing.units.find((u) => u.kind === 'math')!.text).to.equal(unit.text);
    expect(failing.problems[0]!.code).to.equal('math-speech-failed');
  });
});

describe('segmentDocument rules', () => {
  it('lists, headings, table captions and poetry lines end sentences', async () => {
    const doc = XHTML(`<h2>Lines</h2><p>Shall I compare thee<br/>to a summer's day</p><ul><li>one</li><li>two</li></ul>
      <table><caption>Rainfall by month</caption><tr><td>Jan</td><td>49 in</td></tr></table>`);
    const { units } = await segmentDocument(doc);
    expect(texts(units)).to.deep.equal(['Lines', 'Shall I compare thee', "to a summer's day", 'one', 'two', 'Rainfall by month', 'Jan', '49 in']);
  });

  it('hidden text is skipped: hidden, aria-hidden, display:none (when a window computes styles)', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const doc = frame.contentDocument!;
    doc.body.innerHTML = `<p>Seen.</p><p hidden="">Hidden.</p><p aria-hidden="true">Aria hidden.</p><p class="gone">Not displayed.</p><style>.gone{display:none}</style><p>Also seen.</p>`;
    const { units } = await segmentDocument(doc);
    expect(texts(units)).to.deep.equal(['Seen.', 'Also seen.']);
    frame.remove();
  });

  it('a change of language starts a new unit in that language; images without alt are never read', async () => {
    const doc = XHTML(`<p>He said <span xml:lang="fr">bonjour tout le monde</span> and left. <img src="a.png"/><img src="b.png" alt=""/></p>`);
    const { units } = await segmentDocument(doc);
    expect(units.map((u) => [u.text, u.lang])).to.deep.equal([['He said', 'en'], ['bonjour tout le monde', 'fr'], ['and left.', 'en']]);
  });

  it('segments one element (a Media Overlay fragment) with the language it inherits', async () => {
    const doc = XHTML(`<p>Before.</p><section id="x"><p>Inside one. Inside two.</p></section>`, 'de');
    const { units } = await segmentDocument(doc.getElementById('x')!);
    expect(units.map((u) => [u.text, u.lang])).to.deep.equal([['Inside one.', 'de'], ['Inside two.', 'de']]);
  });
});
