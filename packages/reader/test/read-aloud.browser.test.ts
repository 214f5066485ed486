import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AttuneReader } from '../src/index.js';
import { corpusUrl } from '../../book/test/corpus.js';
import { contentDocuments, openReader, until } from './reader-fixture.js';

function readAloudButton(reader: AttuneReader): HTMLButtonElement {
  const bar = reader.shadowRoot!.querySelector('attune-read-aloud')!;
  const button = [...bar.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Read aloud');
  if (!button) throw new Error('no button named "Read aloud"');
  return button;
}

const statusOf = (reader: AttuneReader) => reader.shadowRoot!.querySelector('attune-read-aloud')!.getAttribute('status');

describe('read aloud in the reader', function () {
  this.timeout(60_000);
  afterEach(() => {
    for (const el of [...document.body.children]) if (el.localName !== 'script' && el.localName !== 'style') el.remove();
  });

  it('plays a book\'s recorded narration (Media Overlays) with the spoken fragment highlighted; Alt+Shift+R pauses, Stop stops', async () => {
    const { reader } = await openReader(corpusUrl('epubtest-0120-media-overlays.epub'));
    // Go to the first section that has narration.
    const book = reader.book!;
    const narrated = book.sections.find((s) => book.packageDocument.byPath.get(s.path)?.mediaOverlay)!;
    await reader.goTo(narrated.path);
    const button = readAloudButton(reader);
    button.focus();
    await sendKeys({ press: 'Enter' }); // a real key press: browsers play sound only after one
    await until(() => statusOf(reader) === 'playing', 8000, 'playing');
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    const frameHighlights = () =>
      contentDocuments(reader).flatMap((doc) => {
        const win = doc.defaultView as (Window & typeof globalThis) | null;
        return win ? [...win.CSS.highlights.entries()].filter(([k]) => k.startsWith('attune-')).flatMap(([, h]) => [...h] as Range[]) : [];
      });
    await until(() => frameHighlights().length > 0, 8000, 'a highlight in the frame');
    const highlighted = frameHighlights();
    expect(highlighted.some((r) => r.toString().trim().length > 0)).to.equal(true);
    await sendKeys({ down: 'Alt' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'KeyR' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ up: 'Alt' });
    await until(() => statusOf(reader) === 'paused', 4000, 'paused by the shortcut');
    const bar = reader.shadowRoot!.querySelector('attune-read-aloud')!;
    const stop = [...bar.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Stop')!;
    expect(stop.getAttribute('aria-keyshortcuts')).to.equal('Alt+Shift+S');
    stop.click();
    await until(() => statusOf(reader) !== 'paused' && statusOf(reader) !== 'playing', 4000, 'stopped');
  });

  it('with no voice on the device (headless Chromium) it says so instead of hanging', async () => {
    const { reader } = await openReader(corpusUrl('childrens-literature.epub'));
    await reader.goTo(reader.book!.sections[reader.book!.sections.length - 1]!.path);
    const button = readAloudButton(reader);
    button.focus();
    await sendKeys({ press: 'Enter' });
    if (speechSynthesis.getVoices().length === 0) {
      await until(() => statusOf(reader) === 'error', 10_000, 'the no-voice error');
      const bar = reader.shadowRoot!.querySelector('attune-read-aloud')!;
      expect(bar.shadowRoot!.querySelector('.notice')!.textContent).to.match(/voice/i);
      expect(bar.shadowRoot!.querySelector('[role="status"]')!.textContent).to.match(/voice/i);
    }
  });

  it('with the offline voice registered, a paragraph of childrens-literature is read with each word highlighted in order', async () => {
    AttuneReader.offlineVoice = { load: () => import('@attune/speech-espeak') as never };
    try {
      const { reader } = await openReader(corpusUrl('childrens-literature.epub'));
      const book = reader.book!;
      let paragraph: HTMLParagraphElement | undefined;
      for (const section of book.sections) {
        const doc = await book.sectionDocument(section.index);
        if ([...doc.querySelectorAll('p')].some((p) => p.textContent!.startsWith('Great was the alarm'))) {
          await reader.goTo(section.path);
          break;
        }
      }
      for (let i = 0; i < 60 && !paragraph; i++) {
        paragraph = [...(contentDocuments(reader)[0]?.querySelectorAll('p') ?? [])].find((p) => p.textContent!.startsWith('Great was the alarm'));
        if (!paragraph) await reader.goTo(book.sections[reader.state.location!.index]!.path + '#' + '');
      }
      expect(paragraph, 'the paragraph is in the frame').to.exist;
      // "Read from here": the learner selects the paragraph's first word.
      const doc = paragraph!.ownerDocument;
      const range = doc.createRange();
      range.setStart(paragraph!.firstChild!, 0);
      range.setEnd(paragraph!.firstChild!, 5);
      doc.getSelection()!.removeAllRanges();
      doc.getSelection()!.addRange(range);
      const button = readAloudButton(reader);
      button.focus();
      await sendKeys({ press: 'Enter' });
      const spoken: string[] = [];
      // The frame on screen now (a relayout would replace it; reading follows).
      const frameWindow = () => contentDocuments(reader)[0]!.defaultView as Window & typeof globalThis;
      await until(() => {
        const word = frameWindow().CSS.highlights.get('attune-word');
        const text = word ? ([...word][0] as Range | undefined)?.toString() : undefined;
        if (text && spoken[spoken.length - 1] !== text) spoken.push(text);
        return spoken.length >= 6;
      }, 20_000, 'six words spoken');
      const words = paragraph!.textContent!.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}’'-]/gu, '')).filter(Boolean);
      const heard = spoken.map((w) => w.replace(/[^\p{L}\p{N}’'-]/gu, ''));
      expect(heard).to.deep.equal(words.slice(0, heard.length));
      // A click on a later word reads on from there.
      const target = [...(contentDocuments(reader)[0]!.querySelectorAll('p'))].find((p) => p.textContent!.startsWith('Great was the alarm'))!;
      const textNode = target.firstChild as Text;
      const at = textNode.data.indexOf('alarm');
      const r = target.ownerDocument.createRange();
      r.setStart(textNode, at);
      r.setEnd(textNode, at + 5);
      const box = r.getBoundingClientRect();
      target.ownerDocument.elementFromPoint(box.left + 2, box.top + box.height / 2)!.dispatchEvent(
        new MouseEvent('click', { bubbles: true, clientX: box.left + 2, clientY: box.top + box.height / 2 }),
      );
      const heardAfter: string[] = [];
      await until(() => {
        const word = frameWindow().CSS.highlights.get('attune-word');
        const text = word ? ([...word][0] as Range | undefined)?.toString() : undefined;
        if (text && heardAfter[heardAfter.length - 1] !== text) heardAfter.push(text);
        return heardAfter.includes('alarm');
      }, 15_000, 'reading from the clicked word');
      readAloudButton(reader).click(); // pause
      // The bar offers the offline voice by name.
      const bar = reader.shadowRoot!.querySelector('attune-read-aloud')!;
      const options = [...bar.shadowRoot!.querySelectorAll('option')].map((o) => o.textContent);
      expect(options).to.include('Offline voice (eSpeak NG)');
    } finally {
      delete (AttuneReader.offlineVoice as { load?: unknown }).load;
    }
  });

  it('the button is there by default and gone when a teacher turns read-aloud off', async () => {
    const { reader } = await openReader(corpusUrl('wasteland.epub'));
    expect(readAloudButton(reader)).to.exist;
    const applied = new Promise((r) => reader.addEventListener('attune-profile-change', r, { once: true }));
    reader.policy = { version: 1, locks: [{ setting: 'speech.readAloud', value: false, reason: 'Not during this test.' }] } as never;
    reader.profile = { version: 1, id: 'x' } as never;
    await applied;
    await reader.updateComplete;
    expect(reader.shadowRoot!.querySelector('attune-read-aloud')).to.equal(null);
  });
});
