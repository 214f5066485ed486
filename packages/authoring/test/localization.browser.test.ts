import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import type { AttuneProfileBuilder, AttuneVariantEditor } from '../src/index.js';
import { requestUiLocale, uiLocale } from '@attune/reader/localization';
import { auditElement, describeViolations } from '../../../a11y-tests/test/axe-audit.js';
import { $, BOOK, cleanPage, deleteDatabase, uniqueName, until } from './authoring-fixture.js';

const THEMES = [
  { name: 'light', media: { colorScheme: 'light' as const, forcedColors: 'none' as const } },
  { name: 'dark', media: { colorScheme: 'dark' as const, forcedColors: 'none' as const } },
  { name: 'forced colours', media: { colorScheme: 'light' as const, forcedColors: 'active' as const } },
];

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const buttonsOf = (el: Element) => [...el.shadowRoot!.querySelectorAll('button')].map(text).filter(Boolean);

const databases: string[] = [];
const store = (prefix: string) => {
  const name = uniqueName(prefix);
  databases.push(name);
  return name;
};

/** A builder inside a page region of the given language, with one learner open. */
async function mountBuilder(lang: string, parent: HTMLElement = document.body): Promise<AttuneProfileBuilder> {
  const el = document.createElement('attune-profile-builder');
  el.setAttribute('lang', lang);
  el.setAttribute('store-name', store('l10n-authoring'));
  el.setAttribute('learners-store-name', store('l10n-learners'));
  parent.append(el);
  await el.ready;
  await el.createLearner('Maya');
  await el.updateComplete;
  // Accommodations ticked, so the summary has sentences in it.
  for (const id of ['large-print', 'text-to-speech']) $<HTMLInputElement>(el, `#acc-${id}`).click();
  await el.updateComplete;
  return el;
}

async function mountEditor(lang: string): Promise<AttuneVariantEditor> {
  const el = document.createElement('attune-variant-editor');
  el.setAttribute('lang', lang);
  el.setAttribute('store-name', store('l10n-editor'));
  el.src = BOOK();
  document.body.append(el);
  await Promise.race([el.ready, new Promise((_, reject) => setTimeout(() => reject(new Error('the editor never loaded its pack')), 25_000))]);
  await el.updateComplete;
  return el;
}

describe('the teacher’s elements in Spanish and Arabic', function () {
  this.timeout(60_000);
  afterEach(async () => {
    cleanPage();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await requestUiLocale('en');
  });
  after(async () => {
    for (const name of databases) await deleteDatabase(name);
  });

  it('<attune-profile-builder lang="es"> is in Spanish: headings, buttons, accommodations and the plain summary', async () => {
    const el = await mountBuilder('es');
    expect(uiLocale()).to.equal('es');
    const base = $(el, '[part="base"]');
    expect(base.getAttribute('lang')).to.equal('es');
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('Perfil del alumno');
    expect(buttonsOf(el)).to.include.members(['Agregar alumno', 'Copiar el resumen', 'Exportar a un archivo']);
    const legends = [...el.shadowRoot!.querySelectorAll('legend, h3')].map(text);
    expect(legends).to.include.members(['Herramientas universales', 'Adaptaciones', 'Alumno']);
    // The summary for the family is Spanish too, sentences whole, lists joined the Spanish way.
    const summary = text($(el, '[part="summary"]'));
    expect(summary).to.contain('El texto se puede leer en voz alta');
    // The accommodations' names are the catalog's (a district's data, in its own language).
    expect(summary).to.contain('Del IEP: Large print.').and.to.contain('Elegido por el docente: Text-to-speech.');
    expect(summary).not.to.match(/\b(is|the|and|are)\b/);
  });

  it('in an Arabic page the builder is Arabic and right to left, and the preview reader inside it follows', async () => {
    const page = document.createElement('div');
    page.setAttribute('lang', 'ar-EG');
    document.body.append(page);
    const el = document.createElement('attune-profile-builder');
    el.setAttribute('store-name', store('l10n-authoring'));
    el.setAttribute('learners-store-name', store('l10n-learners'));
    el.previewSrc = BOOK();
    page.append(el);
    await el.ready;
    await el.createLearner('ليلى');
    await el.updateComplete;
    expect(uiLocale()).to.equal('ar');
    const base = $(el, '[part="base"]');
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('ملف المتعلّم');
    expect(buttonsOf(el)).to.include('إضافة متعلّم');
    const preview = await until(() => el.shadowRoot!.querySelector('attune-reader'), 10_000, 'the preview reader');
    await preview.updateComplete;
    const toolbarNames = [...preview.shadowRoot!.querySelectorAll('.toolbar > button')].map(text);
    expect(toolbarNames).to.include.members(['المحتويات', 'التفضيلات']);
  });

  it('<attune-variant-editor lang="es"> and lang="ar": toolbar, tabs and the hosted reader in the page’s language', async () => {
    let el = await mountEditor('es');
    expect(buttonsOf(el)).to.include.members(['Deshacer', 'Rehacer', 'Usar el texto seleccionado', 'Buscar y seleccionar']);
    const tabs = [...el.shadowRoot!.querySelectorAll('[role="tab"]')].map(text).join(' | ');
    expect(tabs).to.contain('Versiones más sencillas').and.to.contain('Glosario').and.to.contain('Importar y exportar');
    cleanPage();
    el = await mountEditor('ar');
    expect(uiLocale()).to.equal('ar');
    expect(buttonsOf(el)).to.include.members(['تراجع', 'إعادة']);
    expect(getComputedStyle($(el, '[part="base"]')).direction).to.equal('rtl');
    // The book keeps its own language and direction inside the Arabic editor.
    const reader = $(el, 'attune-reader');
    const book = reader.shadowRoot!.querySelector<HTMLElement>('.book')!;
    expect(getComputedStyle(book).direction).to.equal('ltr');
    expect(book.getAttribute('lang')).to.match(/^en/);
  });

  for (const theme of THEMES) {
    it(`axe finds nothing in the Arabic builder and editor (${theme.name})`, async () => {
      await emulateMedia(theme.media);
      const builder = await mountBuilder('ar');
      expect(describeViolations(await auditElement(builder))).to.equal('');
      cleanPage();
      const editor = await mountEditor('ar');
      expect(describeViolations(await auditElement(editor))).to.equal('');
    });
  }
});
