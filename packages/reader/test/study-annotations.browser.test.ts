import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createProfile } from '@attune/profile';
import { compareAnnotations, type Annotation } from '@attune/study';
import type { AttuneReader } from '../src/index.js';
import { contentDocuments, until } from './reader-fixture.js';
import {
  corpus,
  eventually,
  freshLearner,
  nextChange,
  openFor,
  openPanel,
  paintedText,
  phraseOnScreen,
  panelButton,
  panelItems,
  selectText,
  selectionToolbar,
  settled,
  shadow,
  stored,
  toolbarButton,
  writeNote,
} from './study-fixture.js';

const readers: AttuneReader[] = [];
async function open(learner: string, src: string, options: { width?: number; height?: number } = {}): Promise<AttuneReader> {
  const reader = await openFor(learner, src, options);
  readers.push(reader);
  return reader;
}
afterEach(() => {
  for (const r of readers.splice(0)) r.parentElement?.remove();
});

const AE3 = corpus('accessible-epub-3.epub');
const PHRASE = 'This guide takes a slightly different approach';
const NOTED = 'This first section deals with the core text';

/** Goes to a chapter and waits until its text is drawn and stays (a jump asked for while the reader lays pages out again can be lost, so it is asked again). */
async function showChapter(reader: AttuneReader, path: string, text: string): Promise<Document> {
  const there = () => contentDocuments(reader).some((d) => d.body.textContent!.includes(text));
  for (let attempt = 0; attempt < 3 && !there(); attempt++) {
    await reader.goTo(path);
    await until(there, 3000, path).catch(() => undefined);
  }
  await until(there, 100, path);
  return settled(reader);
}

describe('highlights, notes and bookmarks in <attune-reader> (accessible-epub-3.epub)', function () {
  this.timeout(90_000);

  it('are created from a selection and the toolbar, drawn in the frame, listed in book order, gone to, edited, deleted with undo, and still there after reopening', async () => {
    const learner = freshLearner();
    let reader = await open(learner, AE3);
    const bookId = reader.book!.metadata.identifier;
    let doc = await showChapter(reader, 'EPUB/ch02.xhtml', PHRASE);

    // A highlight: select as a mouse would, then the toolbar's green button.
    selectText(reader, PHRASE);
    let toolbar = await selectionToolbar(reader);
    expect(toolbar.shadowRoot!.querySelector('[role="toolbar"]')!.getAttribute('aria-label')).to.equal('Selected text');
    let change = nextChange(reader);
    toolbarButton(toolbar, /^Highlight Green$/).click();
    const added = await change;
    expect(added.action).to.equal('add');
    expect(added.learnerId).to.equal(learner);
    expect(added.book).to.equal(bookId);
    const highlight = added.annotations[0]!;
    expect(highlight).to.include({ kind: 'highlight', color: 'green' });
    expect(paintedText(doc, 'attune-study-green')).to.deep.equal([PHRASE]);
    expect(shadow(reader, 'attune-selection-toolbar'), 'the toolbar goes once the text is highlighted').to.equal(null);

    // A note on another passage: the dialog, a labelled text box, Save.
    selectText(reader, NOTED);
    toolbar = await selectionToolbar(reader);
    change = nextChange(reader);
    toolbarButton(toolbar, /^Add note$/).click();
    await writeNote(reader, 'Core text first, then the extras.', NOTED);
    const note = (await change).annotations[0]!;
    expect(note).to.include({ kind: 'note', text: 'Core text first, then the extras.' });
    expect(paintedText(doc, 'attune-study-note')).to.deep.equal([NOTED]);

    // A bookmark at the page on screen: the toggle is pressed afterwards.
    const toggle = shadow<HTMLButtonElement>(reader, '.bookmark-toggle')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    change = nextChange(reader);
    toggle.click();
    const bookmark = (await change).annotations[0]!;
    await reader.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(bookmark.kind).to.equal('bookmark');

    // Stored, one record each, in IndexedDB.
    expect((await stored(learner, bookId)).annotations.map((a) => a.id).sort()).to.deep.equal([highlight.id, note.id, bookmark.id].sort());

    // The panel lists them in book order (the bookmark is at the top of the page), named in words, with the chapter.
    let panel = await openPanel(reader);
    let items = panelItems(panel);
    expect(items.map((li) => li.querySelector('.what')!.textContent!.trim())).to.deep.equal(['Bookmark', 'Green highlight', 'Note']);
    expect(items[1]!.querySelector('blockquote')!.textContent).to.equal(PHRASE);
    expect(items[1]!.querySelector('blockquote')!.getAttribute('lang')).to.equal('en');
    expect(items[1]!.querySelector('.chapter')!.textContent).to.match(/\S/);
    expect(items[2]!.querySelector('.note-text')!.textContent).to.equal('Core text first, then the extras.');
    // Filter by kind and by colour.
    const kind = panel.shadowRoot!.querySelector<HTMLSelectElement>('select.kind')!;
    kind.value = 'highlight';
    kind.dispatchEvent(new Event('change'));
    await (panel as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(panelItems(panel).map((li) => li.dataset['id'])).to.deep.equal([highlight.id]);
    kind.value = 'all';
    kind.dispatchEvent(new Event('change'));
    const colour = panel.shadowRoot!.querySelector<HTMLSelectElement>('select.color')!;
    colour.value = 'pink';
    colour.dispatchEvent(new Event('change'));
    await (panel as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(panelItems(panel)).to.have.length(0);
    colour.value = 'all';
    colour.dispatchEvent(new Event('change'));
    await (panel as unknown as { updateComplete: Promise<unknown> }).updateComplete;

    // Go to: from another chapter back to the highlight, which is on screen and painted.
    await showChapter(reader, 'EPUB/ch01.xhtml', 'run-of-the-mill');
    expect(toggle.getAttribute('aria-pressed'), 'no bookmark on this page').to.equal('false');
    panel = await openPanel(reader);
    panelButton(panel, highlight.id, '.go').click();
    await until(() => reader.state.location?.href.endsWith('ch02.xhtml') === true, 8000, 'back at ch02');
    doc = await settled(reader);
    expect(paintedText(doc, 'attune-study-green')).to.deep.equal([PHRASE]);

    // Edit the note.
    panel = await openPanel(reader);
    change = nextChange(reader);
    panelButton(panel, note.id, '.edit').click();
    await writeNote(reader, 'Core text first.', NOTED, 'Core text first, then the extras.');
    expect((await change)).to.include({ action: 'update' });
    await until(() => (reader.annotations.find((a) => a.id === note.id) as { text?: string })?.text === 'Core text first.', 3000, 'the edit');

    // Delete the highlight, then undo: focus goes to Undo, then back to the item.
    change = nextChange(reader);
    panelButton(panel, highlight.id, '.delete').click();
    expect((await change).action).to.equal('delete');
    expect(paintedText(doc, 'attune-study-green')).to.deep.equal([]);
    await until(() => panel.shadowRoot!.activeElement?.classList.contains('undo') === true, 3000, 'focus on Undo');
    expect(panel.shadowRoot!.querySelector('.status')!.textContent).to.contain('Green highlight deleted.');
    change = nextChange(reader);
    (panel.shadowRoot!.activeElement as HTMLButtonElement).click();
    expect((await change).action).to.equal('add');
    expect(paintedText(doc, 'attune-study-green')).to.deep.equal([PHRASE]);

    // Reopened by a fresh element: the same annotations, drawn again where the learner was.
    const before = [...reader.annotations];
    reader.parentElement!.remove();
    reader = await open(learner, AE3);
    expect(reader.state.location?.href).to.match(/ch02\.xhtml$/);
    expect(reader.annotations).to.deep.equal(before);
    doc = await settled(reader);
    expect(paintedText(doc, 'attune-study-green')).to.deep.equal([PHRASE]);
    expect(paintedText(doc, 'attune-study-note')).to.deep.equal([NOTED]);
  });

  it('highlights survive page turns, section changes and theme changes, with colours from the learner’s theme', async () => {
    const learner = freshLearner();
    const reader = await open(learner, AE3);
    let doc = await showChapter(reader, 'EPUB/ch02.xhtml', PHRASE);
    selectText(reader, PHRASE);
    toolbarButton(await selectionToolbar(reader), /^Highlight Yellow$/).click();
    await until(() => paintedText(doc, 'attune-study-yellow').length === 1, 3000, 'painted');
    const light = doc.querySelector('style[data-attune="study-highlights"]')!.textContent!;

    await reader.next();
    await reader.prev();
    await showChapter(reader, 'EPUB/ch03.xhtml', 'turn our attention to the features');
    expect(reader.state.location?.href).to.match(/ch03\.xhtml$/);
    doc = await showChapter(reader, 'EPUB/ch02.xhtml', PHRASE);
    expect(paintedText(doc, 'attune-study-yellow')).to.deep.equal([PHRASE]);

    // A dark theme: the same highlight, painted in the dark theme's shade.
    reader.profile = { ...createProfile({ id: learner }), display: { theme: 'dark' } };
    await until(() => doc.querySelector('style[data-attune="study-highlights"]')?.textContent !== light, 5000, 'the dark colours');
    doc = await settled(reader);
    expect(paintedText(doc, 'attune-study-yellow')).to.deep.equal([PHRASE]);
    expect(reader.annotations).to.have.length(1);
  });

  it('with a variant pack: a highlight stays drawn when a passage is switched to its original, and text Attune inserted is not highlighted', async () => {
    const learner = freshLearner();
    const reader = await open(learner, corpus('moby-dick.epub'));
    reader.profile = { ...createProfile({ id: learner }), content: { simplifiedText: true, readingLevel: 3 } };
    reader.variants = '/packages/adapt/test/fixtures/pack-moby-dick.json';
    const chapter = reader.book!.sections.find((s) => s.path.endsWith('chapter_001.xhtml'))!;
    let doc = await showChapter(reader, chapter.path, 'Manhattoes');
    await until(() => !!contentDocuments(reader)[0]?.querySelector('[data-attune-passage="loomings-opening"]'), 5000, 'the pack applied');
    doc = await settled(reader);
    // The book's own text on screen, after the simplified passage.
    const city = phraseOnScreen(reader);
    selectText(reader, city);
    const change = nextChange(reader, 'add');
    toolbarButton(await selectionToolbar(reader), /^Highlight Yellow$/).click();
    await change;
    expect(paintedText(doc, 'attune-study-yellow')).to.deep.equal([city]);

    // The simplified passage switched to the original: the pages are laid out again, the highlight is still drawn.
    const toggle = doc.querySelector<HTMLButtonElement>('button[data-attune-passage-switch="loomings-opening"]')!;
    toggle.click();
    await until(() => toggle.textContent === 'Show simplified text', 5000, 'the original shown');
    doc = await settled(reader);
    expect(paintedText(doc, 'attune-study-yellow')).to.deep.equal([city]);
    toggle.click();
    await until(() => toggle.textContent === 'Show original text', 5000, 'the simplified text shown');

    // The simplified text is Attune's, not the book's: refused, with a sentence, and nothing stored.
    selectText(reader, 'A few years ago I had almost no money');
    toolbarButton(await selectionToolbar(reader), /^Highlight Green$/).click();
    const announcer = shadow(reader, '.visually-hidden[role="status"]')!;
    await until(() => /added for you/.test(announcer.textContent!), 3000, 'the refusal said');
    expect(reader.annotations.map((a) => a.kind === 'highlight' && a.color)).to.deep.equal(['yellow']);
  });

  it('another learner on the same device sees their own annotations, and the first learner’s come back', async () => {
    const maya = freshLearner();
    const omar = freshLearner();
    const reader = await open(maya, AE3);
    const doc = await showChapter(reader, 'EPUB/ch02.xhtml', PHRASE);
    selectText(reader, PHRASE);
    const change = nextChange(reader, 'add');
    toolbarButton(await selectionToolbar(reader), /^Highlight Green$/).click();
    const highlight = (await change).annotations[0]!;
    reader.profile = createProfile({ id: omar });
    await until(() => reader.annotations.length === 0, 3000, 'Omar’s (none)');
    await reader.studyReady;
    expect(paintedText(doc, 'attune-study-green')).to.deep.equal([]);
    reader.profile = createProfile({ id: maya });
    await until(() => reader.annotations.length === 1, 3000, 'Maya’s again');
    await reader.studyReady;
    expect(reader.annotations[0]!.id).to.equal(highlight.id);
    expect(paintedText(doc, 'attune-study-green')).to.deep.equal([PHRASE]);
  });

  it('after "delete all my data" (the study database deleted under it) the next highlight is stored again', async () => {
    const learner = freshLearner();
    const reader = await open(learner, AE3);
    const bookId = reader.book!.metadata.identifier;
    await showChapter(reader, 'EPUB/ch02.xhtml', PHRASE);
    selectText(reader, PHRASE);
    let change = nextChange(reader, 'add');
    toolbarButton(await selectionToolbar(reader), /^Highlight Green$/).click();
    await change;
    const { deleteStudyDatabase } = await import('@attune/study');
    await deleteStudyDatabase();
    expect((await stored(learner, bookId)).annotations).to.deep.equal([]);
    selectText(reader, NOTED);
    change = nextChange(reader, 'add');
    toolbarButton(await selectionToolbar(reader), /^Highlight Pink$/).click();
    const pink = (await change).annotations[0]!;
    expect((await stored(learner, bookId)).annotations.map((a) => a.id)).to.deep.equal([pink.id]);
    expect(shadow(reader, '.visually-hidden[role="status"]')!.textContent).to.not.match(/Not saved/);
  });

  it('notes at a place, written from the panel, are listed and stored', async () => {
    const learner = freshLearner();
    const reader = await open(learner, AE3);
    await showChapter(reader, 'EPUB/ch02.xhtml', PHRASE);
    const panel = await openPanel(reader);
    const change = nextChange(reader);
    panel.shadowRoot!.querySelector<HTMLButtonElement>('.note-here')!.click();
    await writeNote(reader, 'Reread this chapter before the test.');
    const note = (await change).annotations[0]!;
    expect(note.kind === 'note' && note.location?.href).to.match(/ch02\.xhtml$/);
    const items = panelItems(panel);
    expect(items.map((li) => li.querySelector('.note-text')?.textContent)).to.deep.equal(['Reread this chapter before the test.']);
  });

  it('a selection whose text is not in this edition is listed as not found, not dropped; unreadable records are reported', async () => {
    const learner = freshLearner();
    let reader = await open(learner, AE3);
    const bookId = reader.book!.metadata.identifier;
    reader.parentElement!.remove();
    const { openStudyStore } = await import('@attune/study');
    const store = await openStudyStore();
    const gone: Annotation = {
      id: 'gone-1', kind: 'highlight', color: 'blue', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z',
      target: { source: 'ch02.xhtml', chapter: 'Chapter 2', fraction: 0.1, selector: [{ type: 'TextQuoteSelector', exact: 'A sentence the second edition took out entirely' }] },
    };
    await store.putAnnotation(learner, bookId, gone);
    const { openDB } = await import('idb');
    const raw = await openDB('attune-study');
    await raw.put('annotations', { id: 'bad', kind: 'highlight' }, [learner, bookId, 'bad']);
    raw.close();
    store.close();

    reader = await open(learner, AE3);
    const panel = await openPanel(reader);
    await until(() => !!panel.shadowRoot!.querySelector('.orphans'), 5000, 'the orphans group');
    const orphans = panel.shadowRoot!.querySelector('.orphans')!;
    expect(orphans.querySelector('h3')!.textContent).to.equal('Not found in this edition');
    expect(orphans.querySelector('blockquote')!.textContent).to.equal('A sentence the second edition took out entirely');
    expect(orphans.querySelector('.go'), 'nowhere to go').to.equal(null);
    expect(orphans.querySelector('.delete')).to.exist;
    expect(panel.shadowRoot!.textContent).to.contain('annotation "bad".created: missing');
    expect(reader.annotations.map((a) => a.id)).to.deep.equal(['gone-1']);
  });

  it('with no-study-tools there are no study buttons, no selection toolbar and nothing is stored', async () => {
    const learner = freshLearner();
    const reader = document.createElement('attune-reader');
    reader.noStudyTools = true;
    reader.profile = createProfile({ id: learner });
    reader.style.cssText = 'display:block;width:1000px;height:700px';
    const parent = document.createElement('div');
    parent.append(reader);
    document.body.append(parent);
    readers.push(reader);
    const ready = new Promise((r) => reader.addEventListener('attune-ready', r, { once: true }));
    reader.src = AE3;
    await ready;
    await showChapter(reader, 'EPUB/ch02.xhtml', PHRASE);
    expect(reader.hasAttribute('no-study-tools')).to.equal(true);
    expect(shadow(reader, '.bookmark-toggle')).to.equal(null);
    expect(shadow(reader, '.annotations-toggle')).to.equal(null);
    selectText(reader, PHRASE);
    await new Promise((r) => setTimeout(r, 400));
    expect(shadow(reader, 'attune-selection-toolbar')).to.equal(null);
    // Selecting by keyboard (to copy) still works.
    const doc = contentDocuments(reader)[0]!;
    doc.getSelection()!.removeAllRanges();
    reader.focusContent();
    await sendKeys({ press: 'Control+Shift+ArrowRight' });
    expect(doc.getSelection()!.toString().trim().length).to.be.greaterThan(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(shadow(reader, 'attune-selection-toolbar')).to.equal(null);
    await new Promise((r) => setTimeout(r, 800));
    const data = await stored(learner, reader.book!.metadata.identifier);
    expect(data.lastPosition).to.equal(undefined);
    expect(data.annotations).to.deep.equal([]);
  });

  it('at 320 px wide the panel and the selection toolbar do not scroll sideways', async () => {
    const learner = freshLearner();
    const reader = await open(learner, AE3, { width: 320, height: 640 });
    await showChapter(reader, 'EPUB/ch02.xhtml', PHRASE);
    selectText(reader, 'This guide takes');
    const toolbar = await selectionToolbar(reader);
    const viewer = shadow(reader, '.viewer')!.getBoundingClientRect();
    const bar = toolbar.getBoundingClientRect();
    expect(bar.left).to.be.at.least(viewer.left - 1);
    expect(bar.right).to.be.at.most(viewer.right + 1);
    toolbarButton(toolbar, /^Highlight Pink$/).click();
    await until(() => reader.annotations.length === 1, 3000, 'the highlight');
    const panel = await openPanel(reader);
    const section = shadow(reader, '#annotations-panel')!;
    expect(section.scrollWidth).to.be.at.most(section.clientWidth);
    expect(panel.scrollWidth).to.be.at.most(panel.clientWidth);
  });
});

describe('highlights in a right-to-left book (regime-anticancer-arabic-rtl.epub)', function () {
  this.timeout(60_000);

  it('an Arabic selection is highlighted, listed with lang="ar" dir="rtl", and drawn again after reopening', async () => {
    const learner = freshLearner();
    let reader = await open(learner, corpus('regime-anticancer-arabic-rtl.epub'));
    await reader.goTo('EPUB/Content/C_content.xhtml');
    let doc = await settled(reader);
    // Four Arabic words in one text node, on screen.
    let words = '';
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode() && !words) words = /[\u0600-\u06ff]+(?: [\u0600-\u06ff]+){3}/.exec((walker.currentNode as Text).data)?.[0] ?? '';
    expect(words).to.not.equal('');
    selectText(reader, words);
    const change = nextChange(reader);
    toolbarButton(await selectionToolbar(reader), /^Highlight Pink$/).click();
    const highlight = (await change).annotations[0]!;
    expect(paintedText(doc, 'attune-study-pink')).to.deep.equal([words]);
    const panel = await openPanel(reader);
    const quote = panelItems(panel)[0]!.querySelector('blockquote')!;
    expect(quote.textContent).to.equal(words);
    expect(quote.getAttribute('dir')).to.equal('rtl');
    expect(quote.getAttribute('lang')).to.equal('ar');

    reader.parentElement!.remove();
    reader = await open(learner, corpus('regime-anticancer-arabic-rtl.epub'));
    expect(reader.annotations.map((a) => a.id)).to.deep.equal([highlight.id]);
    doc = await settled(reader);
    expect(paintedText(doc, 'attune-study-pink')).to.deep.equal([words]);
  });
});

describe('export, clear and import (accessible-epub-3.epub)', function () {
  this.timeout(90_000);

  it('the Web Annotation JSON download, imported after everything was deleted, gives the same annotations and labels; the HTML outline is grouped and labelled', async () => {
    const learner = freshLearner();
    const reader = await open(learner, AE3);
    const bookId = reader.book!.metadata.identifier;
    await showChapter(reader, 'EPUB/ch02.xhtml', PHRASE);
    selectText(reader, PHRASE);
    const highlighted = nextChange(reader);
    toolbarButton(await selectionToolbar(reader), /^Highlight Blue$/).click();
    await highlighted;
    await until(() => !shadow(reader, 'attune-selection-toolbar'), 3000, 'the toolbar to go');
    selectText(reader, NOTED);
    toolbarButton(await selectionToolbar(reader), /^Add note$/).click();
    await writeNote(reader, 'A note <b>with</b> "markup" & more.', NOTED);
    const bookmarked = nextChange(reader, 'add');
    shadow<HTMLButtonElement>(reader, '.bookmark-toggle')!.click();
    await bookmarked;
    let panel = await openPanel(reader);
    const vocab = panel.shadowRoot!.querySelector<HTMLInputElement>('input[name="label-blue"]')!;
    vocab.value = 'vocabulary';
    const labelled = nextChange(reader, 'labels');
    panel.shadowRoot!.querySelector<HTMLFormElement>('.labels form')!.requestSubmit();
    expect((await labelled).labels).to.deep.equal({ blue: 'vocabulary' });
    const original = [...reader.annotations];

    // The downloads, caught as the browser would start them.
    const json = await download(() => panel.shadowRoot!.querySelector<HTMLButtonElement>('.export-json')!.click());
    expect(json.name).to.match(/\.jsonld$/);
    const collection = JSON.parse(json.text);
    expect(collection['@context']).to.equal('http://www.w3.org/ns/anno.jsonld');
    expect(collection.first.items.map((a: { motivation: string }) => a.motivation)).to.deep.equal(['bookmarking', 'highlighting', 'commenting']);
    const outline = await download(() => panel.shadowRoot!.querySelector<HTMLButtonElement>('.export-html')!.click());
    expect(outline.name).to.match(/\.html$/);
    expect(outline.text).to.contain('Blue highlights: vocabulary');
    expect(outline.text).to.contain(`<blockquote lang="en" dir="ltr"><p>${PHRASE}</p></blockquote>`);
    expect(outline.text).to.contain('A note &lt;b&gt;with&lt;/b&gt; &quot;markup&quot; &amp; more.');

    // Clear: delete each from the panel.
    for (const a of original) {
      panelButton(panel, a.id, '.delete').click();
      await until(() => !reader.annotations.some((x) => x.id === a.id), 3000, 'deleted');
    }
    await eventually(async () => (await stored(learner, bookId)).annotations.length === 0, 3000, 'nothing stored');

    // Import the file through the file input.
    panel = await openPanel(reader);
    const input = panel.shadowRoot!.querySelector<HTMLInputElement>('input.import')!;
    const files = new DataTransfer();
    files.items.add(new File([json.text], json.name, { type: 'application/ld+json' }));
    input.files = files.files;
    const imported = nextChange(reader, 'import');
    input.dispatchEvent(new Event('change'));
    expect((await imported).action).to.equal('import');
    await until(() => !!panel.shadowRoot!.querySelector('.import-report p'), 3000, 'the report');
    expect(panel.shadowRoot!.querySelector('.import-report')!.textContent).to.contain('Imported: 3 new, 0 updated, 0 already here.');
    expect(reader.annotations).to.deep.equal([...original].sort(compareAnnotations));
    expect((await stored(learner, bookId)).annotations).to.deep.equal([...original].sort(compareAnnotations));
    expect((await stored(learner, bookId)).labels).to.deep.equal({ blue: 'vocabulary' });

    // A file for another book is refused, and says so.
    const other = json.text.replace(JSON.stringify(bookId), '"urn:uuid:another-book"');
    const refused = new DataTransfer();
    refused.items.add(new File([other], 'other.jsonld'));
    input.files = refused.files;
    input.dispatchEvent(new Event('change'));
    await until(() => /not of this book/.test(panel.shadowRoot!.querySelector('.import-report')!.textContent!), 3000, 'the refusal');

    // A file with one damaged annotation: the others are read, the damaged one is listed with where and why.
    const damaged = JSON.parse(json.text);
    delete damaged.first.items[1].target.selector[0].exact;
    damaged.first.items[0].modified = '2099-01-01T00:00:00.000Z';
    const partly = new DataTransfer();
    partly.items.add(new File([JSON.stringify(damaged)], 'partly.jsonld'));
    input.files = partly.files;
    input.dispatchEvent(new Event('change'));
    await until(() => /1 updated/.test(panel.shadowRoot!.querySelector('.import-report')!.textContent!), 3000, 'the partial import');
    const report = panel.shadowRoot!.querySelector('.import-report')!;
    expect(report.textContent).to.contain('Imported: 0 new, 1 updated, 1 already here.');
    expect(report.textContent).to.contain('1 item was skipped:');
    expect([...report.querySelectorAll('.skipped li')].map((li) => li.textContent)).to.deep.equal(['first.items[1].target.selector[0].exact: missing']);
  });
});

/** Catches the next `<a download>` the reader clicks and reads what it would have saved. */
async function download(start: () => void): Promise<{ name: string; text: string }> {
  const caught = new Promise<{ name: string; href: string }>((resolve) => {
    const onClick = (event: Event) => {
      const link = event.composedPath()[0] as HTMLAnchorElement;
      if (link.localName !== 'a' || !link.download) return;
      event.preventDefault();
      removeEventListener('click', onClick, true);
      resolve({ name: link.download, href: link.href });
    };
    addEventListener('click', onClick, true);
  });
  start();
  const { name, href } = await caught;
  return { name, text: await (await fetch(href)).text() };
}
