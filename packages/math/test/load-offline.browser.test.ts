// Lazy loading and offline locale files, in real Chromium. This file keeps
// its static imports small and the engine unloaded until its tests load it:
// the order of the tests matters.
import { expect } from '@open-wc/testing';
import { configureMath, containsMath, isMathLoaded, loadMath, speakMath, warmUp } from '../src/index.js';

/** Where web-test-runner serves speech-rule-engine's locale files (it serves the repository root). */
const LOCALES = '/node_modules/speech-rule-engine/lib/mathmaps/';

const DEFAULT_BUFFER = 250;
const loadedBeforeTests = performance.getEntriesByType('resource').length;
performance.setResourceTimingBufferSize(20_000);

/** Every URL the page asked for: resource timing (scripts, fetches, XHR), plus fetch and XHR as called. */
const requested: string[] = [];
new PerformanceObserver((list) => requested.push(...list.getEntries().map((e) => e.name))).observe({ type: 'resource', buffered: true });
const pageFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  requested.push(new URL(input instanceof Request ? input.url : String(input), location.href).href);
  return pageFetch(input, init);
};
const xhrOpen = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
  requested.push(new URL(String(url), location.href).href);
  return (xhrOpen as (...args: unknown[]) => void).call(this, method, url, ...rest);
} as typeof XMLHttpRequest.prototype.open;

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
const sreRequests = () => requested.filter((url) => /speech-rule-engine|fast-xml-parser|mathmaps/.test(url));
const corpusUrl = (name: string) => new URL(`/corpus/${name}`, location.href).href;

describe('@attune/math loads speech-rule-engine only for math, and only from this origin', function () {
  this.timeout(60_000);

  it('importing the package loads none of speech-rule-engine', async () => {
    expect(loadedBeforeTests, 'resource timing saw every module the page loaded').to.be.lessThan(DEFAULT_BUFFER);
    await settle();
    expect(isMathLoaded()).to.equal(false);
    expect(sreRequests()).to.deep.equal([]);
    expect('SREfeature' in globalThis).to.equal(false);
  });

  it('a book without math: no section contains math, and nothing of the engine is requested', async () => {
    const { openBook } = await import('@attune/book');
    const book = await openBook(corpusUrl('w3c-mol-tts-single.epub'));
    for (let i = 0; i < book.sections.length; i++) expect(containsMath(await book.sectionDocument(i))).to.equal(false);
    book.destroy();
    await settle();
    expect(isMathLoaded()).to.equal(false);
    expect(sreRequests()).to.deep.equal([]);
  });

  it('a book with math: warm-up and speech load the engine and its locale files from this origin, nothing from a CDN', async () => {
    const { openBook } = await import('@attune/book');
    const book = await openBook(corpusUrl('w3c-cnt-mathml-support.epub'));
    const index = (await Promise.all(book.sections.map(async (_, i) => containsMath(await book.sectionDocument(i))))).indexOf(true);
    expect(index).to.be.greaterThan(-1);
    configureMath({ localeUrl: LOCALES });
    const warm = await warmUp(book.metadata.language);
    expect(warm.problems).to.deep.equal([]);
    expect(warm.locale).to.equal('en');
    const doc = await book.sectionDocument(index);
    const math = doc.getElementsByTagNameNS('http://www.w3.org/1998/Math/MathML', 'math')[0]!;
    expect((await speakMath(math)).text).to.equal('x equals open paren a plus b close paren squared');
    expect((await speakMath(math, { locale: 'fr' })).text).to.equal('x égale parenthèse gauche a plus b parenthèse droite au carré');
    expect((await speakMath(math, { locale: 'es' })).text).to.equal('x igual paréntesis izquierdo a más b paréntesis derecho al cuadrado');
    book.destroy();
    await settle();

    const info = await loadMath();
    expect(info.sreVersion).to.equal('4.1.5');
    expect(sreRequests().some((url) => url.endsWith('/__prebundled__/speech-rule-engine.js'))).to.equal(true);
    for (const file of ['base', 'en', 'fr', 'es']) expect(requested, file).to.include(new URL(`${LOCALES}${file}.json`, location.href).href);
    const elsewhere = requested.filter((url) => new URL(url).origin !== location.origin && !url.startsWith('blob:') && !url.startsWith('data:'));
    expect(elsewhere).to.deep.equal([]);
    expect(requested.filter((url) => /jsdelivr|cdn\./.test(url))).to.deep.equal([]);
  });

  it('a locale file that cannot be fetched: English, with the reason; fixed URL, the language again', async () => {
    configureMath({ localeUrl: '/no-such-folder/' });
    const missing = await speakMath('<math><msup><mi>x</mi><mn>2</mn></msup></math>', { locale: 'it' });
    expect(missing.text).to.equal('x squared');
    expect(missing.locale).to.equal('en');
    expect(missing.fellBack).to.equal(true);
    expect(missing.problems.map((p) => p.code)).to.deep.equal(['locale-unavailable']);
    expect(missing.problems[0]!.detail).to.contain('/no-such-folder/it.json');
    configureMath({ localeUrl: LOCALES });
    const italian = await speakMath('<math><msup><mi>x</mi><mn>2</mn></msup></math>', { locale: 'it' });
    expect(italian.locale).to.equal('it');
    expect(italian.text).to.equal('x quadrato');
  });

  it('malformed MathML and engine complaints never reach the console', async () => {
    const calls: string[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const saved = methods.map((m) => console[m]);
    methods.forEach((m) => (console[m] = (...args: unknown[]) => void calls.push(args.join(' '))));
    try {
      const results = await Promise.all(['<math><mfrac><mi>a</mi></math>', '<math><mi>a</mi><mo>&foo;</mo></math>', '<p/>', ''].map((m) => speakMath(m)));
      expect(results.map((r) => r.problems.at(-1)?.code)).to.deep.equal(['malformed-mathml', undefined, 'not-mathml', 'malformed-mathml']);
      // The browser's HTML parser keeps an unknown entity as text without complaint (Node's xmldom complains: engine-warning).
      expect(results[1]!.text).to.equal('a ampersand foo semicolon');
    } finally {
      methods.forEach((m, i) => (console[m] = saved[i]!));
    }
    expect(calls).to.deep.equal([]);
  });
});
