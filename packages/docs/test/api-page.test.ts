// The API page: built from the real manifests it documents every element
// with captioned tables; rendered from hostile input it stays inert; its
// outline has no gaps; the theming guide goes in when it exists.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { elementsOf, packagesWithElements, readManifest, repoRoot } from '../src/manifests.mjs';
import { elementId, renderApiPage, type PackageDoc } from '../src/api-page.mjs';
import { renderInline, renderMarkdown } from '../src/markdown.mjs';
import { escapeHtml } from '../src/html.mjs';

const builtPage = join(repoRoot, 'packages/docs/dist/index.html');

function readBuiltPage(): string {
  if (!existsSync(builtPage)) assert.fail(`${builtPage} is missing: build the API page with \`npm run build -w @attune/docs\` (after @attune/reader and @attune/authoring are built).`);
  return readFileSync(builtPage, 'utf8');
}

/** The levels of the page's headings, in order. */
const headingLevels = (page: string) => [...page.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));

/** The text of one element's section (from its heading to the next element's). */
function sectionOf(page: string, tag: string): string {
  const start = page.indexOf(`<section class="element" aria-labelledby="${elementId(tag)}">`);
  assert.ok(start >= 0, `the page has no section for <${tag}>`);
  const end = page.indexOf('</section>', start);
  return page.slice(start, end);
}

describe('the built API page (dist/index.html)', () => {
  test('has a section for every element in every manifest, listed in the contents', () => {
    const page = readBuiltPage();
    for (const pkg of packagesWithElements()) {
      for (const { tagName } of elementsOf(readManifest(pkg), pkg.name)) {
        sectionOf(page, tagName);
        assert.ok(page.includes(`<li><a href="#${elementId(tagName)}"><code>&lt;${tagName}&gt;</code></a></li>`), `<${tagName}> in the contents`);
      }
    }
  });

  test('documents every attribute, event, part and CSS property of <attune-reader> in its tables', () => {
    const page = readBuiltPage();
    const reader = packagesWithElements().find((pkg) => pkg.name === '@attune/reader')!;
    const d = elementsOf(readManifest(reader), reader.name).find((e) => e.tagName === 'attune-reader')!.declaration;
    const section = sectionOf(page, 'attune-reader');
    for (const [list, caption] of [
      ['attributes', 'Attributes'],
      ['events', 'Events'],
      ['cssParts', 'CSS parts'],
      ['cssProperties', 'CSS custom properties'],
    ] as const) {
      assert.ok(section.includes(`>${caption}</caption>`), `a ${caption} table`);
      for (const item of d[list]) assert.ok(section.includes(`<th scope="row"><code>${escapeHtml(item.name)}</code>`), `${list}: ${item.name}`);
    }
    assert.match(section, /<span class="none-title">Slots:<\/span> none\./);
  });

  test('links <attune-reader> to the elements it is made of, and back', () => {
    const page = readBuiltPage();
    const reader = sectionOf(page, 'attune-reader');
    for (const part of ['attune-toc', 'attune-progress', 'attune-footnote', 'attune-preferences', 'attune-read-aloud']) {
      assert.ok(reader.includes(`<a href="#${elementId(part)}">`), `<attune-reader> links to <${part}>`);
      assert.match(sectionOf(page, part), /Used inside <a href="#el-attune-reader">/);
    }
  });

  test('is a whole accessible document: lang, title, skip link to main, landmarks, headings without gaps, captions and header scopes', () => {
    const page = readBuiltPage();
    assert.ok(page.startsWith('<!doctype html>\n<html lang="en">'), 'doctype and lang');
    assert.ok(/<title>[^<]+<\/title>/.test(page), 'a title');
    assert.ok(page.includes('<body>\n<a class="skip-link" href="#main">'), 'the skip link comes first');
    for (const landmark of ['<header', '<nav', '<main id="main"', '<footer']) assert.ok(page.includes(landmark), landmark);
    const levels = headingLevels(page);
    assert.equal(levels[0], 1);
    assert.equal(levels.filter((l) => l === 1).length, 1, 'one h1');
    levels.forEach((level, i) => i && assert.ok(level <= levels[i - 1]! + 1, `heading ${i} jumps from h${levels[i - 1]} to h${level}`));
    // API tables (one per list of an element) have captions; tables written in the theming guide's Markdown have none to give.
    const apiTables = page.match(/<table>\n/g)?.length ?? 0;
    assert.ok(apiTables > 30, `only ${apiTables} API tables`);
    assert.equal(page.match(/<table>\n<caption id="/g)?.length, apiTables, 'every API table has a caption');
    assert.ok(!/<th(?=[\s>])(?![^>]*scope=)[^>]*>/.test(page), 'every header cell has a scope');
    assert.ok(!/<script/i.test(page), 'the page needs no script');
    assert.ok(page.includes('<link rel="stylesheet" href="api.css">') && existsSync(join(repoRoot, 'packages/docs/dist/api.css')));
  });

  test('starts with how to embed, and has a Theming section that is the guide when THEMING.md exists', () => {
    const page = readBuiltPage();
    assert.ok(page.indexOf('id="embedding"') < page.indexOf('id="pkg-'), 'embedding comes before the packages');
    assert.match(page, /&lt;attune-reader src=&quot;books\/water-cycle\.epub&quot;/);
    assert.match(page, /<h2 id="theming">Theming<\/h2>/);
    const guide = join(repoRoot, 'packages/reader/THEMING.md');
    if (existsSync(guide)) {
      assert.match(page, /From the theming guide of <code>@attune\/reader<\/code> \(<a href="THEMING\.md">/);
      assert.ok(existsSync(join(repoRoot, 'packages/docs/dist/THEMING.md')), 'the guide is copied beside the page');
    } else {
      assert.match(page, /The theming guide \(<code>THEMING\.md<\/code> in <code>@attune\/reader<\/code>\) is not part of this build yet/);
    }
  });
});

/** A manifest written to attack the page: markup and script in every field the page shows. */
const EVIL = '<img src=x onerror=alert(1)><script>alert(2)</script>"\'&';
const evilPackage: PackageDoc = {
  name: '@evil/pkg<script>',
  description: EVIL,
  elements: [
    {
      tagName: 'evil-el',
      className: `Evil${EVIL}`,
      modulePath: `dist/${EVIL}.js`,
      contains: [],
      usedIn: [],
      declaration: {
        description: `Hello ${EVIL} [click](javascript:alert(3)) \`${EVIL}\``,
        attributes: [{ name: `a${EVIL}`, fieldName: EVIL, type: { text: EVIL }, default: EVIL, description: EVIL }],
        members: [
          { kind: 'field', name: `f${EVIL}`, type: { text: EVIL }, description: EVIL },
          { kind: 'method', name: `m${EVIL}`, parameters: [{ name: EVIL, type: { text: EVIL } }], return: { type: { text: EVIL } }, description: EVIL },
        ],
        events: [{ name: `e${EVIL}`, type: { text: EVIL }, description: EVIL }],
        cssParts: [{ name: EVIL, description: EVIL }],
        cssProperties: [{ name: `--x${EVIL}`, default: EVIL, description: EVIL }],
        slots: [{ name: EVIL, description: EVIL }],
      },
    },
  ],
};

describe('renderApiPage', () => {
  test('escapes everything taken from a manifest: no markup, script or javascript: link gets through', () => {
    const page = renderApiPage({ packages: [evilPackage], theming: { markdown: `# T\n\n${EVIL}\n\n[x](javascript:alert(4))\n\n| a | b |\n|---|---|\n| ${EVIL} | c |`, href: 'THEMING.md' } });
    assert.ok(!/<script/i.test(page), 'a <script> got through');
    assert.ok(!/<img/i.test(page), 'an <img> got through');
    assert.ok(!/href="javascript:/i.test(page), 'a javascript: link got through');
    assert.ok(!/<[a-z][^>]*\sonerror=/i.test(page), 'an event-handler attribute got into a tag');
    assert.ok(page.includes('&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;&quot;&#39;&amp;'));
  });

  test('states "none" for an empty list instead of an empty table, and marks the default slot', () => {
    const page = renderApiPage({
      packages: [{ name: '@x/y', elements: [{ tagName: 'x-y', className: 'XY', modulePath: 'dist/x.js', contains: [], usedIn: [], declaration: { description: 'An element.', attributes: [], members: [], events: [], cssParts: [], cssProperties: [], slots: [{ name: '', description: 'The content.' }] } }] }],
    });
    assert.match(page, /<span class="none-title">Attributes:<\/span> none\./);
    assert.match(page, /<caption id="el-x-y-slots">Slots<\/caption>[\s\S]*<th scope="row"><span class="tag">default<\/span><\/th><td>The content\.<\/td>/);
    assert.match(page, /The theming guide .* is not part of this build yet/);
  });

  test('renders the theming guide under one "Theming" h2, its own title dropped and its headings shifted, with no gaps', () => {
    const page = renderApiPage({ packages: [], theming: { markdown: '# Theming Attune\n\nIntro.\n\n## Tokens\n\n#### Too deep\n\n## Parts\n', href: 'THEMING.md' } });
    assert.doesNotMatch(page, /Theming Attune/);
    assert.match(page, /<h3 id="theming-tokens">Tokens<\/h3>\n<h4 id="theming-too-deep">Too deep<\/h4>/);
    assert.match(page, /<li><a href="#theming-tokens">Tokens<\/a><\/li>\n<li><a href="#theming-parts">Parts<\/a><\/li>/, 'the guide\'s sections are in the contents');
  });
});

describe('Markdown', () => {
  test('inline: code, emphasis, safe links kept, unsafe and relative links shown as text, element tags linked', () => {
    assert.equal(renderInline('a **b** *c* `d<e>`'), 'a <strong>b</strong> <em>c</em> <code>d&lt;e&gt;</code>');
    assert.equal(renderInline('[w](https://w3.org/?a=1&b=2)'), '<a href="https://w3.org/?a=1&amp;b=2">w</a>');
    assert.equal(renderInline('[x](javascript:alert(1))'), 'x (javascript:alert(1))');
    assert.equal(renderInline('[r](../README.md)'), 'r (../README.md)');
    assert.equal(renderInline('see `<attune-toc>`', { linkCode: (c) => (c === '<attune-toc>' ? '#el-attune-toc' : undefined) }), 'see <a href="#el-attune-toc"><code>&lt;attune-toc&gt;</code></a>');
    assert.equal(renderInline('`--attune-*` and *not bold*'), '<code>--attune-*</code> and <em>not bold</em>');
  });

  test('blocks: fenced code escaped, lists nested, tables with header scopes, quotes', () => {
    const out = renderMarkdown('```css\na::part(x) { }\n<b>\n```\n\n- one\n  - two\n- three\n\n| h | i |\n|---|---|\n| 1 | 2 |\n\n> quoted');
    assert.match(out, /<pre><code class="language-css">a::part\(x\) \{ \}\n&lt;b&gt;<\/code><\/pre>/);
    assert.match(out, /<ul>\n<li><p>one<\/p>\n<ul>\n<li>two<\/li>\n<\/ul><\/li>\n<li>three<\/li>\n<\/ul>/);
    assert.match(out, /<th scope="col">h<\/th><th scope="col">i<\/th>[\s\S]*<td>1<\/td><td>2<\/td>/);
    assert.match(out, /<blockquote><p>quoted<\/p><\/blockquote>/);
  });
});
