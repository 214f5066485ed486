import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { LearnerProfile } from '@attune/profile';
import type { AttuneReader } from '../src/index.js';
import { requestUiLocale, uiLocale } from '../src/localization/ui-locale.js';
import { auditElement, describeViolations } from '../../../a11y-tests/test/axe-audit.js';
import { corpusUrl } from '../../book/test/corpus.js';
import { nextRelocate, openReader, until } from './reader-fixture.js';

/** One of our own lessons: English, left to right, with a page list. */
const LESSON = '/content/dist/water-cycle.epub';

const THEMES = [
  { name: 'light', media: { colorScheme: 'light' as const, forcedColors: 'none' as const } },
  { name: 'dark', media: { colorScheme: 'dark' as const, forcedColors: 'none' as const } },
  { name: 'forced colours', media: { colorScheme: 'light' as const, forcedColors: 'active' as const } },
];

const toolbar = (reader: AttuneReader) => reader.shadowRoot!.querySelector<HTMLElement>('.toolbar')!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The accessible names of the toolbar's buttons, in order (the icons are aria-hidden; the text is the name). */
function toolbarNames(reader: AttuneReader): string[] {
  return [...toolbar(reader).querySelectorAll<HTMLElement>('button, attune-read-aloud')].flatMap((el) =>
    el.localName === 'attune-read-aloud' ? [...el.shadowRoot!.querySelectorAll('button')].map(text) : [text(el)],
  );
}

/** Our buttons are there, in this order (the study tools add theirs between them). */
function expectToolbar(reader: AttuneReader, names: string[]): void {
  const shown = toolbarNames(reader);
  const ours = shown.filter((name) => names.includes(name));
  expect(ours, `toolbar: ${shown.join(', ')}`).to.deep.equal(names);
}

function button(reader: AttuneReader, name: string): HTMLButtonElement {
  const found = [...toolbar(reader).querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === name);
  if (!found) throw new Error(`No toolbar button "${name}" (there are: ${toolbarNames(reader).join(', ')})`);
  return found;
}

async function applyProfile(reader: AttuneReader, profile: Partial<LearnerProfile>): Promise<void> {
  const applied = new Promise((resolve) => reader.addEventListener('attune-profile-change', resolve, { once: true }));
  reader.profile = { version: 1, id: 'l10n-learner', ...profile } as LearnerProfile;
  await applied;
  await reader.updateComplete;
}

async function openPanel(reader: AttuneReader, toggle: string): Promise<void> {
  reader.shadowRoot!.querySelector<HTMLButtonElement>(toggle)!.click();
  await reader.updateComplete;
  await until(() => !!reader.shadowRoot!.querySelector('attune-preferences, attune-toc'), 3000, 'the panel');
  const inner = reader.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('attune-preferences, attune-toc')!;
  await inner.updateComplete;
}

const SPANISH_TOOLBAR = ['Índice', 'Preferencias', 'Leer en voz alta', 'Página anterior', 'Página siguiente'];
const ARABIC_TOOLBAR = ['المحتويات', 'التفضيلات', 'القراءة بصوت عالٍ', 'الصفحة السابقة', 'الصفحة التالية'];
const ENGLISH_TOOLBAR = ['Contents', 'Preferences', 'Read aloud', 'Previous page', 'Next page'];

describe('the reader in Spanish and Arabic', function () {
  this.timeout(60_000);
  afterEach(async () => {
    for (const el of [...document.body.children]) if (el.localName !== 'script' && el.localName !== 'style') el.remove();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    // The UI language is the page's: leave English for the next test.
    await requestUiLocale('en');
  });

  it('<attune-reader lang="es"> shows Spanish buttons, panels, progress and page announcements', async () => {
    const reader = document.createElement('attune-reader');
    reader.setAttribute('lang', 'es');
    reader.style.cssText = 'display:block;width:1000px;height:700px';
    document.body.append(reader);
    const ready = new Promise((resolve) => reader.addEventListener('attune-ready', resolve, { once: true }));
    reader.src = LESSON;
    await ready;
    await reader.updateComplete;
    expect(uiLocale()).to.equal('es');
    expectToolbar(reader, SPANISH_TOOLBAR);
    const base = reader.shadowRoot!.querySelector('.reader')!;
    expect(base.getAttribute('lang')).to.equal('es');
    expect(base.getAttribute('dir')).to.equal('ltr');
    const progress = reader.shadowRoot!.querySelector('attune-progress')!;
    await progress.updateComplete;
    expect(text(progress.shadowRoot!.querySelector('label'))).to.equal('Posición en el libro');
    expect(text(progress.shadowRoot!.querySelector('.summary'))).to.match(/^\d+ % · .+ · página \d+ de \d+/);
    expect(progress.shadowRoot!.querySelector('input')!.getAttribute('aria-valuetext')).to.match(/del libro leído/);
    // The page turn is announced in Spanish.
    const moved = nextRelocate(reader);
    await sendKeys({ press: 'Tab' }); // into the reader's toolbar, so the arrow keys are the reader's
    button(reader, 'Índice').focus();
    await sendKeys({ press: 'ArrowRight' });
    await moved;
    const announcer = reader.shadowRoot!.querySelector('.reader > [aria-live="polite"]');
    await until(() => /página \d+ de \d+/i.test(text(announcer)), 3000, `the Spanish page announcement (not “${text(announcer)}”)`);
    // The panels speak Spanish too.
    await openPanel(reader, '.preferences-toggle');
    const preferences = reader.shadowRoot!.querySelector('attune-preferences')!;
    expect(text(reader.shadowRoot!.querySelector('#preferences-heading'))).to.equal('Preferencias');
    const legends = [...preferences.shadowRoot!.querySelectorAll('fieldset > legend')].map(text);
    expect(legends).to.include.members(['Texto', 'Colores', 'Idioma']);
    expect(preferences.shadowRoot!.querySelector('form')!.getAttribute('aria-label')).to.equal('Preferencias de lectura');
    await openPanel(reader, '.toc-toggle');
    const toc = reader.shadowRoot!.querySelector('attune-toc')!;
    expect(toc.shadowRoot!.querySelector('[role="tree"]')!.getAttribute('aria-label')).to.equal('Índice');
    // The book keeps its own language.
    expect(reader.shadowRoot!.querySelector('.book')!.getAttribute('lang')).to.match(/^en/);
  });

  it('the page’s language reaches the reader through its ancestors: es-MX gives Spanish, an unknown language English', async () => {
    const page = document.createElement('div');
    page.setAttribute('lang', 'es-MX');
    document.body.append(page);
    const { reader } = await openReader(LESSON, { parent: page });
    await reader.updateComplete;
    expectToolbar(reader, SPANISH_TOOLBAR);
    // The page changes its language: the reader follows.
    page.setAttribute('lang', 'fr');
    await until(() => uiLocale() === 'en', 3000, 'English for French');
    await reader.updateComplete;
    expectToolbar(reader, ENGLISH_TOOLBAR);
  });

  it('a profile whose language.ui is "ar": Arabic, right to left, mirrored toolbar; an English book still pages left to right', async () => {
    const { reader } = await openReader(LESSON);
    // The page says English; the learner chose Arabic, and the learner wins.
    reader.setAttribute('lang', 'en');
    await applyProfile(reader, { language: { ui: 'ar' } } as Partial<LearnerProfile>);
    expect(uiLocale()).to.equal('ar');
    expectToolbar(reader, ARABIC_TOOLBAR);
    const bar = toolbar(reader);
    expect(getComputedStyle(bar).direction).to.equal('rtl');
    expect(reader.shadowRoot!.querySelector('.reader')!.getAttribute('lang')).to.equal('ar');
    // The first button sits at the right edge of the toolbar; the next one to its left.
    const barBox = bar.getBoundingClientRect();
    const first = button(reader, ARABIC_TOOLBAR[0]!).getBoundingClientRect();
    const second = button(reader, ARABIC_TOOLBAR[1]!).getBoundingClientRect();
    expect(barBox.right - first.right, 'first button at the right edge').to.be.lessThan(16);
    expect(second.right).to.be.at.most(first.left + 1);
    // The progress bar is Arabic (Intl writes the numbers as Arabic does; Chromium's CLDR uses 0–9 for "ar").
    const progress = reader.shadowRoot!.querySelector('attune-progress')!;
    await progress.updateComplete;
    expect(text(progress.shadowRoot!.querySelector('label'))).to.equal('الموضع في الكتاب');
    expect(text(progress.shadowRoot!.querySelector('.summary'))).to.match(/الصفحة [0-9٠-٩]+ من [0-9٠-٩]+/);
    expect(getComputedStyle(progress).direction).to.equal('rtl');
    // The book is English and left to right; so are its page-turn buttons.
    const book = reader.shadowRoot!.querySelector<HTMLElement>('.book')!;
    expect(book.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(book).direction).to.equal('ltr');
    expect(book.getAttribute('lang')).to.match(/^en/);
    const frame = reader.shadowRoot!.querySelector('iframe')!;
    expect(frame.contentDocument!.documentElement.getAttribute('lang') ?? frame.contentDocument!.documentElement.getAttribute('xml:lang')).to.match(/^en/);
    const previous = button(reader, 'الصفحة السابقة').getBoundingClientRect();
    const next = button(reader, 'الصفحة التالية').getBoundingClientRect();
    expect(next.left, '“Next page” of an English book is to the right of “Previous page”').to.be.greaterThan(previous.left);
    // → turns forward in an English book, whatever the UI's direction.
    const before = reader.state.location!;
    button(reader, ARABIC_TOOLBAR[0]!).focus();
    let moved = nextRelocate(reader);
    await sendKeys({ press: 'ArrowRight' });
    const after = await moved;
    expect(after.page > before.page || after.index > before.index, 'ArrowRight went forward').to.equal(true);
    moved = nextRelocate(reader);
    await sendKeys({ press: 'ArrowLeft' });
    const back = await moved;
    expect(back.cfi).to.equal(before.cfi);
    await until(() => /الصفحة [0-9٠-٩]+ من [0-9٠-٩]+/.test(text(reader.shadowRoot!.querySelector('[aria-live="polite"]'))), 3000, 'the Arabic page announcement');
  });

  it('a right-to-left book in the Arabic UI keeps its own direction: ← goes forward', async () => {
    const { reader } = await openReader(corpusUrl('regime-anticancer-arabic-rtl.epub'));
    await applyProfile(reader, { language: { ui: 'ar' } } as Partial<LearnerProfile>);
    expect(reader.shadowRoot!.querySelector('.book')!.getAttribute('dir')).to.equal('rtl');
    const previous = button(reader, 'الصفحة السابقة').getBoundingClientRect();
    const next = button(reader, 'الصفحة التالية').getBoundingClientRect();
    expect(next.left, 'in a right-to-left book “Next page” is on the left').to.be.lessThan(previous.left);
    const before = reader.state.location!;
    button(reader, ARABIC_TOOLBAR[0]!).focus();
    const moved = nextRelocate(reader);
    await sendKeys({ press: 'ArrowLeft' });
    const after = await moved;
    expect(after.page > before.page || after.index > before.index, 'ArrowLeft went forward').to.equal(true);
  });

  it('changing language.ui in the preferences panel re-renders the whole reader at once, without a reload', async () => {
    const { reader } = await openReader(LESSON);
    expectToolbar(reader, ENGLISH_TOOLBAR);
    const english = toolbarNames(reader);
    await openPanel(reader, '.preferences-toggle');
    const preferences = reader.shadowRoot!.querySelector('attune-preferences')!;
    const select = preferences.shadowRoot!.querySelector<HTMLSelectElement>('[data-path="language.ui"] select')!;
    // Each language is named in itself and marked with its language.
    const options = [...select.options].map((o) => [o.value, o.textContent!.trim(), o.getAttribute('lang')]);
    expect(options).to.deep.equal([
      ['en', 'English', 'en'],
      ['es', 'Español', 'es'],
      ['ar', 'العربية', 'ar'],
    ]);
    expect(text(preferences.shadowRoot!)).not.to.contain('for now');
    const changed = new Promise((resolve) => reader.addEventListener('attune-profile-change', resolve, { once: true }));
    select.value = 'es';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await changed;
    await reader.updateComplete;
    await preferences.updateComplete;
    expectToolbar(reader, SPANISH_TOOLBAR);
    // Every button of the toolbar, ours and the ones added to it, changed language.
    const spanish = toolbarNames(reader);
    expect(spanish.filter((name, i) => name === english[i]), 'toolbar names still in English').to.deep.equal([]);
    expect(text(reader.shadowRoot!.querySelector('#preferences-heading'))).to.equal('Preferencias');
    expect(preferences.shadowRoot!.querySelector('form')!.getAttribute('aria-label')).to.equal('Preferencias de lectura');
    // And to Arabic, then back to English: every string follows.
    await applyProfile(reader, { language: { ui: 'ar' } } as Partial<LearnerProfile>);
    await preferences.updateComplete;
    expectToolbar(reader, ARABIC_TOOLBAR);
    expect(preferences.shadowRoot!.querySelector('form')!.getAttribute('dir')).to.equal('rtl');
    await applyProfile(reader, { language: { ui: 'en' } } as Partial<LearnerProfile>);
    expectToolbar(reader, ENGLISH_TOOLBAR);
  });

  it('<attune-preferences> alone on an Arabic page chooses Arabic itself; its learner’s language.ui wins over the page', async () => {
    const page = document.createElement('div');
    page.setAttribute('lang', 'ar');
    document.body.append(page);
    const panel = document.createElement('attune-preferences');
    page.append(panel);
    await panel.updateComplete;
    const form = panel.shadowRoot!.querySelector('form')!;
    expect(form.getAttribute('aria-label')).to.equal('تفضيلات القراءة');
    expect(form.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(form).direction).to.equal('rtl');
    // The learner chose Spanish: the panel follows the learner, not the page.
    panel.profile = { version: 1, id: 'l10n-learner', language: { ui: 'es' } } as LearnerProfile;
    await panel.updateComplete;
    expect(panel.shadowRoot!.querySelector('form')!.getAttribute('aria-label')).to.equal('Preferencias de lectura');
    expect(describeViolations(await auditElement(panel))).to.equal('');
  });

  it('a book that cannot be opened is explained in Spanish', async () => {
    const page = document.createElement('div');
    page.setAttribute('lang', 'es');
    document.body.append(page);
    const { reader, outcome } = await openReader(corpusUrl('broken-epubcheck-container-missing.epub'), { parent: page });
    expect(outcome.type).to.equal('error');
    // The contract event keeps the English sentence for developers; the learner reads Spanish.
    expect(outcome.detail.message).to.contain('META-INF/container.xml');
    await reader.updateComplete;
    const alert = reader.shadowRoot!.querySelector('[role="alert"]')!;
    expect(text(alert.querySelector('h2'))).to.equal('No se puede abrir este libro');
    expect(text(alert)).to.contain('Pide a la editorial una copia reparada').and.to.contain('Código de error: container-missing');
  });

  for (const theme of THEMES) {
    it(`axe finds nothing in the Arabic UI with its panels open (${theme.name})`, async () => {
      await emulateMedia(theme.media);
      const { reader } = await openReader(LESSON);
      await applyProfile(reader, { language: { ui: 'ar' } } as Partial<LearnerProfile>);
      expect(describeViolations(await auditElement(reader))).to.equal('');
      await openPanel(reader, '.preferences-toggle');
      expect(describeViolations(await auditElement(reader))).to.equal('');
      await openPanel(reader, '.toc-toggle');
      expect(describeViolations(await auditElement(reader))).to.equal('');
      // The read-aloud bar's controls, as while reading.
      const bar = reader.shadowRoot!.querySelector('attune-read-aloud')!;
      bar.status = 'paused';
      await bar.updateComplete;
      expect(text(bar.shadowRoot!.querySelector('.controls'))).to.contain('الجملة التالية');
      expect(describeViolations(await auditElement(reader))).to.equal('');
    });
  }
});
