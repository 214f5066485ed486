// @ts-check
// The API page: one static HTML document built from the Custom Elements
// Manifests. Pure (data in, markup out) so tests can render it from any
// manifest, including hostile ones. Every string from a manifest or the
// theming guide goes through `html` (escaped) or the Markdown renderer
// (escaped, then a known subset of markup).

import { html, trustedHtml, slug } from './html.mjs';
import { renderInline, renderMarkdown } from './markdown.mjs';

/**
 * @typedef {object} ElementDoc
 * @property {string} tagName
 * @property {string} className
 * @property {string} modulePath
 * @property {any} declaration the manifest's class declaration
 * @property {string[]} contains tags of other documented elements this one renders
 * @property {string[]} usedIn tags of documented elements that render this one
 *
 * @typedef {object} PackageDoc
 * @property {string} name
 * @property {string} [description]
 * @property {ElementDoc[]} elements
 *
 * @typedef {object} ThemingGuide
 * @property {string} markdown the guide's text
 * @property {string} href where the page links to the guide's file
 *
 * @typedef {object} ApiPageInput
 * @property {PackageDoc[]} packages
 * @property {ThemingGuide} [theming] absent when the guide has not been written yet
 * @property {string} [stylesheet] href of the page's CSS
 */

/** The fragment id of an element's section. @param {string} tagName */
export const elementId = (tagName) => `el-${slug(tagName)}`;

/**
 * @param {ApiPageInput} input
 * @returns {string}
 */
export function renderApiPage({ packages, theming, stylesheet = 'api.css' }) {
  const tags = new Set(packages.flatMap((pkg) => pkg.elements.map((el) => el.tagName)));
  // `<attune-toc>` or `attune-toc` in a description links to that element's section.
  const linkCode = (/** @type {string} */ code) => {
    const tag = /^<?([a-z][a-z0-9]*-[a-z0-9-]*)>?$/.exec(code)?.[1];
    return tag && tags.has(tag) ? `#${elementId(tag)}` : undefined;
  };
  /** @type {{ level: number, text: string, id: string }[]} */
  const themingHeadings = [];
  const themingBody = theming
    ? trustedHtml(renderMarkdown(stripTitle(theming.markdown), { headingBase: 2, minLevel: 3, idPrefix: 'theming-', linkCode, onHeading: (h) => themingHeadings.push(h) }))
    : undefined;

  return `<!doctype html>
${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Attune API reference: elements, attributes, events, parts and CSS properties</title>
<link rel="stylesheet" href="${stylesheet}">
</head>
<body>
<a class="skip-link" href="#main">Skip to the API reference</a>
<header class="page-header">
<h1>Attune API reference</h1>
<p>The custom elements of ${packages.map((pkg, i) => html`${i ? (i === packages.length - 1 ? ' and ' : ', ') : ''}<code>${pkg.name}</code>`)}: what you can set, what they tell you, and how to style them. Generated from each package's <code>custom-elements.json</code>.</p>
</header>
${renderContents(packages, themingHeadings)}
<main id="main" tabindex="-1">
${renderEmbedding(theming)}
${packages.map((pkg) => renderPackage(pkg, linkCode))}
${renderTheming(theming, themingBody)}
</main>
<footer class="page-footer">
<p>Built from the Custom Elements Manifests by <code>@attune/docs</code>; regenerate with <code>npm run build -w @attune/docs</code>.</p>
</footer>
</body>
</html>`}
`;
}

/** The guide's own `# Title` duplicates the section heading "Theming". @param {string} markdown */
function stripTitle(markdown) {
  return markdown.replace(/^\s*#\s+[^\n]*\n/, '');
}

/**
 * @param {PackageDoc[]} packages
 * @param {{ level: number, text: string, id: string }[]} themingHeadings
 */
function renderContents(packages, themingHeadings) {
  const themingLinks = themingHeadings.filter((h) => h.level === 3);
  return html`<nav class="contents" aria-labelledby="contents-heading">
<h2 id="contents-heading">Contents</h2>
<ul>
<li><a href="#embedding">How to embed</a></li>
${packages.map(
  (pkg) => html`<li><a href="#${packageId(pkg.name)}"><code>${pkg.name}</code></a>
<ul>
${pkg.elements.map((el) => html`<li><a href="#${elementId(el.tagName)}"><code>&lt;${el.tagName}&gt;</code></a></li>
`)}</ul>
</li>
`,
)}<li><a href="#theming">Theming</a>${
    themingLinks.length
      ? html`
<ul>
${themingLinks.map((h) => html`<li><a href="#${h.id}">${trustedHtml(renderInline(h.text))}</a></li>
`)}</ul>
`
      : ''
  }</li>
</ul>
</nav>`;
}

/** @param {string} name */
const packageId = (name) => `pkg-${slug(name)}`;

/** @param {ThemingGuide | undefined} theming */
function renderEmbedding(theming) {
  const noBuild = `<script type="module" src="/attune/attune-reader.bundle.js"></script>

<attune-reader src="books/water-cycle.epub"
               variants="packs/water-cycle.variants.json"
               profile-src="profiles/maya.json"></attune-reader>

<script type="module">
  const reader = document.querySelector('attune-reader');
  reader.addEventListener('attune-ready', (e) => console.log('Opened', e.detail.title));
  reader.addEventListener('attune-relocate', (e) => localStorage.setItem('place', e.detail.cfi));
  reader.addEventListener('attune-error', (e) => showProblem(e.detail.code, e.detail.message));
</script>`;
  const withBundler = `// npm install @attune/reader
import '@attune/reader';

const reader = document.createElement('attune-reader');
reader.profile = savedProfile; // a LearnerProfile from @attune/profile
reader.src = 'books/water-cycle.epub';
document.querySelector('#book').append(reader);`;
  const styling = `attune-reader {
  --attune-color-accent: #0b5cad;
  --attune-font-ui: "Atkinson Hyperlegible", system-ui, sans-serif;
}
attune-reader::part(toolbar) {
  border-block-end: 2px solid currentColor;
}`;
  return html`<section aria-labelledby="embedding">
<h2 id="embedding">How to embed</h2>
<p>One script and one element. With no build step, load the single-file bundle (<code>dist/attune-reader.bundle.js</code> in <code>@attune/reader</code>, with its <code>fonts/</code> and <code>mathmaps/</code> folders beside it):</p>
<pre><code class="language-html">${noBuild}</code></pre>
<p>With a bundler, import the package; it registers every element it exports:</p>
<pre><code class="language-js">${withBundler}</code></pre>
<p>Every book given to <code>&lt;attune-reader&gt;</code> ends in <code>attune-ready</code> or <code>attune-error</code>; its events bubble and cross shadow roots, so you can listen on any ancestor. Style the structure with <code>::part()</code> and your brand with <code>--attune-*</code> custom properties; the learner's own settings (contrast, text size, font) always win over them. See <a href="#theming">Theming</a>${theming ? html` and the <a href="${theming.href}">theming guide as a file</a>` : ''}.</p>
<pre><code class="language-css">${styling}</code></pre>
</section>`;
}

/**
 * @param {PackageDoc} pkg
 * @param {(code: string) => string | undefined} linkCode
 */
function renderPackage(pkg, linkCode) {
  const id = packageId(pkg.name);
  return html`<section aria-labelledby="${id}">
<h2 id="${id}"><code>${pkg.name}</code></h2>
${pkg.description ? html`<p>${pkg.description}</p>` : ''}
<p>Install with <code>npm install ${pkg.name}</code> and <code>import '${pkg.name}';</code>. Elements: ${pkg.elements.map((el, i) => html`${i ? ', ' : ''}<a href="#${elementId(el.tagName)}"><code>&lt;${el.tagName}&gt;</code></a>`)}.</p>
${pkg.elements.map((el) => renderElement(el, linkCode))}
</section>`;
}

/**
 * @param {ElementDoc} el
 * @param {(code: string) => string | undefined} linkCode
 */
function renderElement(el, linkCode) {
  const d = el.declaration;
  const id = elementId(el.tagName);
  const inline = (/** @type {unknown} */ text) => trustedHtml(renderInline(String(text ?? ''), { linkCode }));
  const description = [d.summary, d.description].filter(Boolean).join('\n\n');
  const fields = (d.members ?? []).filter((m) => m.kind === 'field');
  const methods = (d.members ?? []).filter((m) => m.kind === 'method');
  const tagLinks = (/** @type {string[]} */ list) => list.map((tag, i) => html`${i ? ', ' : ''}<a href="#${elementId(tag)}"><code>&lt;${tag}&gt;</code></a>`);

  return html`<section class="element" aria-labelledby="${id}">
<h3 id="${id}"><code>&lt;${el.tagName}&gt;</code></h3>
<p class="element-meta">Class <code>${el.className}</code>, module <code>${el.modulePath}</code>.</p>
${description ? trustedHtml(renderMarkdown(description, { headingBase: 4, idPrefix: `${id}-`, linkCode })) : html`<p>No description.</p>`}
${el.contains.length ? html`<p>Contains ${tagLinks(el.contains)}.</p>` : ''}
${el.usedIn.length ? html`<p>Used inside ${tagLinks(el.usedIn)}.</p>` : ''}
${table(id, 'attributes', 'Attributes', ['Attribute', 'Property', 'Type', 'Default', 'Description'], d.attributes ?? [], (a) => [
  code(a.name),
  a.fieldName ? code(a.fieldName) : '',
  typeOf(a),
  a.default !== undefined ? code(a.default) : '',
  inline(a.description),
])}
${table(id, 'properties', 'Properties', ['Property', 'Type', 'Default', 'Description'], fields, (f) => [
  html`${code(f.name)}${f.static ? html` <span class="tag">static</span>` : ''}${f.readonly ? html` <span class="tag">read-only</span>` : ''}`,
  typeOf(f),
  f.default !== undefined ? code(f.default) : '',
  inline(f.description),
])}
${table(id, 'methods', 'Methods', ['Method', 'Description'], methods, (m) => [code(signature(m)), inline(m.description)])}
${table(id, 'events', 'Events', ['Event', 'Type', 'Description (what the detail holds)'], d.events ?? [], (e) => [
  code(e.name ?? '(unnamed)'),
  e.type?.text ? code(e.type.text) : '',
  inline(e.description),
])}
${table(id, 'parts', 'CSS parts', ['Part', 'Description'], d.cssParts ?? [], (p) => [code(p.name), inline(p.description)])}
${table(id, 'css-properties', 'CSS custom properties', ['Property', 'Default', 'Description'], d.cssProperties ?? [], (p) => [
  code(p.name),
  p.default !== undefined ? code(p.default) : '',
  inline(p.description),
])}
${table(id, 'slots', 'Slots', ['Slot', 'Description'], d.slots ?? [], (s) => [s.name ? code(s.name) : html`<span class="tag">default</span>`, inline(s.description)])}
</section>`;
}

/** @param {unknown} text */
const code = (text) => html`<code>${text}</code>`;

/** @param {any} member */
function typeOf(member) {
  return member.type?.text ? code(member.type.text) : html`<span class="tag">untyped</span>`;
}

/** `goTo(target: string): Promise<boolean>` from a manifest method. @param {any} method */
function signature(method) {
  const parameters = (method.parameters ?? []).map((p) => `${p.rest ? '...' : ''}${p.name}${p.optional ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`);
  const returns = method.return?.type?.text ? `: ${method.return.type.text}` : '';
  return `${method.static ? 'static ' : ''}${method.name}(${parameters.join(', ')})${returns}`;
}

/**
 * A captioned data table, or a sentence saying there is nothing of this kind
 * (so "no slots" is stated, not left to guess). The table sits in a region
 * that scrolls sideways at narrow widths; a scrolling region must be focusable.
 * @template T
 * @param {string} elementAnchor
 * @param {string} kind
 * @param {string} title
 * @param {string[]} headers
 * @param {T[]} rows
 * @param {(row: T) => unknown[]} cellsOf
 */
function table(elementAnchor, kind, title, headers, rows, cellsOf) {
  const captionId = `${elementAnchor}-${kind}`;
  if (!rows.length) return html`<p class="none" id="${captionId}"><span class="none-title">${title}:</span> none.</p>`;
  return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="${captionId}">
<table>
<caption id="${captionId}">${title}</caption>
<thead><tr>${headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>
${rows.map((row) => {
  const [first, ...rest] = cellsOf(row);
  return html`<tr><th scope="row">${first}</th>${rest.map((cell) => html`<td>${cell}</td>`)}</tr>
`;
})}</tbody>
</table>
</div>`;
}

/**
 * @param {ThemingGuide | undefined} theming
 * @param {import('./html.mjs').SafeHtml | undefined} body
 */
function renderTheming(theming, body) {
  return html`<section aria-labelledby="theming">
<h2 id="theming">Theming</h2>
${
  theming && body
    ? html`<p class="source-note">From the theming guide of <code>@attune/reader</code> (<a href="${theming.href}">THEMING.md</a>).</p>
${body}`
    : html`<p>The theming guide (<code>THEMING.md</code> in <code>@attune/reader</code>) is not part of this build yet. Until it is: each element's <em>CSS parts</em> table lists what <code>::part()</code> can style, and its <em>CSS custom properties</em> table lists the <code>--attune-*</code> tokens it honours. A learner's settings (theme, contrast, text size) always take precedence over an embedder's tokens.</p>`
}
</section>`;
}
