import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { GlossaryEntry, SimplifiedEntry } from '@attune/adapt';
import '../src/index.js';
import type { AttuneProfileBuilder, AttuneVariantEditor } from '../src/index.js';
import { auditElement, describeViolations } from '../../../a11y-tests/test/axe-audit.js';
import { $, BOOK, cleanPage, deleteDatabase, setValue, uniqueName, until } from './authoring-fixture.js';
import { deepQuery, mountEditor, press, readerOf, richTexts, selectInFrame, showSection } from './editor-fixture.js';

const THEMES = [
  { name: 'light', media: { colorScheme: 'light' as const, forcedColors: 'none' as const } },
  { name: 'dark', media: { colorScheme: 'dark' as const, forcedColors: 'none' as const } },
  { name: 'forced colours', media: { colorScheme: 'light' as const, forcedColors: 'active' as const } },
];

/** The element that has focus, looking into shadow roots. */
function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab (or Shift+Tab) until `wanted` holds for the focused element; fails after `max` presses. */
async function tabTo(wanted: (el: Element) => boolean, what: string, options: { back?: boolean; max?: number } = {}): Promise<Element> {
  for (let i = 0; i < (options.max ?? 250); i++) {
    const active = deepActive();
    if (active && wanted(active)) return active;
    await sendKeys({ press: options.back ? 'Shift+Tab' : 'Tab' });
  }
  throw new Error(`Tab never reached ${what} (focus is on ${deepActive()?.outerHTML.slice(0, 120)})`);
}

/** Focus can be seen: an outline of at least 2 px that is not "none". */
function expectVisibleFocus(el: Element): void {
  const style = getComputedStyle(el);
  expect(style.outlineStyle, `focus outline on ${el.localName}`).not.to.equal('none');
  expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
}

async function mountBuilder(stores: { learners: string; authoring: string }, previewSrc = ''): Promise<AttuneProfileBuilder> {
  const el = document.createElement('attune-profile-builder');
  el.setAttribute('store-name', stores.authoring);
  el.setAttribute('learners-store-name', stores.learners);
  if (previewSrc) el.previewSrc = previewSrc;
  document.body.append(el);
  await el.updateComplete;
  await el.ready;
  await el.updateComplete;
  return el;
}

/** Every part of the builder on screen at once: accommodations with their fields, a limit and a lock, a missing reason, the preview. */
async function builderWithEverything(el: AttuneProfileBuilder): Promise<void> {
  await el.createLearner('Maya');
  await el.updateComplete;
  for (const id of ['large-print', 'text-to-speech', 'extended-time']) $<HTMLInputElement>(el, `#acc-${id}`).click();
  await el.updateComplete;
  setValue($<HTMLSelectElement>(el, '#acc-extended-time-source'), 'teacher');
  const size = $<HTMLDetailsElement>(el, 'details[data-setting="display.fontSize"]');
  size.open = true;
  await el.updateComplete;
  setValue($<HTMLInputElement>(el, '#set-display-fontSize-min'), '150');
  await el.updateComplete;
  const readAloud = $<HTMLDetailsElement>(el, 'details[data-setting="speech.readAloud"]');
  readAloud.open = true;
  await el.updateComplete;
  $<HTMLInputElement>(el, '#set-speech-readAloud-lock').click();
  await el.updateComplete;
  expect($(el, '#set-display-fontSize-reason-error'), 'a missing reason is on screen').to.exist;
  expect($(el, '.problems'), 'a problem to check is on screen').to.exist;
}

/** The editor with a passage (and its readability) open. */
async function editorWithPassage(el: AttuneVariantEditor): Promise<void> {
  const doc = await showSection(el, 'ch01.xhtml');
  selectInFrame(doc, 'If you’re expecting a run-of-the-mill best practices manual');
  await until(() => deepQuery(el, '.selected-text')?.textContent?.includes('run-of-the-mill'), 5000, 'the selection');
  await press(el, '.use-selection');
  await press(el, '.chosen .simplify');
  const rich = await until(() => richTexts(el)[0], 5000, 'the rich-text editor');
  rich.value = '<p>This book is not a usual book of rules.</p>';
  rich.dispatchEvent(Object.assign(new Event('rich-text-change'), { value: rich.value }));
  await until(() => deepQuery(el, 'attune-readability-chart'), 5000, 'the readability chart');
}

describe('accessibility of the authoring elements (axe, WCAG 2.2 AA; keyboard)', function () {
  this.timeout(180_000);
  let stores: { learners: string; authoring: string };
  beforeEach(() => {
    stores = { learners: uniqueName('learners'), authoring: uniqueName('authoring') };
  });
  afterEach(async () => {
    cleanPage();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none', reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
    await deleteDatabase(stores.learners);
    await deleteDatabase(stores.authoring);
  });

  for (const width of [1280, 320]) {
    it(`<attune-profile-builder> has no violations in light, dark and forced colours at ${width} px, and does not scroll sideways`, async () => {
      await setViewport({ width, height: 900 });
      const el = await mountBuilder(stores, BOOK());
      await builderWithEverything(el);
      await until(() => $(el, 'attune-reader').shadowRoot?.querySelector('.viewer iframe'), 20_000, 'the preview');
      for (const theme of THEMES) {
        await emulateMedia(theme.media);
        const violations = await auditElement(el);
        expect(violations, `${theme.name}:\n${describeViolations(violations)}`).to.deep.equal([]);
      }
      expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(width);
    });

    it(`<attune-variant-editor> has no violations in light, dark and forced colours at ${width} px, in every part`, async () => {
      await setViewport({ width, height: 900 });
      const el = await mountEditor(stores.authoring);
      await editorWithPassage(el);
      // Glossary with a picture-less new term (its errors on screen), the pictures list, the problems, and a merge waiting.
      const audits: [string, () => Promise<void>][] = [
        ['passage', async () => undefined],
        ['glossary', async () => {
          await press(el, '#tab-glossary');
          await press(el, '.new-term');
        }],
        ['pictures', async () => {
          await press(el, '#tab-images');
          await until(() => deepQuery(el, '.images'), 20_000, 'pictures');
          await press(el, '.describe-image');
        }],
        ['problems', async () => {
          await press(el, '#tab-problems');
          await until(() => deepQuery(el, '.no-problems, .orphans'), 10_000, 'the check');
        }],
        ['merge', async () => {
          const pack = el.pack!;
          const changed = pack.entries.map((e) => (e.type === 'glossary' ? { ...e, term: 'changed', definition: 'Their meaning.' } : e));
          await el.importPack(JSON.stringify({ ...pack, entries: changed }));
          await until(() => deepQuery(el, 'attune-merge-panel'), 5000, 'the merge panel');
        }],
      ];
      for (const [part, show] of audits) {
        await show();
        await el.updateComplete;
        for (const theme of THEMES) {
          await emulateMedia(theme.media);
          const violations = await auditElement(el);
          expect(violations, `${part}, ${theme.name}:\n${describeViolations(violations)}`).to.deep.equal([]);
        }
        await emulateMedia(THEMES[0]!.media);
        expect(document.documentElement.scrollWidth, `${part}: no sideways scrolling`).to.be.at.most(width);
      }
    });
  }

  it('keyboard only: add a learner, tick an accommodation, set a floor with its reason', async () => {
    const el = await mountBuilder(stores);
    el.tabIndex = -1;
    el.focus();
    const name = await tabTo((a) => a.id === 'new-name', 'the new learner’s name');
    expectVisibleFocus(name);
    await sendKeys({ type: 'Kim' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.profile?.displayName === 'Kim', 5000, 'Kim added');
    await el.updateComplete;
    const largePrint = await tabTo((a) => a.id === 'acc-large-print', 'Large print');
    expectVisibleFocus(largePrint);
    await sendKeys({ press: 'Space' });
    await until(() => el.policy.accommodations?.some((a) => a.id === 'large-print'), 3000, 'Large print ticked');
    const summary = await tabTo((a) => a.localName === 'summary' && a.closest('details')?.getAttribute('data-setting') === 'display.fontSize', 'Text size');
    expectVisibleFocus(summary);
    await sendKeys({ press: 'Enter' });
    await tabTo((a) => a.id === 'set-display-fontSize-min', 'At least');
    await sendKeys({ type: '150' });
    await tabTo((a) => a.id === 'set-display-fontSize-reason', 'the reason');
    await sendKeys({ type: 'Your IEP says text is always at least 150%.' });
    await until(() => el.policy.limits?.[0]?.reason === 'Your IEP says text is always at least 150%.', 3000, 'the limit with its reason');
    expect(el.policy.limits![0]).to.include({ setting: 'display.fontSize', min: 150 });
    expect(el.resolved.settings.display.fontSize).to.equal(200);
  });

  it('keyboard only: find a passage, use it, write a simpler version with strong text, undo and redo, then a glossary term', async () => {
    const el = await mountEditor(stores.authoring);
    await showSection(el, 'ch01.xhtml');
    el.tabIndex = -1;
    el.focus();
    await tabTo((a) => a.id === 'find', 'the find field');
    await sendKeys({ type: 'run-of-the-mill best practices manual' });
    await sendKeys({ press: 'Enter' });
    await until(() => deepQuery(el, '#find-message')?.textContent?.startsWith('Found'), 5000, 'found');
    const use = await tabTo((a) => a.classList.contains('use-selection'), 'Use the selected text', { back: true });
    expectVisibleFocus(use);
    await sendKeys({ press: 'Enter' });
    await until(() => deepActive()?.classList.contains('simplify'), 5000, 'focus on the first action');
    await sendKeys({ press: 'Enter' });
    await until(() => deepActive()?.classList.contains('editable'), 5000, 'focus in the text');
    await sendKeys({ type: 'Not a usual book of rules. ' });
    await sendKeys({ press: 'Control+b' });
    await sendKeys({ type: 'Read on.' });
    const variant = () => ((el.pack!.entries[0] as SimplifiedEntry).variants[0]!.content as { xhtml: string }).xhtml;
    await until(() => variant() === '<p>Not a usual book of rules. <strong>Read on.</strong></p>', 3000, 'the formatted variant');
    await sendKeys({ press: 'Control+z' });
    await until(() => variant() === '', 3000, 'the typing undone');
    await sendKeys({ press: 'Control+Shift+z' });
    await until(() => variant().includes('<strong>Read on.</strong>'), 3000, 'redone');
    const tab = await tabTo((a) => a.getAttribute('role') === 'tab' && a.getAttribute('aria-selected') === 'true', 'the selected tab', { back: true });
    expectVisibleFocus(tab);
    await sendKeys({ press: 'ArrowRight' });
    await until(() => deepActive()?.id === 'tab-glossary' && deepActive()?.getAttribute('aria-selected') === 'true', 3000, 'the glossary tab');
    await tabTo((a) => a.classList.contains('new-term'), 'New term');
    await sendKeys({ press: 'Enter' });
    await until(() => deepActive()?.id === 'term', 3000, 'focus on the term');
    await sendKeys({ type: 'EPUB' });
    await until(() => el.pack!.entries.some((e): e is GlossaryEntry => e.type === 'glossary' && e.term === 'EPUB'), 3000, 'the term');
    expect(readerOf(el).state.status).to.equal('ready');
  });
});
