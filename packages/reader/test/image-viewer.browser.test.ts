import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { AttuneReader } from '../src/index.js';
import type { AttuneImageViewer } from '../src/study/image-viewer/attune-image-viewer.js';
import { corpusUrl } from '../../book/test/corpus.js';
import { auditElement, describeViolations } from '../../../a11y-tests/test/axe-audit.js';
import { contentDocuments, until } from './reader-fixture.js';
import { openAtStart } from './study-tools-fixture.js';

const THEMES = [
  { name: 'light', media: { colorScheme: 'light' as const, forcedColors: 'none' as const } },
  { name: 'dark', media: { colorScheme: 'dark' as const, forcedColors: 'none' as const } },
  { name: 'forced colours', media: { colorScheme: 'light' as const, forcedColors: 'active' as const } },
];

const viewerOf = (reader: AttuneReader) => reader.shadowRoot!.querySelector('attune-image-viewer') as AttuneImageViewer;
const dialogOf = (reader: AttuneReader) => viewerOf(reader).shadowRoot!.querySelector('dialog')!;

/** childrens-literature opens on its cover: one image, alt "Cover Image". */
async function openCover(): Promise<{ reader: AttuneReader; image: HTMLImageElement }> {
  const reader = await openAtStart(corpusUrl('childrens-literature.epub'));
  await until(() => !!contentDocuments(reader)[0]?.querySelector('img[data-attune-enlargeable]'), 5000, 'the cover image made openable');
  return { reader, image: contentDocuments(reader)[0]!.querySelector('img')! };
}

describe('image viewer', function () {
  this.timeout(40_000);
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none', reducedMotion: 'no-preference' });
    for (const el of [...document.body.children]) if (el.localName !== 'script' && el.localName !== 'style') el.remove();
  });

  it('opens from a focused image with Enter, shows the alt text, zooms and pans by keys, and Escape returns focus to the image', async () => {
    const { reader, image } = await openCover();
    expect(image.tabIndex, 'the image is a tab stop').to.equal(0);
    (image.ownerDocument.defaultView!.frameElement as HTMLElement).focus();
    image.focus();
    await sendKeys({ press: 'Enter' });
    const viewer = viewerOf(reader);
    await until(() => dialogOf(reader).open, 3000, 'the dialog open');
    expect(dialogOf(reader).matches(':modal'), 'modal').to.equal(true);
    const root = viewer.shadowRoot!;
    expect(root.querySelector('.alt')!.textContent).to.equal('Cover Image');
    expect(root.querySelector('.stage')!.getAttribute('aria-label')).to.equal('Cover Image');
    expect(dialogOf(reader).getAttribute('aria-labelledby')).to.equal('image-title');
    expect((root.querySelector('.canvas img') as HTMLImageElement).src).to.equal(image.src);
    expect(root.activeElement?.classList.contains('stage'), 'focus on the image in the dialog').to.equal(true);

    await sendKeys({ press: '+' });
    expect(viewer.zoom).to.equal(1.5);
    await sendKeys({ press: '+' });
    expect(viewer.zoom).to.equal(2.25);
    await viewer.updateComplete;
    expect(root.querySelector('.zoom')!.textContent).to.equal('Zoom 225%');
    expect(root.querySelector<HTMLElement>('.canvas')!.style.transform).to.contain('scale(2.25)');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    expect(viewer.pan.x).to.be.below(0);
    expect(viewer.pan.y).to.be.below(0);
    await sendKeys({ press: '-' });
    expect(viewer.zoom).to.equal(1.5);
    await sendKeys({ press: '0' });
    expect(viewer.zoom).to.equal(1);
    expect(viewer.pan).to.deep.equal({ x: 0, y: 0 });
    // At the fitted size there is nothing to pan.
    await sendKeys({ press: 'ArrowRight' });
    expect(viewer.pan.x).to.equal(0);

    await sendKeys({ press: 'Escape' });
    await until(() => !dialogOf(reader).open, 3000, 'the dialog closed');
    await until(() => image.ownerDocument.activeElement === image, 3000, 'focus back on the image');
    expect(reader.shadowRoot!.activeElement?.localName).to.equal('iframe');
  });

  it('Alt+Shift+I opens the image on the page from the book; a double click opens it too; drag pans', async () => {
    const { reader, image } = await openCover();
    reader.focusContent();
    await sendKeys({ press: 'Alt+Shift+KeyI' });
    await until(() => dialogOf(reader).open, 3000, 'opened by the command');
    viewerOf(reader).close();
    await until(() => !dialogOf(reader).open, 3000, 'closed');
    image.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
    await until(() => dialogOf(reader).open, 3000, 'opened by double click');
    const viewer = viewerOf(reader);
    viewer.setZoom(3);
    await viewer.updateComplete;
    const stage = viewer.shadowRoot!.querySelector<HTMLElement>('.stage')!;
    const box = stage.getBoundingClientRect();
    const at = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    stage.dispatchEvent(new PointerEvent('pointerdown', { pointerId: 1, button: 0, clientX: at.x, clientY: at.y, bubbles: true }));
    stage.dispatchEvent(new PointerEvent('pointermove', { pointerId: 1, clientX: at.x + 30, clientY: at.y + 20, bubbles: true }));
    stage.dispatchEvent(new PointerEvent('pointerup', { pointerId: 1, clientX: at.x + 30, clientY: at.y + 20, bubbles: true }));
    expect(viewer.pan).to.deep.equal({ x: 30, y: 20 });
  });

  it('shows a long description and caption as text (aria-details, figcaption)', async () => {
    const { reader } = await openCover();
    const doc = contentDocuments(reader)[0]!;
    // A figure the way books and teachers' descriptions write it.
    const figure = doc.createElementNS('http://www.w3.org/1999/xhtml', 'figure');
    figure.innerHTML = '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="A map" aria-details="d1"/><figcaption>Fig. 2. The island.</figcaption>';
    const details = doc.createElementNS('http://www.w3.org/1999/xhtml', 'details');
    details.id = 'd1';
    details.innerHTML = '<summary>Image description</summary><p>Rivers run from the mountains to the sea.</p>';
    doc.body.append(figure, details);
    await viewerOf(reader).show(figure.querySelector('img')!);
    const root = viewerOf(reader).shadowRoot!;
    expect(root.querySelector('.alt')!.textContent).to.equal('A map');
    expect(root.querySelector('.caption')!.textContent).to.equal('Fig. 2. The island.');
    expect(root.querySelector('.description')!.textContent).to.equal('Rivers run from the mountains to the sea.');
    // An EPUB 2 longdesc into the same section, and aria-describedby.
    const old = doc.createElementNS('http://www.w3.org/1999/xhtml', 'div');
    old.innerHTML = '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="A chart" longdesc="#ld" aria-describedby="db"/><p id="ld">Sales rise each year.</p><p id="db">Source: the 1900 census.</p>';
    doc.body.append(old);
    await viewerOf(reader).show(old.querySelector('img')!);
    await viewerOf(reader).updateComplete;
    expect([...root.querySelectorAll('.description')].map((p) => p.textContent)).to.deep.equal(['Source: the 1900 census.', 'Sales rise each year.']);
  });

  for (const theme of THEMES) {
    it(`the open viewer has no axe violations (${theme.name})`, async () => {
      await emulateMedia(theme.media);
      const { reader, image } = await openCover();
      await viewerOf(reader).show(image);
      viewerOf(reader).setZoom(2);
      const violations = await auditElement(viewerOf(reader));
      expect(violations, describeViolations(violations)).to.have.length(0);
    });
  }

  it('fits a 320 px wide screen: nothing scrolls sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { reader, image } = await openCover();
      await viewerOf(reader).show(image);
      const dialog = dialogOf(reader);
      const box = dialog.getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(320);
      expect(dialog.scrollWidth, 'no sideways scrolling in the dialog').to.be.at.most(dialog.clientWidth);
      for (const button of dialog.querySelectorAll('button')) expect(button.getBoundingClientRect().right).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('uses no transition or animation (nothing to reduce for reduced motion)', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { reader, image } = await openCover();
    await viewerOf(reader).show(image);
    const canvas = viewerOf(reader).shadowRoot!.querySelector('.canvas')!;
    const style = getComputedStyle(canvas);
    expect(parseFloat(style.transitionDuration)).to.be.at.most(0.0001);
    expect(style.animationName).to.equal('none');
  });
});
