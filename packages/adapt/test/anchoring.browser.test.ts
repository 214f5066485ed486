import { expect } from '@open-wc/testing';
import { openBook, type AttuneBook } from '@attune/book';
import {
  anchor,
  describeElement,
  describeRange,
  describeTarget,
  normalizeForMatching,
  resolveAnchor,
  TextModel,
  type Selector,
  type TextQuoteSelector,
} from '../src/anchoring/index.js';
import { chapterHref, corpusUrl, sectionCopy } from './corpus.js';

let moby: AttuneBook;
let flatland: AttuneBook;

const chapter = (n: number) => sectionCopy(moby, chapterHref(n));

/** A Range over the first occurrence of `text` inside one text node of `root`. */
function rangeOfText(doc: Document, text: string): Range {
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const at = node.data.indexOf(text);
    if (at >= 0) {
      const range = doc.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      return range;
    }
  }
  throw new Error(`“${text}” is not in the section`);
}

const textOf = (range: Range | null) => normalizeForMatching(range?.toString() ?? '');

before(async function () {
  this.timeout(30_000);
  [moby, flatland] = await Promise.all([openBook(corpusUrl('moby-dick.epub')), openBook(corpusUrl('se-flatland.epub'))]);
});

after(() => {
  moby.destroy();
  flatland.destroy();
});

describe('anchoring in real book sections (moby-dick.epub, se-flatland.epub)', function () {
  this.timeout(30_000);

  it('describeRange gives a text quote with context, a position and a CSS selector; anchor finds the same text in a fresh copy of the section', async () => {
    const doc = await chapter(1);
    const range = rangeOfText(doc, 'It is a way I have of driving off the spleen');
    const selectors = describeRange(range);
    expect(selectors.map((s) => s.type)).to.deep.equal(['TextQuoteSelector', 'TextPositionSelector', 'CssSelector']);
    const quote = selectors[0] as TextQuoteSelector;
    expect(quote.exact).to.equal('It is a way I have of driving off the spleen');
    expect(quote.prefix).to.have.length(32);
    expect(quote.suffix).to.equal(' and regulating the circulation.');
    expect((selectors[2] as { value: string }).value).to.equal('#c001s0003');

    const fresh = await chapter(1);
    const result = resolveAnchor(fresh, selectors);
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.method).to.equal('quote');
      expect(result.errors).to.equal(0);
      expect(result.range.toString()).to.equal('It is a way I have of driving off the spleen');
      expect(result.range.startContainer.ownerDocument).to.equal(fresh);
    }
  });

  it('a range across elements and paragraphs round-trips, and describeTarget names the section', async () => {
    const doc = await chapter(1);
    const start = rangeOfText(doc, 'This is my substitute');
    const end = rangeOfText(doc, 'the streets take you waterward.');
    const range = doc.createRange();
    range.setStart(start.startContainer, start.startOffset);
    range.setEnd(end.endContainer, end.endOffset);
    const target = describeTarget(range, 'chapter_001.xhtml');
    expect(target.source).to.equal('chapter_001.xhtml');
    const quote = target.selector[0] as TextQuoteSelector;
    expect(quote.exact.startsWith('This is my substitute for pistol and ball.')).to.equal(true);
    expect(quote.exact).to.contain('with me. There now is your insular city'); // paragraphs joined by one space
    expect(textOf(anchor(await chapter(1), target.selector))).to.equal(quote.exact);
  });

  it('50 random ranges in five chapters each come back exactly, by quote', async () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (const n of [1, 2, 3, 10, 42]) {
      const doc = await chapter(n);
      const fresh = await chapter(n);
      const model = TextModel.of(doc);
      const freshModel = TextModel.of(fresh);
      for (let i = 0; i < 10; i++) {
        const length = 20 + Math.floor(random() * 300);
        const start = Math.floor(random() * (model.text.length - length));
        const range = model.rangeOf(start, start + length)!;
        const selectors = describeRange(range, { model });
        const found = resolveAnchor(freshModel, selectors);
        expect(found.ok, `chapter ${n}, ${start}+${length}`).to.equal(true);
        if (found.ok) {
          expect(found.method).to.equal('quote');
          expect(freshModel.text.slice(found.start, found.end)).to.equal((selectors[0] as TextQuoteSelector).exact);
        }
      }
    }
  });

  it('markup laid out differently (whitespace between blocks removed) does not change the text anchors see', async () => {
    const doc = await chapter(1);
    const selectors = describeRange(rangeOfText(doc, 'Call me Ishmael.'));
    const minified = await chapter(1);
    const blank: Node[] = [];
    const walker = minified.createTreeWalker(minified.body, NodeFilter.SHOW_TEXT);
    // Only whitespace between blocks: the spaces between sentences inside a paragraph are text.
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (!node.nodeValue!.trim() && ['body', 'section', 'header', 'div'].includes(node.parentElement!.localName)) blank.push(node);
    }
    expect(blank.length).to.be.above(5);
    for (const node of blank) node.parentNode!.removeChild(node);
    const result = resolveAnchor(minified, selectors);
    expect(result.ok && result.method).to.equal('quote');
    expect(TextModel.of(minified).text).to.equal(TextModel.of(doc).text);
  });

  it('approximate: after a few characters of the section are edited (a re-issue), the passage is found with its edits counted', async () => {
    const doc = await chapter(1);
    const selectors = describeRange(rangeOfText(doc, 'It is a way I have of driving off the spleen and regulating the circulation.'));
    const reissued = await chapter(1);
    const span = reissued.getElementById('c001s0003')!;
    span.textContent = 'It is a way I have of driving away the spleen, and regulating my circulation.';
    const result = resolveAnchor(reissued, selectors);
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.method).to.equal('fuzzy-quote');
      expect(result.errors).to.be.within(1, 10);
      expect(result.range.toString()).to.equal('It is a way I have of driving away the spleen, and regulating my circulation.');
      expect(result.score).to.be.below(1);
    }
  });

  it('approximate: a whole paragraph with a word changed and typography modernised is still found', async () => {
    const doc = await chapter(1);
    const p = doc.querySelectorAll('section > p')[2]!;
    const range = doc.createRange();
    range.selectNodeContents(p);
    const selectors = describeRange(range);
    expect((selectors[0] as TextQuoteSelector).exact.length).to.be.above(512);
    const reissued = await chapter(1);
    const target = reissued.querySelectorAll('section > p')[2]!;
    for (const span of target.querySelectorAll('span')) {
      span.textContent = span.textContent!.replace('silent sentinels', 'quiet sentinels').replace(/—/g, ' - ');
    }
    const started = performance.now();
    const result = resolveAnchor(reissued, selectors);
    const ms = performance.now() - started;
    expect(result.ok && result.method).to.equal('fuzzy-quote');
    if (result.ok) expect(normalizeForMatching(result.range.toString())).to.equal(normalizeForMatching(target.textContent!));
    console.log(`approximate anchoring of a ${(selectors[0] as TextQuoteSelector).exact.length}-character paragraph: ${ms.toFixed(1)} ms`);
  });

  it('CSS fallback: the quote is gone, but the element the CSS selector names still holds a recognisable version of it', async () => {
    const selectors: Selector[] = [
      { type: 'TextQuoteSelector', exact: 'It is a way I have of driving off the spleen and regulating the circulation.' },
      { type: 'CssSelector', value: '#c001s0003' },
    ];
    const reissued = await chapter(1);
    reissued.getElementById('c001s0003')!.textContent = 'This is how I drive off my gloom and regulate the circulation of my blood.';
    const result = resolveAnchor(reissued, selectors);
    expect(result.ok && result.method).to.equal('css');
    if (result.ok) expect(result.element).to.equal(reissued.getElementById('c001s0003'));
  });

  it('orphans: text that is not in the book, a CSS selector that matches nothing or is not CSS, a position past the end — each with its reason', async () => {
    const doc = await chapter(1);
    const missing = resolveAnchor(doc, [{ type: 'TextQuoteSelector', exact: 'The Pequod sailed from Nantucket on Christmas Day with Captain Ahab.' }]);
    expect(missing.ok).to.equal(false);
    if (!missing.ok) {
      expect(missing.reason).to.equal('quote-not-found');
      expect(missing.message).to.contain('The Pequod sailed from Nantucket');
    }
    const gone = resolveAnchor(doc, [{ type: 'CssSelector', value: '#no-such-id' }]);
    expect(!gone.ok && gone.reason).to.equal('css-not-found');
    const invalid = resolveAnchor(doc, [{ type: 'CssSelector', value: 'p[[' }]);
    expect(!invalid.ok && invalid.reason).to.equal('invalid-css-selector');
    const far = resolveAnchor(doc, [{ type: 'TextPositionSelector', start: 10_000_000, end: 10_000_010 }]);
    expect(!far.ok && far.reason).to.equal('position-out-of-range');
    expect(resolveAnchor(doc, []).ok).to.equal(false);
    expect(anchor(doc, [{ type: 'TextQuoteSelector', exact: 'not in this book at all, no' }])).to.equal(null);
  });

  it('a quote that occurs twice is placed by its context', async () => {
    const doc = await chapter(1);
    const model = TextModel.of(doc);
    const exact = 'the water';
    const first = model.text.indexOf(exact);
    const second = model.text.indexOf(exact, first + 1);
    expect(second).to.be.above(first);
    const selectors = describeRange(model.rangeOf(second, second + exact.length)!, { model });
    const found = resolveAnchor(await chapter(1), selectors);
    expect(found.ok && found.start).to.equal(second);
    expect(found.ok && found.ambiguous).to.equal(false);
  });

  it('an image: describeElement gives CSS selectors (by structure and by alt text) that find it again', async () => {
    const doc = await sectionCopy(flatland, 'chapter-1.xhtml');
    const img = doc.querySelector('#illustration-1 img')!;
    const selectors = describeElement(img);
    expect(selectors[0]).to.deep.equal({ type: 'CssSelector', value: '#illustration-1 > img' });
    expect((selectors[1] as { value: string }).value).to.match(/^img\[alt="A diagram of three triangles/);
    const fresh = await sectionCopy(flatland, 'chapter-1.xhtml');
    const found = resolveAnchor(fresh, selectors);
    expect(found.ok && found.method).to.equal('css');
    expect(found.ok && found.element).to.equal(fresh.querySelector('#illustration-1 img'));
    // Structure changed (the figure lost its id): the alt-text selector still finds it.
    fresh.querySelector('#illustration-1')!.removeAttribute('id');
    const again = resolveAnchor(fresh, selectors);
    expect(again.ok && again.element).to.equal(fresh.querySelector('img[alt^="A diagram of three triangles"]'));
  });
});

describe('anchoring in accessible-epub-3.epub: exact, shifted and slightly edited text', function () {
  this.timeout(30_000);
  let book: AttuneBook;

  before(async () => {
    book = await openBook(corpusUrl('accessible-epub-3.epub'));
  });
  after(() => book.destroy());

  /** A copy of the first section with a long paragraph, and that paragraph. */
  async function sectionWithParagraph(): Promise<{ index: number; doc: Document; paragraph: HTMLElement }> {
    for (const section of book.sections) {
      const doc = (await book.sectionDocument(section.index)).cloneNode(true) as Document;
      const paragraph = [...doc.querySelectorAll<HTMLElement>('p')].find((p) => (p.textContent ?? '').trim().length > 200);
      if (paragraph) return { index: section.index, doc, paragraph };
    }
    throw new Error('no long paragraph in accessible-epub-3');
  }

  it('exact: a paragraph quote anchors in a fresh copy', async () => {
    const { index, doc, paragraph } = await sectionWithParagraph();
    const range = doc.createRange();
    range.selectNodeContents(paragraph);
    const selectors = describeRange(range);
    const fresh = (await book.sectionDocument(index)).cloneNode(true) as Document;
    const result = resolveAnchor(fresh, selectors);
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.errors).to.equal(0);
      expect(textOf(result.range)).to.equal(textOf(range));
    }
  });

  it('shifted: new text inserted before the passage (positions move) does not lose it', async () => {
    const { index, doc, paragraph } = await sectionWithParagraph();
    const range = doc.createRange();
    range.selectNodeContents(paragraph);
    const selectors = describeRange(range);
    const shifted = (await book.sectionDocument(index)).cloneNode(true) as Document;
    const first = shifted.body.querySelector('p')!;
    const added = shifted.createElementNS('http://www.w3.org/1999/xhtml', 'p');
    added.textContent = 'A new opening paragraph added in a later edition moves every position after it. '.repeat(3);
    first.parentNode!.insertBefore(added, first);
    const result = resolveAnchor(shifted, selectors);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(textOf(result.range)).to.equal(textOf(range));
  });

  it('slightly edited: a few characters changed in the passage, it is found approximately with the edits counted', async () => {
    const { index, doc, paragraph } = await sectionWithParagraph();
    const range = doc.createRange();
    range.selectNodeContents(paragraph);
    const selectors = describeRange(range);
    const edited = (await book.sectionDocument(index)).cloneNode(true) as Document;
    const target = [...edited.querySelectorAll<HTMLElement>('p')].find((p) => normalizeForMatching(p.textContent ?? '') === textOf(range))!;
    const walker = edited.createTreeWalker(target, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode() as Text;
    // A re-issue fixes a typo or two: change three characters.
    node.data = node.data.slice(0, 5) + 'xyz' + node.data.slice(8);
    const result = resolveAnchor(edited, selectors);
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.errors).to.be.greaterThan(0);
      expect(result.range.commonAncestorContainer.textContent).to.contain('xyz');
    }
  });
});
