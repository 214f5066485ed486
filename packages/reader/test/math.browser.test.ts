import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AttuneReader } from '../src/index.js';
import { corpusUrl } from '../../book/test/corpus.js';
import { contentDocuments, openReader, until } from './reader-fixture.js';

// The test server serves the repository: speech-rule-engine's locale files from node_modules.
AttuneReader.mathLocaleUrl = '/node_modules/speech-rule-engine/lib/mathmaps/';

const announced = (reader: AttuneReader) => reader.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim();
// Many modules load unbundled here: keep every resource entry, not the default 250.
performance.setResourceTimingBufferSize(100_000);
const sreLoaded = () => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).some((e) => /speech-rule-engine|mathmaps/.test(e.name));

describe('math in the reader', function () {
  this.timeout(60_000);
  afterEach(() => {
    for (const el of [...document.body.children]) if (el.localName !== 'script' && el.localName !== 'style') el.remove();
  });

  // First in this file: nothing else has loaded speech-rule-engine yet.
  it('a book without math loads none of speech-rule-engine', async () => {
    const { reader } = await openReader(corpusUrl('wasteland.epub'));
    await reader.next();
    await new Promise((r) => setTimeout(r, 500));
    expect(sreLoaded()).to.equal(false);
  });

  it('each equation is a tab stop explored with arrow keys: spoken (ClearSpeak) and highlighted part by part', async () => {
    const { reader } = await openReader(corpusUrl('w3c-cnt-mathml-support.epub'));
    const doc = contentDocuments(reader)[0]!;
    const math = doc.querySelector('math')!;
    expect(math.getAttribute('tabindex')).to.equal('0');
    reader.focusContent();
    math.focus();
    await until(() => /equals/.test(announced(reader)), 15_000, 'the equation spoken');
    expect(announced(reader)).to.match(/x equals open paren a plus b close paren squared/i);
    expect(math.getAttribute('aria-label')).to.match(/x equals/i);
    expect(sreLoaded()).to.equal(true);
    const whole = announced(reader);
    const place = reader.state.location!.cfi;
    await sendKeys({ press: 'ArrowDown' });
    await until(() => announced(reader) !== whole && announced(reader).length > 0, 5000, 'a part spoken');
    const win = doc.defaultView as Window & typeof globalThis;
    const highlight = win.CSS.highlights.get('attune-math');
    expect(highlight?.size, 'the part is highlighted').to.equal(1);
    expect(([...highlight!][0] as Range).toString().length).to.be.greaterThan(0);
    // Arrows explore here: the page did not turn.
    await sendKeys({ press: 'ArrowRight' });
    await new Promise((r) => setTimeout(r, 300));
    expect(reader.state.location!.cfi).to.equal(place);
    await sendKeys({ press: 'Escape' });
    await until(() => !win.CSS.highlights.has('attune-math'), 3000, 'highlight cleared');
  });

  it('math is spoken ahead while the learner reads: each equation has its speech as its name before anyone focuses it, again after a style change', async () => {
    const { reader } = await openReader(corpusUrl('w3c-cnt-mathml-support.epub'));
    const maths = [...contentDocuments(reader)[0]!.getElementsByTagNameNS('http://www.w3.org/1998/Math/MathML', 'math')];
    expect(maths.length).to.be.greaterThan(0);
    await until(() => maths.every((m) => (m.getAttribute('aria-label') ?? '').length > 0), 15_000, 'every equation named');
    expect(maths[0]!.getAttribute('aria-label')).to.match(/x equals open paren a plus b close paren squared/i);
    expect(announced(reader), 'nothing announced: nobody focused math').to.not.match(/equals/);
    const applied = new Promise((r) => reader.addEventListener('attune-profile-change', r, { once: true }));
    reader.profile = { version: 1, id: 'm', math: { style: 'MathSpeak' } } as never;
    await applied;
    const first = () => contentDocuments(reader)[0]!.getElementsByTagNameNS('http://www.w3.org/1998/Math/MathML', 'math')[0]!;
    await until(() => /left.parenthesis|Superscript/i.test(first().getAttribute('aria-label') ?? ''), 15_000, 'named again in MathSpeak').catch((error: Error) => {
      throw new Error(`${error.message}; its name is “${first().getAttribute('aria-label')}”`);
    });
  });

  it('MathSpeak from the profile changes how math is spoken', async () => {
    const { reader } = await openReader(corpusUrl('w3c-cnt-mathml-support.epub'));
    const applied = new Promise((r) => reader.addEventListener('attune-profile-change', r, { once: true }));
    reader.profile = { version: 1, id: 'm', math: { style: 'MathSpeak' } } as never;
    await applied;
    const math = contentDocuments(reader)[0]!.querySelector('math')!;
    reader.focusContent();
    math.focus();
    await until(() => /equals/.test(announced(reader)), 15_000, 'spoken');
    expect(announced(reader)).to.match(/left-parenthesis|StartFraction|Superscript|squared/i);
    expect(announced(reader)).to.not.equal('x equals open paren a plus b close paren squared');
  });

  it('read-aloud reads an equation as one unit with its math speech, never raw MathML or a useless alttext', async () => {
    AttuneReader.offlineVoice = { load: () => import('@attune/speech-espeak') as never };
    try {
      const { reader } = await openReader(corpusUrl('w3c-cnt-mathml-support.epub'));
      const button = reader.shadowRoot!.querySelector('attune-read-aloud')!.shadowRoot!.querySelector<HTMLButtonElement>('.play')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      const session = (reader as unknown as { readAloud: { state: { units: readonly { text: string; kind?: string }[] } | undefined } }).readAloud;
      await until(() => (session.state?.units.length ?? 0) > 0, 15_000, 'units ready');
      const text = session.state!.units.map((u) => u.text).join(' ');
      expect(text).to.match(/x equals open paren a plus b close paren squared/i);
      expect(text).to.not.match(/<mi>|mfenced/);
      button.click();
    } finally {
      delete (AttuneReader.offlineVoice as { load?: unknown }).load;
    }
  });
});
