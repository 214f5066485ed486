// @ts-check
// The Markdown we render comes from files and manifests other people write
// (THEMING.md, JSDoc descriptions), so this renderer escapes first and only
// then turns a small, known subset into markup: headings, paragraphs, lists,
// fenced code, block quotes, tables, rules, `code`, **strong**, *emphasis*
// and links. Raw HTML in the source is shown as text, never inserted, and a
// link is only kept when its address is one a reader can safely follow.

import { escapeHtml, slug } from './html.mjs';

/**
 * @typedef {object} MarkdownOptions
 * @property {number} [headingBase] the level a `#` heading becomes (2 turns `#` into `<h2>`); deeper levels follow, capped at 6
 * @property {number} [minLevel] the highest a heading may be (default `headingBase`); a guide placed under a section's h2 uses 3
 * @property {string} [idPrefix] prefix of heading ids, so headings of different documents cannot collide
 * @property {(code: string) => string | undefined} [linkCode] the fragment (`#…`) to link an inline `code` span to, if any
 * @property {(heading: { level: number, text: string, id: string }) => void} [onHeading] told about every heading, for a table of contents
 */

/**
 * Renders a Markdown document (block level) to HTML.
 * @param {string} markdown
 * @param {MarkdownOptions} [options]
 * @returns {string}
 */
export function renderMarkdown(markdown, options = {}) {
  const lines = String(markdown).replace(/\r\n?/g, '\n').split('\n');
  const headingBase = options.headingBase ?? 2;
  const minLevel = options.minLevel ?? headingBase;
  return renderBlocks(lines, { idPrefix: '', ...options, headingBase, minLevel, usedIds: new Set(), lastLevel: minLevel - 1 });
}

/**
 * Renders one line of Markdown (no blocks) to HTML, e.g. a table cell's description.
 * @param {string} text
 * @param {Pick<MarkdownOptions, 'linkCode'>} [options]
 */
export function renderInline(text, options = {}) {
  /** @type {string[]} */
  const codes = [];
  // Code spans first: nothing inside them is formatted.
  let out = String(text).replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_, _ticks, code) => {
    const body = `<code>${escapeHtml(code.trim())}</code>`;
    const target = options.linkCode?.(code.trim());
    codes.push(target ? `<a href="${escapeHtml(target)}">${body}</a>` : body);
    return `\u0000${codes.length - 1}\u0000`;
  });
  out = escapeHtml(out);
  out = out.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label, href) => {
    const url = unescapeAttribute(href);
    return isFollowableLink(url) ? `<a href="${escapeHtml(url)}">${label}</a>` : `${label} (${escapeHtml(url)})`;
  });
  out = out.replace(/&lt;(https?:\/\/[^\s&]+)&gt;/g, (_, url) => `<a href="${url}">${url}</a>`);
  out = out.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
  out = out.replace(/(^|[^\w*])\*([^*\s][^*]*)\*(?!\w)/g, '$1<em>$2</em>');
  out = out.replace(/(^|[^\w])_([^_\s][^_]*)_(?!\w)/g, '$1<em>$2</em>');
  return out.replace(/\u0000(\d+)\u0000/g, (_, i) => codes[Number(i)] ?? '');
}

/**
 * Addresses kept as links: web pages, mail and fragments of this page. A
 * relative file path (`README.md`, `../profile/`) is shown as text instead,
 * because the page is served away from the repository and the link would break.
 * @param {string} url
 */
function isFollowableLink(url) {
  return /^(https?:\/\/|mailto:)/i.test(url) || /^#[\w-]+$/.test(url);
}

/** @param {string} text */
function unescapeAttribute(text) {
  return text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/**
 * @typedef {Required<Pick<MarkdownOptions, 'headingBase' | 'minLevel' | 'idPrefix'>> & MarkdownOptions & { usedIds: Set<string>, lastLevel: number }} State
 */

/**
 * @param {string[]} lines
 * @param {State} state
 * @returns {string}
 */
function renderBlocks(lines, state) {
  /** @type {string[]} */
  const out = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (!line.trim()) {
      i++;
      continue;
    }
    const fence = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)/.exec(line);
    if (fence) {
      const [, indent = '', marker = '```', language] = fence;
      const body = [];
      i++;
      while (i < lines.length && !(lines[i] ?? '').trim().startsWith(marker)) body.push((lines[i++] ?? '').replace(new RegExp(`^ {0,${indent.length}}`), ''));
      i++;
      const languageClass = language ? ` class="language-${escapeHtml(language)}"` : '';
      out.push(`<pre><code${languageClass}>${escapeHtml(body.join('\n'))}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      out.push(renderHeading(heading[1]?.length ?? 1, heading[2] ?? '', state));
      i++;
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      out.push('<hr>');
      i++;
      continue;
    }
    if (/^\s*>/.test(line)) {
      const quoted = [];
      while (i < lines.length && /^\s*>/.test(lines[i] ?? '')) quoted.push((lines[i++] ?? '').replace(/^\s*> ?/, ''));
      out.push(`<blockquote>${renderBlocks(quoted, state)}</blockquote>`);
      continue;
    }
    if (isTableStart(lines, i)) {
      const rows = [];
      while (i < lines.length && /^\s*\|/.test(lines[i] ?? '')) rows.push(lines[i++] ?? '');
      out.push(renderTable(rows, state));
      continue;
    }
    const item = listMarker(line);
    if (item) {
      const { html, next } = renderList(lines, i, item.ordered, state);
      out.push(html);
      i = next;
      continue;
    }
    const paragraph = [];
    while (i < lines.length && (lines[i] ?? '').trim() && !startsBlock(lines, i)) paragraph.push((lines[i++] ?? '').trim());
    out.push(`<p>${renderInline(paragraph.join(' '), state)}</p>`);
  }
  return out.join('\n');
}

/**
 * A heading at the level the document asks for, shifted to `headingBase` and
 * never more than one level below the previous heading (so the page's outline
 * has no gaps whatever the source does).
 * @param {number} sourceLevel
 * @param {string} text
 * @param {State} state
 */
function renderHeading(sourceLevel, text, state) {
  const wanted = Math.min(6, state.headingBase + sourceLevel - 1);
  const level = Math.max(state.minLevel, Math.min(wanted, state.lastLevel + 1));
  state.lastLevel = level;
  let id = `${state.idPrefix}${slug(text)}`;
  for (let n = 2; state.usedIds.has(id); n++) id = `${state.idPrefix}${slug(text)}-${n}`;
  state.usedIds.add(id);
  state.onHeading?.({ level, text, id });
  return `<h${level} id="${id}">${renderInline(text, state)}</h${level}>`;
}

/** @param {string[]} lines @param {number} i */
function startsBlock(lines, i) {
  const line = lines[i] ?? '';
  return /^(#{1,6}\s|\s*(`{3,}|~{3,})|\s*>)/.test(line) || listMarker(line) !== undefined || isTableStart(lines, i);
}

/** @param {string[]} lines @param {number} i */
function isTableStart(lines, i) {
  return /^\s*\|/.test(lines[i] ?? '') && /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(lines[i + 1] ?? '');
}

/** @param {string} row */
function cells(row) {
  // A `\|` inside a cell is a literal bar, not a column break.
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/**
 * A GFM table. The header row's cells are column headers (`scope="col"`);
 * a table in prose has no caption in Markdown, so it gets none here either.
 * @param {string[]} rows
 * @param {State} state
 */
function renderTable(rows, state) {
  const [head = '', , ...body] = rows;
  const th = cells(head).map((cell) => `<th scope="col">${renderInline(cell, state)}</th>`).join('');
  const trs = body.map((row) => `<tr>${cells(row).map((cell) => `<td>${renderInline(cell, state)}</td>`).join('')}</tr>`).join('\n');
  // Wide tables scroll inside their own region at narrow widths (the page itself reflows); a region that scrolls must take focus.
  const name = cells(head).map((cell) => cell.replace(/[`*_]/g, '')).join(', ');
  return `<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeHtml(`Table: ${name}`)}"><table><thead><tr>${th}</tr></thead><tbody>${trs}</tbody></table></div>`;
}

/** @param {string} line */
function listMarker(line) {
  const match = /^(\s*)([-*+]|\d+[.)])\s+/.exec(line);
  if (!match) return undefined;
  return { indent: match[1]?.length ?? 0, width: match[0].length, ordered: /\d/.test(match[2] ?? '') };
}

/**
 * A list and everything indented under its items (continuation lines, nested lists, code).
 * @param {string[]} lines
 * @param {number} start
 * @param {boolean} ordered
 * @param {State} state
 */
function renderList(lines, start, ordered, state) {
  const first = listMarker(lines[start] ?? '');
  const indent = first?.indent ?? 0;
  /** @type {string[][]} */
  const items = [];
  let i = start;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const marker = listMarker(line);
    if (marker && marker.indent === indent && marker.ordered === ordered) {
      items.push([line.slice(marker.width)]);
      i++;
      continue;
    }
    const current = items[items.length - 1];
    const continues = line.trim() === '' ? /^\s{2,}\S/.test(lines[i + 1] ?? '') || listMarker(lines[i + 1] ?? '')?.indent === indent : /^\s+\S/.test(line) || !startsBlock(lines, i);
    if (!current || !continues || (marker && marker.indent < indent)) break;
    current.push(line.replace(new RegExp(`^ {0,${indent + 4}}`), ''));
    i++;
  }
  const tag = ordered ? 'ol' : 'ul';
  const html = items
    .map((itemLines) => {
      const blocks = renderBlocks(itemLines, state);
      // A one-paragraph item is a tight item: no <p> inside the <li>.
      const tight = /^<p>[\s\S]*<\/p>$/.test(blocks) && !blocks.includes('</p>\n');
      return `<li>${tight ? blocks.slice(3, -4) : blocks}</li>`;
    })
    .join('\n');
  return { html: `<${tag}>\n${html}\n</${tag}>`, next: i };
}
