import { expect } from '@open-wc/testing';
import JSZip from 'jszip';
import { BookError, openBook, type AttuneBook } from '../src/index.js';
import { corpusBytes, corpusUrl, unpackedCorpusUrl } from './corpus.js';

const CONTAINER = `<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`;
const OPF = (spine: string) => `<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">x</dc:identifier><dc:title>T</dc:title><dc:language>en</dc:language></metadata><manifest><item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/></manifest><spine>${spine}</spine></package>`;

async function zip(files: Record<string, string | Uint8Array>): Promise<ArrayBuffer> {
  const z = new JSZip();
  z.file('mimetype', 'application/epub+zip', { compression: 'STORE' });
  for (const [path, content] of Object.entries(files)) z.file(path, content);
  return z.generateAsync({ type: 'arraybuffer', compression: 'DEFLATE' });
}

async function failure(promise: Promise<unknown>): Promise<BookError> {
  try {
    const book = (await promise) as AttuneBook;
    book.destroy();
  } catch (error) {
    expect(error).to.be.instanceOf(BookError);
    return error as BookError;
  }
  throw new Error('expected opening to fail');
}

describe('openBook: every failure is a BookError with a stable code and a clear sentence', function () {
  this.timeout(20_000);

  it('not-a-zip: a web page, a PDF, an empty file, a truncated zip', async () => {
    for (const bytes of [new TextEncoder().encode('<!doctype html><title>404</title>'), new TextEncoder().encode('%PDF-1.7'), new Uint8Array(0)]) {
      const error = await failure(openBook(bytes));
      expect(error.code).to.equal('not-a-zip');
    }
    expect((await failure(openBook(new TextEncoder().encode('<!doctype html>')))).message).to.contain('web page');
    expect((await failure(openBook(corpusUrl('broken-epubcheck-zip-truncated.epub')))).code).to.equal('not-a-zip');
  });

  it('container-missing and container-invalid', async () => {
    expect((await failure(openBook(await zip({ 'OEBPS/content.opf': OPF('<itemref idref="c1"/>') })))).code).to.equal('container-missing');
    expect((await failure(openBook(corpusUrl('broken-epubcheck-container-missing.epub')))).code).to.equal('container-missing');
    const bad = await failure(openBook(await zip({ 'META-INF/container.xml': '<container><rootfiles>' })));
    expect(bad.code).to.equal('container-invalid');
    expect(bad.where).to.equal('META-INF/container.xml');
  });

  it('package-missing: container.xml names a package document that is not there', async () => {
    const error = await failure(openBook(await zip({ 'META-INF/container.xml': CONTAINER })));
    expect(error.code).to.equal('package-missing');
    expect(error.message).to.contain('OEBPS/content.opf');
  });

  it('package-invalid: not well-formed, not a package, or an empty spine', async () => {
    const files = (opf: string) => zip({ 'META-INF/container.xml': CONTAINER, 'OEBPS/content.opf': opf, 'OEBPS/c1.xhtml': '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>' });
    expect((await failure(openBook(await files('<package><metadata>')))).code).to.equal('package-invalid');
    expect((await failure(openBook(await files('<html/>')))).code).to.equal('package-invalid');
    const empty = await failure(openBook(await files(OPF(''))));
    expect(empty.code).to.equal('package-invalid');
    expect(empty.message).to.contain('spine');
  });

  it('too-large: a zip bomb (an entry that inflates 1000×) and a total above the limit', async () => {
    const bomb = await zip({ 'META-INF/container.xml': CONTAINER, 'OEBPS/bomb.xhtml': new Uint8Array(20 * 1024 * 1024) });
    expect(bomb.byteLength).to.be.below(200 * 1024);
    const error = await failure(openBook(bomb));
    expect(error.code).to.equal('too-large');
    expect(error.message).to.contain('zip bomb');
    const total = await failure(openBook(await corpusBytes('moby-dick.epub'), { limits: { maxTotalUncompressedBytes: 1024 * 1024 } }));
    expect(total.code).to.equal('too-large');
  });

  it('not-found for a missing URL; timeout for a server that stalls; aborted when cancelled', async () => {
    expect((await failure(openBook(corpusUrl('no-such-book.epub')))).code).to.equal('not-found');
    const started = performance.now();
    const stalled = await failure(openBook('/__test__/hang', { timeoutMs: 800 }));
    expect(stalled.code).to.equal('timeout');
    expect(performance.now() - started).to.be.below(3000);
    const controller = new AbortController();
    const pending = openBook('/__test__/hang', { signal: controller.signal });
    controller.abort();
    expect((await failure(pending)).code).to.equal('aborted');
  });
});

describe('openBook: inputs', function () {
  this.timeout(20_000);

  it('opens an ArrayBuffer, a Blob/File, a URL and an unpacked folder (with or without the trailing slash)', async () => {
    const bytes = await corpusBytes('wasteland.epub');
    const inputs = [bytes, new File([bytes], 'wasteland.epub'), corpusUrl('wasteland.epub'), unpackedCorpusUrl('wasteland.epub'), unpackedCorpusUrl('wasteland.epub').replace(/\/$/, '')];
    for (const input of inputs) {
      const book = await openBook(input);
      expect(book.metadata.title).to.match(/Waste Land/);
      expect(book.sections.length).to.be.greaterThan(0);
      book.destroy();
    }
  });
});

describe('openBook: metadata, navigation and positions', function () {
  this.timeout(30_000);

  it('reads the nav document (TOC, hidden page list, landmarks) and an EPUB 2 NCX', async () => {
    const children = await openBook(corpusUrl('childrens-literature.epub'));
    expect(children.navigation.from).to.equal('nav');
    expect(children.navigation.toc.length).to.be.greaterThan(0);
    expect(children.navigation.pageList.length).to.be.greaterThan(10);
    expect(children.navigation.landmarks.length).to.be.greaterThan(0);
    expect(children.indexOfPath(children.navigation.pageList[0]!.href)).to.be.at.least(0);
    children.destroy();
    const leaves = await openBook(corpusUrl('pg-leaves-of-grass-epub2.epub'));
    expect(leaves.navigation.from).to.equal('ncx');
    expect(leaves.navigation.toc.length).to.be.greaterThan(10);
    expect(leaves.sections.length).to.equal(383);
    leaves.destroy();
  });

  it('reads accessibility metadata and page progression', async () => {
    const flatland = await openBook(corpusUrl('se-flatland.epub'));
    expect(flatland.metadata.accessibility.accessibilitySummary).to.be.a('string').and.not.be.empty;
    expect(flatland.metadata.accessibility.accessMode).to.include('textual');
    expect(flatland.metadata.language).to.equal('en-GB');
    flatland.destroy();
    const rtl = await openBook(corpusUrl('w3c-pkg-spine-progression-rtl.epub'));
    expect(rtl.metadata.dir).to.equal('rtl');
    rtl.destroy();
    const arabic = await openBook(corpusUrl('regime-anticancer-arabic-rtl.epub'));
    expect(arabic.metadata.dir).to.equal('rtl');
    arabic.destroy();
  });

  it('positions at first paint weight text, not markup: MathML does not inflate the estimate', async () => {
    const algebra = await openBook(corpusUrl('linear-algebra-mathml.epub'));
    const moby = await openBook(corpusUrl('moby-dick.epub'));
    try {
      const estimated = { algebra: algebra.positions.totalCharacters, moby: moby.positions.totalCharacters };
      // Raw byte sizes would make the algebra book ~30 times longer than its text.
      const rawBytes = algebra.sections.reduce((sum, s) => sum + (algebra.source.sizeHint(s.path)?.uncompressed ?? 0), 0);
      await algebra.measurePositions();
      await moby.measurePositions();
      const measured = { algebra: algebra.positions.totalCharacters, moby: moby.positions.totalCharacters };
      expect(rawBytes / measured.algebra, 'raw bytes overstate the text').to.be.greaterThan(10);
      expect(estimated.algebra / measured.algebra, 'estimate within 2× of the text').to.be.within(0.5, 2);
      expect(estimated.moby / measured.moby).to.be.within(0.7, 1.4);
      expect(algebra.positions.minutesLeft(0) / 60, 'hours to read').to.be.below(30);
      // Fractions are monotonic through the book.
      let last = -1;
      for (let i = 0; i < moby.sections.length; i++) {
        const f = moby.positions.fraction(i, 0.5);
        expect(f).to.be.greaterThan(last);
        last = f;
      }
      expect(moby.positions.locate(moby.positions.fraction(40, 0.25)).index).to.equal(40);
    } finally {
      algebra.destroy();
      moby.destroy();
    }
  });
});

describe('openBook: obfuscated fonts', function () {
  this.timeout(20_000);
  const head = (bytes: Uint8Array) => String.fromCharCode(...bytes.subarray(0, 4));

  it('restores a font obfuscated with the IDPF algorithm and the book identifier, and the browser loads it', async () => {
    // A real font from the corpus, obfuscated here exactly as OCF §4.4 says.
    const donor = await JSZip.loadAsync(await corpusBytes('epubtest-0130-rtl-vertical.epub'));
    const font = await donor.file('EPUB/fonts/OldStandard-Regular.woff')!.async('uint8array');
    const identifier = 'urn:attune:test-book';
    const key = new Uint8Array(await crypto.subtle.digest('SHA-1', new TextEncoder().encode(identifier)));
    const obfuscated = font.slice();
    for (let i = 0; i < 1040; i++) obfuscated[i]! ^= key[i % 20]!;
    const opf = OPF('<itemref idref="c1"/>')
      .replace('>x</dc:identifier>', `>${identifier}</dc:identifier>`)
      .replace('</manifest>', '<item id="f" href="f.woff" media-type="font/woff"/></manifest>');
    const encryption = `<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><EncryptedData xmlns="http://www.w3.org/2001/04/xmlenc#"><EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/><CipherData><CipherReference URI="OEBPS/f.woff"/></CipherData></EncryptedData></encryption>`;
    const book = await openBook(await zip({ 'META-INF/container.xml': CONTAINER, 'META-INF/encryption.xml': encryption, 'OEBPS/content.opf': opf, 'OEBPS/f.woff': obfuscated, 'OEBPS/c1.xhtml': '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body><p>x</p></body></html>' }));
    try {
      const restored = (await book.resourceBytes('OEBPS/f.woff'))!;
      expect(head(obfuscated)).to.not.equal('wOFF');
      expect(head(restored)).to.equal('wOFF');
      expect(restored).to.deep.equal(font);
      const face = new FontFace('restored', restored.buffer as ArrayBuffer);
      await face.load();
      expect(face.status).to.equal('loaded');
    } finally {
      book.destroy();
    }
  });

  it('falls back cleanly when the key does not match (epubtest-0130 ships fonts obfuscated for another identifier)', async () => {
    const book = await openBook(corpusUrl('epubtest-0130-rtl-vertical.epub'));
    try {
      for (const ext of ['woff', 'otf', 'ttf']) {
        expect(await book.resourceBytes(`EPUB/fonts/OldStandard-Regular.obf.${ext}`), ext).to.equal(null);
      }
      // Unobfuscated fonts in the same book are served as they are.
      expect(head((await book.resourceBytes('EPUB/fonts/OldStandard-Regular.woff'))!)).to.equal('wOFF');
    } finally {
      book.destroy();
    }
  });
});

describe('openBook: SVG documents in the spine', function () {
  this.timeout(20_000);

  it('an SVG spine item (epubtest-0100) becomes an XHTML page holding the SVG, sanitized', async () => {
    const book = await openBook(corpusUrl('epubtest-0100-reflowable-content.epub'));
    try {
      const index = book.sections.findIndex((s) => book.packageDocument.byPath.get(s.path)?.mediaType === 'image/svg+xml');
      expect(index).to.be.at.least(0);
      const doc = await book.sectionDocument(index);
      expect(doc.documentElement.localName).to.equal('html');
      const svg = doc.body.firstElementChild!;
      expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
      expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]'), 'CSP added').to.not.equal(null);
      expect(doc.querySelector('script')).to.equal(null);
    } finally {
      book.destroy();
    }
  });
});

describe('openBook: style sheets that import each other', function () {
  this.timeout(20_000);

  it('a sheet importing itself or round a loop still renders (the loop is cut)', async () => {
    const opf = OPF('<itemref idref="c1"/>').replace(
      '</manifest>',
      '<item id="a" href="a.css" media-type="text/css"/><item id="b" href="b.css" media-type="text/css"/><item id="s" href="self.css" media-type="text/css"/></manifest>',
    );
    const book = await openBook(
      await zip({
        'META-INF/container.xml': CONTAINER,
        'OEBPS/content.opf': opf,
        'OEBPS/a.css': '@import "b.css"; p { color: rgb(1, 2, 3); }',
        'OEBPS/b.css': '@import url(a.css); p { margin-left: 7px; }',
        'OEBPS/self.css': '@import "self.css"; p { font-style: italic; }',
        'OEBPS/c1.xhtml': '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title><link rel="stylesheet" href="a.css"/><link rel="stylesheet" href="self.css"/></head><body><p>loops</p></body></html>',
      }),
    );
    const host = document.createElement('div');
    host.style.cssText = 'width:600px;height:400px';
    document.body.append(host);
    try {
      const rendition = book.epub.renderTo(host, { width: '100%', height: '100%', method: 'blobUrl' } as never);
      await Promise.race([rendition.display(), new Promise((_, reject) => setTimeout(() => reject(new Error('display hung on the @import loop')), 5000))]);
      const doc = (host.querySelector('iframe') as HTMLIFrameElement).contentDocument!;
      await new Promise((r) => setTimeout(r, 200));
      const p = doc.querySelector('p')!;
      const style = doc.defaultView!.getComputedStyle(p);
      expect(style.color).to.equal('rgb(1, 2, 3)');
      expect(style.marginLeft).to.equal('7px');
      expect(style.fontStyle).to.equal('italic');
    } finally {
      host.remove();
      book.destroy();
    }
  });
});
