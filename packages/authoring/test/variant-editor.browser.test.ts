import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DescriptionEntry, GlossaryEntry, NoteEntry, SimplifiedEntry, VariantPack } from '@attune/adapt';
import { openAuthoringStore } from '../src/index.js';
import type { AttuneVariantEditor, FileExportDetail } from '../src/index.js';
import { cleanPage, deleteDatabase, frameDocuments, setValue, uniqueName, until } from './authoring-fixture.js';
import { caretAtEnd, deepQuery, mountEditor, press, readerOf, richTexts, selectInFrame, showSection } from './editor-fixture.js';

const PASSAGE = 'If you’re expecting a run-of-the-mill best practices manual';
/** The same passage as anchoring stores it (quotes folded to straight ones). */
const PASSAGE_QUOTE = "If you're expecting a run-of-the-mill best practices manual";
const xhtmlOf = (content: unknown) => (content as { xhtml?: string } | undefined)?.xhtml ?? '';

/** Selects `text` in chapter 1, takes it with "Use the selected text" and presses one of the actions. */
async function chooseAndAct(el: AttuneVariantEditor, text: string, action: '.simplify' | '.add-note' | '.add-term'): Promise<void> {
  const doc = await showSection(el, 'ch01.xhtml');
  selectInFrame(doc, text);
  await until(() => deepQuery(el, '.selected-text')?.textContent?.includes(text.slice(0, 20)), 5000, 'the selection shown');
  await press(el, '.use-selection');
  await press(el, `.chosen ${action}`);
}

async function typeInto(el: AttuneVariantEditor, selector: string, text: string): Promise<void> {
  const field = await until(() => deepQuery<HTMLInputElement | HTMLTextAreaElement>(el, selector), 5000, selector);
  field.focus();
  await sendKeys({ type: text });
}

/** Authors one simpler version, one glossary term and one picture description on accessible-epub-3. */
async function authorThree(el: AttuneVariantEditor): Promise<void> {
  await chooseAndAct(el, PASSAGE, '.simplify');
  const rich = await until(() => richTexts(el)[0], 5000, 'the rich-text editor');
  caretAtEnd(rich);
  await sendKeys({ type: 'This is not a usual book of rules.' });
  await until(() => xhtmlOf((el.pack!.entries[0] as SimplifiedEntry).variants[0]!.content).includes('rules.'), 5000, 'the variant in the pack');

  await press(el, '#tab-glossary');
  await press(el, '.new-term');
  await typeInto(el, '#term', 'accessibility');
  await typeInto(el, '#definition', 'Making things usable by everyone, including people with disabilities.');
  await until(() => el.pack!.entries.some((e) => e.type === 'glossary' && e.definition.endsWith('disabilities.')), 5000, 'the term in the pack');

  await press(el, '#tab-images');
  await until(() => deepQuery(el, '.describe-image'), 20_000, 'the pictures listed');
  await press(el, '.describe-image');
  const alt = await until(() => deepQuery<HTMLTextAreaElement>(el, '#alt'), 5000, 'the description form');
  alt.select();
  await sendKeys({ type: 'The cover of EPUB 3 Best Practices: a bird on a white page.' });
  await until(() => el.pack!.entries.some((e) => e.type === 'description' && e.alt.startsWith('The cover of EPUB 3')), 5000, 'the description in the pack');
}

async function storedPack(storeName: string, identifier: string): Promise<VariantPack | undefined> {
  const store = await openAuthoringStore({ name: storeName });
  try {
    return (await store.getPack(identifier))?.pack;
  } finally {
    store.close();
  }
}

describe('<attune-variant-editor>', function () {
  this.timeout(120_000);
  let storeName: string;
  beforeEach(() => {
    storeName = uniqueName('authoring');
  });
  afterEach(async () => {
    cleanPage();
    await deleteDatabase(storeName);
  });

  it('a passage selected in the book becomes a simpler version, applied live in the reader', async () => {
    const el = await mountEditor(storeName);
    await chooseAndAct(el, PASSAGE, '.simplify');
    const rich = await until(() => richTexts(el)[0], 5000, 'the rich-text editor');
    caretAtEnd(rich);
    await sendKeys({ type: 'This is not a usual book of rules.' });
    const entry = () => el.pack!.entries[0] as SimplifiedEntry;
    await until(() => xhtmlOf(entry().variants[0]?.content).includes('rules.'), 5000, 'the variant in the pack');
    expect(entry().type).to.equal('simplified');
    expect(entry().target.source).to.equal('ch01.xhtml');
    expect(entry().target.selector[0]).to.include({ type: 'TextQuoteSelector', exact: PASSAGE_QUOTE });
    expect(xhtmlOf(entry().variants[0]!.content)).to.equal('<p>This is not a usual book of rules.</p>');
    await until(() => frameDocuments(readerOf(el)).some((d) => d.querySelector(`[data-attune-passage="${entry().id}"]`)?.textContent?.includes('usual book of rules')), 10_000, 'the variant shown in the book');
  });

  it('shows readability of the original and of each variant as numbers, bars and sentences', async () => {
    const el = await mountEditor(storeName);
    await chooseAndAct(el, PASSAGE, '.simplify');
    const rich = await until(() => richTexts(el)[0], 5000, 'the rich-text editor');
    caretAtEnd(rich);
    await sendKeys({ type: 'This book is not a list of rules. It is a guide.' });
    const chart = await until(() => deepQuery(el, 'attune-readability-chart'), 5000, 'the chart');
    await until(() => chart.shadowRoot!.querySelectorAll('tbody tr').length === 2 && chart.shadowRoot!.textContent!.includes('easier than the original'), 5000, 'two rows');
    const rows = [...chart.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows[0]).to.match(/^Original text \d+\.\d/);
    expect(rows[1]).to.match(/^Grade 3-5 -?\d+\.\d/);
    expect(chart.shadowRoot!.querySelectorAll('[part="bar"]').length).to.equal(4);
    expect(chart.shadowRoot!.querySelector('.track')!.getAttribute('aria-hidden')).to.equal('true');
    // A second level, with its own row.
    await press(el, '.add-variant');
    await until(() => richTexts(el).length === 2, 5000, 'a second variant');
    caretAtEnd(richTexts(el)[1]!);
    await sendKeys({ type: 'A guide, not rules.' });
    await until(() => chart.shadowRoot!.querySelectorAll('tbody tr').length === 3, 5000, 'three rows');
  });

  it('keeps a variant, a glossary term and a picture description on the device: a new element with the same store has them all', async () => {
    let el = await mountEditor(storeName);
    await authorThree(el);
    const before = el.pack!;
    const identifier = before.book.identifier;
    expect(identifier).to.equal('urn:isbn:9781449328030');
    await until(async () => JSON.stringify(await storedPack(storeName, identifier)) === JSON.stringify(before), 5000, 'everything saved');
    el.remove();
    el = await mountEditor(storeName);
    expect(el.pack).to.deep.equal(before);
    expect(deepQuery(el, '.load-message')!.textContent).to.contain('opened from this device');
    const types = el.pack!.entries.map((e) => e.type).sort();
    expect(types).to.deep.equal(['description', 'glossary', 'simplified']);
    // The description is applied in the book too (ch04's cover art).
    const description = el.pack!.entries.find((e): e is DescriptionEntry => e.type === 'description')!;
    expect(description.target.source).to.match(/\.xhtml$/);
  });

  it('exports the pack, starts over, imports the file: the same pack', async () => {
    const el = await mountEditor(storeName);
    await authorThree(el);
    await chooseAndAct(el, 'Your data matters, not just its presentation', '.add-note');
    const noteRich = await until(() => richTexts(el)[0], 5000, 'the note editor');
    caretAtEnd(noteRich);
    await sendKeys({ type: 'Why does the author say this?' });
    await until(() => el.pack!.entries.some((e) => e.type === 'note' && xhtmlOf(e.content).includes('author say')), 5000, 'the note');

    await press(el, '#tab-share');
    let exported: FileExportDetail | undefined;
    el.addEventListener('attune-pack-export', (e) => {
      exported = e.detail;
      e.preventDefault();
    }, { once: true });
    await press(el, '.export-pack');
    expect(exported?.fileName).to.equal('attune-pack-accessible-epub-3.json');
    const before = el.pack!;
    expect(JSON.parse(exported!.json)).to.deep.equal(before);

    await press(el, '.start-over');
    await press(el, '.confirm-clear');
    expect(el.pack!.entries).to.deep.equal([]);

    const input = deepQuery<HTMLInputElement>(el, 'input.pack-file')!;
    const files = new DataTransfer();
    files.items.add(new File([exported!.json], exported!.fileName, { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await until(() => el.pack!.entries.length === 4, 5000, 'the imported entries');
    expect(el.pack).to.deep.equal(before);
    expect(deepQuery(el, '.share-message')!.textContent).to.equal('4 entries were added.');
  });

  it('autosaves within a second: typed text survives tearing the element down with no save', async () => {
    let el = await mountEditor(storeName);
    await chooseAndAct(el, PASSAGE, '.add-note');
    const rich = await until(() => richTexts(el)[0], 5000, 'the note editor');
    caretAtEnd(rich);
    await sendKeys({ type: 'Remember the first chapter.' });
    const typedAt = performance.now();
    const identifier = el.pack!.book.identifier;
    // Within a second of the last key (plus a little for a busy machine), the text is in IndexedDB.
    await until(async () => {
      const note = (await storedPack(storeName, identifier))?.entries[0] as NoteEntry | undefined;
      return xhtmlOf(note?.content).includes('first chapter.');
    }, 1000 + 400, 'the autosave');
    expect(performance.now() - typedAt).to.be.below(1400);
    el.remove();
    el = await mountEditor(storeName);
    const note = el.pack!.entries[0] as NoteEntry;
    expect(xhtmlOf(note.content)).to.equal('<p>Remember the first chapter.</p>');
    await press(el, '#tab-notes');
    await press(el, `button.entry[data-entry="${note.id}"]`);
    const shown = await until(() => richTexts(el)[0], 5000, 'the note editor again');
    expect(shown.shadowRoot!.querySelector('.editable')!.textContent).to.equal('Remember the first chapter.');
  });

  it('removing the element right after typing still writes what was typed (saved on the way out)', async () => {
    let el = await mountEditor(storeName);
    await press(el, '#tab-glossary');
    await press(el, '.new-term');
    await typeInto(el, '#term', 'metadata');
    el.remove();
    el = await mountEditor(storeName);
    expect(el.pack!.entries.map((e) => (e as GlossaryEntry).term)).to.deep.equal(['metadata']);
  });

  it('undo and redo: Ctrl+Z, Ctrl+Shift+Z and the buttons; typing in a field is one step', async () => {
    const el = await mountEditor(storeName);
    await press(el, '#tab-glossary');
    await press(el, '.new-term');
    await typeInto(el, '#term', 'reading system');
    const term = () => (el.pack!.entries[0] as GlossaryEntry | undefined)?.term;
    await until(() => term() === 'reading system', 5000, 'the term typed');
    await sendKeys({ press: 'Control+z' });
    await until(() => term() === '', 5000, 'the typing undone in one step');
    expect(deepQuery<HTMLInputElement>(el, '#term')!.value).to.equal('');
    await sendKeys({ press: 'Control+Shift+z' });
    await until(() => term() === 'reading system', 5000, 'redone');
    await press(el, 'button.undo');
    await press(el, 'button.undo');
    expect(el.pack!.entries).to.deep.equal([]);
    expect(deepQuery<HTMLButtonElement>(el, 'button.undo')!.disabled).to.equal(true);
    await press(el, 'button.redo');
    expect(el.pack!.entries.length).to.equal(1);
  });

  it('a glossary term highlights each place it occurs in the book frame (CSS Custom Highlight API) and says how many', async () => {
    const el = await mountEditor(storeName);
    const doc = await showSection(el, 'ch01.xhtml');
    await press(el, '#tab-glossary');
    await press(el, '.new-term');
    await typeInto(el, '#term', 'EPUB');
    const status = await until(() => deepQuery(el, '#occurrences')?.textContent?.match(/Found (\d+) times/), 5000, 'the count');
    const count = Number(status[1]);
    expect(count).to.be.greaterThan(0);
    const highlights = (doc.defaultView as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
    expect(highlights.get('attune-authoring-term')?.size).to.equal(count);
    expect([...highlights.get('attune-authoring-term')!].every((r) => /^EPUB/i.test(r.toString()))).to.equal(true);
    expect(doc.querySelector('style[data-attune-authoring]')!.textContent).to.contain('forced-colors');
    // Leaving the glossary takes the highlight away.
    await press(el, '#tab-notes');
    await until(() => !highlights.has('attune-authoring-term'), 5000, 'the highlight removed');
  });

  it('finds words on the page by keyboard and selects them in the book', async () => {
    const el = await mountEditor(storeName);
    const doc = await showSection(el, 'ch01.xhtml');
    const find = deepQuery<HTMLInputElement>(el, '#find')!;
    find.focus();
    await sendKeys({ type: 'run of the mill best practices' });
    await sendKeys({ press: 'Enter' });
    await until(() => deepQuery(el, '#find-message')?.textContent?.includes('not on the page'), 5000, 'not found (hyphens differ)');
    find.select();
    await sendKeys({ type: 'RUN-OF-THE-MILL best   practices' });
    await sendKeys({ press: 'Enter' });
    await until(() => deepQuery(el, '#find-message')?.textContent?.startsWith('Found and selected'), 5000, 'found');
    expect(doc.defaultView!.getSelection()!.toString()).to.equal('run-of-the-mill best practices');
    expect(deepQuery(el, '.selected-text')!.textContent).to.contain('run-of-the-mill best practices');
  });

  it('lists entries that no longer fit the book and anchors one again to a new selection', async () => {
    const el = await mountEditor(storeName);
    const lost: NoteEntry = { type: 'note', id: 'lost-note', target: { source: 'ch01.xhtml', selector: [{ type: 'TextQuoteSelector', exact: 'This sentence was in an earlier edition of the book and is gone now.' }] }, content: 'Read this twice.' };
    const pack = { ...el.pack!, entries: [lost] };
    await el.importPack(JSON.stringify(pack));
    await press(el, '#tab-problems');
    await until(() => deepQuery(el, '[data-orphan="lost-note"]'), 10_000, 'the orphan listed');
    expect(deepQuery<HTMLButtonElement>(el, '.reanchor')!.disabled, 'needs a chosen passage first').to.equal(true);
    const doc = await showSection(el, 'ch01.xhtml');
    selectInFrame(doc, PASSAGE);
    await until(() => deepQuery(el, '.selected-text')?.textContent?.includes('run-of-the-mill'), 5000, 'the selection');
    await press(el, '.use-selection');
    await press(el, '.reanchor');
    await until(() => deepQuery(el, '.no-problems'), 10_000, 'no problems left');
    const note = el.pack!.entries[0] as NoteEntry;
    expect(note.target.selector[0]).to.include({ type: 'TextQuoteSelector', exact: PASSAGE_QUOTE });
    await until(() => frameDocuments(readerOf(el)).some((d) => d.querySelector('[data-attune-note="lost-note"]')), 10_000, 'the note placed in the book');
  });

  it('merging an imported pack: new entries are added, each conflict is settled (keep mine / take theirs)', async () => {
    const el = await mountEditor(storeName);
    const base = el.pack!;
    const term = (id: string, definition: string): GlossaryEntry => ({ type: 'glossary', id, term: id, definition });
    await el.importPack(JSON.stringify({ ...base, entries: [term('epub', 'Mine: a book format.'), term('nav', 'Mine: the contents.')] }));
    expect(el.pack!.entries.length).to.equal(2);
    await el.importPack(JSON.stringify({ ...base, levels: [{ name: 'Level A' }], entries: [term('epub', 'Theirs: a digital book.'), term('nav', 'Theirs: navigation.'), term('opf', 'The package file.')] }));
    const panel = await until(() => deepQuery(el, 'attune-merge-panel'), 5000, 'the merge panel');
    await panel.updateComplete;
    expect(panel.shadowRoot!.querySelectorAll('fieldset.conflict').length).to.equal(2);
    expect(panel.shadowRoot!.textContent).to.contain('Mine: a book format.').and.contain('Theirs: a digital book.');
    panel.shadowRoot!.querySelector<HTMLInputElement>('[data-conflict="epub"] input[value="theirs"]')!.click();
    panel.shadowRoot!.querySelector<HTMLButtonElement>('.finish')!.click();
    await until(() => el.pack!.entries.length === 3, 5000, 'merged');
    const byId = Object.fromEntries(el.pack!.entries.map((e) => [e.id, (e as GlossaryEntry).definition]));
    expect(byId).to.deep.equal({ epub: 'Theirs: a digital book.', nav: 'Mine: the contents.', opf: 'The package file.' });
    expect(el.pack!.levels).to.deep.equal([{ name: 'Level A' }]);
    expect(deepQuery(el, '.share-message')!.textContent).to.equal('Merged: 1 added, 1 replaced by the imported version.');
    // One undo takes the whole merge back.
    el.undo();
    expect(el.pack!.entries.map((e) => (e as GlossaryEntry).definition)).to.deep.equal(['Mine: a book format.', 'Mine: the contents.']);
  });

  it('refuses a pack for another book and a file that is not a pack, in words', async () => {
    const el = await mountEditor(storeName);
    await el.importPack(JSON.stringify({ ...el.pack!, book: { identifier: 'urn:uuid:another-book' }, entries: [] }));
    await press(el, '#tab-share');
    expect(deepQuery(el, '.share-message')!.textContent).to.contain('It was not merged.');
    const errors: string[] = [];
    el.addEventListener('attune-authoring-error', (e) => errors.push(e.detail.code));
    await el.importPack(new File(['<html>not json</html>'], 'notes.html'));
    expect(deepQuery(el, '.share-message')!.textContent).to.equal('“notes.html” is not a variant pack. Choose a .json file exported from Attune.');
    expect(errors).to.deep.equal(['invalid-file']);
  });

  it('lists the book’s pictures and opens a description for one; the description reaches the book', async () => {
    const el = await mountEditor(storeName);
    await press(el, '#tab-images');
    await until(() => deepQuery(el, '.images'), 20_000, 'the pictures listed');
    const items = [...deepQuery(el, '.images')!.querySelectorAll('li.image')];
    expect(items.length).to.equal(3);
    expect(items[0]!.textContent).to.contain('Book’s text:');
    const cover = items.find((li) => li.textContent!.includes('Cover art for EPUB 3 Best Practices'))!;
    cover.querySelector<HTMLButtonElement>('.describe-image')!.click();
    const alt = await until(() => deepQuery<HTMLTextAreaElement>(el, '#alt'), 5000, 'the form');
    expect(alt.value).to.equal('Cover art for EPUB 3 Best Practices, coming in 2012', 'starts from the book’s own text');
    setValue(alt, 'A bird drawn in black ink on the cover of EPUB 3 Best Practices.');
    await until(() => el.pack!.entries.some((e) => e.type === 'description' && e.alt.startsWith('A bird')), 5000, 'in the pack');
    const doc = await showSection(el, 'ch04.xhtml');
    await until(() => doc.querySelector('img[alt^="A bird"]') || frameDocuments(readerOf(el)).some((d) => d.querySelector('img[alt^="A bird"]')), 10_000, 'the new alt in the book');
  });
});
