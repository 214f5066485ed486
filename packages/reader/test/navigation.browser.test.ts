import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { corpusUrl } from '../../book/test/corpus.js';
import { contentDocuments, contentFrames, nextRelocate, openReader, until } from './reader-fixture.js';

describe('navigation', function () {
  this.timeout(30_000);
  afterEach(() => {
    for (const el of [...document.body.children]) if (el.localName !== "script" && el.localName !== "style") el.remove();
  });

  it('next() and prev() move through moby-dick and attune-relocate reports index and fraction', async () => {
    const { reader, outcome } = await openReader(corpusUrl('moby-dick.epub'));
    expect(outcome.type).to.equal('ready');
    const start = reader.state.location!;
    expect(start.atStart, 'opens at the first page in reading order').to.equal(true);
    let relocated = nextRelocate(reader);
    await reader.next();
    const after = await relocated;
    expect(after.index).to.be.greaterThan(start.index);
    expect(after.fraction).to.be.greaterThan(start.fraction);
    relocated = nextRelocate(reader);
    await reader.prev();
    expect((await relocated).index).to.equal(start.index);
  });

  it('attune-relocate bubbles out of shadow roots (composed)', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' });
    document.body.append(host);
    const { reader } = await openReader(corpusUrl('wasteland.epub'), { parent: host.shadowRoot! });
    const seen = new Promise<Event>((resolve) => document.addEventListener('attune-relocate', resolve, { once: true }));
    await reader.next();
    const event = (await seen) as CustomEvent;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.have.keys(['href', 'index', 'fraction', 'cfi', 'page', 'pages']);
    host.remove();
  });

  it('goTo() takes a book path, a path with #fragment and a CFI; unknown targets resolve false', async () => {
    const { reader } = await openReader(corpusUrl('moby-dick.epub'));
    const chapter = reader.book!.sections.find((s) => s.path.endsWith('chapter_003.xhtml'))!;
    let relocated = nextRelocate(reader);
    expect(await reader.goTo(chapter.path)).to.equal(true);
    expect((await relocated).href).to.equal(chapter.path);
    const cfi = reader.state.location!.cfi;
    await reader.goTo(reader.book!.sections[1]!.path);
    relocated = nextRelocate(reader);
    expect(await reader.goTo(cfi)).to.equal(true);
    expect((await relocated).index).to.equal(chapter.index);
    expect(await reader.goTo('OPS/no-such-file.xhtml')).to.equal(false);
  });

  it('in a right-to-left book ArrowLeft goes forward and ArrowRight back', async () => {
    const { reader, outcome } = await openReader(corpusUrl('w3c-pkg-spine-progression-rtl.epub'));
    expect(outcome.detail.dir).to.equal('rtl');
    reader.focusContent();
    const start = reader.state.location!.index;
    let relocated = nextRelocate(reader);
    await sendKeys({ press: 'ArrowLeft' });
    expect((await relocated).index).to.be.greaterThan(start);
    // The new section is a new frame; keyboard focus must follow into it.
    await until(() => reader.shadowRoot!.activeElement?.localName === 'iframe', 2000, 'focus still in the text');
    relocated = nextRelocate(reader);
    await sendKeys({ press: 'ArrowRight' });
    expect((await relocated).index).to.equal(start);
  });

  it('in a left-to-right book ArrowRight and PageDown go forward, End goes to the last section', async () => {
    const { reader } = await openReader(corpusUrl('childrens-literature.epub'));
    reader.focusContent();
    let relocated = nextRelocate(reader);
    await sendKeys({ press: 'PageDown' });
    const after = await relocated;
    expect(after.fraction).to.be.greaterThan(0);
    await until(() => reader.shadowRoot!.activeElement?.localName === 'iframe', 2000, 'focus still in the text');
    relocated = nextRelocate(reader);
    await sendKeys({ press: 'End' });
    expect((await relocated).index).to.equal(reader.book!.sections.filter((s) => s.linear).pop()!.index);
  });

  it('goes to a printed page from the page list (childrens-literature)', async () => {
    const { reader } = await openReader(corpusUrl('childrens-literature.epub'));
    const pages = reader.book!.navigation.pageList;
    expect(pages.length).to.be.greaterThan(10);
    const target = pages[10]!;
    const relocated = nextRelocate(reader);
    expect(await reader.goToPage(target.label)).to.equal(true);
    const detail = await relocated;
    expect(detail.href).to.equal(target.href.split('#')[0]);
    // The page's anchor is on screen.
    const id = target.href.split('#')[1]!;
    const doc = contentDocuments(reader)[0]!;
    const anchor = doc.getElementById(id)!;
    const frameRect = doc.defaultView!.frameElement!.getBoundingClientRect();
    const viewer = reader.shadowRoot!.querySelector('.viewer')!.getBoundingClientRect();
    const x = frameRect.left + anchor.getBoundingClientRect().left;
    expect(x).to.be.within(viewer.left - 1, viewer.right + 1);
    expect(await reader.goToPage('no such page')).to.equal(false);
  });

  it('the table of contents opens, is walked with arrow keys and Enter goes to the chapter', async () => {
    const { reader } = await openReader(corpusUrl('moby-dick.epub'));
    const toggle = reader.shadowRoot!.querySelector<HTMLButtonElement>('.toc-toggle')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !reader.shadowRoot!.querySelector('.toc-panel')!.hasAttribute('hidden'), 2000, 'toc panel');
    const toc = reader.shadowRoot!.querySelector('attune-toc')!;
    await until(() => toc.shadowRoot!.activeElement?.getAttribute('role') === 'treeitem', 2000, 'focus in tree');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    const focused = toc.shadowRoot!.activeElement!;
    const label = focused.textContent!.trim();
    const relocated = nextRelocate(reader);
    await sendKeys({ press: 'Enter' });
    const detail = await relocated;
    const expected = reader.book!.navigation.toc.find((p) => p.label === label)!;
    expect(detail.href).to.equal(expected.href.split('#')[0]);
    // Focus lands on the first block of the chapter, for screen readers to read from.
    await until(() => reader.shadowRoot!.activeElement?.localName === 'iframe', 2000, 'focus in the frame');
    const active = contentDocuments(reader)[0]!.activeElement!;
    expect(active.localName).to.not.equal('body');
    expect(active.textContent!.trim().length).to.be.greaterThan(0);
    await until(() => toc.shadowRoot!.querySelector('[aria-current="page"]')?.textContent?.trim() === label, 2000, 'aria-current');
  });

  it('Escape closes the contents panel and returns focus to its button', async () => {
    const { reader } = await openReader(corpusUrl('wasteland.epub'));
    const toggle = reader.shadowRoot!.querySelector<HTMLButtonElement>('.toc-toggle')!;
    toggle.click();
    await until(() => !reader.shadowRoot!.querySelector('.toc-panel')!.hasAttribute('hidden'), 2000, 'toc panel');
    await new Promise((r) => setTimeout(r, 50));
    await sendKeys({ press: 'Escape' });
    await until(() => reader.shadowRoot!.querySelector('.toc-panel')!.hasAttribute('hidden'), 2000, 'closed');
    await until(() => reader.shadowRoot!.activeElement === toggle, 2000, 'focus back on the toggle');
  });

  it('a note reference opens the note in a dialog and Escape returns to the reference (wasteland)', async () => {
    const { reader } = await openReader(corpusUrl('wasteland.epub'));
    let link: HTMLAnchorElement | null = null;
    for (let i = 0; i < 6 && !link; i++) {
      const links = [...(contentDocuments(reader)[0]?.querySelectorAll<HTMLAnchorElement>('a[href^="#"]') ?? [])];
      link = links.find((a) => a.getAttributeNS('http://www.idpf.org/2007/ops', 'type') === 'noteref') ?? null;
      if (!link) await reader.next();
    }
    expect(link, 'a noteref').to.not.equal(null);
    const id = link!.getAttribute('href')!.slice(1);
    const noteText = link!.ownerDocument.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim();
    // Focusing the link may bring its page into view; the click must not turn it.
    link!.focus();
    await new Promise((r) => setTimeout(r, 300));
    const before = reader.state.location!.cfi;
    link!.click();
    const footnote = reader.shadowRoot!.querySelector('attune-footnote')!;
    const dialog = footnote.shadowRoot!.querySelector('dialog')!;
    await until(() => dialog.open, 2000, 'dialog open');
    expect(dialog.textContent!.replace(/\s+/g, ' ')).to.contain(noteText.slice(0, 30));
    expect(reader.state.location!.cfi, 'the page did not turn').to.equal(before);
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 2000, 'dialog closed');
    await until(() => link!.ownerDocument.activeElement === link, 2000, 'focus back on the note reference');
  });

  it('scrolled flow renders the section as one scrolling document', async () => {
    const { reader, outcome } = await openReader(corpusUrl('wasteland.epub'), { flow: 'scrolled' });
    expect(outcome.type).to.equal('ready');
    const viewer = reader.shadowRoot!.querySelector('.viewer')!;
    const frame = () => reader.shadowRoot!.querySelector('.viewer iframe')!;
    expect(frame().getBoundingClientRect().height, 'one tall document').to.be.greaterThan(viewer.clientHeight * 2);
    reader.flow = 'paginated';
    await until(() => frame().getBoundingClientRect().height <= viewer.clientHeight + 1, 5000, 'paginated again');
    expect(reader.state.location!.pages).to.be.greaterThan(1);
  });

  it('keeps the place when the element is moved in the DOM', async () => {
    const { reader } = await openReader(corpusUrl('moby-dick.epub'));
    await reader.goTo(reader.book!.sections[5]!.path);
    await reader.next();
    const place = reader.state.location!.cfi;
    const ready = new Promise((r) => reader.addEventListener('attune-ready', r, { once: true }));
    document.body.prepend(reader);
    await ready;
    await until(() => !!reader.state.location, 3000, 'location');
    expect(reader.state.location!.cfi).to.equal(place);
  });

  it('mixed spine: fixed-layout pages of a reflowable book are scaled to fit, then text reflows again (cole-voyage)', async () => {
    const { reader } = await openReader(corpusUrl('cole-voyage-of-life-mixed-fxl.epub'));
    const book = reader.book!;
    const fixed = book.sections.find((s) => s.properties.includes('rendition:layout-pre-paginated'))!;
    const frameScale = () => {
      const body = contentDocuments(reader)[0]?.body;
      return body?.style.transform ?? '';
    };
    await reader.goTo(fixed.path);
    await until(() => /scale\(/.test(frameScale()), 5000, 'the fixed-layout page is scaled');
    const viewer = reader.shadowRoot!.querySelector('.viewer')!.getBoundingClientRect();
    const frame = contentFrames(reader)[0]!.getBoundingClientRect();
    expect(frame.width).to.be.at.most(viewer.width + 1);
    expect(frame.height).to.be.at.most(viewer.height + 1);
    // The next section is reflowable again.
    await reader.goTo(book.sections[fixed.index + 1]!.path);
    await until(() => !/scale\(/.test(frameScale()), 5000, 'text reflows again');
    expect(reader.state.location!.index).to.equal(fixed.index + 1);
  });

  it('shows an SVG document from the spine (epubtest-0100)', async () => {
    const { reader } = await openReader(corpusUrl('epubtest-0100-reflowable-content.epub'));
    const book = reader.book!;
    const svgSection = book.sections.find((s) => book.packageDocument.byPath.get(s.path)?.mediaType === 'image/svg+xml')!;
    await reader.goTo(svgSection.path);
    const svg = contentDocuments(reader)[0]!.querySelector('svg')!;
    const box = svg.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(100);
    expect(box.height).to.be.greaterThan(100);
  });

  it('a link out of the book fires a cancelable attune-link-open instead of turning the page (accessible-epub-3)', async () => {
    const { reader } = await openReader(corpusUrl('accessible-epub-3.epub'));
    const book = reader.book!;
    let target: { path: string; href: string } | undefined;
    for (const section of book.sections) {
      const doc = await book.sectionDocument(section.index);
      const a = [...doc.querySelectorAll('a[href]')].find((el) => /^https?:/.test(el.getAttribute('href')!));
      if (a) {
        target = { path: section.path, href: a.getAttribute('href')! };
        break;
      }
    }
    expect(target, 'an external link in the book').to.not.equal(undefined);
    await reader.goTo(target!.path);
    const link = [...contentDocuments(reader)[0]!.querySelectorAll<HTMLAnchorElement>('a[href]')].find((a) => a.getAttribute('href') === target!.href)!;
    const before = reader.state.location!.cfi;
    const opened = new Promise<CustomEvent>((resolve) =>
      reader.addEventListener('attune-link-open', (e) => {
        e.preventDefault(); // the embedder handles it: no new tab in the test browser
        resolve(e);
      }, { once: true }),
    );
    link.click();
    const event = await opened;
    expect(event.detail.href).to.equal(target!.href);
    expect(event.cancelable && event.composed).to.equal(true);
    expect(reader.state.location!.cfi).to.equal(before);
  });

  it('an unpacked folder URL opens like the zip', async () => {
    const { outcome } = await openReader(`/corpus-unpacked/wasteland.epub/`);
    expect(outcome.type, outcome.detail.message).to.equal('ready');
    expect(outcome.detail.title).to.match(/Waste Land/i);
  });
});
