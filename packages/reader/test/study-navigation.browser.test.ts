import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AttuneReader } from '../src/index.js';
import type { AttuneToc } from '../src/attune-toc.js';
import { corpusUrl } from '../../book/test/corpus.js';
import { contentDocuments, contentFrames, until } from './reader-fixture.js';
import { openAtStart } from './study-tools-fixture.js';

const liveRegion = (reader: AttuneReader) => reader.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!.replace(/\u00a0/g, '').trim();
/** Whether the text at a CFI is on the page shown. */
function textOnScreen(reader: AttuneReader, cfi: string): boolean {
  const frame = contentFrames(reader)[0];
  const contents = (reader as unknown as { controller: { session: { contents(): { range(cfi: string): Range }[] } } }).controller.session.contents()[0];
  if (!frame || !contents) return false;
  const rect = contents.range(cfi).getClientRects()[0];
  const viewer = reader.shadowRoot!.querySelector('.viewer')!.getBoundingClientRect();
  const f = frame.getBoundingClientRect();
  return !!rect && f.left + rect.left >= viewer.left - 1 && f.left + rect.left < viewer.right;
}

const button = (reader: AttuneReader, selector: string) => reader.shadowRoot!.querySelector<HTMLButtonElement>(selector)!;

describe('where am I, back, select and copy', function () {
  this.timeout(40_000);
  afterEach(() => {
    for (const el of [...document.body.children]) if (el.localName !== 'script' && el.localName !== 'style') el.remove();
  });

  it('Where am I in a book with a page list says the printed page: after "go to page 200", Alt+Shift+W announces page 200', async () => {
    const reader = await openAtStart(corpusUrl('childrens-literature.epub'));
    expect(await reader.goToPage('200')).to.equal(true);
    reader.focusContent();
    await sendKeys({ press: 'Alt+Shift+KeyW' });
    await until(() => /Page 200\./.test(liveRegion(reader)), 3000, 'the announcement');
    const location = reader.state.location!;
    const percent = `${Math.round(location.fraction * 100)}%`;
    const chapter = location.label.replace(/\.$/, '');
    expect(chapter, 'the section has a title').to.not.equal('');
    expect(liveRegion(reader)).to.equal(`${chapter}. Page 200. ${percent} through the book.`);
    // The button says the same.
    button(reader, 'button.where-am-i').click();
    expect(reader.whereAmI()).to.equal(`${chapter}. Page 200. ${percent} through the book.`);
  });

  it('Where am I in a book without a page list says the chapter, the screen in it and the percentage', async () => {
    const reader = await openAtStart(corpusUrl('moby-dick.epub'));
    await reader.goTo(reader.book!.sections.find((s) => s.path.endsWith('chapter_003.xhtml'))!.path);
    await reader.next();
    const location = reader.state.location!;
    expect(location.label).to.match(/Chapter 3/);
    const sentence = reader.whereAmI();
    // "Chapter 3. The Spouter-Inn." keeps one full stop.
    expect(sentence).to.equal(`${location.label.replace(/\.$/, '')}. Screen ${location.page} of ${location.pages} in this chapter. ${Math.round(location.fraction * 100)}% through the book.`);
    expect(location.page, 'a screen after the first').to.be.above(1);
    await until(() => liveRegion(reader) === sentence, 2000, 'announced');
  });

  it('Back returns to where the learner was before a contents jump; page turns do not count; Alt+← from the book', async () => {
    const reader = await openAtStart(corpusUrl('moby-dick.epub'));
    await reader.goTo(reader.book!.sections.find((s) => s.path.endsWith('chapter_002.xhtml'))!.path);
    await reader.next();
    const before = reader.state.location!;
    expect(button(reader, 'button.back').getAttribute('aria-disabled'), 'Back is available after the first jump').to.equal('false');
    // A contents jump by keyboard: open Contents, type-ahead to chapter 10, Enter.
    button(reader, 'button.toc-toggle').click();
    const toc = await (async () => {
      await until(() => !!reader.shadowRoot!.querySelector('attune-toc'), 3000, 'the contents');
      return reader.shadowRoot!.querySelector('attune-toc') as AttuneToc;
    })();
    await toc.updateComplete;
    const entry = [...toc.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]')].find((li) => /^Chapter 10\b/.test(li.textContent!.trim()))!;
    entry.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => reader.state.location?.href.endsWith('chapter_010.xhtml') === true, 8000, 'chapter 10');
    // Page turns after the jump are not remembered.
    await reader.next();
    await reader.next();
    reader.focusContent();
    await sendKeys({ press: 'Alt+ArrowLeft' });
    // The contents panel narrowed the text, so pages were laid out again: the place is the text that was at the top.
    await until(() => reader.state.location?.index === before.index && textOnScreen(reader, before.cfi), 8000, 'back where the learner was').catch((e) => {
      throw new Error(`${e.message}: at ${JSON.stringify(reader.state.location)}, wanted ${JSON.stringify(before)}; said “${liveRegion(reader)}”`);
    });
    await until(() => /Back to .*Chapter 2/.test(liveRegion(reader)), 2000, 'announced');
    // And once more, back to before the first jump (the start of the book).
    expect(await reader.back()).to.equal(true);
    expect(reader.state.location!.index).to.be.below(before.index);
    expect(await reader.back(), 'nothing older').to.equal(false);
    await reader.updateComplete;
    expect(button(reader, 'button.back').getAttribute('aria-disabled')).to.equal('true');
    // Still a tab stop: pressed, it says there is nowhere to go back to.
    button(reader, 'button.back').click();
    await until(() => liveRegion(reader) === 'There is no earlier place to go back to.', 2000, 'said so');
  });

  it('Back returns from a link followed in the book', async () => {
    const reader = await openAtStart(corpusUrl('moby-dick.epub'));
    const tocPage = reader.book!.sections.find((s) => s.path.endsWith('toc.xhtml'))!;
    await reader.goTo(tocPage.path);
    const link = contentDocuments(reader)[0]!.querySelector<HTMLAnchorElement>('a[href*="chapter_005"]');
    expect(link, 'a contents page with links').to.exist;
    const here = reader.state.location!;
    link!.click();
    await until(() => reader.state.location?.href.endsWith('chapter_005.xhtml') === true, 8000, 'the link followed');
    expect(await reader.back()).to.equal(true);
    expect(reader.state.location!.index).to.equal(here.index);
    expect(textOnScreen(reader, here.cfi)).to.equal(true);
  });

  it('text in the book can be selected and copied: the copy event gets the selected text', async () => {
    const reader = await openAtStart(corpusUrl('moby-dick.epub'));
    await reader.goTo(reader.book!.sections.find((s) => s.path.endsWith('chapter_001.xhtml'))!.path);
    const doc = contentDocuments(reader)[0]!;
    const win = doc.defaultView!;
    // Nothing makes the text unselectable.
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    let text: Text | null = null;
    while (!text && walker.nextNode()) if ((walker.currentNode as Text).data.includes('Call me Ishmael.')) text = walker.currentNode as Text;
    const paragraph = text!.parentElement!;
    expect(win.getComputedStyle(paragraph).userSelect).to.not.equal('none');
    expect(win.getComputedStyle(doc.body).userSelect).to.not.equal('none');
    const range = doc.createRange();
    const at = text!.data.indexOf('Call me Ishmael.');
    range.setStart(text!, at);
    range.setEnd(text!, at + 16);
    contentFrames(reader)[0]!.focus();
    doc.getSelection()!.removeAllRanges();
    doc.getSelection()!.addRange(range);
    expect(doc.getSelection()!.toString()).to.equal('Call me Ishmael.');
    let copied = '';
    let prevented = false;
    doc.addEventListener('copy', (event) => {
      copied = doc.getSelection()!.toString();
      // Seen after every listener has run (ours is last, added after the reader's).
      setTimeout(() => (prevented = event.defaultPrevented));
    });
    await sendKeys({ press: 'Control+c' });
    await until(() => copied !== '', 3000, 'a copy event');
    expect(copied).to.equal('Call me Ishmael.');
    await new Promise((r) => setTimeout(r, 50));
    expect(prevented, 'nobody cancels the copy').to.equal(false);
    // Shift+arrows extend the selection (keyboard selection is not taken for page turns).
    await sendKeys({ press: 'Shift+ArrowRight' });
    expect(doc.getSelection()!.toString().length).to.be.greaterThan(0);
    expect(reader.state.location!.href.endsWith('chapter_001.xhtml')).to.equal(true);
  });
});
