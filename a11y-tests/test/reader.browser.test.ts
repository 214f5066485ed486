import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { corpusUrl } from '../../packages/book/test/corpus.js';
import { auditElement, auditSection, describeViolations } from './axe-audit.js';
import { contentDocuments, contentFrames, openReader, until } from '../../packages/reader/test/reader-fixture.js';

/** Rules whose failures in a book frame would be ours (the reader's), not the book's. */
const READER_INTRODUCED = ['meta-viewport', 'meta-viewport-large', 'html-has-lang', 'html-lang-valid', 'html-xml-lang-mismatch', 'document-title', 'valid-lang'];

const THEMES = [
  { name: 'light', media: { colorScheme: 'light' as const, forcedColors: 'none' as const } },
  { name: 'dark', media: { colorScheme: 'dark' as const, forcedColors: 'none' as const } },
  { name: 'forced colours', media: { colorScheme: 'light' as const, forcedColors: 'active' as const } },
];

describe('accessibility of the reader (axe, WCAG 2.2 AA)', function () {
  this.timeout(40_000);
  afterEach(async () => {
    for (const el of [...document.body.children]) if (el.localName !== "script" && el.localName !== "style") el.remove();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none', reducedMotion: 'no-preference' });
  });

  for (const theme of THEMES) {
    it(`reader UI with a book open, its contents panel and page jump: 0 violations (${theme.name})`, async () => {
      await emulateMedia(theme.media);
      const { reader } = await openReader(corpusUrl('childrens-literature.epub'));
      expect(describeViolations(await auditElement(reader))).to.equal('');
      reader.shadowRoot!.querySelector<HTMLButtonElement>('.toc-toggle')!.click();
      await until(() => !reader.shadowRoot!.querySelector('.toc-panel')!.hasAttribute('hidden'), 2000, 'panel');
      expect(describeViolations(await auditElement(reader))).to.equal('');
    });
  }

  it('the error state has 0 violations and is announced (role=alert)', async () => {
    const { reader, outcome } = await openReader(corpusUrl('broken-epubcheck-container-missing.epub'));
    expect(outcome.type).to.equal('error');
    const alert = reader.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('META-INF/container.xml');
    expect(describeViolations(await auditElement(reader))).to.equal('');
  });

  it('the footnote dialog has 0 violations', async () => {
    const { reader } = await openReader(corpusUrl('wasteland.epub'));
    let link: HTMLAnchorElement | undefined;
    for (let i = 0; i < 6 && !link; i++) {
      link = [...(contentDocuments(reader)[0]?.querySelectorAll<HTMLAnchorElement>('a[href^="#"]') ?? [])].find(
        (a) => a.getAttributeNS('http://www.idpf.org/2007/ops', 'type') === 'noteref',
      );
      if (!link) await reader.next();
    }
    link!.click();
    const dialog = reader.shadowRoot!.querySelector('attune-footnote')!.shadowRoot!.querySelector('dialog')!;
    await until(() => dialog.open, 2000, 'dialog');
    expect(describeViolations(await auditElement(reader))).to.equal('');
  });

  for (const book of ['moby-dick.epub', 'wasteland.epub', 'linear-algebra-mathml.epub', 'regime-anticancer-arabic-rtl.epub', 'page-blanche-fxl.epub', 'epubtest-0100-reflowable-content.epub']) {
    it(`book frames of ${book}: titled, zoomable, with a language and title (nothing the reader introduced)`, async () => {
      const { reader } = await openReader(corpusUrl(book));
      await reader.next();
      for (const frame of contentFrames(reader)) expect(frame.title, 'frame title').to.match(/\S/);
      for (const doc of contentDocuments(reader)) {
        const viewport = doc.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? '';
        expect(viewport).to.not.match(/user-scalable\s*=\s*no|maximum-scale/);
        const violations = await auditSection(doc);
        const ours = violations.filter((v) => READER_INTRODUCED.includes(v.id));
        expect(describeViolations(ours)).to.equal('');
        // The book's own problems are its publisher's; list them for the record.
        if (violations.length) console.info(`${book}: the book's own axe findings: ${violations.map((v) => v.id).join(', ')}`);
      }
    });
  }

  it('with a variant pack applied: the reader UI, the glossary dialog and what Attune adds to the section have 0 violations', async () => {
    const { reader } = await openReader(corpusUrl('moby-dick.epub'));
    reader.profile = { version: 1, id: 'a11y', content: { simplifiedText: true, readingLevel: 3, glossary: true, imageDescriptions: true } } as never;
    reader.variants = '/packages/adapt/test/fixtures/pack-moby-dick.json';
    await reader.goTo(reader.book!.sections.find((s) => s.path.endsWith('chapter_001.xhtml'))!.path);
    await until(() => !!contentDocuments(reader)[0]?.querySelector('button[data-attune-passage-switch]'), 5000, 'pack applied');
    const doc = contentDocuments(reader)[0]!;
    // Only what Attune inserted or marked is ours to answer for here.
    const ours = (await auditSection(doc)).filter((v) => v.nodes.some((n) => /data-attune-(passage|glossary|inserted|variant|note|description)/.test(n.html)));
    expect(describeViolations(ours)).to.equal('');
    const word = [...doc.querySelectorAll<HTMLElement>('[data-attune-glossary]')].find((w) => !w.closest('[hidden]'))!;
    word.click();
    const dialog = reader.shadowRoot!.querySelector('attune-footnote')!.shadowRoot!.querySelector('dialog')!;
    await until(() => dialog.open, 2000, 'glossary dialog');
    expect(describeViolations(await auditElement(reader))).to.equal('');
  });

  for (const theme of THEMES) {
    it(`the reading controls while recorded narration plays: 0 violations (${theme.name})`, async () => {
      await emulateMedia(theme.media);
      const { reader } = await openReader(corpusUrl('epubtest-0120-media-overlays.epub'));
      const book = reader.book!;
      await reader.goTo(book.sections.find((s) => book.packageDocument.byPath.get(s.path)?.mediaOverlay)!.path);
      const bar = reader.shadowRoot!.querySelector('attune-read-aloud')!;
      bar.shadowRoot!.querySelector<HTMLButtonElement>('.play')!.focus();
      await sendKeys({ press: 'Enter' }); // a real key press: sound needs one
      await until(() => !!bar.shadowRoot!.querySelector('.controls'), 8000, 'reading controls');
      expect(describeViolations(await auditElement(reader))).to.equal('');
      bar.shadowRoot!.querySelector<HTMLButtonElement>('.play')!.click();
    });
  }

  it('reduced motion stops the loading spinner', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const reader = document.createElement('attune-reader');
    reader.style.cssText = 'display:block;width:800px;height:600px';
    document.body.append(reader);
    reader.src = corpusUrl('moby-dick.epub');
    await until(() => !!reader.shadowRoot?.querySelector('.spinner'), 3000, 'spinner');
    const spinner = reader.shadowRoot!.querySelector('.spinner')!;
    const duration = parseFloat(getComputedStyle(spinner).animationDuration);
    expect(duration).to.be.below(0.01);
  });

  it('every control is reachable by Tab with a visible focus indicator', async () => {
    const { reader } = await openReader(corpusUrl('childrens-literature.epub'));
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    before.focus();
    const seen: string[] = [];
    // The toolbar's buttons, the page turns, the book frame and the position slider.
    for (let i = 0; i < 14; i++) {
      await sendKeys({ press: 'Tab' });
      const active = reader.shadowRoot!.activeElement as HTMLElement | null;
      const inner = (active?.shadowRoot?.activeElement ?? active) as HTMLElement | null;
      if (!inner) continue;
      seen.push(inner.localName + (inner.textContent?.trim() ? `:${inner.textContent.trim().slice(0, 20)}` : ''));
      if (inner.localName === 'iframe') continue;
      const style = getComputedStyle(inner);
      expect(style.outlineStyle, `${inner.localName} focus outline`).to.not.equal('none');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    }
    expect(seen.join(' | ')).to.match(/button:Contents.*button:Next page.*iframe.*input/);
  });
});
