// The built API page in real Chromium: axe (WCAG 2.2 AA) finds nothing in
// light, dark and forced colours; the page reflows at 320 px; the skip link
// is the first Tab stop, visible, and takes the keyboard to the reference.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { WCAG_22_AA, describeViolations, type AxeViolation } from '../../../a11y-tests/test/axe-audit.js';

const PAGE = '/packages/docs/dist/index.html';
const AXE = '/node_modules/axe-core/axe.min.js';

const THEMES = [
  { name: 'light', media: { colorScheme: 'light' as const, forcedColors: 'none' as const }, background: 'rgb(255, 255, 255)' },
  { name: 'dark', media: { colorScheme: 'dark' as const, forcedColors: 'none' as const }, background: 'rgb(21, 22, 26)' },
  { name: 'forced colours', media: { colorScheme: 'light' as const, forcedColors: 'active' as const }, background: undefined },
];

interface FrameAxe {
  run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }>;
}

let frame: HTMLIFrameElement | undefined;

/** The page in a same-origin frame of the given size (its own document, so axe audits it whole). */
async function openPage(width: number, height = 800): Promise<Document> {
  const response = await fetch(PAGE);
  if (!response.ok) throw new Error(`${PAGE} is missing (HTTP ${response.status}): build the API page with \`npm run build -w @attune/docs\`.`);
  frame?.remove();
  frame = document.createElement('iframe');
  frame.title = 'Attune API reference';
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block;`;
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  frame.src = PAGE;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

/** Loads axe into the page's own window and audits its whole document. */
async function audit(doc: Document): Promise<AxeViolation[]> {
  const win = doc.defaultView as Window & { axe?: FrameAxe };
  if (!win.axe) {
    await new Promise<void>((resolve, reject) => {
      const script = doc.createElement('script');
      script.src = AXE;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`axe-core did not load from ${AXE}`));
      doc.head.append(script);
    });
  }
  const result = await win.axe!.run(doc, { runOnly: { type: 'tag', values: WCAG_22_AA }, resultTypes: ['violations'] });
  return result.violations;
}

afterEach(async () => {
  frame?.remove();
  frame = undefined;
  await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
});

for (const theme of THEMES) {
  it(`has no axe violations (WCAG 2.2 AA) in ${theme.name}`, async () => {
    await emulateMedia(theme.media);
    const doc = await openPage(1024);
    const win = doc.defaultView!;
    // The emulation reached the page: otherwise three passes would be one.
    if (theme.background) expect(win.getComputedStyle(doc.documentElement).backgroundColor).to.equal(theme.background);
    else expect(win.matchMedia('(forced-colors: active)').matches, 'forced colours are on').to.equal(true);
    expect(doc.querySelectorAll('section.element').length, 'element sections').to.be.greaterThan(10);
    const violations = await audit(doc);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });
}

it('reflows at 320 CSS px: the page never scrolls sideways; only wide tables scroll, inside focusable regions; axe still passes', async () => {
  const doc = await openPage(320, 640);
  const root = doc.documentElement;
  expect(root.scrollWidth, `the page is ${root.scrollWidth}px wide in a 320px window`).to.be.at.most(root.clientWidth);
  const scrolling = [...doc.querySelectorAll<HTMLElement>('.table-scroll')].filter((region) => region.scrollWidth > region.clientWidth);
  expect(scrolling.length, 'some tables are wider than 320px and scroll in their region').to.be.greaterThan(0);
  for (const region of scrolling) {
    expect(region.tabIndex, 'a scrolling region takes focus').to.equal(0);
    expect(region.getAttribute('role')).to.equal('region');
  }
  for (const pre of doc.querySelectorAll('pre')) expect(pre.scrollWidth, 'code examples wrap').to.be.at.most(pre.clientWidth + 1);
  const violations = await audit(doc);
  expect(violations, describeViolations(violations)).to.deep.equal([]);
});

it('the skip link is the first Tab stop, visible with a focus outline, and Enter moves focus to the reference', async () => {
  const doc = await openPage(1024);
  const win = doc.defaultView!;
  win.focus();
  await sendKeys({ press: 'Tab' });
  const link = doc.activeElement as HTMLElement;
  expect(link.className).to.equal('skip-link');
  const box = link.getBoundingClientRect();
  expect(box.top, 'the skip link is on screen when focused').to.be.at.least(0);
  expect(box.height).to.be.greaterThan(10);
  const style = win.getComputedStyle(link);
  expect(style.outlineStyle).to.not.equal('none');
  expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  await sendKeys({ press: 'Enter' });
  expect(doc.activeElement?.id, 'focus moved to <main>').to.equal('main');
  await sendKeys({ press: 'Tab' });
  expect(doc.activeElement?.closest('main'), 'the next Tab stays in the reference').to.not.equal(null);
});
