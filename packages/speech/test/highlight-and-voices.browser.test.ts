import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { MediaOverlayBackend } from '../src/media-overlay-backend.js';
import { ReadAloudEngine, type ReadAloudProgress } from '../src/read-aloud-engine.js';
import { segmentDocument } from '../src/segment-document.js';
import { SENTENCE_HIGHLIGHT, SpeechHighlighter, WORD_HIGHLIGHT } from '../src/speech-highlighter.js';
import { WebSpeechBackend } from '../src/web-speech-backend.js';
import { openSection, rangeText } from './corpus.js';
import { ScriptedBackend } from './scripted-backend.js';

/** The section shown in a frame of its own, as the reader shows it (no scripts in it). */
async function frameWith(book: string, match: (path: string) => boolean): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const { document: source } = await openSection(book, match);
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  document.body.append(frame);
  const doc = frame.contentDocument!;
  doc.documentElement.replaceWith(doc.importNode(source.documentElement, true));
  return { frame, doc };
}

describe('SpeechHighlighter in the section frame', function () {
  this.timeout(20_000);

  it('highlights the sentence and the spoken word with the frame\'s own Custom Highlight registry', async () => {
    const { frame, doc } = await frameWith('moby-dick.epub', (p) => p.endsWith('chapter_001.xhtml'));
    const win = frame.contentWindow as Window & typeof globalThis;
    const backend = new ScriptedBackend();
    const engine = new ReadAloudEngine({ backend });
    const highlighter = new SpeechHighlighter(doc);
    engine.subscribe((state) => highlighter.show(state.progress));
    await engine.setSection({ index: 0, document: doc, language: 'en-US' });
    await engine.play();
    backend.end(); // past the heading
    backend.start();
    backend.boundary(8); // "Ishmael"
    const sentence = win.CSS.highlights.get(SENTENCE_HIGHLIGHT)!;
    const word = win.CSS.highlights.get(WORD_HIGHLIGHT)!;
    expect([...sentence].map((r) => r.toString())).to.deep.equal(['Call me Ishmael.']);
    expect([...word].map((r) => r.toString())).to.deep.equal(['Ishmael']);
    expect(word.priority).to.be.greaterThan(sentence.priority);
    // Nothing registered in the test page itself; the book's DOM gained only one style element.
    expect(CSS.highlights.has(WORD_HIGHLIGHT)).to.equal(false);
    expect(doc.querySelectorAll('style[data-attune-speech-highlight]').length).to.equal(1);
    expect(doc.querySelector('style[data-attune-speech-highlight]')!.textContent).to.contain('var(--attune-user-highlight-word-background');
    // The learner's colours reach the highlight through the frame root's custom properties.
    doc.documentElement.style.setProperty('--attune-user-highlight-word-background', 'rgb(255, 0, 0)');
    const rule = [...doc.styleSheets].flatMap((s) => [...s.cssRules]).find((r) => r.cssText.startsWith(`::highlight(${WORD_HIGHLIGHT})`));
    expect(rule, 'the ::highlight rule is parsed').to.exist;

    await engine.updateSettings({ highlight: 'sentence' });
    expect(win.CSS.highlights.has(WORD_HIGHLIGHT)).to.equal(false);
    expect(win.CSS.highlights.has(SENTENCE_HIGHLIGHT)).to.equal(true);
    engine.stop();
    expect(win.CSS.highlights.size).to.equal(0);
    highlighter.dispose();
    expect(doc.querySelector('style[data-attune-speech-highlight]')).to.equal(null);
    frame.remove();
  });

  it('forced colours: the word gets an underline as well as the system colour', async () => {
    const { frame, doc } = await frameWith('moby-dick.epub', (p) => p.endsWith('chapter_001.xhtml'));
    const { units } = await segmentDocument(doc);
    const highlighter = new SpeechHighlighter(doc);
    const unit = units[1]!;
    highlighter.show({ section: { index: 0 }, sentenceIndex: 1, unit, sentenceRange: unit.range, wordIndex: 0, wordRange: unit.words[0]!.range, boundaryKind: 'word', highlight: 'word' } satisfies ReadAloudProgress);
    await emulateMedia({ forcedColors: 'active' });
    try {
      expect(frame.contentWindow!.matchMedia('(forced-colors: active)').matches).to.equal(true);
      const forced = [...doc.styleSheets].flatMap((s) => [...s.cssRules]).find((r) => 'conditionText' in r && (r as CSSMediaRule).conditionText.includes('forced-colors')) as CSSMediaRule; // another realm: no instanceof
      const wordRule = [...forced.cssRules].find((r) => r.cssText.startsWith(`::highlight(${WORD_HIGHLIGHT})`))!;
      expect(wordRule.cssText).to.contain('underline');
    } finally {
      await emulateMedia({ forcedColors: 'none' });
      frame.remove();
    }
  });

  it('the author\'s media:active-class goes on the par\'s element only when asked', async () => {
    const { frame, doc } = await frameWith('w3c-mol-audio-clips.epub', (p) => p.endsWith('mobydick.xhtml'));
    const first = doc.getElementById('first')!;
    const range = doc.createRange();
    range.selectNodeContents(first);
    const unit = { kind: 'text' as const, text: 'x', lang: 'en', range, anchor: first, words: [], pronunciations: [], audio: { path: 'a.mp3', clipBegin: 0 } };
    const progress: ReadAloudProgress = { section: { index: 1 }, sentenceIndex: 0, unit, sentenceRange: range, wordIndex: null, wordRange: null, boundaryKind: 'sentence', highlight: 'word' };
    new SpeechHighlighter(doc).show(progress);
    expect(first.classList.contains('my-active-class')).to.equal(false);
    const withClass = new SpeechHighlighter(doc, { activeClass: 'my-active-class' });
    withClass.show(progress);
    expect(first.classList.contains('my-active-class')).to.equal(true);
    withClass.clear();
    expect(first.classList.contains('my-active-class')).to.equal(false);
    frame.remove();
  });
});

describe('ReadAloudEngine on a real section', function () {
  this.timeout(20_000);

  it('playFrom a clicked word (a Range) starts at that word; re-segmenting keeps the place', async () => {
    const { document: doc } = await openSection('georgia-pls-ssml.epub', (p) => p.endsWith('georgia.xhtml'));
    const backend = new ScriptedBackend();
    const engine = new ReadAloudEngine({ backend });
    await engine.setSection({ index: 1, document: doc, language: 'en-US' });
    // The learner clicks "Tennessee" in "It is bounded N. by Tennessee and North Carolina".
    const p = doc.getElementById('d10e47')!;
    const walker = doc.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    let click: Range | null = null;
    for (let n = walker.nextNode() as Text | null; n && !click; n = walker.nextNode() as Text | null) {
      const at = n.data.indexOf('Tennessee');
      if (at >= 0) {
        click = doc.createRange();
        click.setStart(n, at + 3);
      }
    }
    await engine.playFrom(click!);
    expect(backend.last.text).to.match(/^Tennessee and North Carolina/);
    backend.start();
    expect(rangeText(engine.state.progress!.wordRange)).to.equal('Tennessee');
    const before = engine.state.progress!.unit.text;
    await engine.updateSettings({ skipPageNumbers: false });
    expect(engine.state.progress!.unit.text).to.equal(before);
    expect(backend.requests.length).to.equal(2);
    expect(backend.last.text, 'reading goes on from the word it was at').to.match(/^Tennessee and North Carolina/);
  });
});

describe('Web Speech in headless Chromium', function () {
  this.timeout(20_000);

  it('no voices here: the engine stops with no-voice and a sentence, never hangs', async () => {
    const backend = new WebSpeechBackend({ voicesTimeoutMs: 200 });
    expect(await backend.voices()).to.deep.equal([]);
    const engine = new ReadAloudEngine({ backend });
    await engine.setSection({ index: 0, script: { units: [{ kind: 'text', text: 'Hello.', lang: 'en', range: null, anchor: null, words: [], pronunciations: [] }], problems: [] } });
    await engine.play();
    await new Promise((r) => setTimeout(r, 400));
    expect(engine.state.status).to.equal('error');
    expect(engine.state.error!.code).to.equal('no-voice');
    expect(engine.state.error!.message).to.match(/no speech voices/);
  });

  it('recorded audio before any user gesture: not-allowed, with what to do', async () => {
    const { book } = await openSection('w3c-mol-audio-clips.epub', () => true);
    const backend = new MediaOverlayBackend({ fallback: new ScriptedBackend(), readResource: (p) => book.source.blob(p, 'audio/mpeg') });
    const engine = new ReadAloudEngine({ backend });
    const unit = { kind: 'text' as const, text: 'Call me Ishmael.', lang: 'en', range: null, anchor: null, words: [], pronunciations: [], audio: { path: 'EPUB/audio/mobydick_1.mp3', clipBegin: 29.268, clipEnd: 30 } };
    await engine.setSection({ index: 1, script: { units: [unit], problems: [] } });
    await engine.play();
    const end = performance.now() + 5000;
    while (engine.state.status === 'playing' && performance.now() < end) await new Promise((r) => setTimeout(r, 50));
    expect(engine.state.status).to.equal('error');
    expect(engine.state.error!.code).to.equal('not-allowed');
    backend.dispose();
  });
});
