import { expect } from '@open-wc/testing';
import { applyPatch, createProfile, PRESETS, LOW_VISION, WCAG_TEXT_SPACING, type LearnerProfile } from '@attune/profile';
import type { AttuneReader } from '../src/index.js';
import { corpusUrl } from '../../book/test/corpus.js';
import { contentDocuments, openReader, until } from './reader-fixture.js';

function profileWith(patch: Parameters<typeof applyPatch>[1]): LearnerProfile {
  return applyPatch(createProfile({ id: 'test-learner' }), patch);
}

/** Sets the profile and resolves when the reader has applied it (and laid pages out again). */
async function applyProfile(reader: AttuneReader, profile: LearnerProfile | undefined, policy?: unknown): Promise<void> {
  const applied = new Promise((r) => reader.addEventListener('attune-profile-change', r, { once: true }));
  reader.policy = policy as AttuneReader['policy'];
  reader.profile = profile;
  await applied;
}

function firstParagraph(reader: AttuneReader): HTMLElement {
  for (const doc of contentDocuments(reader)) {
    const p = [...doc.querySelectorAll<HTMLElement>('p')].find((el) => (el.textContent ?? '').trim().length > 40);
    if (p) return p;
  }
  throw new Error('no paragraph on screen');
}

function styleOf(el: Element) {
  const s = el.ownerDocument.defaultView!.getComputedStyle(el);
  return { font: s.fontFamily, size: parseFloat(s.fontSize), line: s.lineHeight, letter: s.letterSpacing, word: s.wordSpacing, color: s.color, background: el.ownerDocument.defaultView!.getComputedStyle(el.ownerDocument.documentElement).backgroundColor, align: s.textAlign, maxWidth: s.maxInlineSize };
}

describe('the learner profile applied to the book', function () {
  this.timeout(40_000);
  afterEach(() => {
    for (const el of [...document.body.children]) if (el.localName !== 'script' && el.localName !== 'style') el.remove();
  });

  for (const book of ['accessible-epub-3.epub', 'wasteland.epub']) {
    it(`every preset changes the computed style in the frame (${book})`, async () => {
      const { reader } = await openReader(corpusUrl(book));
      // Get to body text (past a cover).
      for (let i = 0; i < 6; i++) {
        try {
          firstParagraph(reader);
          break;
        } catch {
          await reader.next();
        }
      }
      const before = styleOf(firstParagraph(reader));
      for (const preset of PRESETS) {
        await applyProfile(reader, profileWith(preset.patch));
        const after = styleOf(firstParagraph(reader));
        expect(after, preset.name).to.not.deep.equal(before);
        const display = preset.patch.display ?? {};
        if (display.letterSpacing) expect(parseFloat(after.letter) / after.size, `${preset.name} letter spacing`).to.be.closeTo(display.letterSpacing, 0.01);
        if (display.lineHeight) expect(parseFloat(after.line) / after.size, `${preset.name} line height`).to.be.closeTo(display.lineHeight, 0.02);
        if (display.fontFamily === 'atkinson-hyperlegible') {
          expect(after.font).to.contain('Atkinson Hyperlegible');
          // The bundled font really loaded into the frame (blob: URL, allowed by its CSP).
          const doc = firstParagraph(reader).ownerDocument;
          await until(() => [...doc.fonts].some((f) => f.family.includes('Atkinson') && f.status === 'loaded'), 5000, 'Atkinson Hyperlegible loaded');
        }
        if (display.theme === 'high-contrast') expect(after.background).to.equal('rgb(0, 0, 0)');
      }
      // Back to no profile: the publisher's design returns.
      await applyProfile(reader, undefined);
      expect(styleOf(firstParagraph(reader))).to.deep.equal(before);
    });
  }

  it('keeps the same text on screen after a font-size change', async () => {
    const { reader } = await openReader(corpusUrl('moby-dick.epub'));
    await reader.goTo(reader.book!.sections.find((s) => s.path.endsWith('chapter_001.xhtml'))!.path);
    await reader.next();
    await reader.next();
    const visibleWords = () => {
      const doc = contentDocuments(reader)[0]!;
      const viewer = reader.shadowRoot!.querySelector('.viewer')!.getBoundingClientRect();
      const frame = doc.defaultView!.frameElement!.getBoundingClientRect();
      // The first text node whose box is inside the viewer.
      const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        const range = doc.createRange();
        range.selectNodeContents(node);
        const rect = [...range.getClientRects()].find((r) => r.width > 0 && frame.left + r.left >= viewer.left - 1 && frame.left + r.right <= viewer.right + 1);
        if (rect) return node.textContent.trim().slice(0, 40);
      }
      return '';
    };
    const cfiBefore = reader.state.location!.cfi;
    const before = visibleWords();
    const pagesBefore = reader.state.location!.pages;
    await applyProfile(reader, profileWith({ display: { fontSize: 200 } }));
    expect(reader.state.location!.pages, 'more pages at twice the size').to.be.greaterThan(pagesBefore);
    const doc = contentDocuments(reader)[0]!;
    // The range of the old start, in the frame as it is laid out now.
    const contents = (reader as unknown as { controller: { session: { contents(): { range(cfi: string): Range }[] } } }).controller.session.contents();
    const range = contents[0]!.range(cfiBefore);
    const rect = range.getBoundingClientRect();
    const frame = doc.defaultView!.frameElement!.getBoundingClientRect();
    const viewer = reader.shadowRoot!.querySelector('.viewer')!.getBoundingClientRect();
    expect(frame.left + rect.left, `"${before}" still on screen`).to.be.within(viewer.left - 1, viewer.right);
  });

  it('WCAG 1.4.12 text spacing: no clipped or overlapping text', async () => {
    const { reader } = await openReader(corpusUrl('childrens-literature.epub'));
    await reader.goTo(reader.book!.sections[reader.book!.sections.length - 1]!.path);
    await reader.next();
    await applyProfile(reader, profileWith(WCAG_TEXT_SPACING.patch));
    const doc = contentDocuments(reader)[0]!;
    const win = doc.defaultView!;
    const blocks = [...doc.querySelectorAll<HTMLElement>('p, li, h1, h2, h3, blockquote')].filter((el) => el.textContent!.trim());
    expect(blocks.length).to.be.greaterThan(3);
    for (const el of blocks) {
      // Text fits its box: nothing cut off by a fixed height.
      if (win.getComputedStyle(el).overflow !== 'visible') expect(el.scrollHeight, el.textContent!.slice(0, 30)).to.be.at.most(el.clientHeight + 1);
    }
    // No two blocks overlap: compare their boxes fragment by fragment (a
    // paragraph split across columns has one box per column).
    const fragments = blocks.flatMap((el, i) => [...el.getClientRects()].map((rect) => ({ el, i, rect })));
    for (const a of fragments) {
      for (const b of fragments) {
        if (a.i >= b.i || a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const horizontal = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const vertical = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        expect(horizontal > 2 && vertical > 1, `"${a.el.textContent!.slice(0, 20)}" overlaps "${b.el.textContent!.slice(0, 20)}"`).to.equal(false);
      }
    }
    const p = doc.querySelector('p')!;
    const s = win.getComputedStyle(p);
    expect(parseFloat(s.lineHeight) / parseFloat(s.fontSize)).to.be.closeTo(1.5, 0.02);
  });

  it('a teacher lock and floor win over the learner, and the reader says who set what', async () => {
    const { reader } = await openReader(corpusUrl('wasteland.epub'));
    const policy = {
      version: 1,
      limits: [{ setting: 'display.fontSize', min: 150, reason: 'Your IEP says text is always at least 150%.' }],
      locks: [{ setting: 'display.theme', value: 'high-contrast', reason: 'High contrast is in your IEP.', source: 'iep' }],
    };
    await applyProfile(reader, profileWith({ display: { fontSize: 100, theme: 'light' } }), policy);
    expect(reader.settings.settings.display.fontSize).to.equal(150);
    expect(reader.settings.settings.display.theme).to.equal('high-contrast');
    expect(reader.settingSource('display.theme')).to.equal('iep');
    const root = contentDocuments(reader)[0]!.documentElement;
    expect(getComputedStyle(root).backgroundColor).to.equal('rgb(0, 0, 0)');
    // The reader UI follows the learner's theme too.
    expect(getComputedStyle(reader).backgroundColor).to.equal('rgb(0, 0, 0)');
  });

  it('line focus: a band over the chosen number of lines that ↓/↑ move, turning the page at its end', async () => {
    const { reader } = await openReader(corpusUrl('moby-dick.epub'));
    await reader.goTo(reader.book!.sections.find((s) => s.path.endsWith('chapter_001.xhtml'))!.path);
    await applyProfile(reader, profileWith({ readingAids: { lineFocus: true, lineFocusLines: 2, lineFocusStyle: 'mask' } }));
    const bandEl = () => reader.shadowRoot!.querySelector<HTMLElement>('.line-focus');
    await until(() => !!bandEl(), 2000, 'band');
    const first = bandEl()!.getBoundingClientRect();
    reader.focusContent();
    const { sendKeys } = await import('@web/test-runner-commands');
    // Past the chapter heading, the band is two lines of body text tall.
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowDown' });
    await until(() => bandEl()!.getBoundingClientRect().top > first.top + 40, 2000, 'band in the body text');
    expect(bandEl()!.getBoundingClientRect().height).to.be.within(30, 90);
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowUp' });
    await until(() => Math.abs(bandEl()!.getBoundingClientRect().top - first.top) < 1, 2000, 'band back on the first line');
    await sendKeys({ press: 'ArrowDown' });
    await until(() => bandEl()!.getBoundingClientRect().top > first.top + 5, 2000, 'band moved down a line');
    const step = bandEl()!.getBoundingClientRect().top - first.top;
    expect(step).to.be.below(first.height);
    // Far enough down, the band reaches the page's end and the page turns.
    const page = reader.state.location!.page;
    const index = reader.state.location!.index;
    for (let i = 0; i < 80 && reader.state.location!.page === page && reader.state.location!.index === index; i++) {
      await sendKeys({ press: 'ArrowDown' });
    }
    expect(reader.state.location!.page !== page || reader.state.location!.index !== index, 'page turned').to.equal(true);
    await until(() => !!bandEl() && Math.abs(bandEl()!.getBoundingClientRect().top - first.top) < 40, 2000, 'band back at the top');
    // Turning it off removes the band.
    await applyProfile(reader, profileWith({}));
    expect(bandEl()).to.equal(null);
  });

  it('the Preferences button opens <attune-preferences>; a change there restyles the book; Escape closes it', async () => {
    const { reader } = await openReader(corpusUrl('wasteland.epub'));
    const toggle = reader.shadowRoot!.querySelector<HTMLButtonElement>('.preferences-toggle')!;
    expect(toggle.textContent!.trim()).to.equal('Preferences');
    toggle.click();
    const panel = () => reader.shadowRoot!.querySelector('attune-preferences');
    await until(() => !!panel() && !!panel()!.shadowRoot?.activeElement, 3000, 'focus in the preferences panel');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const size = panel()!.shadowRoot!.querySelector<HTMLInputElement>('#f-display-fontSize')!;
    const changed = new Promise((r) => reader.addEventListener('attune-profile-change', r, { once: true }));
    size.value = '200';
    size.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    size.dispatchEvent(new Event('change', { bubbles: true }));
    await changed;
    expect(reader.settings.settings.display.fontSize).to.equal(200);
    const root = contentDocuments(reader)[0]!.documentElement;
    expect(root.hasAttribute('data-attune-size')).to.equal(true);
    expect(getComputedStyle(root).fontSize).to.equal('32px');
    const { sendKeys } = await import('@web/test-runner-commands');
    await sendKeys({ press: 'Escape' });
    await until(() => reader.shadowRoot!.activeElement === toggle, 2000, 'focus back on Preferences');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('fixed-layout pages keep their design', async () => {
    const { reader } = await openReader(corpusUrl('page-blanche-fxl.epub'));
    await applyProfile(reader, profileWith(LOW_VISION.patch));
    for (const doc of contentDocuments(reader)) {
      expect(doc.documentElement.hasAttribute('data-attune-size')).to.equal(false);
      expect(doc.documentElement.hasAttribute('data-attune-font')).to.equal(false);
    }
  });

  it('a malformed profile is reported with located messages and reading goes on', async () => {
    const { reader } = await openReader(corpusUrl('wasteland.epub'));
    const errors = new Promise<CustomEvent>((r) => reader.addEventListener('attune-profile-error', r as EventListener, { once: true }));
    reader.profile = { version: 1, id: 'x', display: { fontSize: 900 } } as unknown as LearnerProfile;
    const event = await errors;
    expect(event.detail.messages.join(' ')).to.contain('display.fontSize');
    expect(reader.state.status).to.equal('ready');
  });
});
