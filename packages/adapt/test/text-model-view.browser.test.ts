import { expect } from '@open-wc/testing';
import { openBook, type AttuneBook } from '@attune/book';
import { TextModel } from '../src/anchoring/index.js';
import { chapterHref, corpusUrl, sectionCopy } from './corpus.js';

/** A section as the reader shows it after a variant swap: the original hidden, the simplified passage inserted. */
function adaptedDocument(): Document {
  return new DOMParser().parseFromString(
    `<html xmlns="http://www.w3.org/1999/xhtml"><body>
      <p>Before.</p>
      <p hidden="">The “original” passage — hard words…</p>
      <p data-attune-variant="v1">The easy passage.</p>
      <p>After.</p>
    </body></html>`,
    'application/xhtml+xml',
  );
}

describe('TextModel views and original text', () => {
  it('the book view (default) reads what the book has, hidden or not, and leaves out what Attune inserted', () => {
    const model = TextModel.of(adaptedDocument());
    // The ellipsis folds to one full stop, so offsets stay one character per character.
    expect(model.text).to.equal('Before. The "original" passage - hard words. After.');
    expect(TextModel.of(adaptedDocument(), { view: 'book' }).text).to.equal(model.text);
  });

  it('the displayed view reads what the learner sees: the inserted passage, not the hidden original', () => {
    const model = TextModel.of(adaptedDocument(), { view: 'displayed' });
    expect(model.text).to.equal('Before. The easy passage. After.');
    const at = model.text.indexOf('easy');
    const range = model.rangeOf(at, at + 'easy passage'.length)!;
    expect(range.toString()).to.equal('easy passage');
    expect((range.startContainer.parentNode as Element).getAttribute('data-attune-variant')).to.equal('v1');
  });

  it('originalText gives the book’s own characters at the folded text’s offsets, spaces collapsed', () => {
    const model = TextModel.of(adaptedDocument());
    const start = model.text.indexOf('"original"');
    const end = model.text.indexOf('After.');
    expect(model.originalText(start, end)).to.equal('“original” passage — hard words… ');
    expect(model.originalText(start, end)).to.have.length(end - start);
    // Out-of-range ends are clipped, never thrown.
    expect(model.originalText(-5, 7)).to.equal('Before.');
    expect(model.originalText(end, end + 1000)).to.equal('After.');
  });

  it('originalText agrees with the folded text on a real chapter (moby-dick.epub)', async function () {
    this.timeout(30_000);
    const moby: AttuneBook = await openBook(corpusUrl('moby-dick.epub'));
    try {
      const doc = await sectionCopy(moby, chapterHref(1));
      const model = TextModel.of(doc);
      const original = model.originalText(0, model.text.length);
      expect(original).to.have.length(model.text.length);
      // Curly quotes survive in the original and are folded in the text.
      expect(/[’“”]/.test(original)).to.equal(true);
      expect(/[’“”]/.test(model.text)).to.equal(false);
      const at = model.text.indexOf('Call me Ishmael.');
      expect(at).to.be.greaterThan(-1);
      expect(original.slice(at, at + 16)).to.equal('Call me Ishmael.');
    } finally {
      moby.destroy();
    }
  });
});
