import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { AttuneReader } from '../../packages/reader/src/index.js';
import { corpusUrl } from '../../packages/book/test/corpus.js';
import { openReader, until } from '../../packages/reader/test/reader-fixture.js';
import { describe as describeEl, focusedElement } from './support/focus.js';
import { press, textOf } from './support/keys.js';
import { note } from './support/report-note.js';
import {
  clearPage, openFirstNote, openPanel, pauseNarration, queryAllDeep, shadowRootsOf, startBefore, toolbarButtons,
} from './support/reader-ui.js';

/**
 * WCAG 1.4.10 Reflow and 1.4.12 Text Spacing for the reader's own UI.
 * The reader fills its embedder's width, as an embedding page would lay it out.
 */
const VIEWPORTS = [
  { label: '320 CSS px wide', width: 320, height: 640 },
  { label: '400% zoom (1280×1024 at 400% = 320×256)', width: 320, height: 256 },
];

/** A reader as wide as the page and as tall as the viewport, the way an embedder would size it. */
async function openFullWidth(book: string): Promise<AttuneReader> {
  const reader = document.createElement('attune-reader');
  reader.style.cssText = 'display:block;width:100%;height:100vh';
  const ready = new Promise<void>((resolve, reject) => {
    reader.addEventListener('attune-ready', () => resolve(), { once: true });
    reader.addEventListener('attune-error', (e) => reject(new Error((e as CustomEvent).detail.message)), { once: true });
  });
  document.body.append(reader);
  reader.src = corpusUrl(book);
  await ready;
  return reader;
}

/** No sideways scrolling of the page (1.4.10): what is laid out fits the viewport's width. */
async function expectNoHorizontalScroll(what: string): Promise<void> {
  const root = document.documentElement;
  await note(`${what}: page ${root.scrollWidth} px wide in ${root.clientWidth} px`);
  expect(root.scrollWidth, `${what}: the page scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`).to.be.at.most(root.clientWidth);
}

/** An element is within the viewport's width and not covered by something else at its centre. */
function expectOnScreenAndUncovered(el: Element): void {
  const r = el.getBoundingClientRect();
  expect(r.width > 0 && r.height > 0, `${describeEl(el)} is laid out`).to.equal(true);
  expect(r.left, `${describeEl(el)} starts inside the viewport`).to.be.at.least(-0.5);
  expect(r.right, `${describeEl(el)} ends inside the viewport`).to.be.at.most(document.documentElement.clientWidth + 0.5);
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  if (y >= 0 && y <= innerHeight) {
    // The topmost element at the control's centre, however deep in shadow roots.
    let hit: Element | null = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    expect(!!hit && (el === hit || el.contains(hit) || el.shadowRoot?.contains(hit) === true), `${describeEl(el)} is covered by ${describeEl(hit)}`).to.equal(true);
  }
}

/** Elements a learner reads or operates: buttons and labels of every kind, headings, legends, selects. */
const TEXT_CONTROLS = 'button, label, legend, h2, select, [role="button"], .summary, .note, .hint';

function isVisuallyHidden(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.width <= 1 || r.height <= 1 || !el.checkVisibility();
}

/** WCAG 1.4.12: no text is clipped or spills out of its box. */
function expectNothingClipped(elements: Element[], what: string): number {
  let checked = 0;
  for (const el of elements) {
    if (isVisuallyHidden(el)) continue;
    const style = getComputedStyle(el);
    if (style.display === 'inline' || style.display === 'contents') continue;
    checked++;
    expect(el.scrollHeight, `${what}: ${describeEl(el)} cuts text off at the bottom`).to.be.at.most(el.clientHeight + 1);
    expect(el.scrollWidth, `${what}: ${describeEl(el)} cuts text off at the side`).to.be.at.most(el.clientWidth + 1);
  }
  return checked;
}

/** The WCAG 1.4.12 spacing, as a user style sheet would force it, into every shadow root of the reader. */
function applyTextSpacing(host: Element): void {
  for (const root of shadowRootsOf(host)) {
    if ((root as ShadowRoot & { __spaced?: boolean }).__spaced) continue;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`
      * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
      p { margin-block-end: 2em !important; }
    `);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    (root as ShadowRoot & { __spaced?: boolean }).__spaced = true;
  }
}

/** The spacing really is in force (else the check below would prove nothing). */
function expectSpacingApplied(el: Element): void {
  const s = getComputedStyle(el);
  const size = parseFloat(s.fontSize);
  expect(parseFloat(s.letterSpacing) / size, `letter spacing on ${describeEl(el)}`).to.be.closeTo(0.12, 0.01);
  expect(parseFloat(s.wordSpacing) / size, `word spacing on ${describeEl(el)}`).to.be.closeTo(0.16, 0.01);
  expect(parseFloat(s.lineHeight) / size, `line height on ${describeEl(el)}`).to.be.closeTo(1.5, 0.02);
}

describe('reflow and text spacing of the reader UI (WCAG 1.4.10, 1.4.12)', function () {
  this.timeout(60_000);
  afterEach(async () => {
    clearPage();
    await setViewport({ width: 1280, height: 800 });
  });

  for (const viewport of VIEWPORTS) {
    it(`reflows at ${viewport.label}: no sideways scrolling, every toolbar control on screen, uncovered and reachable by Tab`, async () => {
      await setViewport(viewport);
      const reader = await openFullWidth('childrens-literature.epub');
      await reader.next();
      await until(() => !toolbarButtons(reader).some((b) => b.disabled), 3000, 'every toolbar button enabled');
      await expectNoHorizontalScroll('the reader');
      const controls = toolbarButtons(reader);
      expect(controls.map(textOf)).to.deep.equal([
        'Contents', 'Preferences', 'Search', 'Back', 'Where am I', 'Bookmark this page', 'Notes and highlights', 'Read aloud', 'Previous page', 'Next page',
      ]);
      for (const control of controls) {
        control.scrollIntoView({ block: 'nearest' });
        expectOnScreenAndUncovered(control);
      }
      window.scrollTo(0, 0);
      startBefore(reader);
      const reached = new Set<Element>();
      for (let i = 0; i < 12 && reached.size < controls.length; i++) {
        await press('Tab');
        const el = focusedElement();
        if (el && controls.includes(el as HTMLButtonElement)) reached.add(el);
      }
      expect(controls.filter((c) => !reached.has(c)).map(textOf), 'toolbar controls Tab never reached').to.deep.equal([]);
      await expectNoHorizontalScroll('after tabbing through the toolbar');
    });

    it(`reflows at ${viewport.label}: the contents and preferences panels fit the width, with every control inside`, async () => {
      await setViewport(viewport);
      const reader = await openFullWidth('childrens-literature.epub');
      for (const name of ['toc', 'preferences'] as const) {
        const panel = await openPanel(reader, name);
        await expectNoHorizontalScroll(`the ${name} panel`);
        expect(panel.scrollWidth, `the ${name} panel scrolls sideways`).to.be.at.most(panel.clientWidth + 1);
        const right = panel.getBoundingClientRect().right;
        const controls = queryAllDeep(panel.querySelector(name === 'toc' ? 'attune-toc' : 'attune-preferences')!, 'button, input, select, [role="treeitem"] > .row');
        expect(controls.length).to.be.greaterThan(0);
        for (const control of controls.filter((c) => c.checkVisibility())) {
          const r = control.getBoundingClientRect();
          expect(r.left, `${describeEl(control)} starts inside the ${name} panel`).to.be.at.least(panel.getBoundingClientRect().left - 0.5);
          expect(r.right, `${describeEl(control)} ends inside the ${name} panel`).to.be.at.most(right + 0.5);
        }
      }
    });

    it(`reflows at ${viewport.label}: a footnote dialog fits the width (wasteland)`, async () => {
      await setViewport(viewport);
      const reader = await openFullWidth('wasteland.epub');
      const dialog = await openFirstNote(reader);
      const r = dialog.getBoundingClientRect();
      expect(r.left).to.be.at.least(0);
      expect(r.right).to.be.at.most(document.documentElement.clientWidth);
      expect(dialog.scrollWidth, 'the dialog scrolls sideways').to.be.at.most(dialog.clientWidth + 1);
      await expectNoHorizontalScroll('with the note open');
    });
  }

  it('reflows at 320 CSS px while reading aloud: the reading controls wrap inside the width (epubtest-0120)', async () => {
    await setViewport({ width: 320, height: 640 });
    const reader = await openFullWidth('epubtest-0120-media-overlays.epub');
    await pauseNarration(reader);
    await expectNoHorizontalScroll('with the reading controls shown');
    const controls = toolbarButtons(reader).filter((b) => b.checkVisibility());
    expect(controls.map(textOf)).to.include.members(['Previous sentence', 'Next sentence', 'Stop']);
    for (const control of controls) {
      control.scrollIntoView({ block: 'nearest' });
      expectOnScreenAndUncovered(control);
    }
  });

  for (const width of [1000, 320]) {
    it(`text spacing (line 1.5, paragraphs 2, letters 0.12, words 0.16) clips no button or label in the toolbar, contents or preferences (${width} px)`, async () => {
      await setViewport({ width: Math.max(width, 320), height: 800 });
      const { reader } = await openReader(corpusUrl('childrens-literature.epub'), { width, height: 700 });
      applyTextSpacing(reader);
      await reader.updateComplete;
      expectSpacingApplied(toolbarButtons(reader)[0]!);
      let checked = expectNothingClipped(queryAllDeep(reader, TEXT_CONTROLS), 'toolbar');
      for (const name of ['toc', 'preferences'] as const) {
        await openPanel(reader, name);
        applyTextSpacing(reader);
        await new Promise((r) => requestAnimationFrame(r));
        checked += expectNothingClipped(queryAllDeep(reader, TEXT_CONTROLS), `${name} panel`);
      }
      expectSpacingApplied(queryAllDeep(reader.shadowRoot!.querySelector('attune-preferences')!, 'legend')[0]!);
      await note(`${checked} buttons, labels, legends and headings checked`);
      expect(checked, 'buttons and labels checked').to.be.greaterThan(40);
    });
  }

  it('text spacing clips nothing in the note dialog (wasteland) or the reading controls (epubtest-0120)', async () => {
    await setViewport({ width: 1280, height: 800 });
    const { reader } = await openReader(corpusUrl('wasteland.epub'));
    const dialog = await openFirstNote(reader);
    applyTextSpacing(reader);
    await new Promise((r) => requestAnimationFrame(r));
    expectSpacingApplied(dialog.querySelector('h2')!);
    expectNothingClipped(queryAllDeep(reader.shadowRoot!.querySelector('attune-footnote')!, `${TEXT_CONTROLS}, dialog`), 'note dialog');
    clearPage();

    const { reader: narrated } = await openReader(corpusUrl('epubtest-0120-media-overlays.epub'));
    await pauseNarration(narrated);
    applyTextSpacing(narrated);
    await new Promise((r) => requestAnimationFrame(r));
    const bar = narrated.shadowRoot!.querySelector('attune-read-aloud')!;
    expectSpacingApplied(bar.shadowRoot!.querySelector('button')!);
    expect(expectNothingClipped(queryAllDeep(bar, `${TEXT_CONTROLS}, .shortcuts`), 'reading controls')).to.be.greaterThan(4);
  });
});
