import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { corpusUrl } from '../../packages/book/test/corpus.js';
import { contentDocuments, nextRelocate, openReader, until } from '../../packages/reader/test/reader-fixture.js';
import { axTree, findAll, findOne, outline, textIn, type AXNode } from './support/a11y-tree.js';
import { press, tabUntil } from './support/keys.js';
import { focusedElement } from './support/focus.js';
import { note } from './support/report-note.js';
import {
  buttonNamed, clearPage, isNoteReference, noteDialog, preferencesElement, readAloudStatus, sectionWithNoteReference,
  showAdaptedChapterOne, startBefore, tocElement,
} from './support/reader-ui.js';

/**
 * What a screen reader is given: Chromium's accessibility tree (CDP, via
 * `a11ySnapshot`) in the reader's main states. Only what matters is asserted
 * (roles, names, states, live-region text), not the whole tree.
 */
describe('the reader in the accessibility tree', function () {
  this.timeout(60_000);
  before(() => setViewport({ width: 1280, height: 800 }));
  afterEach(async () => {
    clearPage();
    await setViewport({ width: 1280, height: 800 });
  });

  const TOOLBAR = ['Contents', 'Preferences', 'Search', 'Back', 'Where am I', 'Bookmark this page', 'Notes and highlights', 'Read aloud', 'Previous page', 'Next page'];
  const buttons = (tree: AXNode) => findAll(tree, (n) => n.role === 'button');

  for (const width of [1000, 320]) {
    it(`toolbar buttons have their names, collapsed panels say so, the book is a named region with a titled frame (${width} px)`, async () => {
      await setViewport({ width: Math.max(width, 320), height: 700 });
      const { reader } = await openReader(corpusUrl('moby-dick.epub'), { width, height: 600 });
      await reader.next(); // "Previous page" is enabled from the second page on
      const tree = await axTree('attune-reader');
      expect(buttons(tree).map((b) => b.name), outline(tree)).to.deep.equal(TOOLBAR);
      await note(`buttons: ${buttons(tree).map((b) => `"${b.name}"`).join(', ')}`);
      for (const name of ['Contents', 'Preferences', 'Search']) expect(buttons(tree).find((b) => b.name === name)!.expanded, `${name} says its panel is collapsed`).to.equal(false);
      const readAloud = buttons(tree).find((b) => b.name === 'Read aloud')!;
      expect(readAloud.pressed, 'Read aloud is a toggle, not pressed').to.equal(false);
      expect(readAloud.keyshortcuts).to.equal('Alt+Shift+R');
      const region = findOne(tree, (n) => n.role === 'region', 'book region');
      expect(region.name).to.equal('Book: Moby-Dick');
      const frame = findOne(region, (n) => n.role === 'Iframe', 'book frame');
      expect(frame.name, 'the frame is titled after the book').to.match(/^Moby-Dick\b/);
      const slider = findOne(tree, (n) => n.role === 'slider', 'position slider');
      expect(slider.name).to.equal('Position in book');
      // CDP does not give aria-valuetext (see a11y-snapshot-plugin.mjs); the attribute is what screen readers read.
      const input = reader.shadowRoot!.querySelector('attune-progress')!.shadowRoot!.querySelector('input')!;
      expect(input.getAttribute('aria-valuetext')).to.match(/^\d+% through the book/);
    });
  }

  it('the contents tree is a named tree of treeitems with levels, and a branch says whether it is expanded (childrens-literature)', async () => {
    const { reader } = await openReader(corpusUrl('childrens-literature.epub'));
    startBefore(reader);
    await press('Tab');
    await press('Enter');
    await until(() => tocElement(reader)?.shadowRoot?.activeElement?.getAttribute('role') === 'treeitem', 3000, 'focus in the tree');

    const readerTree = await axTree('attune-reader');
    expect(buttons(readerTree).find((b) => b.name === 'Contents')!.expanded, 'Contents says its panel is open').to.equal(true);
    expect(findOne(readerTree, (n) => n.role === 'region' && n.name === 'Contents', 'Contents panel region')).to.exist;

    let tree = await axTree('attune-toc');
    expect(tree.role).to.equal('tree');
    expect(tree.name).to.equal('Table of contents');
    const items = findAll(tree, (n) => n.role === 'treeitem');
    expect(items.length).to.be.greaterThan(0);
    for (const item of items) {
      expect(item.name, 'every entry has a name').to.match(/\S/);
      expect(item.level, `"${item.name}" has a level`).to.be.a('number');
    }
    expect(items.filter((i) => i.focused).length, 'one entry has focus').to.equal(1);

    // Walk to the first closed branch and open it with ArrowRight.
    const closed = items.find((i) => i.expanded === false);
    expect(closed, `a branch marked collapsed:\n${outline(tree)}`).to.exist;
    for (let i = 0; i < 40 && focusedElement()?.getAttribute('aria-expanded') !== 'false'; i++) {
      await press('ArrowDown');
      await tocElement(reader)!.updateComplete;
    }
    const branchName = findOne(await axTree('attune-toc'), (n) => n.role === 'treeitem' && !!n.focused, 'focused entry').name;
    await press('ArrowRight');
    await tocElement(reader)!.updateComplete;
    tree = await axTree('attune-toc');
    const branch = findOne(tree, (n) => n.role === 'treeitem' && n.name === branchName, `entry "${branchName}"`);
    expect(branch.expanded, `"${branchName}" says it is expanded`).to.equal(true);
    const children = findAll(branch, (n) => n.role === 'treeitem' && n !== branch);
    expect(children.length, 'its entries are shown').to.be.greaterThan(0);
    for (const child of children) expect(child.level, `"${child.name}" is one level down`).to.equal(branch.level! + 1);
    expect(findOne(branch, (n) => n.role === 'group', 'group of the branch entries')).to.exist;
    await note(`"${branchName}" (level ${branch.level}) expanded: ${children.length} entries at level ${branch.level! + 1}`);
  });

  it('the preferences panel is a named region and form whose groups and controls all have names', async () => {
    const { reader } = await openReader(corpusUrl('moby-dick.epub'));
    startBefore(reader);
    await tabUntil((el) => el.classList.contains('preferences-toggle'), { what: 'Preferences' });
    await press('Enter');
    await until(() => !!preferencesElement(reader)?.shadowRoot?.activeElement, 3000, 'focus in the panel');

    const readerTree = await axTree('attune-reader');
    expect(findOne(readerTree, (n) => n.role === 'region' && n.name === 'Preferences', 'Preferences region')).to.exist;
    const tree = await axTree('attune-preferences');
    expect(findOne(tree, (n) => n.role === 'form', 'form').name).to.equal('Reading preferences');
    const groups = findAll(tree, (n) => n.role === 'group');
    for (const group of groups) expect(group.name, `a group without a name:\n${outline(group)}`).to.match(/\S/);
    const names = groups.map((g) => g.name);
    for (const expected of ['Quick settings', 'Text', 'Colours', 'Reading aids', 'Read aloud', 'Math', 'Content', 'Language']) expect(names).to.include(expected);

    const controls = findAll(tree, (n) => ['button', 'slider', 'combobox', 'switch', 'checkbox', 'textbox', 'radio', 'spinbutton'].includes(n.role));
    expect(controls.length).to.be.greaterThan(20);
    await note(`${groups.length} named groups (${names.join(', ')}); ${controls.length} named controls`);
    for (const control of controls) expect(control.name, `a ${control.role} without a name`).to.match(/\S/);
    expect(findOne(tree, (n) => n.role === 'slider' && n.name === 'Text size', 'Text size slider')).to.exist;
    const sizeInput = preferencesElement(reader)!.shadowRoot!.querySelector('#f-display-fontSize')!;
    expect(sizeInput.getAttribute('aria-valuetext'), 'the size is spoken as a percentage').to.match(/^\d+\s?%$/);
    expect(findOne(tree, (n) => n.role === 'combobox' && n.name === 'Colour theme', 'Colour theme')).to.exist;
    const lineFocus = findOne(tree, (n) => n.role === 'switch' && n.name === 'Line focus', 'Line focus switch');
    expect(lineFocus.checked, 'a switch says whether it is on').to.equal(false);
  });

  it('a page turn by ArrowRight is announced in a polite live region with the chapter and page', async () => {
    const { reader } = await openReader(corpusUrl('moby-dick.epub'));
    await reader.goTo(reader.book!.sections.find((s) => s.path.endsWith('chapter_001.xhtml'))!.path);
    reader.focusContent();
    const relocated = nextRelocate(reader);
    await press('ArrowRight');
    const detail = await relocated;
    await reader.updateComplete;
    const tree = await axTree('attune-reader');
    const regions = findAll(tree, (n) => n.role === 'status' && n.live === 'polite');
    const announced = regions.map(textIn).find((t) => /page \d+ of \d+/.test(t));
    expect(announced, `a live region with the page: ${regions.map(textIn).join(' | ')}`).to.be.a('string');
    expect(announced).to.contain(`page ${detail.page} of ${detail.pages}`);
    expect(announced).to.match(/Loomings/);
    await note(`announced: "${announced}"`);
  });

  it('a footnote is a modal dialog named after its note, and the rest of the reader is hidden from screen readers meanwhile (wasteland)', async () => {
    const { reader } = await openReader(corpusUrl('wasteland.epub'));
    await reader.goTo(await sectionWithNoteReference(reader));
    const link = [...contentDocuments(reader)[0]!.querySelectorAll('a')].find(isNoteReference)!;
    link.click();
    await until(() => noteDialog(reader).open, 3000, 'the note dialog');
    const tree = await axTree('attune-reader');
    const dialog = findOne(tree, (n) => n.role === 'dialog', 'dialog');
    expect(dialog.name).to.match(/^Note\b/);
    expect(dialog.modal, 'the dialog is modal').to.equal(true);
    await note(`dialog "${dialog.name}", modal`);
    expect(findOne(dialog, (n) => n.role === 'button', 'close button').name).to.equal('Back to the text');
    expect(textIn(dialog).length, 'the note text is in the dialog').to.be.greaterThan(20);
    expect(buttons(tree).map((b) => b.name), 'the toolbar is out of reach behind the modal dialog').to.not.include('Contents');
  });

  it('a glossary definition is a dialog named after its term (moby-dick with the pack)', async () => {
    const { reader } = await openReader(corpusUrl('moby-dick.epub'));
    const doc = await showAdaptedChapterOne(reader);
    const word = [...doc.querySelectorAll<HTMLElement>('[data-attune-glossary]')].find((w) => !w.closest('[hidden]'))!;
    word.click();
    await until(() => noteDialog(reader).open, 3000, 'the glossary dialog');
    const dialog = findOne(await axTree('attune-reader'), (n) => n.role === 'dialog', 'dialog');
    expect(dialog.name.toLowerCase()).to.equal(noteDialog(reader).querySelector('h2')!.textContent!.trim().toLowerCase());
    expect(dialog.name).to.match(/\S/);
    expect(dialog.modal).to.equal(true);
    await note(`dialog "${dialog.name}", modal`);
  });

  it('while reading aloud, "Read aloud" is pressed and the reading controls are a named group with their shortcuts (epubtest-0120)', async () => {
    const { reader } = await openReader(corpusUrl('epubtest-0120-media-overlays.epub'));
    const book = reader.book!;
    await reader.goTo(book.sections.find((s) => book.packageDocument.byPath.get(s.path)?.mediaOverlay)!.path);
    buttonNamed(reader, 'Read aloud').focus();
    await press('Enter'); // a real key press: browsers play sound only after one
    await until(() => readAloudStatus(reader) === 'playing', 10_000, 'narration playing');
    await press('Alt+Shift+KeyR');
    await until(() => readAloudStatus(reader) === 'paused', 5000, 'paused');
    const tree = await axTree('attune-reader');
    const play = findOne(tree, (n) => n.role === 'button' && n.name === 'Read aloud', 'Read aloud');
    expect(play.pressed, 'paused: not pressed').to.equal(false);
    const group = findOne(tree, (n) => n.role === 'group' && n.name === 'Reading controls', 'Reading controls group');
    const shortcuts = Object.fromEntries(findAll(group, (n) => n.role === 'button').map((b) => [b.name, b.keyshortcuts]));
    expect(shortcuts).to.deep.equal({ 'Previous sentence': 'Alt+Shift+ArrowLeft', 'Next sentence': 'Alt+Shift+ArrowRight', Stop: 'Alt+Shift+S' });
    expect(findOne(group, (n) => n.role === 'combobox', 'Speed').name).to.equal('Speed');
    const announced = findAll(tree, (n) => n.role === 'status').map(textIn);
    expect(announced, 'the pause is announced').to.include('Reading paused');
  });

  it('a book that cannot be opened is an alert with the reason', async () => {
    const { reader } = await openReader(corpusUrl('broken-epubcheck-container-missing.epub'));
    await reader.updateComplete;
    const alert = findOne(await axTree('attune-reader'), (n) => n.role === 'alert', 'alert');
    expect(textIn(alert)).to.match(/can’t be opened/);
    expect(textIn(alert)).to.contain('META-INF/container.xml');
  });
});
