import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { AttuneReader } from '../../packages/reader/src/index.js';
import { corpusUrl } from '../../packages/book/test/corpus.js';
import { contentDocuments, openReader, until } from '../../packages/reader/test/reader-fixture.js';
import { describe as describeEl, focusedElement, focusIndicator } from './support/focus.js';
import { isButtonNamed, press, tabUntil, textOf } from './support/keys.js';
import { note } from './support/report-note.js';
import { applyProfile, clearPage, preferencesElement, startBefore, tocElement, toolbarButtons } from './support/reader-ui.js';
import { backgroundBehind, contrastRatio, formatColour, parseColour } from './support/wcag-colour.js';

/**
 * WCAG 1.4.11 / 2.4.13: the focus indicator of every control a keyboard
 * user passes — toolbar buttons, contents tree entries, page jump, the
 * preferences panel, and the text focused in the book — has at least 3:1
 * against the background next to it, computed from the outline colour and
 * the backgrounds behind it with the WCAG relative-luminance formula.
 * Focus is moved by keys only, so `:focus-visible` is what it is for a
 * keyboard user.
 */
const DEVICES = [
  { name: 'light device', media: { colorScheme: 'light' as const, forcedColors: 'none' as const } },
  { name: 'dark device', media: { colorScheme: 'dark' as const, forcedColors: 'none' as const } },
  { name: 'forced colours', media: { colorScheme: 'light' as const, forcedColors: 'active' as const } },
];
const LEARNER_THEMES = ['sepia', 'dark', 'high-contrast'] as const;

interface Ring {
  where: string;
  el: string;
  text: string;
  ratio: number;
}

function measure(where: string, rings: Ring[]): void {
  const el = focusedElement();
  if (!el) throw new Error(`${where}: focus is nowhere`);
  const indicator = focusIndicator(el);
  rings.push({
    where,
    el: describeEl(el),
    text: indicator ? `${indicator.kind} ${indicator.colour} on ${indicator.against}` : 'no focus indicator',
    ratio: indicator?.ratio ?? 0,
  });
}

async function expectAllAtLeast3(rings: Ring[]): Promise<void> {
  const lowest = [...rings].sort((a, b) => a.ratio - b.ratio)[0];
  if (lowest) await note(`${rings.length} focus rings; lowest ${lowest.ratio.toFixed(2)}:1 (${lowest.where} ${lowest.el}: ${lowest.text})`);
  const weak = rings.filter((r) => r.ratio < 3).map((r) => `${r.where} ${r.el}: ${r.text} = ${r.ratio.toFixed(2)}:1`);
  expect(weak, `focus indicators under 3:1 (of ${rings.length} measured)`).to.deep.equal([]);
}

/**
 * Walks the reader by keys and measures the ring at each stop: every
 * toolbar button, entries of the contents tree (a branch opened), the page
 * jump, and every stop of the preferences panel.
 */
async function walkAndMeasure(reader: AttuneReader): Promise<Ring[]> {
  const rings: Ring[] = [];
  startBefore(reader);
  for (let i = 0; i < toolbarButtons(reader).length; i++) {
    await press('Tab');
    measure('toolbar', rings);
  }
  expect(rings.map((r) => r.el.match(/"(.*)"/)?.[1])).to.deep.equal(toolbarButtons(reader).map(textOf));

  await tabUntil(isButtonNamed('Contents'), { back: true, what: 'Contents' });
  await press('Enter');
  await until(() => tocElement(reader)?.shadowRoot?.activeElement?.getAttribute('role') === 'treeitem', 3000, 'focus in the tree');
  measure('contents tree', rings);
  await press('ArrowRight'); // opens the branch, if it is one
  for (let i = 0; i < 6; i++) {
    await press('ArrowDown');
    await tocElement(reader)!.updateComplete;
    expect(focusedElement()?.getAttribute('role'), 'ArrowDown stays in the tree').to.equal('treeitem');
    measure('contents tree', rings);
  }
  for (const control of ['input', 'button']) {
    await press('Tab');
    expect(focusedElement()?.closest('.page-jump') && focusedElement()?.localName, 'Tab from the tree goes to the page jump').to.equal(control);
    measure('page jump', rings);
  }

  await tabUntil(isButtonNamed('Preferences'), { back: true, max: 60, what: 'Preferences' });
  await press('Enter');
  await until(() => !!preferencesElement(reader)?.shadowRoot?.activeElement, 3000, 'focus in the preferences');
  const panel = preferencesElement(reader)!;
  for (let i = 0; i < 80 && panel.shadowRoot!.activeElement; i++) {
    measure('preferences', rings);
    await press('Tab');
  }
  expect(rings.filter((r) => r.where === 'preferences').length, 'stops in the preferences panel').to.be.greaterThan(30);
  return rings;
}

describe('focus indicator contrast (WCAG 1.4.11, ≥ 3:1 against the adjacent background)', function () {
  this.timeout(60_000);
  before(() => setViewport({ width: 1280, height: 800 }));
  afterEach(async () => {
    clearPage();
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none', reducedMotion: 'no-preference' });
  });

  async function openAtSecondPage(): Promise<AttuneReader> {
    const { reader } = await openReader(corpusUrl('childrens-literature.epub'));
    await reader.next(); // "Previous page" is enabled from here
    await until(() => !toolbarButtons(reader).some((b) => b.disabled), 3000, 'every toolbar button enabled');
    return reader;
  }

  for (const device of DEVICES) {
    it(`toolbar, contents tree, page jump and preferences controls (${device.name})`, async () => {
      await emulateMedia(device.media);
      const reader = await openAtSecondPage();
      await expectAllAtLeast3(await walkAndMeasure(reader));
    });
  }

  for (const theme of LEARNER_THEMES) {
    it(`toolbar, contents tree, page jump and preferences controls with the learner's ${theme} theme`, async () => {
      const reader = await openAtSecondPage();
      await applyProfile(reader, { display: { theme } } as never);
      await expectAllAtLeast3(await walkAndMeasure(reader));
    });
  }

  // The text focused in the book frame: its ring sits on the book's page,
  // whose colour is the publisher's or the learner's theme, not the device's.
  const FRAME_CASES = [
    { name: 'light device', media: DEVICES[0]!.media, theme: undefined, pageScheme: '' },
    { name: 'forced colours', media: DEVICES[2]!.media, theme: undefined, pageScheme: '' },
    { name: 'dark device, on a page that declares color-scheme: light dark (as the demo does)', media: DEVICES[1]!.media, theme: undefined, pageScheme: 'light dark' },
    ...LEARNER_THEMES.map((theme) => ({ name: `learner's ${theme} theme on a light device`, media: DEVICES[0]!.media, theme, pageScheme: '' })),
  ];
  for (const c of FRAME_CASES) {
    it(`the text focused in the book after choosing a chapter from the contents (${c.name})`, async () => {
      document.documentElement.style.colorScheme = c.pageScheme;
      await emulateMedia(c.media);
      const { reader } = await openReader(corpusUrl('moby-dick.epub'));
      if (c.theme) await applyProfile(reader, { display: { theme: c.theme } } as never);
      startBefore(reader);
      await press('Tab');
      await press('Enter');
      await until(() => tocElement(reader)?.shadowRoot?.activeElement?.getAttribute('role') === 'treeitem', 3000, 'focus in the tree');
      for (let i = 0; i < 12 && !/^Chapter 1\b/.test(textOf(focusedElement())); i++) {
        await press('ArrowDown');
        await tocElement(reader)!.updateComplete;
      }
      await press('Enter');
      await until(() => !!contentDocuments(reader)[0] && focusedElement()?.ownerDocument === contentDocuments(reader)[0] && focusedElement() !== contentDocuments(reader)[0]!.body, 3000, 'focus on the text of the chapter');
      const rings: Ring[] = [];
      measure('book text', rings);
      // Found by this suite and fixed in the reader (a11y-tests/README.md, "Bugs found"): the frame's
      // ring colour follows the device's colour scheme, not the page it is on.
      await expectAllAtLeast3(rings);
    });
  }

  for (const pageScheme of ['', 'light dark']) {
    it(`book text keeps 4.5:1 against what is behind it on a dark device, without a learner theme (embedding page ${pageScheme ? `declares color-scheme: ${pageScheme}` : 'declares no color-scheme'})`, async () => {
      document.documentElement.style.colorScheme = pageScheme;
      await emulateMedia({ colorScheme: 'dark', forcedColors: 'none' });
      const { reader } = await openReader(corpusUrl('moby-dick.epub'));
      await reader.goTo(reader.book!.sections.find((s) => s.path.endsWith('chapter_001.xhtml'))!.path);
      const doc = contentDocuments(reader)[0]!;
      const p = [...doc.querySelectorAll('p')].find((el) => textOf(el).length > 80)!;
      const colour = parseColour(doc.defaultView!.getComputedStyle(p).color);
      const behind = backgroundBehind(p, { includeSelf: true });
      // Found by this suite and fixed in the reader (a11y-tests/README.md, "Bugs found"): with no
      // color-scheme on the page the frame is transparent over the reader's
      // dark background, and the book's black text sits on it.
      await note(`book text ${formatColour(colour)} on ${formatColour(behind)} = ${contrastRatio(colour, behind).toFixed(2)}:1`);
      expect(contrastRatio(colour, behind), `book text ${formatColour(colour)} on ${formatColour(behind)}`).to.be.at.least(4.5);
    });
  }
});
