import { expect } from '@open-wc/testing';
import { openBook, type AttuneBook } from '@attune/book';
import { describeTarget } from '@attune/adapt/anchoring';
import { anchorAnnotations, createHighlight, createNote, createBookmark, type Annotation } from '../src/index.js';
import { corpusUrl, rangeOfText, sectionCopy } from './corpus.js';

let moby: AttuneBook;
let arabic: AttuneBook;

before(async function () {
  this.timeout(30_000);
  [moby, arabic] = await Promise.all([openBook(corpusUrl('moby-dick.epub')), openBook(corpusUrl('regime-anticancer-arabic-rtl.epub'))]);
});
after(() => {
  moby.destroy();
  arabic.destroy();
});

describe('re-anchoring highlights and notes in a section (moby-dick.epub, regime-anticancer-arabic-rtl.epub)', function () {
  this.timeout(30_000);

  it('a highlight made on a section is found again in a fresh copy of it, with the same text', async () => {
    const { doc, href } = await sectionCopy(moby, 'chapter_001.xhtml');
    const highlight = createHighlight(describeTarget(rangeOfText(doc, 'It is a way I have of driving off the spleen'), href), 'green');
    const note = createNote('why the sea', { target: describeTarget(rangeOfText(doc, 'Call me Ishmael.'), href) });
    const elsewhere = createHighlight({ ...highlight.target, source: 'chapter_002.xhtml' }, 'blue');
    const bookmark = createBookmark({ cfi: 'epubcfi(/6/8!/4/2/1:0)', href, fraction: 0 }, 'x');
    const fresh = (await sectionCopy(moby, 'chapter_001.xhtml')).doc;
    const { placed, orphans } = anchorAnnotations(fresh, href, [highlight, note, elsewhere, bookmark] as Annotation[]);
    expect(orphans).to.deep.equal([]);
    expect(placed.map((p) => [p.annotation.id, p.range.toString(), p.method, p.changed])).to.deep.equal([
      [highlight.id, 'It is a way I have of driving off the spleen', 'quote', false],
      [note.id, 'Call me Ishmael.', 'quote', false],
    ]);
    expect(placed[0]!.range.startContainer.ownerDocument).to.equal(fresh);
  });

  it('in an updated edition a slightly changed passage is still found; a removed one is an orphan with the reason', async () => {
    const { doc, href } = await sectionCopy(moby, 'chapter_001.xhtml');
    const kept = createHighlight(describeTarget(rangeOfText(doc, 'It is a way I have of driving off the spleen and regulating the circulation'), href), 'yellow');
    const removed = createNote('gone', { target: describeTarget(rangeOfText(doc, 'There now is your insular city of the Manhattoes'), href) });
    // The "new edition": a word changed in one passage, another paragraph taken out.
    const updated = (await sectionCopy(moby, 'chapter_001.xhtml')).doc;
    const spleen = rangeOfText(updated, 'driving off the spleen');
    (spleen.startContainer as Text).data = (spleen.startContainer as Text).data.replace('driving off the spleen', 'driving away the spleen');
    rangeOfText(updated, 'There now is your insular city').startContainer.parentElement!.closest('p')!.remove();
    const { placed, orphans } = anchorAnnotations(updated, href, [kept, removed]);
    expect(placed).to.have.length(1);
    expect(placed[0]!.method).to.equal('fuzzy-quote');
    expect(placed[0]!.changed).to.equal(true);
    expect(placed[0]!.range.toString()).to.contain('driving away the spleen');
    expect(orphans.map((o) => o.annotation.id)).to.deep.equal([removed.id]);
    expect(orphans[0]!.message).to.match(/^The text “There now is your insular city of the Manhattoes” is not in this section/);
  });

  it('a right-to-left selection in Arabic round-trips', async () => {
    // The first section with a run of Arabic words long enough to highlight.
    let words = '';
    let sectionHref = '';
    for (const section of arabic.sections) {
      const { doc } = await sectionCopy(arabic, section.href);
      const match = /[\u0600-\u06ff]+(?: [\u0600-\u06ff]+){3}/.exec(doc.body?.textContent ?? '');
      if (match && doc.body.textContent!.indexOf(match[0]) >= 0) {
        try {
          rangeOfText(doc, match[0]);
          words = match[0];
          sectionHref = section.href;
          break;
        } catch {
          // Spread over several text nodes; try the next section.
        }
      }
    }
    expect(words, 'Arabic text in the book').to.not.equal('');
    const { doc, href } = await sectionCopy(arabic, sectionHref);
    const highlight = createHighlight(describeTarget(rangeOfText(doc, words), href), 'pink');
    const { placed, orphans } = anchorAnnotations((await sectionCopy(arabic, sectionHref)).doc, href, [highlight]);
    expect(orphans).to.deep.equal([]);
    expect(placed[0]!.range.toString()).to.equal(words);
  });
});
