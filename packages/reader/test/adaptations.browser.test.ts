import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LearnerProfile } from '@attune/profile';
import { segmentDocument } from '@attune/speech';
import { AttuneReader } from '../src/index.js';
import { corpusUrl } from '../../book/test/corpus.js';
import { contentDocuments, openReader, until } from './reader-fixture.js';

/** A teacher's pack for moby-dick chapter 1 (written for @attune/adapt's tests). */
const PACK = '/packages/adapt/test/fixtures/pack-moby-dick.json';

async function withProfile(reader: AttuneReader, content: Record<string, unknown>, policy?: unknown): Promise<void> {
  const applied = new Promise((r) => reader.addEventListener('attune-profile-change', r, { once: true }));
  reader.policy = policy as AttuneReader['policy'];
  reader.profile = { version: 1, id: 'learner', content } as unknown as LearnerProfile;
  await applied;
}

async function openChapterOne(): Promise<AttuneReader> {
  const { reader } = await openReader(corpusUrl('moby-dick.epub'));
  await withProfile(reader, { simplifiedText: true, readingLevel: 3, glossary: true, imageDescriptions: true });
  reader.variants = PACK;
  await reader.goTo(reader.book!.sections.find((s) => s.path.endsWith('chapter_001.xhtml'))!.path);
  await until(() => !!contentDocuments(reader)[0]?.querySelector('[data-attune-passage]'), 5000, 'the pack applied');
  return reader;
}

const passage = (reader: AttuneReader) => contentDocuments(reader)[0]!.querySelector('[data-attune-passage="loomings-opening"]')!;
const visibleText = (el: Element) => [...el.children].filter((c) => !c.hasAttribute('hidden')).map((c) => c.textContent).join(' ');

describe('variant packs in the reader', function () {
  this.timeout(40_000);
  afterEach(() => {
    for (const el of [...document.body.children]) if (el.localName !== 'script' && el.localName !== 'style') el.remove();
  });

  it('swaps a passage for the variant at the learner\'s level and keeps the original a click away, by keyboard', async () => {
    const reader = await openChapterOne();
    expect(passage(reader).getAttribute('data-attune-level')).to.equal('3');
    expect(visibleText(passage(reader))).to.contain('A few years ago I had almost no money');
    const doc = contentDocuments(reader)[0]!;
    const toggle = doc.querySelector<HTMLButtonElement>('button[data-attune-passage-switch="loomings-opening"]')!;
    expect(toggle.textContent).to.equal('Show original text');
    reader.focusContent();
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => toggle.textContent === 'Show simplified text', 5000, 'switched to the original');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(doc.querySelector('[data-attune-original="loomings-opening"]')!.hasAttribute('hidden')).to.equal(false);
    expect(doc.querySelector('[data-attune-original="loomings-opening"]')!.textContent).to.contain('Call me Ishmael. Some years ago');
    await until(() => doc.activeElement === toggle, 5000, 'focus stays on the switch');
    await sendKeys({ press: 'Enter' });
    await until(() => toggle.textContent === 'Show original text', 5000, 'back to the simplified text');
  });

  it('read-aloud reads what is shown: the simplified text, not the hidden original', async () => {
    const reader = await openChapterOne();
    const doc = contentDocuments(reader)[0]!;
    const spoken = (await segmentDocument(doc, { language: 'en' })).units.map((u) => u.text).join(' ');
    expect(spoken.includes('A few years ago I had almost no money'), 'the variant is read').to.equal(true);
    expect(spoken.includes('never mind how long precisely'), 'the hidden original is not read').to.equal(false);
    expect(spoken.includes('Show original text'), 'the switch is a control, not text to read').to.equal(false);
    // After "Show original text", the original is what is read.
    doc.querySelector<HTMLButtonElement>('button[data-attune-passage-switch="loomings-opening"]')!.click();
    await until(() => !doc.querySelector('[data-attune-original="loomings-opening"]')!.hasAttribute('hidden'), 2000, 'original shown');
    const now = (await segmentDocument(doc, { language: 'en' })).units.map((u) => u.text).join(' ');
    expect(now.includes('never mind how long precisely'), 'the original is read').to.equal(true);
    expect(now.includes('A few years ago I had almost no money'), 'the hidden variant is not read').to.equal(false);
  });

  it('another level picks another variant; simplified text off shows the book as published', async () => {
    const reader = await openChapterOne();
    await withProfile(reader, { simplifiedText: true, readingLevel: 1, glossary: true, imageDescriptions: true });
    expect(visibleText(passage(reader))).to.contain('My name is Ishmael. I had no money.');
    await withProfile(reader, { simplifiedText: false, readingLevel: 1, glossary: true, imageDescriptions: true });
    expect(contentDocuments(reader)[0]!.querySelector('[data-attune-passage]')).to.equal(null);
    expect(contentDocuments(reader)[0]!.querySelector('button[data-attune-passage-switch]')).to.equal(null);
  });

  it('a glossary word opens its definition by keyboard and Escape returns to the word', async () => {
    const reader = await openChapterOne();
    const doc = contentDocuments(reader)[0]!;
    // The first glossary word on show (words inside the hidden original do not count).
    const word = [...doc.querySelectorAll<HTMLElement>('[data-attune-glossary]')].find((w) => !w.closest('[hidden]'))!;
    const term = reader.book && word.getAttribute('data-attune-glossary');
    expect(word.getAttribute('role')).to.equal('button');
    // Marked by an underline, not colour alone.
    expect(doc.defaultView!.getComputedStyle(word).textDecorationLine).to.contain('underline');
    reader.focusContent();
    word.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = reader.shadowRoot!.querySelector('attune-footnote')!.shadowRoot!.querySelector('dialog')!;
    await until(() => dialog.open, 2000, 'definition shown');
    expect(dialog.querySelector('h2')!.textContent!.toLowerCase()).to.equal(String(term).replace('-term', '').toLowerCase());
    const pack = await (await fetch(PACK)).json();
    const entry = pack.entries.find((e: { id: string }) => e.id === term);
    expect(dialog.textContent).to.contain(entry.definition);
    // Read-aloud can read the definition (the offline voice here, where the device has none).
    const readButton = [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Read aloud')!;
    expect(readButton, 'a Read aloud button in the definition').to.exist;
    AttuneReader.offlineVoice = { load: () => import('@attune/speech-espeak') as never };
    try {
      readButton.click();
      const session = (reader as unknown as { readAloud: { textEngine?: { state: { status: string; units: readonly { text: string }[] } } } }).readAloud;
      await until(() => session.textEngine?.state.status === 'playing', 15_000, 'the definition is read');
      expect(session.textEngine!.state.units.map((u) => u.text).join(' ')).to.contain(entry.definition.slice(0, 20));
    } finally {
      delete (AttuneReader.offlineVoice as { load?: unknown }).load;
    }
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open && doc.activeElement === word, 2000, 'focus back on the word');
  });

  it('an assessment-mode lock turns simplified text and the glossary off', async () => {
    const reader = await openChapterOne();
    const policy = {
      version: 1,
      mode: 'assessment',
      locks: [
        { setting: 'content.simplifiedText', value: false, reason: 'During a test the passages are shown as written.', when: 'assessment' },
        { setting: 'content.glossary', value: false, reason: 'No glossary during a test.', when: 'assessment' },
      ],
    };
    await withProfile(reader, { simplifiedText: true, readingLevel: 3, glossary: true, imageDescriptions: true }, policy);
    const doc = contentDocuments(reader)[0]!;
    expect(doc.querySelector('[data-attune-passage]')).to.equal(null);
    expect(doc.querySelector('[data-attune-glossary]')).to.equal(null);
  });

  it('an image description replaces the alt and offers the long description in a disclosure', async () => {
    const { reader } = await openReader(corpusUrl('moby-dick.epub'));
    await withProfile(reader, { simplifiedText: true, readingLevel: 3, glossary: true, imageDescriptions: true });
    const pack = await (await fetch(PACK)).json();
    const description = pack.entries.find((e: { type: string }) => e.type === 'description');
    reader.variants = PACK;
    const section = reader.book!.sections.find((s) => s.href === description.target.source || s.path.endsWith(description.target.source))!;
    await reader.goTo(section.path);
    await until(() => !!contentDocuments(reader)[0]?.querySelector('[data-attune-described]'), 5000, 'description applied');
    const doc = contentDocuments(reader)[0]!;
    const img = doc.querySelector('img[data-attune-described]')!;
    expect(img.getAttribute('alt')).to.equal(description.alt);
    if (description.longDescription) {
      const details = doc.getElementById(img.getAttribute('aria-details')!)!;
      expect(details.localName).to.equal('details');
      expect(details.querySelector('summary')).to.not.equal(null);
    }
  });

  it('a pack for another book is refused with a clear message and the book stays as published', async () => {
    const { reader } = await openReader(corpusUrl('wasteland.epub'));
    const problem = new Promise<CustomEvent>((r) => reader.addEventListener('attune-variants-error', r as EventListener, { once: true }));
    reader.variants = PACK;
    const event = await problem;
    expect(event.detail.code).to.equal('pack-other-book');
    expect(event.detail.message).to.contain('Moby-Dick');
    expect(contentDocuments(reader)[0]!.querySelector('[data-attune-adapted]')).to.equal(null);
  });

  it('a pack that cannot be loaded is reported, not fatal', async () => {
    const { reader } = await openReader(corpusUrl('moby-dick.epub'));
    const problem = new Promise<CustomEvent>((r) => reader.addEventListener('attune-variants-error', r as EventListener, { once: true }));
    reader.variants = '/no/such/pack.json';
    expect((await problem).detail.code).to.equal('pack-unreadable');
    expect(reader.state.status).to.equal('ready');
  });
});
