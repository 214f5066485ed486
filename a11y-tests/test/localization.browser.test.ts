import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { LearnerProfile } from '@attune/profile';
import { requestUiLocale } from '../../packages/reader/src/localization/ui-locale.js';
import { openReader } from '../../packages/reader/test/reader-fixture.js';
import { axTree, findAll, findOne, outline, type AXNode } from './support/a11y-tree.js';
import { applyProfile, clearPage } from './support/reader-ui.js';
import { note } from './support/report-note.js';

/**
 * What a screen reader is given in Spanish and Arabic: the names in
 * Chromium's accessibility tree (CDP), not the DOM text, and the language
 * the UI declares (so a screen reader switches voice).
 */
describe('the reader’s accessibility tree in Spanish and Arabic', function () {
  this.timeout(60_000);
  before(() => setViewport({ width: 1280, height: 800 }));
  afterEach(async () => {
    clearPage();
    await requestUiLocale('en');
  });

  const LESSON = '/content/dist/water-cycle.epub';
  const names = (tree: AXNode, role: string) => findAll(tree, (n) => n.role === role).map((n) => n.name);

  it('lang="es": buttons, the book region, the slider and the contents tree have Spanish names', async () => {
    const page = document.createElement('div');
    page.setAttribute('lang', 'es');
    document.body.append(page);
    const { reader } = await openReader(LESSON, { width: 1000, height: 600, parent: page });
    await reader.updateComplete;
    const tree = await axTree('attune-reader');
    const buttons = names(tree, 'button');
    expect(buttons, outline(tree)).to.include.members(['Índice', 'Preferencias', 'Leer en voz alta', 'Página siguiente']);
    await note(`Spanish buttons: ${buttons.map((b) => `"${b}"`).join(', ')}`);
    expect(findOne(tree, (n) => n.role === 'region' && n.name.startsWith('Libro: '), 'the book region').name).to.match(/^Libro: The Water Cycle/);
    expect(findOne(tree, (n) => n.role === 'slider', 'position slider').name).to.equal('Posición en el libro');
    expect(reader.shadowRoot!.querySelector('.reader')!.getAttribute('lang')).to.equal('es');
    reader.shadowRoot!.querySelector<HTMLButtonElement>('.toc-toggle')!.click();
    await reader.updateComplete;
    const toc = await axTree('attune-toc');
    expect(toc.role).to.equal('tree');
    expect(toc.name).to.equal('Índice');
  });

  it('language.ui "ar": Arabic names; the book keeps its English name and language', async () => {
    const { reader } = await openReader(LESSON, { width: 1000, height: 600 });
    await applyProfile(reader, { language: { ui: 'ar' } } as Partial<LearnerProfile>);
    await reader.updateComplete;
    const tree = await axTree('attune-reader');
    const buttons = names(tree, 'button');
    expect(buttons, outline(tree)).to.include.members(['المحتويات', 'التفضيلات', 'القراءة بصوت عالٍ', 'الصفحة السابقة', 'الصفحة التالية']);
    await note(`Arabic buttons: ${buttons.map((b) => `"${b}"`).join(', ')}`);
    const region = findOne(tree, (n) => n.role === 'region' && n.name.startsWith('الكتاب: '), 'the book region');
    expect(region.name).to.contain('The Water Cycle');
    expect(findOne(tree, (n) => n.role === 'slider', 'position slider').name).to.equal('الموضع في الكتاب');
    expect(reader.shadowRoot!.querySelector('.reader')!.getAttribute('lang')).to.equal('ar');
    expect(reader.shadowRoot!.querySelector('.book')!.getAttribute('lang')).to.match(/^en/);
  });
});
