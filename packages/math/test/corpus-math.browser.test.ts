import { expect } from '@open-wc/testing';
import { openBook, type AttuneBook } from '@attune/book';
import { segmentDocument } from '@attune/speech';
import { configureMath, containsMath, createMathSpeech, speakMath, UNREADABLE_MATH, type MathSpeechResult } from '../src/index.js';
import { LOCALES, corpusUrl, mathElements } from './browser-corpus.js';

configureMath({ localeUrl: LOCALES });

const books = new Map<string, Promise<AttuneBook>>();
function book(name: string): Promise<AttuneBook> {
  if (!books.has(name)) books.set(name, openBook(corpusUrl(name)));
  return books.get(name)!;
}

async function sectionWith(name: string, pathEnd: string): Promise<Document> {
  const opened = await book(name);
  const index = opened.sections.findIndex((s) => s.path.endsWith(pathEnd));
  if (index < 0) throw new Error(`${name} has no section ${pathEnd}`);
  return opened.sectionDocument(index);
}

describe('speech for the corpus books\' math, in Chromium', function () {
  this.timeout(120_000);

  it('w3c-cnt-mathml-support: its equation in ClearSpeak and MathSpeak, not its alttext', async () => {
    const opened = await book('w3c-cnt-mathml-support.epub');
    const docs = await Promise.all(opened.sections.map((_, i) => opened.sectionDocument(i)));
    const doc = docs.find(containsMath)!;
    const [math] = mathElements(doc);
    const alttext = math!.getAttribute('alttext');
    const clear = await speakMath(math!, { locale: opened.metadata.language });
    expect(clear.text).to.equal('x equals open paren a plus b close paren squared');
    expect(clear.text).not.to.equal(alttext);
    expect(clear.problems).to.deep.equal([]);
    expect((await speakMath(math!, { style: 'MathSpeak' })).text).to.equal('x equals left parenthesis a plus b right parenthesis squared');
  });

  it('linear-algebra-mathml: every expression of two sections is read from its MathML (the alttext is useless)', async () => {
    const results: MathSpeechResult[] = [];
    let alttexts = 0;
    for (const path of ['fcla-xml-2.30li9.xhtml', 'fcla-xml-2.30li59.xhtml']) {
      const maths = mathElements(await sectionWith('linear-algebra-mathml.epub', path));
      expect(maths.length).to.be.greaterThan(50);
      for (const math of maths) {
        if (math.getAttribute('alttext') === 'Alternative text not available') alttexts++;
        results.push(await speakMath(math, { locale: 'en' }));
      }
    }
    expect(alttexts).to.be.greaterThan(400);
    expect(results.filter((r) => r.text === UNREADABLE_MATH || r.problems.length)).to.deep.equal([]);
    expect(results.some((r) => /alternative text/i.test(r.text))).to.equal(false);
    // Recorded from speech-rule-engine 4.1.5 (the same words as in Node).
    expect(results.slice(0, 4).map((r) => r.text)).to.deep.equal(['A', 'open bracket A close bracket sub i j', 'v', 'open bracket v close bracket sub i']);
    const li59 = results.slice(77, 81).map((r) => r.text);
    expect(li59).to.deep.equal(['n times n', 'A', 'open bracket A close bracket sub i j equals 0', 'i is greater than j']);
  });

  it('read aloud: the adapter gives @attune/speech one unit per <math> with speech-rule-engine\'s words', async () => {
    const opened = await book('linear-algebra-mathml.epub');
    const doc = await sectionWith('linear-algebra-mathml.epub', 'fcla-xml-2.30li59.xhtml');
    const reported: MathSpeechResult[] = [];
    const mathSpeech = createMathSpeech({ bookLocale: opened.metadata.language, style: 'MathSpeak', onSpoken: (r) => reported.push(r) });
    const { units, problems } = await segmentDocument(doc, { mathSpeech });
    const mathUnits = units.filter((u) => u.kind === 'math');
    expect(mathUnits.length).to.equal(mathElements(doc).length);
    expect(problems).to.deep.equal([]);
    expect(mathUnits.slice(0, 3).map((u) => u.text)).to.deep.equal(['n times n', 'upper A', 'left bracket upper A right bracket Subscript i j Baseline equals 0']);
    expect(mathUnits.every((u) => u.text && u.text !== 'Alternative text not available')).to.equal(true);
    expect(reported.every((r) => r.locale === 'en' && !r.fellBack)).to.equal(true);
  });
});
