import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { LearnerProfile } from '@attune/profile';
import type { AttuneReader } from '../src/index.js';
import type { AttuneSearch } from '../src/study/search/attune-search.js';
import { SEARCH_HIGHLIGHT } from '../src/study/search/search-highlight.js';
import { corpusUrl } from '../../book/test/corpus.js';
import { auditElement, describeViolations } from '../../../a11y-tests/test/axe-audit.js';
import { contentDocuments, contentFrames, until } from './reader-fixture.js';
import { openAtStart } from './study-tools-fixture.js';

/** A teacher's pack for moby-dick chapter 1 (written for @attune/adapt's tests). */
const PACK = '/packages/adapt/test/fixtures/pack-moby-dick.json';

const THEMES = [
  { name: 'light', media: { colorScheme: 'light' as const, forcedColors: 'none' as const } },
  { name: 'dark', media: { colorScheme: 'dark' as const, forcedColors: 'none' as const } },
  { name: 'forced colours', media: { colorScheme: 'light' as const, forcedColors: 'active' as const } },
];

const panelOf = (reader: AttuneReader) => reader.shadowRoot!.querySelector('attune-search') as AttuneSearch;
const inPanel = <T extends Element>(reader: AttuneReader, selector: string) => panelOf(reader).shadowRoot!.querySelector<T>(selector);
const resultButtons = (reader: AttuneReader) => [...panelOf(reader).shadowRoot!.querySelectorAll<HTMLButtonElement>('button.result')];
const liveRegion = (reader: AttuneReader) => reader.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!.replace(/\u00a0/g, '').trim();

/** The element that has focus, looking into shadow roots. */
function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Opens the panel with Ctrl+F from the book, types a query and presses Enter. */
async function searchByKeyboard(reader: AttuneReader, query: string): Promise<void> {
  reader.focusContent();
  await sendKeys({ press: 'Control+f' });
  await until(() => deepActive()?.id === 'query', 5000, 'focus in the search field');
  await sendKeys({ type: query });
  await sendKeys({ press: 'Enter' });
}

const finished = (reader: AttuneReader) => () => /Searched all|Showing the first/.test(inPanel(reader, '.progress')?.textContent ?? '');

describe('search in the book', function () {
  this.timeout(60_000);
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    for (const el of [...document.body.children]) if (el.localName !== 'script' && el.localName !== 'style') el.remove();
  });

  it('finds a phrase in a late chapter of moby-dick (curly apostrophe typed straight) and opens it: the page shows the match, highlighted', async () => {
    const reader = await openAtStart(corpusUrl('moby-dick.epub'));
    await searchByKeyboard(reader, "from hell's heart I stab at thee");
    await until(finished(reader), 30_000, 'the search to finish');
    expect(inPanel(reader, '.progress')!.textContent).to.match(/Searched all 144 chapters: 1 result\./);
    const [button] = resultButtons(reader);
    expect(resultButtons(reader)).to.have.length(1);
    expect(button!.querySelector('mark')!.textContent).to.equal('from hell’s heart I stab at thee');
    expect(button!.closest('section')!.querySelector('h3')!.textContent).to.match(/135/);
    // ↓ from the field's side is not needed: Tab reaches the single tab stop of the results.
    button!.focus();
    await sendKeys({ press: 'Enter' });
    const chapter = reader.book!.sections.findIndex((s) => s.path.endsWith('chapter_135.xhtml'));
    await until(() => reader.state.location?.index === chapter, 10_000, 'chapter 135 on screen');
    const frame = contentFrames(reader).find((f) => f.contentDocument?.querySelector('body'))!;
    const win = frame.contentWindow as Window & typeof globalThis;
    await until(() => !!win.CSS.highlights.get(SEARCH_HIGHLIGHT), 5000, 'the highlight');
    const range = [...win.CSS.highlights.get(SEARCH_HIGHLIGHT)!][0] as Range;
    expect(range.toString()).to.equal('from hell’s heart I stab at thee');
    // The match is on the page shown: inside the viewer's box.
    const viewer = reader.shadowRoot!.querySelector('.viewer')!.getBoundingClientRect();
    const f = frame.getBoundingClientRect();
    const r = range.getClientRects()[0]!;
    expect(f.left + r.left, 'match left edge on screen').to.be.within(viewer.left - 1, viewer.right);
    expect(f.top + r.top, 'match top on screen').to.be.within(viewer.top - 1, viewer.bottom);
    // The frame's stylesheet paints it.
    expect([...frame.contentDocument!.querySelectorAll('style')].some((s) => s.textContent!.includes(`::highlight(${SEARCH_HIGHLIGHT})`))).to.equal(true);
    await until(() => /Result 1 of 1, in .*135/.test(liveRegion(reader)), 3000, 'the announcement of where the result is');
    // Focus stayed on the result (wide screen), marked current.
    expect(button!.getAttribute('aria-current')).to.equal('true');
  });

  it('reports progress, and Cancel stops it: no more sections searched, the results so far kept', async () => {
    const reader = await openAtStart(corpusUrl('moby-dick.epub'));
    await reader.openSearch();
    const panel = panelOf(reader);
    const searching = panel.search('whale');
    await until(() => !!inPanel(reader, 'button.cancel') && resultButtons(reader).length > 0, 20_000, 'the first results with Cancel');
    expect(inPanel(reader, '.progress')!.textContent).to.match(/^Searched \d+ of 144 chapters, \d+ results?\./);
    inPanel<HTMLButtonElement>(reader, 'button.cancel')!.click();
    await searching;
    await panel.updateComplete;
    const stopped = inPanel(reader, '.progress')!.textContent!;
    const [, done] = stopped.match(/^Search stopped after (\d+) of 144 chapters: (\d+) results?\./)!;
    expect(Number(done)).to.be.below(144);
    const count = resultButtons(reader).length;
    await new Promise((r) => setTimeout(r, 800));
    expect(resultButtons(reader).length, 'nothing added after Cancel').to.equal(count);
    expect(inPanel(reader, '.progress')!.textContent).to.equal(stopped);
    expect(inPanel(reader, 'button.cancel')).to.equal(null);
    // The polite status said the same, once the search stopped.
    expect(inPanel(reader, '.visually-hidden[role="status"]')!.textContent).to.equal(stopped);
  });

  it('progress is said politely, not for every chapter: at most every 3 s, and once at the end', async () => {
    const reader = await openAtStart(corpusUrl('moby-dick.epub'));
    await reader.openSearch();
    const status = inPanel(reader, '.visually-hidden[role="status"]')!;
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(status.textContent ?? ''));
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    const started = performance.now();
    await panelOf(reader).search('Ishmael');
    await panelOf(reader).updateComplete;
    const seconds = (performance.now() - started) / 1000;
    observer.disconnect();
    const spoken = [...new Set(said.filter(Boolean))];
    expect(spoken.at(-1)).to.match(/^Searched all 144 chapters: \d+ results\.$/);
    expect(spoken.length, `said ${spoken.length} times in ${seconds.toFixed(1)} s: ${spoken.join(' / ')}`).to.be.at.most(Math.ceil(seconds / 3) + 1);
    expect(status.closest('[aria-live="off"]')).to.equal(null);
  });

  it('searches what the learner sees: the simplified variant, not the hidden original, and opens it in the variant', async () => {
    const reader = await openAtStart(corpusUrl('moby-dick.epub'));
    const applied = new Promise((r) => reader.addEventListener('attune-profile-change', r, { once: true }));
    reader.profile = { version: 1, id: 'learner', content: { simplifiedText: true, readingLevel: 3, glossary: true, imageDescriptions: true } } as unknown as LearnerProfile;
    await applied;
    reader.variants = PACK;
    // Search adapts its own copies of the sections: it needs the pack loaded, not shown.
    await until(() => !!(reader as unknown as { adaptations: { pack?: object } }).adaptations.pack, 10_000, 'the pack loaded');
    await reader.openSearch('never mind how long precisely');
    expect(resultButtons(reader), 'the hidden original is not found').to.have.length(0);
    expect(inPanel(reader, '.progress')!.textContent).to.match(/no results/);
    await reader.openSearch('almost no money');
    expect(resultButtons(reader)).to.have.length(1);
    expect(resultButtons(reader)[0]!.textContent).to.contain('A few years ago I had almost no money');
    resultButtons(reader)[0]!.click();
    await until(() => reader.state.location?.href.endsWith('chapter_001.xhtml') === true, 10_000, 'chapter 1');
    await until(() => !!contentDocuments(reader).find((d) => d.querySelector('[data-attune-passage]')), 10_000, 'chapter 1 adapted');
    const doc = contentDocuments(reader).find((d) => d.querySelector('[data-attune-passage]'))!;
    const win = doc.defaultView as Window & typeof globalThis;
    await until(() => !!win.CSS.highlights.get(SEARCH_HIGHLIGHT), 5000, 'the highlight');
    const range = [...win.CSS.highlights.get(SEARCH_HIGHLIGHT)!][0] as Range;
    expect(range.toString()).to.equal('almost no money');
    expect((range.startContainer.parentElement as Element).closest('[data-attune-variant]'), 'in the variant shown').to.not.equal(null);
  });

  it('finds Arabic words typed without their vowel marks in the right-to-left book, and opens them', async () => {
    const reader = await openAtStart(corpusUrl('regime-anticancer-arabic-rtl.epub'));
    await reader.openSearch('لنتخيل');
    const buttons = resultButtons(reader);
    expect(buttons.length).to.be.at.least(1);
    expect(buttons[0]!.querySelector('mark')!.textContent).to.equal('لنتخيّل');
    expect(buttons[0]!.getAttribute('lang')).to.match(/^ar/);
    // Hamza on the alef and the tanwin do not matter either.
    await reader.openSearch('اولا');
    expect(resultButtons(reader).map((b) => b.querySelector('mark')!.textContent)).to.include('أوّلًا');
    resultButtons(reader)[0]!.click();
    await until(() => contentDocuments(reader).some((d) => !!(d.defaultView as Window & typeof globalThis).CSS.highlights.get(SEARCH_HIGHLIGHT)), 10_000, 'the highlight');
    const doc = contentDocuments(reader).find((d) => (d.defaultView as Window & typeof globalThis).CSS.highlights.get(SEARCH_HIGHLIGHT))!;
    const range = [...(doc.defaultView as Window & typeof globalThis).CSS.highlights.get(SEARCH_HIGHLIGHT)!][0] as Range;
    expect(range.toString().replace(/[\u064b-\u0652]/g, '')).to.match(/^[أا]ولا$/);
  });

  it('another book clears the last book\'s search', async () => {
    const reader = await openAtStart(corpusUrl('moby-dick.epub'));
    await reader.openSearch('Ishmael');
    expect(resultButtons(reader).length).to.be.above(0);
    const ready = new Promise((r) => reader.addEventListener('attune-ready', r, { once: true }));
    reader.src = corpusUrl('childrens-literature.epub');
    await ready;
    await panelOf(reader).updateComplete;
    expect(resultButtons(reader)).to.have.length(0);
    expect(inPanel<HTMLInputElement>(reader, 'input')!.value).to.equal('');
    expect(inPanel(reader, '.progress')).to.equal(null);
  });

  it('an empty search says what to do, in a located message', async () => {
    const reader = await openAtStart(corpusUrl('moby-dick.epub'));
    await reader.openSearch('   ');
    const input = inPanel<HTMLInputElement>(reader, 'input')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(inPanel(reader, '#problem')!.textContent).to.equal('Type a word or phrase to search for.');
    expect(input.getAttribute('aria-describedby')).to.contain('problem');
  });

  it('results are one tab stop: ↓, ↑, End and Home move among them; F3 opens the next', async () => {
    const reader = await openAtStart(corpusUrl('moby-dick.epub'));
    await reader.openSearch('Queequeg’s harpoon');
    const buttons = resultButtons(reader);
    expect(buttons.length).to.be.at.least(2);
    expect(buttons.filter((b) => b.tabIndex === 0)).to.have.length(1);
    buttons[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => deepActive() === resultButtons(reader)[1], 2000, 'the second result focused');
    await sendKeys({ press: 'End' });
    await until(() => deepActive() === resultButtons(reader).at(-1), 2000, 'the last result focused');
    await sendKeys({ press: 'Home' });
    await until(() => deepActive() === resultButtons(reader)[0], 2000, 'the first result focused');
    await sendKeys({ press: 'F3' });
    await until(() => resultButtons(reader)[0]!.getAttribute('aria-current') === 'true', 5000, 'the first result opened');
    await sendKeys({ press: 'F3' });
    await until(() => resultButtons(reader)[1]!.getAttribute('aria-current') === 'true', 5000, 'the next result opened');
  });

  it('↓ in the search field goes to the results, as its hint says; Enter opens the one focused', async () => {
    const reader = await openAtStart(corpusUrl('moby-dick.epub'));
    await searchByKeyboard(reader, 'Call me Ishmael');
    await until(finished(reader), 30_000, 'the search finished');
    expect(deepActive()?.id, 'focus stays in the field after searching').to.equal('query');
    await sendKeys({ press: 'ArrowDown' });
    await until(() => deepActive() === resultButtons(reader)[0], 2000, 'the first result focused');
    await sendKeys({ press: 'Enter' });
    await until(() => resultButtons(reader)[0]!.getAttribute('aria-current') === 'true', 10_000, 'the result opened');
    await until(() => /Loomings/i.test(reader.state.location?.label ?? '') || (reader.state.location?.index ?? 0) > 1, 10_000, 'the book shows chapter 1');
  });

  for (const theme of THEMES) {
    it(`the search panel with results has no axe violations (${theme.name})`, async () => {
      await emulateMedia(theme.media);
      const reader = await openAtStart(corpusUrl('moby-dick.epub'));
      await reader.openSearch('Ishmael');
      resultButtons(reader)[0]!.focus();
      const violations = await auditElement(reader);
      expect(violations, describeViolations(violations)).to.have.length(0);
    });
  }

  it('at 320 px the panel covers the text and nothing scrolls sideways; opening a result closes it and focuses the match', async () => {
    const reader = await openAtStart(corpusUrl('moby-dick.epub'), { width: 320, height: 640 });
    await reader.openSearch('Loomings');
    const section = reader.shadowRoot!.querySelector<HTMLElement>('#search-panel')!;
    expect(section.scrollWidth, 'no sideways scrolling').to.be.at.most(section.clientWidth);
    const panel = panelOf(reader);
    expect(panel.scrollWidth).to.be.at.most(panel.clientWidth);
    resultButtons(reader)[0]!.click();
    await until(() => section.hidden, 10_000, 'the panel closed');
    await until(() => reader.shadowRoot!.activeElement?.localName === 'iframe', 5000, 'focus in the book');
    const doc = contentDocuments(reader)[0]!;
    expect(doc.activeElement?.textContent).to.match(/loomings/i);
  });
});
