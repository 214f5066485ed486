import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { studyOutlineHtml, type Annotation } from '../src/index.js';
import { sampleAnnotations, selectionOn } from './annotations.js';

const AXE_URL = new URL('/node_modules/axe-core/axe.min.js', location.href).href;
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The outline page in a frame of its own, as the learner opens the downloaded file. */
async function showOutline(html: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:800px;height:600px';
  frame.srcdoc = html;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Runs axe (WCAG 2.2 AA) inside the frame; the outline is a page of its own. */
async function audit(frame: HTMLIFrameElement): Promise<string[]> {
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as Window & { axe?: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> } };
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = AXE_URL;
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    doc.head.append(script);
    await loaded;
  }
  const result = await win.axe!.run(doc, { runOnly: { type: 'tag', values: WCAG_22_AA }, resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

const annotations = (): Annotation[] => [
  ...sampleAnnotations(),
  { id: 'h2', kind: 'highlight', created: '2026-01-01T11:00:00.000Z', modified: '2026-01-01T11:00:00.000Z', color: 'blue', target: selectionOn('Ishmael', 8) },
  { id: 'h3', kind: 'highlight', created: '2026-01-01T11:00:00.000Z', modified: '2026-01-01T11:00:00.000Z', color: 'green', target: selectionOn('the spleen', 20) },
  { id: 'h4', kind: 'highlight', created: '2026-01-01T11:00:00.000Z', modified: '2026-01-01T11:00:00.000Z', color: 'pink', target: selectionOn('circulation', 30) },
];

describe('the study outline page (HTML export)', function () {
  this.timeout(30_000);
  afterEach(async () => {
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  });

  for (const [name, media] of [
    ['light', { colorScheme: 'light', forcedColors: 'none' }],
    ['dark', { colorScheme: 'dark', forcedColors: 'none' }],
    ['forced colours', { colorScheme: 'light', forcedColors: 'active' }],
  ] as const) {
    it(`has no axe violations (WCAG 2.2 AA) in ${name}`, async () => {
      await emulateMedia(media);
      const frame = await showOutline(studyOutlineHtml({ book: { identifier: 'urn:x', title: 'Moby-Dick', language: 'en', dir: 'ltr' }, annotations: annotations(), orphans: [annotations()[1]!], labels: { yellow: 'main idea' } }));
      expect(await audit(frame)).to.deep.equal([]);
      // Landmarks and one h1.
      const doc = frame.contentDocument!;
      expect(doc.querySelectorAll('main')).to.have.length(1);
      expect(doc.querySelectorAll('nav')).to.have.length(1);
      expect(doc.querySelectorAll('h1')).to.have.length(1);
    });
  }

  it('nothing a learner or a book wrote can run or load in the page', async () => {
    const hostile = { ...sampleAnnotations()[2]!, text: '<img src=x onerror="parent.hacked=1"><script>parent.hacked=1</script>' } as Annotation;
    const frame = await showOutline(studyOutlineHtml({ book: { identifier: 'urn:x', title: '</title><script>parent.hacked=1</script>' }, annotations: [hostile] }));
    await new Promise((r) => setTimeout(r, 100));
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
    expect(frame.contentDocument!.querySelectorAll('script, img')).to.have.length(0);
    expect(frame.contentDocument!.title).to.equal('Study outline: </title><script>parent.hacked=1</script>');
  });

  it('at 320 px wide nothing scrolls sideways', async () => {
    const long = { ...sampleAnnotations()[2]!, text: 'x'.repeat(400) } as Annotation;
    const frame = await showOutline(studyOutlineHtml({ book: { identifier: 'urn:x', title: 'A'.repeat(200) }, annotations: [...annotations(), long] }));
    frame.style.width = '320px';
    await new Promise((r) => requestAnimationFrame(r));
    const root = frame.contentDocument!.documentElement;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
  });
});
