import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rewriteCssUrls, type CssUrlResolver } from '../src/css-urls.js';
import { tokenizeCss } from '../src/css-tokens.js';

/**
 * A resolver like the book's: relative paths are "in the book" (a fake blob:
 * URL, keeping the #fragment), anything with a scheme or `//` is outside
 * (null). It records what it was asked, so tests can see what was resolved.
 */
function bookResolver(missing: string[] = []) {
  const asked: { href: string; kind: 'import' | 'url' }[] = [];
  const resolve: CssUrlResolver = async (href, kind) => {
    asked.push({ href, kind });
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return null;
    const [file, fragment] = href.split('#', 2) as [string, string | undefined];
    if (missing.includes(file)) return null;
    return `blob:book/${file}${fragment ? `#${fragment}` : ''}`;
  };
  return { resolve, asked };
}

async function rewrite(css: string, missing: string[] = []) {
  const { resolve, asked } = bookResolver(missing);
  return { out: await rewriteCssUrls(css, resolve), asked };
}

/** True when the text still names a place outside the book. */
const outside = (css: string) => /https?:|file:|\/\/evil/i.test(css);

test('a url() inside the book becomes its blob: URL; one outside becomes none', async () => {
  const { out } = await rewrite('p { background: url(img/a.png) no-repeat; } q { background-image: url("http://evil.invalid/t.png") }');
  assert.equal(out, 'p { background: url("blob:book/img/a.png") no-repeat; } q { background-image: none }');
});

test('single-quoted, double-quoted and unquoted URLs, with spaces inside the parentheses', async () => {
  const { out } = await rewrite(`a { b: url( 'x.png' ); c: url(  "y.png"  ); d: url(  z.png  ) }`);
  assert.equal(out, 'a { b: url("blob:book/x.png"); c: url("blob:book/y.png"); d: url("blob:book/z.png") }');
});

test('URL( in capitals and escaped names are still url()', async () => {
  const { out } = await rewrite('a { b: URL(http://evil.invalid/1); c: u\\72l(http://evil.invalid/2); d: \\75 rl(http://evil.invalid/3) }');
  assert.equal(out, 'a { b: none; c: none; d: none }');
});

test('escapes inside the URL are decoded before deciding where it points', async () => {
  const { out, asked } = await rewrite('a { b: url(http\\3a //evil.invalid/x); c: url("\\68ttp://evil.invalid/y") }');
  assert.equal(out, 'a { b: none; c: none }');
  assert.deepEqual(asked.map((a) => a.href), ['http://evil.invalid/x', 'http://evil.invalid/y']);
});

test('file:, javascript:, blob: and protocol-relative URLs are removed', async () => {
  const { out } = await rewrite('a { b: url(file:///etc/passwd); c: url("javascript:alert(1)"); d: url(blob:http://x/1); e: url(//evil.invalid/z) }');
  assert.ok(!outside(out) && !out.includes('javascript') && !out.includes('blob:http'), out);
});

test('@import url(http…) and @import "https…" are removed with their whole rule', async () => {
  const css = '@import url(http://evil.invalid/a.css) screen;\n@import "https://evil.invalid/b.css";\n@import url("//evil.invalid/c.css") layer(x) supports(display: grid);\np { color: red }';
  const { out, asked } = await rewrite(css);
  assert.ok(!outside(out), out);
  assert.equal((out.match(/removed an @import/g) ?? []).length, 3);
  assert.ok(out.endsWith('p { color: red }'));
  assert.ok(asked.every((a) => a.kind === 'import'));
});

test('@import of another sheet in the book is kept, pointing at its blob: URL, with its media and layer', async () => {
  const { out, asked } = await rewrite('@import "base.css" print;\n@import url(fonts.css) layer(fonts);\nh1 { font-weight: bold }');
  assert.equal(out, '@import url("blob:book/base.css") print;\n@import url("blob:book/fonts.css") layer(fonts);\nh1 { font-weight: bold }');
  assert.deepEqual(asked, [{ href: 'base.css', kind: 'import' }, { href: 'fonts.css', kind: 'import' }]);
});

test('@import hidden by comments or escapes is still found', async () => {
  const { out } = await rewrite('@import/**/"http://evil.invalid/a.css";@\\69mport url(http://evil.invalid/b.css);@IMPORT "https://evil.invalid/c.css"');
  assert.ok(!outside(out), out);
});

test('@import of a data: sheet is removed (it would not pass through this rewriting)', async () => {
  const { out } = await rewrite('@import url("data:text/css,p{background:url(http://evil.invalid/x)}");');
  assert.ok(!outside(out) && !out.includes('data:'), out);
});

test('image-set() strings are URLs; a var() inside it could carry one, so it is dropped', async () => {
  const { out } = await rewrite('a { b: image-set("http://evil.invalid/1.png" 1x, "ok.png" 2x); c: -webkit-image-set(url(http://evil.invalid/2.png) 1x); d: image-set(var(--u) 1x) }');
  assert.equal(out, 'a { b: image-set(none 1x, url("blob:book/ok.png") 2x); c: -webkit-image-set(none 1x); d: none }');
});

test('src() with a string is a URL; with anything else it is dropped', async () => {
  const { out } = await rewrite('a { b: src("http://evil.invalid/x"); c: src(var(--x)); d: src("ok.png") }');
  assert.equal(out, 'a { b: none; c: none; d: url("blob:book/ok.png") }');
});

test('@font-face sources are rewritten; local() and format() strings are left alone', async () => {
  const { out } = await rewrite('@font-face { font-family: X; src: local("X"), url(fonts/x.woff2) format("woff2"), url(https://evil.invalid/x.woff) format("woff") }');
  assert.equal(out, '@font-face { font-family: X; src: local("X"), url("blob:book/fonts/x.woff2") format("woff2"), none format("woff") }');
});

test('custom properties holding URLs are rewritten where they are declared', async () => {
  const { out } = await rewrite(':root { --bg: url(http://evil.invalid/x.png); --ok: url(a.png); --set: image-set("http://evil.invalid/y.png" 1x) }');
  assert.ok(!outside(out), out);
  assert.ok(out.includes('--ok: url("blob:book/a.png")'));
});

test('fragments, empty url() and data: images stay as they are', async () => {
  const css = 'rect { fill: url(#grad); filter: url("#blur") } a { b: url(); c: url(""); d: url(data:image/png;base64,iVBOR==) }';
  const { out, asked } = await rewrite(css);
  assert.equal(out, css);
  assert.equal(asked.length, 0);
});

test('an in-book URL keeps its #fragment', async () => {
  const { out } = await rewrite('a { mask: url(shapes.svg#m) }');
  assert.equal(out, 'a { mask: url("blob:book/shapes.svg#m") }');
});

test('a missing book file becomes none', async () => {
  const { out } = await rewrite('a { background: url(img/gone.png) }', ['img/gone.png']);
  assert.equal(out, 'a { background: none }');
});

test('@namespace URLs are names, never fetched: left alone so svg|rect selectors keep working', async () => {
  const css = '@namespace svg url(http://www.w3.org/2000/svg);\nsvg|rect { fill: red }';
  const { out, asked } = await rewrite(css);
  assert.equal(out, css);
  assert.equal(asked.length, 0);
});

test('URLs inside strings that are not URLs are text and stay', async () => {
  const css = 'a::after { content: "url(http://example.org/)" } q { quotes: "«" "»" }';
  const { out } = await rewrite(css);
  assert.equal(out, css);
});

test('a URL that contains quotes cannot break out of the url() written back', async () => {
  const { out } = await rewrite('a { b: url("x.svg#a\\"); background: url(http://evil.invalid/)") }');
  assert.equal(out, 'a { b: url("blob:book/x.svg#a\\"); background: url(http://evil.invalid/)") }');
  // Read back by a tokenizer, the declaration holds a single function whose one string is the blob: URL.
  const strings = tokenizeCss(out).filter((t) => t.type === 'string');
  assert.deepEqual(strings.map((s) => s.value), ['blob:book/x.svg#a"); background: url(http://evil.invalid/)']);
});

test('unterminated input is handled: an open url( or block at the end of the sheet', async () => {
  assert.equal((await rewrite('a { b: url(http://evil.invalid/x')).out, 'a { b: none');
  assert.equal((await rewrite('a { b: url("http://evil.invalid/x"')).out, 'a { b: none');
  assert.equal((await rewrite('@import "http://evil.invalid/x')).out, '/* attune: removed an @import from outside the book */');
});

test('a bad url (quote or parenthesis inside an unquoted url) loads nothing and is left alone', async () => {
  const css = 'a { b: url(http://evil.invalid/a"b); c: url(var(--x)) }';
  const { out, asked } = await rewrite(css);
  assert.equal(out, css);
  assert.equal(asked.length, 0);
});

test('a sheet without URLs comes back unchanged, byte for byte', async () => {
  const css = '/* c */ @media (min-width: 30em) { p::before { content: "\\201C"; margin: -.5e1px 1% } }\r\n<!-- --> @page { margin: 0 }';
  assert.equal((await rewrite(css)).out, css);
});

test('the tokenizer covers the input with no gaps and no overlaps', () => {
  const css = '@import "a.css"; a[href^="x"] > b:not(.c) { d: url( e.png ) 1.5e3px -2% #fff \\31 23; --v: {x}; } /* z';
  const tokens = tokenizeCss(css);
  let pos = 0;
  for (const t of tokens) {
    assert.equal(t.start, pos);
    assert.ok(t.end > t.start);
    pos = t.end;
  }
  assert.equal(pos, css.length);
});
