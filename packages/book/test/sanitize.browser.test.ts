import { expect } from '@open-wc/testing';
import { BookResources } from '../src/book-resources.js';
import { BookError } from '../src/errors.js';
import { openBook, type AttuneBook } from '../src/index.js';
import { mediaTypeFromPath } from '../src/media-types.js';
import { EPUB_NS, MATHML_NS, SSML_NS, SVG_NS, XHTML_NS, XLINK_NS, XML_NS } from '../src/namespaces.js';
import type { ManifestItem, PackageDocument } from '../src/package-document.js';
import { rewriteResources, SECTION_CSP, type RewriteReport } from '../src/rewrite-resources.js';
import { sanitizeSection, type SanitizeReport } from '../src/sanitize-section.js';
import type { PublicationSource } from '../src/source.js';
import { corpusUrl } from './corpus.js';

/**
 * The sanitizer against hostile sections: each case is parsed as the reader
 * parses a section (XHTML), sanitized, rewritten, and checked; the worst of
 * them are then rendered in a frame like the reader's (sandbox without
 * scripts, blob: XHTML) to prove nothing runs and nothing is fetched. Every
 * hostile URL points at `evil.invalid` or `file:`, so one search finds them.
 */

// ---------------------------------------------------------------- a tiny book

const BASE_URL = 'https://book-test.attune.invalid/';
const SECTION_PATH = 'OEBPS/text/chapter1.xhtml';
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

const FILES: Record<string, string | Uint8Array> = {
  'OEBPS/images/pic.png': PNG,
  'OEBPS/images/pic@2x.png': PNG,
  'OEBPS/images/shapes.svg': '<svg xmlns="http://www.w3.org/2000/svg"><circle id="c" r="5"/></svg>',
  'OEBPS/css/book.css':
    '@import "base.css";\n@import url(http://evil.invalid/import.css);\n@import "https://evil.invalid/import2.css";\n' +
    'p { background: url(../images/pic.png) }\nq { background: url(https://evil.invalid/bg.png) }\n' +
    '@font-face { font-family: F; src: url(file:///usr/share/fonts/f.ttf) }',
  'OEBPS/css/base.css': 'body { background-image: url("../images/pic@2x.png") }\nh1 { background: url(//evil.invalid/h1.png) }',
  'OEBPS/text/chapter2.xhtml': `<html xmlns="${XHTML_NS}"><head><title>2</title></head><body><p id="x">Two</p></body></html>`,
};

function memorySource(files: Record<string, string | Uint8Array>): PublicationSource {
  const get = (path: string) => {
    const file = files[path];
    if (file === undefined) throw new BookError('resource-missing', `“${path}” is not in the test book.`, { where: path });
    return file;
  };
  return {
    kind: 'zip',
    baseUrl: BASE_URL,
    has: (path) => path in files,
    sizeHint: () => undefined,
    list: () => Object.keys(files),
    text: async (path) => {
      const file = get(path);
      return typeof file === 'string' ? file : new TextDecoder().decode(file);
    },
    blob: async (path, mediaType) => new Blob([get(path) as BlobPart], { type: mediaType }),
  };
}

function packageDocument(files: Record<string, unknown>): PackageDocument {
  const manifest = new Map<string, ManifestItem>();
  const byPath = new Map<string, ManifestItem>();
  Object.keys(files).forEach((path, n) => {
    const item: ManifestItem = { id: `item-${n}`, path, mediaType: mediaTypeFromPath(path), properties: [] };
    manifest.set(item.id, item);
    byPath.set(path, item);
  });
  return {
    path: 'OEBPS/content.opf', version: '3.0', title: 'Test book', language: 'en', identifier: 'urn:attune:test',
    pageProgression: 'default', layout: 'reflowable', spread: 'auto', manifest, byPath,
    spine: [{ idref: 'chapter1', path: SECTION_PATH, linear: true, properties: [] }],
    accessibility: { accessMode: [], accessModeSufficient: [], accessibilityFeature: [], accessibilityHazard: [], conformsTo: [] },
  };
}

const source = memorySource(FILES);
const pkg = packageDocument(FILES);

// ------------------------------------------------------------------- helpers

const NAMESPACES = `xmlns="${XHTML_NS}" xmlns:epub="${EPUB_NS}" xmlns:ssml="${SSML_NS}" xmlns:xlink="${XLINK_NS}"`;

interface Prepared {
  doc: Document;
  body: Element;
  sanitized: SanitizeReport;
  rewritten: RewriteReport;
}

/** Parses a whole section as the reader does, sanitizes and rewrites it. */
async function prepareMarkup(markup: string): Promise<Prepared> {
  const doc = new DOMParser().parseFromString(markup, 'application/xhtml+xml');
  expect(doc.getElementsByTagName('parsererror').length, 'the test markup is well-formed XML').to.equal(0);
  const sanitized = sanitizeSection(doc);
  const resources = new BookResources(source, pkg);
  const rewritten = await rewriteResources(doc, SECTION_PATH, BASE_URL + SECTION_PATH, resources, { language: 'en', title: 'Chapter 1' });
  const body = doc.getElementsByTagNameNS(XHTML_NS, 'body')[0] ?? doc.documentElement;
  return { doc, body, sanitized, rewritten };
}

/** A section with `body` as its body (and `head` in its head). */
function prepare(body: string, head = ''): Promise<Prepared> {
  return prepareMarkup(`<?xml version="1.0" encoding="UTF-8"?>\n<html ${NAMESPACES}><head><title>Chapter</title>${head}</head><body>${body}</body></html>`);
}

const HOSTILE = /evil\.invalid|file:|javascript:|vbscript:|data:text|data:application|blob:http:\/\/evil/i;

/**
 * Every place in the document (attributes, style sheets) that still names a
 * hostile URL. Text is not searched: a book may write about file: URLs. The
 * markers we leave (`data-attune-blocked`, `data-attune-missing`) only
 * record what was removed.
 */
function hostileTraces(doc: Document): string[] {
  const found: string[] = [];
  for (const el of doc.getElementsByTagName('*')) {
    for (const attr of el.attributes) {
      if (attr.name === 'data-attune-blocked' || attr.name === 'data-attune-missing') continue;
      if (HOSTILE.test(attr.value) || /^on/i.test(attr.localName)) found.push(`<${el.localName} ${attr.name}="${attr.value}">`);
    }
    if (el.localName === 'style' && HOSTILE.test(el.textContent ?? '')) found.push(`<style>${el.textContent}</style>`);
  }
  return found;
}

/** Elements that run code or show another document, which a section must never contain. */
function activeElements(doc: Document): string[] {
  return [...doc.querySelectorAll('script, iframe, frame, frameset, object, embed, applet, portal, form, noscript, template')].map((e) => e.localName);
}

const attrs = (el: Element | null | undefined) => Object.fromEntries([...(el?.attributes ?? [])].map((a) => [a.name, a.value]));
const q = (p: Prepared, selector: string) => p.body.querySelector(selector);

async function fetchText(url: string): Promise<string> {
  return (await fetch(url)).text();
}

// A frame like the reader's: no scripts, a real XHTML document from a blob:
// URL. A CSP violation during parsing fires before anyone outside the frame
// can listen, but Resource Timing records every network fetch the frame
// attempted, blocked or not (blob: and data: loads are not listed): when it
// lists nothing, nothing ever tried to leave the book and the CSP had nothing
// to stop. Violations after the load are listened for too.
interface Rendered {
  frame: HTMLIFrameElement;
  /** Violations after the document loaded. */
  violations: string[];
  /** Every URL the frame attempted to fetch, blocked or not. */
  fetched: () => string[];
}

async function settle(win: Window): Promise<void> {
  await new Promise((r) => win.requestAnimationFrame(() => r(undefined)));
  await new Promise((r) => setTimeout(r, 150));
}

function watch(frame: HTMLIFrameElement): Omit<Rendered, 'frame'> {
  const violations: string[] = [];
  frame.contentDocument!.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
  const win = frame.contentWindow!;
  return { violations, fetched: () => win.performance.getEntriesByType('resource').map((e) => e.name) };
}

async function render(doc: Document): Promise<Rendered> {
  const blobUrl = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(doc)], { type: 'application/xhtml+xml' }));
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = 'width:600px;height:400px';
  document.body.append(frame);
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
    frame.src = blobUrl;
  });
  const watched = watch(frame);
  await settle(frame.contentWindow!);
  URL.revokeObjectURL(blobUrl);
  return { frame, ...watched };
}

/**
 * Attempted fetches that were not the book's. An empty name is a fetch of no
 * URL at all, which an element whose URL we removed may still start (SVG
 * <feImage> does); nothing leaves the frame.
 */
const outsideFetches = (fetched: string[]) => fetched.filter((url) => url !== '' && !/^(blob|data):/.test(url));

/** An image outside the book that really loads when nothing stops it (the test server's copy of a corpus picture). */
const REACHABLE_IMAGE = new URL('/corpus-unpacked/trees-canvas-script.epub/EPUB/cover.jpg', location.href).href;

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

// --------------------------------------------------------------------- tests

describe('sanitizeSection + rewriteResources', () => {
  describe('nothing runs', () => {
    it('removes scripts in head and body, inline and by src, and says how many', async () => {
      const p = await prepare(
        '<p id="t">No script has been executed.</p><script>document.getElementById("t").textContent = "ran"</script>',
        '<script src="js/x.js"></script><script type="module">import "http://evil.invalid/m.js"</script>',
      );
      expect(activeElements(p.doc)).to.deep.equal([]);
      expect(p.sanitized.removedElements['script']).to.equal(3);
      // Script text is not shown as if it were content.
      expect(p.body.textContent).to.equal('No script has been executed.');
      expect(hostileTraces(p.doc)).to.deep.equal([]);
    });

    it('removes on* handlers, on HTML and on SVG (svg onload)', async () => {
      const p = await prepare(
        '<p onclick="alert(1)" onmouseover="x()">text</p><img src="../images/pic.png" alt="" onerror="alert(1)"/>' +
          '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="5" height="5" onclick="alert(2)"/><g onfocusin="x()"/></svg>',
        '',
      );
      expect(hostileTraces(p.doc)).to.deep.equal([]);
      for (const el of p.doc.getElementsByTagName('*')) {
        expect([...el.attributes].map((a) => a.name).filter((n) => n.startsWith('on')), el.localName).to.deep.equal([]);
      }
      expect(p.body.querySelector('svg')?.namespaceURI).to.equal(SVG_NS);
      expect(p.body.getElementsByTagNameNS(SVG_NS, 'rect')).to.have.length(1);
    });

    it('removes <svg><script>, inline and by xlink:href', async () => {
      const p = await prepare(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><script xlink:href="http://evil.invalid/s.js"/><circle r="4"/></svg>',
      );
      expect(p.doc.getElementsByTagNameNS(SVG_NS, 'script')).to.have.length(0);
      expect(p.doc.getElementsByTagNameNS(SVG_NS, 'circle')).to.have.length(1);
      expect(p.body.textContent).to.not.include('alert');
      expect(hostileTraces(p.doc)).to.deep.equal([]);
    });

    it('removes javascript: from <a href>, however it is spelled, and keeps the link text', async () => {
      const p = await prepare(
        '<a id="a1" href="javascript:alert(1)">one</a><a id="a2" href="JaVaScRiPt:alert(2)">two</a>' +
          '<a id="a3" href="java&#x09;script:alert(3)">three</a><a id="a4" href=" &#x0A;javascript:alert(4)">four</a><area href="vbscript:x" alt=""/>',
      );
      for (const id of ['a1', 'a2', 'a3', 'a4']) expect(q(p, `#${id}`)?.hasAttribute('href'), id).to.equal(false);
      expect(p.body.textContent).to.include('onetwothreefour');
      expect(hostileTraces(p.doc)).to.deep.equal([]);
    });

    it('removes javascript: from SVG links (<a xlink:href> and <a href>)', async () => {
      const p = await prepare(
        '<svg xmlns="http://www.w3.org/2000/svg"><a xlink:href="javascript:alert(1)"><text>one</text></a><a href="javascript:alert(2)"><text>two</text></a></svg>',
      );
      const links = [...p.doc.getElementsByTagNameNS(SVG_NS, 'a')];
      expect(links).to.have.length(2);
      for (const a of links) expect(attrs(a)).to.deep.equal({});
      expect(hostileTraces(p.doc)).to.deep.equal([]);
    });

    it('removes javascript: from MathML: <math href> and <maction xlink:href>, keeping the math', async () => {
      const p = await prepare(
        '<math xmlns="http://www.w3.org/1998/Math/MathML" href="javascript:alert(1)"><mi href="javascript:alert(2)">x</mi>' +
          '<maction actiontype="statusline" xlink:href="javascript:alert(3)"><mi>y</mi><mtext>status text</mtext></maction></math>',
      );
      const math = p.doc.getElementsByTagNameNS(MATHML_NS, 'math')[0]!;
      expect(math.hasAttribute('href')).to.equal(false);
      expect(math.getElementsByTagNameNS(MATHML_NS, 'mi')[0]!.hasAttribute('href')).to.equal(false);
      const maction = math.getElementsByTagNameNS(MATHML_NS, 'maction')[0]!;
      expect(maction.hasAttributeNS(XLINK_NS, 'href')).to.equal(false);
      // maction stays (it shows its first child), so its alternatives are not all shown at once.
      expect(maction.firstElementChild?.textContent).to.equal('y');
      expect(hostileTraces(p.doc)).to.deep.equal([]);
    });

    it('removes data:text/html and other data: documents, keeps data: images', async () => {
      const p = await prepare(
        '<a id="a" href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">a</a>' +
          '<img id="i1" src="data:text/html;base64,PHNjcmlwdD4=" alt=""/><img id="i2" src="data:application/xhtml+xml,x" alt=""/>' +
          '<img id="ok" src="data:image/png;base64,iVBORw0KGgo=" alt=""/>' +
          '<iframe src="data:text/html,x"></iframe><object data="data:text/html,x">fallback</object>',
      );
      expect(q(p, '#a')?.hasAttribute('href')).to.equal(false);
      expect(q(p, '#i1')?.hasAttribute('src')).to.equal(false);
      expect(q(p, '#i2')?.hasAttribute('src')).to.equal(false);
      expect(q(p, '#ok')?.getAttribute('src')).to.equal('data:image/png;base64,iVBORw0KGgo=');
      expect(activeElements(p.doc)).to.deep.equal([]);
      expect(hostileTraces(p.doc)).to.deep.equal([]);
    });

    it('removes <iframe srcdoc> and <iframe src="file:…"> entirely', async () => {
      const p = await prepare(
        '<p>before</p><iframe srcdoc="&lt;script&gt;parent.alert(1)&lt;/script&gt;"></iframe><iframe src="file:///var/log/lastlog"></iframe>' +
          '<iframe src="file://C:/Windows/Logs/CBS/CBS.log">inner</iframe><iframe src="chapter2.xhtml"/><p>after</p>',
      );
      expect(activeElements(p.doc)).to.deep.equal([]);
      expect(p.body.textContent).to.equal('beforeafter');
      expect(hostileTraces(p.doc)).to.deep.equal([]);
    });

    it('removes <object data="http…"> and keeps its fallback content (without <param>), rewritten', async () => {
      const p = await prepare(
        '<object data="http://evil.invalid/movie.swf" type="application/x-shockwave-flash"><param name="movie" value="http://evil.invalid/movie.swf"/>' +
          '<p>Fallback: <img src="../images/pic.png" alt="a still from the film"/></p></object>',
      );
      expect(activeElements(p.doc)).to.deep.equal([]);
      expect(p.doc.getElementsByTagName('param')).to.have.length(0);
      expect(p.body.textContent).to.equal('Fallback: ');
      expect(q(p, 'img')?.getAttribute('src')).to.match(/^blob:/);
      expect(hostileTraces(p.doc)).to.deep.equal([]);
    });

    it('removes <embed>, <applet>, <frameset>, <portal>', async () => {
      const p = await prepare(
        '<embed src="http://evil.invalid/e.swf"/><embed src="../images/shapes.svg"/><applet code="x.class">applet fallback</applet><portal src="http://evil.invalid/"></portal>',
      );
      expect(activeElements(p.doc)).to.deep.equal([]);
      expect(p.doc.querySelector('embed, applet, portal')).to.equal(null);
      expect(hostileTraces(p.doc)).to.deep.equal([]);
    });

    it('shows the fallback of scripted content: canvas and noscript are revealed, empty canvases go', async () => {
      const p = await prepare(
        '<canvas id="c" width="50" height="50"><p>Your Reading System does not support canvas.</p></canvas><canvas width="10" height="10"/>' +
          '<noscript><p>Scripts are off: here is the table instead.</p></noscript><script>draw()</script>',
      );
      expect(p.doc.querySelector('canvas, noscript')).to.equal(null);
      const fallbacks = [...p.body.querySelectorAll('[data-attune-fallback]')];
      expect(fallbacks.map((f) => f.getAttribute('data-attune-fallback'))).to.deep.equal(['canvas', 'noscript']);
      expect(fallbacks[0]!.textContent).to.equal('Your Reading System does not support canvas.');
      expect(fallbacks[1]!.textContent).to.equal('Scripts are off: here is the table instead.');
    });

    it('resolves epub:switch to the MathML case and drops epub:trigger', async () => {
      const p = await prepare(
        '<epub:switch id="s"><epub:case required-namespace="http://www.w3.org/1998/Math/MathML">' +
          '<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi></math></epub:case>' +
          '<epub:case required-namespace="http://www.xml-cml.org/schema"><cml xmlns="http://www.xml-cml.org/schema">H2O</cml></epub:case>' +
          '<epub:default><p>x (as text)</p></epub:default></epub:switch>' +
          '<epub:trigger action="show" ref="x" ev:observer="b" xmlns:ev="http://www.w3.org/2001/xml-events"/>',
      );
      expect(p.doc.getElementsByTagNameNS(EPUB_NS, '*')).to.have.length(0);
      expect(p.body.getElementsByTagNameNS(MATHML_NS, 'math')).to.have.length(1);
      expect(p.body.textContent).to.equal('x');
    });
  });

  describe('nothing loads from outside the book', () => {
    it('removes <meta http-equiv> (refresh, a looser CSP), keeps the viewport meta with its content', async () => {
      const p = await prepare(
        '<p>x</p>',
        '<meta http-equiv="refresh" content="0;url=http://evil.invalid/"/><meta http-equiv="Content-Security-Policy" content="default-src *"/>' +
          '<meta name="viewport" content="width=1200, height=1600"/><meta name="referrer" content="unsafe-url"/>',
      );
      const metas = [...p.doc.getElementsByTagName('meta')].map((m) => `${m.getAttribute('http-equiv') ?? m.getAttribute('name')}=${m.getAttribute('content')}`);
      expect(metas).to.deep.equal([`Content-Security-Policy=${SECTION_CSP}`, 'x-dns-prefetch-control=off', 'viewport=width=1200, height=1600']);
      expect(hostileTraces(p.doc)).to.deep.equal([]);
    });

    it('removes the book’s <base href="http://evil/">; the only base is the section’s own URL', async () => {
      const p = await prepare('<p><a href="chapter2.xhtml">next</a></p><base href="http://evil.invalid/body/"/>', '<base href="http://evil.invalid/"/>');
      const bases = [...p.doc.getElementsByTagName('base')];
      expect(bases.map((b) => b.getAttribute('href'))).to.deep.equal([BASE_URL + SECTION_PATH]);
      expect(hostileTraces(p.doc)).to.deep.equal([]);
    });

    it('removes xml:base, so relative URLs cannot be pointed elsewhere', async () => {
      const p = await prepare('<div xml:base="http://evil.invalid/"><img src="../images/pic.png" alt=""/></div>');
      expect(p.body.querySelector('div')?.hasAttributeNS(XML_NS, 'base')).to.equal(false);
      expect(q(p, 'img')?.getAttribute('src')).to.match(/^blob:/);
    });

    it('removes forms and their actions: <form action>, <button formaction>, <input formaction>', async () => {
      const p = await prepare(
        '<form action="http://evil.invalid/steal" method="post"><label>Name <input name="n" type="text"/></label>' +
          '<button formaction="http://evil.invalid/b">Send</button><input type="submit" formaction="javascript:alert(1)"/></form>' +
          '<button formaction="http://evil.invalid/c" id="lonely">Alone</button>',
      );
      expect(p.doc.querySelector('form')).to.equal(null);
      expect(p.doc.querySelectorAll('input')).to.have.length(2);
      expect(p.doc.querySelector('[action], [formaction]')).to.equal(null);
      expect(q(p, '#lonely')?.textContent).to.equal('Alone');
      expect(hostileTraces(p.doc)).to.deep.equal([]);
    });

    it('rewrites CSS url() in a style attribute: outside → none, inside → blob:', async () => {
      const p = await prepare(
        '<p id="a" style="background: url(http://evil.invalid/a.png)">a</p><p id="b" style="background-image: url(\'../images/pic.png\')">b</p>' +
          '<p id="c" style="background: u\\72l(http://evil.invalid/c.png); cursor: url(file:///x.cur), auto">c</p>' +
          '<p id="d" style="background-image: image-set(&quot;http://evil.invalid/d.png&quot; 1x)">d</p>',
      );
      expect(q(p, '#a')?.getAttribute('style')).to.equal('background: none');
      expect(q(p, '#b')?.getAttribute('style')).to.match(/^background-image: url\("blob:[^"]+"\)$/);
      expect(hostileTraces(p.doc)).to.deep.equal([]);
      expect(p.rewritten.blockedUrls).to.include.members(['http://evil.invalid/a.png', 'http://evil.invalid/c.png', 'file:///x.cur', 'http://evil.invalid/d.png']);
    });

    it('rewrites CSS in a <style> element, including @import url(http…), @import "https…" and escapes', async () => {
      const p = await prepare(
        '<p>x</p>',
        '<style>@import url(http://evil.invalid/i.css);\n@import "https://evil.invalid/j.css";\n@import/**/"http://evil.invalid/k.css";\n' +
          'p { background: url(http://evil.invalid/p.png) } q { background: url(../images/pic.png) }\n' +
          '@font-face { font-family: X; src: url(https://evil.invalid/x.woff2) format("woff2") }</style>',
      );
      const css = p.doc.querySelector('style')!.textContent!;
      expect(css).to.not.include('@import url(http');
      expect(css).to.include('removed an @import');
      expect(css).to.match(/q \{ background: url\("blob:[^"]+"\) \}/);
      expect(hostileTraces(p.doc)).to.deep.equal([]);
    });

    it('keeps <style><![CDATA[…]]></style> (CDATA is text in XHTML) and still rewrites it', async () => {
      const p = await prepare('<p>x</p>', '<style type="text/css"><![CDATA[ p > a { color: red; background: url(http://evil.invalid/x.png) } ]]></style>');
      const css = p.doc.querySelector('style')!.textContent!;
      expect(css).to.include('p > a { color: red; background: none }');
    });

    it('keeps a linked book style sheet, served rewritten: its @import of another book sheet is kept as blob:, outside ones go', async () => {
      const p = await prepare('<p>x</p>', '<link rel="stylesheet" type="text/css" href="../css/book.css"/>');
      const links = [...p.doc.querySelectorAll('link')];
      expect(links).to.have.length(1);
      const sheetUrl = links[0]!.getAttribute('href')!;
      expect(sheetUrl).to.match(/^blob:/);
      const sheet = await fetchText(sheetUrl);
      expect(sheet).to.not.match(/evil\.invalid|file:/);
      const imported = /@import url\("(blob:[^"]+)"\)/.exec(sheet);
      expect(imported, sheet).to.not.equal(null);
      expect(sheet).to.match(/p \{ background: url\("blob:[^"]+"\) \}/);
      expect(sheet).to.include('q { background: none }');
      const base = await fetchText(imported![1]!);
      expect(base).to.match(/^body \{ background-image: url\("blob:[^"]+"\) \}/);
      expect(base).to.include('h1 { background: none }');
    });

    it('removes <link> to outside sheets and preloads, and reports them; links that load nothing are not reported', async () => {
      const p = await prepare(
        '<p>x</p>',
        '<link rel="stylesheet" href="https://evil.invalid/s.css"/><link rel="preload" href="http://evil.invalid/p.png" as="image"/>' +
          '<link rel="icon" href="http://evil.invalid/favicon.ico"/><link rel="stylesheet" href="data:text/css,p{}"/>' +
          '<link rel="canonical" href="https://book-test.attune.invalid/OEBPS/text/chapter1.xhtml"/>',
      );
      expect(p.doc.querySelectorAll('link')).to.have.length(0);
      // (The data: sheet lost its href to the sanitizer already: data: documents are never kept.)
      expect(p.rewritten.blockedUrls).to.have.members(['https://evil.invalid/s.css', 'http://evil.invalid/p.png', 'http://evil.invalid/favicon.ico']);
    });

    it('rewrites every srcset candidate: in-book ones to blob:, outside ones removed', async () => {
      const p = await prepare(
        '<img id="a" srcset="http://evil.invalid/a.png 1x, http://evil.invalid/b.png 2x" alt=""/>' +
          '<img id="b" src="../images/pic.png" srcset="../images/pic.png 1x, http://evil.invalid/b.png 2x, ../images/pic@2x.png 3x" alt=""/>' +
          '<picture><source id="c" srcset="../images/pic@2x.png 600w" media="(min-width: 1px)"/><img src="../images/pic.png" alt=""/></picture>',
      );
      expect(q(p, '#a')?.hasAttribute('srcset')).to.equal(false);
      const b = q(p, '#b')!.getAttribute('srcset')!.split(', ');
      expect(b).to.have.length(2);
      expect(b[0]).to.match(/^blob:\S+ 1x$/);
      expect(b[1]).to.match(/^blob:\S+ 3x$/);
      expect(q(p, '#c')?.getAttribute('srcset')).to.match(/^blob:\S+ 600w$/);
      expect(hostileTraces(p.doc)).to.deep.equal([]);
    });

    it('removes outside media: <video poster/src>, <audio><source src>, <track src>, <input type=image src>, background=', async () => {
      const p = await prepare(
        '<video id="v" poster="http://evil.invalid/poster.jpg" src="https://evil.invalid/v.mp4" controls="controls"><track src="http://evil.invalid/t.vtt" kind="captions"/></video>' +
          '<audio controls="controls"><source src="http://evil.invalid/a.mp3" type="audio/mpeg"/></audio>' +
          '<input type="image" src="http://evil.invalid/i.png" alt="go"/><table background="http://evil.invalid/t.png"><tr><td background="file:///td.png">x</td></tr></table>',
      );
      expect(q(p, '#v')?.hasAttribute('poster')).to.equal(false);
      expect(q(p, '#v')?.hasAttribute('src')).to.equal(false);
      expect(q(p, '#v')?.getAttribute('data-attune-blocked')).to.equal('https://evil.invalid/v.mp4');
      expect(q(p, 'source')?.hasAttribute('src')).to.equal(false);
      expect(hostileTraces(p.doc)).to.deep.equal([]);
      // (file: never reaches rewriteResources: the sanitizer drops it as a URL no book may use.)
      expect(p.rewritten.blockedUrls).to.have.members([
        'http://evil.invalid/poster.jpg', 'https://evil.invalid/v.mp4', 'http://evil.invalid/t.vtt', 'http://evil.invalid/a.mp3',
        'http://evil.invalid/i.png', 'http://evil.invalid/t.png',
      ]);
    });

    it('SVG: removes <use href="http…">, <image href="file…">, <feImage> and url() in presentation attributes and <style>', async () => {
      const p = await prepare(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient>' +
          '<circle id="dot" r="1"/><filter id="f"><feImage href="http://evil.invalid/fe.png"/></filter></defs>' +
          '<style>@import "http://evil.invalid/svg.css"; circle { fill: url(http://evil.invalid/p.svg#p) }</style>' +
          '<use id="u1" href="http://evil.invalid/x.svg#a"/><use id="u2" xlink:href="//evil.invalid/y.svg#b"/><use id="u3" href="#dot"/>' +
          '<use id="u4" xlink:href="../images/shapes.svg#c"/>' +
          '<image id="i1" href="file:///etc/passwd" width="1" height="1"/><image id="i2" xlink:href="../images/pic.png" width="1" height="1"/>' +
          '<rect id="r1" width="5" height="5" fill="url(http://evil.invalid/p.svg#p)" filter="url(http://evil.invalid/f.svg#f)" ' +
          'mask="u\\72l(http://evil.invalid/m.svg#m)" clip-path="url(&quot;file:///c.svg#c&quot;)" marker-start="url(//evil.invalid/m#m)"/>' +
          '<rect id="r2" width="5" height="5" fill="url(#g)" style="stroke: url(http://evil.invalid/s.svg#s)"/></svg>',
      );
      const byId = (id: string) => p.doc.getElementById(id)!;
      expect(byId('u1').hasAttribute('href')).to.equal(false);
      expect(byId('u2').hasAttributeNS(XLINK_NS, 'href')).to.equal(false);
      expect(byId('u3').getAttribute('href')).to.equal('#dot');
      expect(byId('u4').getAttributeNS(XLINK_NS, 'href')).to.match(/^blob:\S+#c$/);
      expect(byId('i1').hasAttribute('href')).to.equal(false);
      expect(byId('i2').getAttributeNS(XLINK_NS, 'href')).to.match(/^blob:/);
      expect(byId('r1').getAttribute('fill')).to.equal('none');
      expect(byId('r2').getAttribute('fill')).to.equal('url(#g)');
      expect(byId('r2').getAttribute('style')).to.equal('stroke: none');
      expect(p.rewritten.blockedUrls.filter((u) => u === 'http://evil.invalid/s.svg#s'), 'reported once').to.have.length(1);
      expect(hostileTraces(p.doc)).to.deep.equal([]);
    });

    it('expands entities from the DOCTYPE before deciding (an entity cannot hide a URL)', async () => {
      const p = await prepareMarkup(
        '<!DOCTYPE html [<!ENTITY out "http://evil.invalid/e.png"><!ENTITY js "javascript:alert(1)">]>' +
          `<html ${NAMESPACES}><head><title>t</title></head><body><img src="&out;" alt=""/><a href="&js;">x</a><p style="background: url(&out;)">p</p></body></html>`,
      );
      expect(hostileTraces(p.doc)).to.deep.equal([]);
      expect(p.rewritten.blockedUrls).to.include('http://evil.invalid/e.png');
    });

    it('drops <?xml-stylesheet?> (XSLT) and other processing instructions, in the prolog and inside', async () => {
      const p = await prepareMarkup(
        '<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="http://evil.invalid/x.xsl"?><!-- a comment -->' +
          `<html ${NAMESPACES}><head><title>t</title><?xml-stylesheet href="http://evil.invalid/y.css"?></head><body><p>x<?php echo 1 ?></p></body></html>`,
      );
      const instructions = p.doc.createTreeWalker(p.doc, NodeFilter.SHOW_PROCESSING_INSTRUCTION);
      // (Compared by name: chai's printing of a processing instruction node hangs the test page.)
      expect(instructions.nextNode()?.nodeName ?? 'none').to.equal('none');
      expect([...p.doc.childNodes].map((n) => n.nodeName)).to.deep.equal(['html']);
      expect(new XMLSerializer().serializeToString(p.doc)).to.not.include('evil.invalid');
    });

    it('removes empty and blank load URLs (they would name the document itself)', async () => {
      const p = await prepare('<img id="i" src=" " alt=""/><svg xmlns="http://www.w3.org/2000/svg"><image id="s" href="  " width="1" height="1"/></svg><a id="a" href="">self</a>');
      expect(q(p, '#i')?.hasAttribute('src')).to.equal(false);
      expect(p.doc.getElementById('s')?.hasAttribute('href')).to.equal(false);
      expect(q(p, '#a')?.getAttribute('href')).to.equal('');
    });

    it('removes blob: URLs written in the book (blob: URLs are only ever ours)', async () => {
      const p = await prepare('<img src="blob:http://evil.invalid/0b1c" alt=""/><p style="background: url(blob:http://evil.invalid/1)">x</p>');
      expect(q(p, 'img')?.hasAttribute('src')).to.equal(false);
      expect(q(p, 'p')?.getAttribute('style')).to.equal('background: none');
    });

    it('rewrites relative images to the book’s blob: URLs and reports missing ones', async () => {
      const p = await prepare(
        '<img id="ok" src="../images/pic.png" alt="a picture"/><img id="abs" src="/OEBPS/images/pic.png" alt=""/>' +
          '<img id="gone" src="../images/missing.png" alt="lost"/><img id="out" src="../../../../etc/passwd" alt=""/>',
      );
      const ok = q(p, '#ok')!.getAttribute('src')!;
      expect(ok).to.match(/^blob:/);
      expect((await (await fetch(ok)).arrayBuffer()).byteLength).to.equal(PNG.byteLength);
      expect(q(p, '#abs')?.getAttribute('src')).to.match(/^blob:/);
      expect(q(p, '#gone')?.hasAttribute('src')).to.equal(false);
      expect(q(p, '#gone')?.getAttribute('data-attune-missing')).to.equal('../images/missing.png');
      expect(p.rewritten.missing).to.include.members(['../images/missing.png', '../../../../etc/passwd']);
    });

    it('keeps links: in-book links as written, outside links as links that are never loaded', async () => {
      const p = await prepare(
        '<a id="in" href="chapter2.xhtml#x">next</a><a id="frag" href="#top">top</a><a id="out" href="https://example.org/more?x=1">more</a>' +
          '<a id="mail" href="mailto:teacher@example.org">mail</a><a id="ping" href="https://example.org/" ping="http://evil.invalid/ping" target="_top">p</a>',
      );
      expect(q(p, '#in')?.getAttribute('href')).to.equal('chapter2.xhtml#x');
      expect(q(p, '#frag')?.getAttribute('href')).to.equal('#top');
      expect(q(p, '#out')?.getAttribute('href')).to.equal('https://example.org/more?x=1');
      expect(q(p, '#mail')?.getAttribute('href')).to.equal('mailto:teacher@example.org');
      expect(attrs(q(p, '#ping'))).to.deep.equal({ id: 'ping', href: 'https://example.org/' });
      expect(p.rewritten.blockedUrls).to.deep.equal([]);
    });

    it('stops <img name> from shadowing document properties (document.body) for code outside the frame', async () => {
      const p = await prepare('<img name="body" src="../images/pic.png" alt=""/><img name="getElementById" alt=""/><a name="p12">anchor</a>');
      expect([...p.doc.querySelectorAll('img')].map((i) => i.hasAttribute('name'))).to.deep.equal([false, false]);
      // <a name> is an EPUB 2 link target and shadows nothing: kept.
      expect(q(p, 'a')?.getAttribute('name')).to.equal('p12');
    });
  });

  describe('what reading needs is kept', () => {
    it('keeps lang, xml:lang, dir, epub:type, role, aria-*, ssml:ph, ssml:alphabet and ids', async () => {
      const p = await prepare(
        '<section id="title" epub:type="chapter" role="doc-chapter" aria-labelledby="h"><h1 id="h" xml:lang="fr" lang="fr" dir="ltr">Titre</h1>' +
          '<p id="dir" dir="rtl" lang="ar" xml:lang="ar">نص</p><p epub:type="prism:issue z3998:poem">v</p>' +
          '<span id="s" ssml:ph="təˈmeɪtoʊ" ssml:alphabet="ipa" aria-describedby="h" aria-hidden="false">tomato</span>' +
          '<span id="s2" xmlns:s="http://www.w3.org/2001/10/synthesis" s:ph="ni:" s:alphabet="x-sampa">knee</span>' +
          '<aside epub:type="footnote" role="doc-footnote" id="images">note</aside></section>',
      );
      const section = q(p, 'section')!;
      expect(section.getAttribute('id')).to.equal('title');
      expect(section.getAttributeNS(EPUB_NS, 'type')).to.equal('chapter');
      expect(section.getAttribute('role')).to.equal('doc-chapter');
      expect(section.getAttribute('aria-labelledby')).to.equal('h');
      const h1 = q(p, 'h1')!;
      expect([h1.getAttribute('lang'), h1.getAttributeNS(XML_NS, 'lang'), h1.getAttribute('dir')]).to.deep.equal(['fr', 'fr', 'ltr']);
      expect(q(p, '#dir')?.getAttribute('dir')).to.equal('rtl');
      expect(p.body.querySelectorAll('p')[1]!.getAttributeNS(EPUB_NS, 'type')).to.equal('prism:issue z3998:poem');
      const s = q(p, '#s')!;
      expect([s.getAttributeNS(SSML_NS, 'ph'), s.getAttributeNS(SSML_NS, 'alphabet')]).to.deep.equal(['təˈmeɪtoʊ', 'ipa']);
      expect([s.getAttribute('aria-describedby'), s.getAttribute('aria-hidden')]).to.deep.equal(['h', 'false']);
      // Another prefix for the SSML namespace is the same attribute.
      const s2 = q(p, '#s2')!;
      expect([s2.getAttributeNS(SSML_NS, 'ph'), s2.getAttributeNS(SSML_NS, 'alphabet')]).to.deep.equal(['ni:', 'x-sampa']);
      expect(q(p, 'aside')?.getAttribute('id')).to.equal('images');
    });

    it('keeps MathML: math, mfrac, mi, mn, mo, msup, msqrt, mtable, alttext (even with a colon), display', async () => {
      const mathml =
        '<math xmlns="http://www.w3.org/1998/Math/MathML" display="block" alttext="f: x ↦ (a+b)/c squared">' +
        '<mrow><mi>f</mi><mo>:</mo><mi mathvariant="bold">x</mi><mo>↦</mo><mfrac linethickness="1px"><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow>' +
        '<msup><mi>c</mi><mn>2</mn></msup></mfrac><msqrt><mn>2</mn></msqrt><mspace width="1em"/><mtext>text</mtext></mrow>' +
        '<mtable><mtr><mtd><mn>1</mn></mtd></mtr></mtable><munderover><mo>∑</mo><mn>0</mn><mi>n</mi></munderover></math>';
      const p = await prepare(`<p>${mathml}</p>`);
      const math = p.doc.getElementsByTagNameNS(MATHML_NS, 'math')[0]!;
      expect(math.getAttribute('alttext')).to.equal('f: x ↦ (a+b)/c squared');
      expect(math.getAttribute('display')).to.equal('block');
      const names = new Set([...math.getElementsByTagName('*')].map((e) => e.localName));
      for (const name of ['mrow', 'mi', 'mo', 'mfrac', 'msup', 'mn', 'msqrt', 'mspace', 'mtext', 'mtable', 'mtr', 'mtd', 'munderover']) {
        expect(names.has(name), name).to.equal(true);
      }
      expect(p.sanitized.removedElements).to.deep.equal({});
      const original = new DOMParser().parseFromString(mathml, 'application/xml').documentElement;
      expect(math.textContent).to.equal(original.textContent);
    });

    it('keeps <semantics> with its annotation (hidden when shown), <mmultiscripts> with <none/> and <mprescripts/>; drops annotation-xml', async () => {
      const p = await prepare(
        '<math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><msup><mi>x</mi><mn>2</mn></msup></mrow>' +
          '<annotation encoding="application/x-tex">x^2</annotation>' +
          '<annotation-xml encoding="application/xhtml+xml"><p xmlns="http://www.w3.org/1999/xhtml">html <script>alert(1)</script></p></annotation-xml></semantics>' +
          '<mmultiscripts><mi>R</mi><mi>i</mi><none/><mprescripts/><mi>a</mi><none/></mmultiscripts></math>',
      );
      const math = p.doc.getElementsByTagNameNS(MATHML_NS, 'math')[0]!;
      expect(math.getElementsByTagNameNS(MATHML_NS, 'semantics')).to.have.length(1);
      expect(math.getElementsByTagNameNS(MATHML_NS, 'annotation')[0]?.textContent).to.equal('x^2');
      expect(math.getElementsByTagNameNS(MATHML_NS, 'annotation-xml')).to.have.length(0);
      expect(math.getElementsByTagNameNS(MATHML_NS, 'none')).to.have.length(2);
      expect(math.getElementsByTagNameNS(MATHML_NS, 'mprescripts')).to.have.length(1);
      expect(activeElements(p.doc)).to.deep.equal([]);
      // Shown, only the first child of <semantics> is visible: the TeX source is not stray text on the page.
      const { frame } = await render(p.doc);
      const shown = frame.contentDocument!;
      expect(shown.getElementsByTagNameNS(MATHML_NS, 'annotation')[0]!.getClientRects()).to.have.length(0);
      expect(shown.getElementsByTagNameNS(MATHML_NS, 'msup')[0]!.getClientRects().length).to.be.greaterThan(0);
    });

    it('keeps prefixed MathML (<m:math>), as some publishers write it', async () => {
      const p = await prepare('<p><m:math xmlns:m="http://www.w3.org/1998/Math/MathML"><m:mrow><m:mn>2</m:mn><m:mi>x</m:mi></m:mrow></m:math></p>');
      const math = p.doc.getElementsByTagNameNS(MATHML_NS, 'math')[0];
      expect(math, new XMLSerializer().serializeToString(p.body)).to.not.equal(undefined);
      expect(math!.getElementsByTagNameNS(MATHML_NS, 'mi')[0]?.textContent).to.equal('x');
    });

    it('keeps SVG as drawn: viewBox, preserveAspectRatio, gradients, clip paths, text on a path, <use> of a shape', async () => {
      const p = await prepare(
        '<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 442 616" preserveAspectRatio="xMidYMid meet">' +
          '<defs><linearGradient id="g" gradientUnits="userSpaceOnUse" x1="0" x2="1"><stop offset="0" stop-color="red"/></linearGradient>' +
          '<radialGradient id="rg"><stop offset="1"/></radialGradient><clipPath id="c" clipPathUnits="userSpaceOnUse"><rect width="10" height="10"/></clipPath>' +
          '<path id="p" d="M0 0 L100 0"/><filter id="f"><feGaussianBlur stdDeviation="2"/></filter></defs>' +
          '<use xlink:href="#p"/><text><textPath xlink:href="#p" startOffset="10">along the path</textPath></text>' +
          '<rect width="5" height="5" fill="url(#g)" clip-path="url(#c)" filter="url(#f)"/></svg>',
      );
      const svg = p.doc.getElementsByTagNameNS(SVG_NS, 'svg')[0]!;
      expect(svg.getAttribute('viewBox')).to.equal('0 0 442 616');
      expect(svg.getAttribute('preserveAspectRatio')).to.equal('xMidYMid meet');
      for (const name of ['linearGradient', 'radialGradient', 'clipPath', 'textPath', 'use', 'filter', 'feGaussianBlur']) {
        expect(svg.getElementsByTagNameNS(SVG_NS, name), name).to.have.length(1);
      }
      expect(svg.getElementsByTagNameNS(SVG_NS, 'linearGradient')[0]!.getAttribute('gradientUnits')).to.equal('userSpaceOnUse');
      expect(svg.getElementsByTagNameNS(SVG_NS, 'feGaussianBlur')[0]!.getAttribute('stdDeviation')).to.equal('2');
      expect(svg.getElementsByTagNameNS(SVG_NS, 'textPath')[0]!.getAttribute('startOffset')).to.equal('10');
      expect(p.sanitized.removedElements).to.deep.equal({});
      expect(p.sanitized.removedAttributes).to.not.have.any.keys('svg@viewBox', 'svg@preserveAspectRatio');
    });

    it('keeps XHTML inside SVG <foreignObject>, sanitized like the rest', async () => {
      const p = await prepare(
        '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject width="100" height="50"><p xmlns="http://www.w3.org/1999/xhtml">Caption ' +
          '<img src="../images/pic.png" alt="" onerror="alert(1)"/><script>alert(2)</script></p></foreignObject></svg>',
      );
      const fo = p.doc.getElementsByTagNameNS(SVG_NS, 'foreignObject')[0]!;
      expect(fo.textContent).to.equal('Caption ');
      expect(fo.querySelector('img')?.getAttribute('src')).to.match(/^blob:/);
      expect(activeElements(p.doc)).to.deep.equal([]);
      expect(hostileTraces(p.doc)).to.deep.equal([]);
    });
  });

  describe('the head', () => {
    it('puts the CSP meta first in <head>, then dns-prefetch off and the <base>; sets lang and a title', async () => {
      const p = await prepareMarkup(`<html xmlns="${XHTML_NS}" xml:lang="de"><head><link rel="stylesheet" href="../css/base.css"/></head><body><p>x</p></body></html>`);
      const head = p.doc.getElementsByTagNameNS(XHTML_NS, 'head')[0]!;
      const first = head.firstChild as Element;
      expect(first.localName).to.equal('meta');
      expect(first.getAttribute('http-equiv')).to.equal('Content-Security-Policy');
      expect(first.getAttribute('content')).to.equal(SECTION_CSP);
      expect(SECTION_CSP).to.include("default-src 'none'").and.include("script-src 'none'");
      expect(head.children[1]!.getAttribute('http-equiv')).to.equal('x-dns-prefetch-control');
      expect(head.children[2]!.localName).to.equal('base');
      expect(p.doc.documentElement.getAttribute('lang')).to.equal('de');
      expect(head.querySelector('title')?.textContent).to.equal('Chapter 1');
    });

    it('creates a <head> when the section has none', async () => {
      const p = await prepareMarkup(`<html xmlns="${XHTML_NS}"><body><p>x</p></body></html>`);
      const head = p.doc.documentElement.firstElementChild!;
      expect(head.localName).to.equal('head');
      expect(head.firstElementChild?.getAttribute('http-equiv')).to.equal('Content-Security-Policy');
    });

    it('an SVG section (root <svg>) is sanitized and gets its CSP in a <head> that is the root’s child', async () => {
      const p = await prepareMarkup(
        `<svg xmlns="${SVG_NS}" xmlns:xlink="${XLINK_NS}" viewBox="0 0 10 10" onload="alert(1)"><script>alert(2)</script>` +
          '<foreignObject><head xmlns="http://www.w3.org/1999/xhtml"/></foreignObject><image href="http://evil.invalid/i.png" width="1" height="1"/><circle r="3"/></svg>',
      );
      const root = p.doc.documentElement;
      expect(root.localName).to.equal('svg');
      expect(root.hasAttribute('onload')).to.equal(false);
      expect(activeElements(p.doc)).to.deep.equal([]);
      expect(hostileTraces(p.doc)).to.deep.equal([]);
      const head = root.firstElementChild!;
      expect([head.namespaceURI, head.localName]).to.deep.equal([XHTML_NS, 'head']);
      expect(head.firstElementChild?.getAttribute('http-equiv')).to.equal('Content-Security-Policy');
    });

    it('a section whose root is not XHTML or SVG is replaced by a notice (nothing of it survives)', async () => {
      const p = await prepareMarkup(
        '<html><head><title>no namespace</title></head><body><p>hello</p>' +
          `<svg xmlns="${SVG_NS}"><image href="http://evil.invalid/i.png"/><script>alert(1)</script></svg></body></html>`,
      );
      expect(p.sanitized.failure).to.be.a('string');
      expect(p.doc.documentElement.localName).to.equal('html');
      expect(p.doc.querySelector('[data-attune-error="section-unsafe"]')).to.not.equal(null);
      expect(p.doc.documentElement.textContent).to.not.include('hello');
      expect(activeElements(p.doc)).to.deep.equal([]);
      expect(hostileTraces(p.doc)).to.deep.equal([]);
      const head = p.doc.getElementsByTagNameNS(XHTML_NS, 'head')[0]!;
      expect(head.firstElementChild?.getAttribute('content')).to.equal(SECTION_CSP);
    });
  });

  describe('rendered in a frame like the reader’s', () => {
    // Every hostile case above in one section.
    const ALL_HOSTILE =
      '<p id="t">No script has been executed.</p><script>document.getElementById("t").textContent="ran"</script>' +
      '<img src="http://evil.invalid/i.png" srcset="http://evil.invalid/s.png 2x" alt="" onerror="document.title=1"/>' +
      '<img src="../images/pic.png" alt="in the book"/><img src="../images/missing.png" alt="missing"/>' +
      '<p style="background: url(http://evil.invalid/style.png)">s</p><p style="background: u\\72l(http://evil.invalid/esc.png)">e</p>' +
      '<p style="background-image: image-set(&quot;http://evil.invalid/set.png&quot; 1x)">i</p>' +
      '<video poster="http://evil.invalid/poster.png" src="http://evil.invalid/v.mp4"><track src="http://evil.invalid/t.vtt"/></video>' +
      '<audio autoplay="autoplay"><source src="http://evil.invalid/a.mp3"/></audio>' +
      '<iframe srcdoc="&lt;p&gt;x&lt;/p&gt;"></iframe><iframe src="file:///var/log/lastlog"></iframe>' +
      '<object data="http://evil.invalid/o.swf">object fallback</object><embed src="http://evil.invalid/e.swf"/>' +
      '<form action="http://evil.invalid/f"><input name="q"/><button formaction="http://evil.invalid/b">go</button></form>' +
      '<a href="javascript:alert(1)">js</a><a href="https://example.org/">out</a><a href="chapter2.xhtml#x">in</a>' +
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script><use href="http://evil.invalid/u.svg#a"/>' +
      '<image href="file:///etc/passwd" width="1" height="1"/><image xlink:href="http://evil.invalid/x.png" width="1" height="1"/>' +
      '<rect width="5" height="5" fill="url(http://evil.invalid/fill.svg#p)" filter="url(http://evil.invalid/filter.svg#f)" mask="url(http://evil.invalid/mask.svg#m)"/>' +
      '<filter id="f"><feImage href="http://evil.invalid/fe.png"/></filter><style>rect { stroke: url(http://evil.invalid/stroke.svg#s) }</style></svg>' +
      '<math xmlns="http://www.w3.org/1998/Math/MathML" href="javascript:alert(1)"><mglyph src="http://evil.invalid/g.png" alt="g"/><mi>x</mi></math>' +
      '<canvas><p>canvas fallback</p></canvas><noscript><p>noscript fallback</p></noscript>';
    const ALL_HOSTILE_HEAD =
      '<meta http-equiv="refresh" content="0;url=http://evil.invalid/"/><base href="http://evil.invalid/"/>' +
      '<link rel="stylesheet" href="http://evil.invalid/l.css"/><link rel="preload" href="http://evil.invalid/p.png" as="image"/>' +
      '<link rel="stylesheet" href="../css/book.css"/>' +
      '<style>@import url(http://evil.invalid/i.css); @import "https://evil.invalid/j.css"; body { background: url(http://evil.invalid/b.png) } ' +
      '@font-face { font-family: E; src: url(http://evil.invalid/e.woff2) } p { font-family: E }</style>';

    it('the sanitized section runs nothing and attempts no fetch outside the book (the CSP has nothing to stop)', async () => {
      const p = await prepare(ALL_HOSTILE, ALL_HOSTILE_HEAD);
      expect(hostileTraces(p.doc)).to.deep.equal([]);
      const r = await render(p.doc);
      const shown = r.frame.contentDocument!;
      expect(shown.contentType).to.equal('application/xhtml+xml');
      expect(shown.getElementById('t')?.textContent).to.equal('No script has been executed.');
      expect(shown.title).to.equal('Chapter');
      expect(activeElements(shown)).to.deep.equal([]);
      expect(outsideFetches(r.fetched()), 'fetches attempted outside the book').to.deep.equal([]);
      expect(r.violations).to.deep.equal([]);
      // The book's own files did load (from blob:, which Resource Timing does not list): the picture and the style sheets.
      expect((shown.querySelector('img[alt="in the book"]') as HTMLImageElement).naturalWidth).to.equal(1);
      expect(getComputedStyle(shown.getElementById('t')!).backgroundImage).to.match(/^url\("blob:/);
      expect(shown.body.textContent).to.include('canvas fallback').and.include('noscript fallback').and.include('object fallback');
    });

    it('control: unsanitized and without a CSP, the same section does reach outside (so the check above can fail)', async () => {
      const doc = new DOMParser().parseFromString(
        `<html ${NAMESPACES}><head><title>t</title>${ALL_HOSTILE_HEAD}</head><body>${ALL_HOSTILE}<img id="real" src="${REACHABLE_IMAGE}" alt=""/></body></html>`,
        'application/xhtml+xml',
      );
      const r = await render(doc);
      const outside = outsideFetches(r.fetched());
      for (const url of ['i.png', 'style.png', 'esc.png', 'set.png', 'poster.png', 'l.css', 'x.png']) {
        expect(outside.some((u) => u === `http://evil.invalid/${url}`), url).to.equal(true);
      }
      expect((r.frame.contentDocument!.getElementById('real') as HTMLImageElement).naturalWidth).to.be.greaterThan(0);
      // The sandbox alone stops the script.
      expect(r.frame.contentDocument!.getElementById('t')?.textContent).to.equal('No script has been executed.');
    });

    it('control: with only the CSP meta, loads during parsing and after are blocked', async () => {
      const doc = new DOMParser().parseFromString(
        `<html ${NAMESPACES}><head><title>t</title></head><body><img id="real" src="${REACHABLE_IMAGE}" alt=""/></body></html>`,
        'application/xhtml+xml',
      );
      await rewriteResources(doc, SECTION_PATH, BASE_URL + SECTION_PATH, new BookResources(source, pkg), { language: 'en', title: 't' });
      // rewriteResources took the image out; put it back, as a sanitizer bug would leave it.
      const img = doc.getElementById('real')!;
      img.setAttribute('src', REACHABLE_IMAGE);
      const r = await render(doc);
      const shown = r.frame.contentDocument!;
      expect((shown.getElementById('real') as HTMLImageElement).naturalWidth, 'blocked while parsing').to.equal(0);
      const late = shown.createElementNS(XHTML_NS, 'img') as HTMLImageElement;
      late.src = `${REACHABLE_IMAGE}?late`;
      shown.body.append(late);
      await settle(r.frame.contentWindow!);
      expect(r.violations).to.deep.equal([`img-src ${REACHABLE_IMAGE}?late`]);
      expect(late.naturalWidth).to.equal(0);
    });

    it('control: the CSP meta is in force in an SVG section too', async () => {
      const p = await prepareMarkup(`<svg xmlns="${SVG_NS}" width="10" height="10"><circle r="3"/></svg>`);
      const r = await render(p.doc);
      const shown = r.frame.contentDocument!;
      expect(shown.documentElement.localName).to.equal('svg');
      const image = shown.createElementNS(SVG_NS, 'image');
      image.setAttribute('href', `${REACHABLE_IMAGE}?svg`);
      shown.documentElement.append(image);
      await settle(r.frame.contentWindow!);
      expect(r.violations).to.deep.equal([`img-src ${REACHABLE_IMAGE}?svg`]);
    });
  });
});

// ------------------------------------------------------ real books, end to end

interface Shown {
  book: AttuneBook;
  doc: Document;
  violations: string[];
  fetched: () => string[];
  close: () => void;
}

/** Opens a corpus book and renders one section the way the reader does (epubjs, blobUrl, sandboxed frame). */
async function showCorpusSection(name: string, pathEnd?: string): Promise<Shown> {
  const book = await openBook(corpusUrl(name));
  const host = document.createElement('div');
  host.style.cssText = 'width:600px;height:400px';
  document.body.append(host);
  const rendition = book.epub.renderTo(host, { width: 600, height: 400, method: 'blobUrl' } as never);
  const target = pathEnd ? book.sections.find((s) => s.path.endsWith(pathEnd))?.href : undefined;
  if (pathEnd) expect(target, `${name} has a section ending in ${pathEnd}`).to.be.a('string');
  await rendition.display(target);
  const frame = host.querySelector('iframe')!;
  expect(frame.getAttribute('sandbox')).to.equal('allow-same-origin');
  const { violations, fetched } = watch(frame);
  // Time for load events (the book's scripts would run then) and anything loaded late.
  await new Promise((r) => setTimeout(r, 300));
  await settle(frame.contentWindow!);
  return {
    book,
    doc: frame.contentDocument!,
    violations,
    fetched,
    close: () => {
      book.destroy();
      host.remove();
    },
  };
}

/** Attribute values in the rendered frame that name a file: URL. */
function fileUrlsIn(doc: Document): string[] {
  return [...doc.getElementsByTagName('*')].flatMap((el) =>
    [...el.attributes].filter((a) => a.name !== 'data-attune-blocked' && /file:/i.test(a.value)).map((a) => `<${el.localName} ${a.name}="${a.value}">`),
  );
}

describe('corpus books, rendered by epubjs', function () {
  this.timeout(20_000);

  it('w3c-sec-untrusted-consent-scripting: no script runs, the fallback text stays', async () => {
    const shown = await showCorpusSection('w3c-sec-untrusted-consent-scripting.epub');
    try {
      const { doc } = shown;
      expect(doc.getElementById('scripting_support')?.textContent).to.equal('No script has been executed.');
      expect(doc.querySelectorAll('script, iframe')).to.have.length(0);
      expect(shown.violations, 'loads the CSP had to stop').to.deep.equal([]);
      expect(outsideFetches(shown.fetched())).to.deep.equal([]);
      expect(shown.book.problems.map((p) => p.code)).to.include('script-removed');
      // epubjs's own <link rel="canonical"> is not a load from outside the book.
      expect(shown.book.problems.filter((p) => p.code === 'outside-load-removed')).to.deep.equal([]);
      const head = doc.head ?? doc.getElementsByTagNameNS(XHTML_NS, 'head')[0]!;
      expect(head.firstElementChild?.getAttribute('http-equiv')).to.equal('Content-Security-Policy');
    } finally {
      shown.close();
    }
  });

  it('w3c-pub-file-urls: no file: URL anywhere in the rendered DOM, nothing loaded', async () => {
    const shown = await showCorpusSection('w3c-pub-file-urls.epub');
    try {
      const { doc } = shown;
      expect(doc.querySelectorAll('iframe')).to.have.length(0);
      expect(fileUrlsIn(doc)).to.deep.equal([]);
      expect(shown.violations).to.deep.equal([]);
      expect(outsideFetches(shown.fetched())).to.deep.equal([]);
      // The book's text, which talks about the URLs, is still there.
      expect(doc.body.textContent).to.include('Test passes if none of the local resources are loaded');
    } finally {
      shown.close();
    }
  });

  it('trees-canvas-script: the canvas fallback is shown, no script runs', async () => {
    const shown = await showCorpusSection('trees-canvas-script.epub', 'c1.xhtml');
    try {
      const { doc } = shown;
      const fallback = doc.querySelector('[data-attune-fallback="canvas"]');
      expect(fallback?.textContent?.trim()).to.equal('Your Reading System does not support canvas.');
      expect(fallback!.getClientRects().length, 'the fallback is laid out').to.be.greaterThan(0);
      expect(doc.querySelectorAll('script, canvas')).to.have.length(0);
      expect(shown.violations).to.deep.equal([]);
      expect(outsideFetches(shown.fetched())).to.deep.equal([]);
    } finally {
      shown.close();
    }
  });

  it('epubtest-0102-scripting: canvas fallbacks are shown, spine scripts and body onload do nothing', async () => {
    const canvas = await showCorpusSection('epubtest-0102-scripting.epub', 'canvas-001.xhtml');
    try {
      const fallbacks = [...canvas.doc.querySelectorAll('[data-attune-fallback="canvas"]')];
      expect(fallbacks).to.have.length(2);
      for (const f of fallbacks) {
        expect(f.textContent?.trim()).to.not.equal('');
        expect(f.getClientRects().length).to.be.greaterThan(0);
      }
      expect(canvas.doc.querySelectorAll('script, canvas')).to.have.length(0);
      expect(canvas.violations).to.deep.equal([]);
    } finally {
      canvas.close();
    }
    const spine = await showCorpusSection('epubtest-0102-scripting.epub', 'scripting-006.xhtml');
    try {
      // The test page's own words: "FAIL" stays because its script (run from body onload) never ran.
      expect(spine.doc.getElementById('scr-010-result')?.textContent).to.equal('FAIL');
      expect(spine.doc.body.hasAttribute('onload')).to.equal(false);
      expect(spine.doc.querySelectorAll('script, iframe')).to.have.length(0);
      expect(spine.violations).to.deep.equal([]);
    } finally {
      spine.close();
    }
  });
});
