import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { AttuneReader } from '../src/index.js';
import { auditElement, describeViolations } from '../../../a11y-tests/test/axe-audit.js';
import { contentDocuments, until } from './reader-fixture.js';
import { corpus, freshLearner, nextChange, openFor, openPanel, paintedText, panelItems, selectText, selectionToolbar, settled, shadow, toolbarButton, writeNote } from './study-fixture.js';

const AE3 = corpus('accessible-epub-3.epub');
const PHRASE = 'This guide takes a slightly different approach';
const THEMES = [
  { name: 'light', media: { colorScheme: 'light' as const, forcedColors: 'none' as const } },
  { name: 'dark', media: { colorScheme: 'dark' as const, forcedColors: 'none' as const } },
  { name: 'forced colours', media: { colorScheme: 'light' as const, forcedColors: 'active' as const } },
];

const readers: AttuneReader[] = [];
afterEach(async () => {
  for (const r of readers.splice(0)) r.parentElement?.remove();
  await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
});

/** The element that has focus, looking into shadow roots and the book's frame. */
function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  for (;;) {
    if (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    else if (active?.localName === 'iframe' && (active as HTMLIFrameElement).contentDocument?.activeElement) {
      const inner = (active as HTMLIFrameElement).contentDocument!.activeElement!;
      if (inner === active || inner.localName === 'body') return active;
      active = inner;
    } else return active;
  }
}

async function tabTo(wanted: (el: Element) => boolean, what: string, back = false): Promise<Element> {
  for (let i = 0; i < 80; i++) {
    const active = deepActive();
    if (active && wanted(active)) return active;
    await sendKeys({ press: back ? 'Shift+Tab' : 'Tab' });
  }
  throw new Error(`Tab never reached ${what} (focus is on ${deepActive()?.outerHTML.slice(0, 120)})`);
}

function expectVisibleFocus(el: Element): void {
  const style = getComputedStyle(el);
  expect(style.outlineStyle, `focus outline on ${el.localName}`).not.to.equal('none');
  expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
}

async function openAtChapter2(learner = freshLearner()): Promise<{ reader: AttuneReader; doc: Document }> {
  const reader = await openFor(learner, AE3);
  readers.push(reader);
  await reader.goTo('EPUB/ch02.xhtml');
  await until(() => contentDocuments(reader).some((d) => d.body.textContent!.includes(PHRASE)), 8000, 'ch02');
  return { reader, doc: await settled(reader) };
}

describe('accessibility of the annotation tools (axe, WCAG 2.2 AA)', function () {
  this.timeout(120_000);

  for (const theme of THEMES) {
    it(`the selection toolbar, the "Notes and highlights" panel and the note dialog have no violations (${theme.name})`, async () => {
      await emulateMedia(theme.media);
      const { reader } = await openAtChapter2();
      // Something of every kind in the panel, and a label.
      selectText(reader, PHRASE);
      let change = nextChange(reader, 'add');
      toolbarButton(await selectionToolbar(reader), /^Highlight Yellow$/).click();
      await change;
      change = nextChange(reader, 'add');
      shadow<HTMLButtonElement>(reader, '.bookmark-toggle')!.click();
      await change;
      selectText(reader, 'This first section deals');
      const toolbar = await selectionToolbar(reader);
      let violations = await auditElement(toolbar);
      expect(violations, describeViolations(violations)).to.have.length(0);

      const panel = await openPanel(reader);
      await until(() => panelItems(panel).length === 2, 3000, 'two items');
      violations = await auditElement(shadow(reader, '#annotations-panel')!);
      expect(violations, describeViolations(violations)).to.have.length(0);

      toolbarButton(toolbar, /^Add note$/).click();
      const dialog = shadow(reader, 'attune-note-dialog')!;
      await until(() => !!dialog.shadowRoot!.querySelector('dialog[open]'), 3000, 'the dialog');
      // With the "write something first" message showing too.
      dialog.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => !!dialog.shadowRoot!.querySelector('.error')!.textContent, 3000, 'the message');
      violations = await auditElement(dialog);
      expect(violations, describeViolations(violations)).to.have.length(0);
      await writeNote(reader, 'Checked in every theme.');
    });
  }

  it('a keyboard-only journey: select with Shift+arrows, highlight, add a note, open the panel, go back to the highlight', async () => {
    const { reader } = await openAtChapter2();
    let doc: Document;
    // Into the text by keys: Contents, Enter on the current chapter (focus lands on the first block on screen).
    shadow<HTMLButtonElement>(reader, '.toc-toggle')!.focus();
    await sendKeys({ press: 'Enter' });
    const toc = shadow(reader, 'attune-toc')!;
    await until(() => toc.shadowRoot?.activeElement?.getAttribute('aria-current') === 'page', 3000, 'focus on the current chapter');
    await sendKeys({ press: 'Enter' });
    await until(() => deepActive()?.ownerDocument === contentDocuments(reader)[0], 5000, 'focus in the text');
    doc = contentDocuments(reader)[0]!;
    const block = doc.activeElement!;
    expectVisibleFocus(block);
    // Two words with Ctrl+Shift+→, then a character more with Shift+→.
    await sendKeys({ press: 'Control+Shift+ArrowRight' });
    await sendKeys({ press: 'Control+Shift+ArrowRight' });
    await sendKeys({ press: 'Shift+ArrowRight' });
    await until(() => !!shadow(reader, 'attune-selection-toolbar'), 3000, 'the toolbar');
    const selected = doc.getSelection()!.toString();
    expect(selected.length).to.be.greaterThan(0);
    expect(block.textContent!.replace(/\s+/g, ' ').trim().startsWith(selected.replace(/\s+/g, ' ').trim()), 'selected from the start of the focused block').to.equal(true);

    // Alt+Shift+H: to the toolbar; → twice to Blue; Enter.
    await sendKeys({ press: 'Alt+Shift+KeyH' });
    const toolbar = shadow(reader, 'attune-selection-toolbar')!;
    await until(() => toolbar.shadowRoot!.activeElement?.getAttribute('aria-label') === 'Highlight Yellow', 3000, 'focus on the toolbar');
    expectVisibleFocus(toolbar.shadowRoot!.activeElement!);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(toolbar.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal('Highlight Blue');
    let change = nextChange(reader, 'add');
    await sendKeys({ press: 'Enter' });
    const highlight = (await change).annotations[0]!;
    expect(highlight).to.include({ kind: 'highlight', color: 'blue' });
    expect(paintedText(doc, 'attune-study-blue')).to.deep.equal([selected]);
    // Back in the text, the caret after the highlight: more Shift+→ selects what follows.
    await until(() => deepActive()?.ownerDocument === doc, 3000, 'focus back in the book');
    for (let i = 0; i < 2; i++) await sendKeys({ press: 'Shift+ArrowRight' });
    await until(() => !!shadow(reader, 'attune-selection-toolbar'), 3000, 'the toolbar again');
    const noted = doc.getSelection()!.toString();
    expect(noted.length).to.be.greaterThan(0);

    // To "Add note" (End, then ←), Enter, write, Ctrl+Enter.
    await sendKeys({ press: 'Alt+Shift+KeyH' });
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(shadow(reader, 'attune-selection-toolbar')!.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Add note');
    await sendKeys({ press: 'Enter' });
    const dialog = shadow(reader, 'attune-note-dialog')!;
    await until(() => dialog.shadowRoot!.activeElement?.localName === 'textarea', 3000, 'focus in the note');
    await sendKeys({ type: 'Ask about this' });
    change = nextChange(reader, 'add');
    await sendKeys({ press: 'Control+Enter' });
    const note = (await change).annotations[0]!;
    expect(note).to.include({ kind: 'note', text: 'Ask about this' });
    await until(() => deepActive()?.ownerDocument === doc, 3000, 'focus back in the book after the note');

    // Somewhere else, then the panel from the toolbar by Tab, and Enter on "Go to".
    await reader.goTo('EPUB/ch01.xhtml');
    await until(() => reader.state.location?.href.endsWith('ch01.xhtml') === true, 8000, 'ch01');
    shadow<HTMLButtonElement>(reader, '.toc-toggle')!.focus();
    const toggle = await tabTo((el) => el.classList.contains('annotations-toggle'), 'the panel button');
    expectVisibleFocus(toggle);
    await sendKeys({ press: 'Enter' });
    const panel = await openPanel(reader);
    await until(() => !!panel.shadowRoot!.activeElement, 3000, 'focus in the panel');
    const go = await tabTo((el) => el.classList.contains('go') && el.closest('li')?.getAttribute('data-id') === highlight.id, 'Go to the highlight');
    expectVisibleFocus(go);
    expect(go.textContent!.trim()).to.equal('Go to');
    expect(go.getAttribute('aria-label')).to.match(/^Go to Blue highlight: /);
    await sendKeys({ press: 'Enter' });
    await until(() => reader.state.location?.href.endsWith('ch02.xhtml') === true, 8000, 'back at ch02');
    await until(() => contentDocuments(reader)[0]?.activeElement?.textContent?.includes(selected) === true, 5000, 'focus on the highlighted text');
    // Alt+← goes back to where the learner was before going to the highlight: one jump.
    await sendKeys({ press: 'Alt+ArrowLeft' });
    await until(() => reader.state.location?.href.endsWith('ch01.xhtml') === true, 8000, 'back at ch01');
  });
});
