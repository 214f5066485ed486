import DOMPurify, { type Config } from 'dompurify';

/**
 * Removes everything executable or hostile from a section document, in
 * place, keeping what reading needs: MathML, SVG, `epub:type`, ARIA, `role`,
 * `lang`/`xml:lang`, `dir`, `ssml:*`. Resource URLs are checked afterwards by
 * `rewriteResources` (they must stay inside the book).
 */
export interface SanitizeReport {
  /** Element names removed, with counts (e.g. `script: 2`). */
  removedElements: Record<string, number>;
  /** Attributes removed, as `element@attribute`. */
  removedAttributes: Record<string, number>;
}

const KEPT_NAMESPACED_ATTRIBUTES = [
  'epub:type', 'epub:prefix', 'xml:lang', 'xml:space', 'ssml:ph', 'ssml:alphabet', 'alttext', 'altimg',
  'xlink:href', 'xlink:title', 'xlink:role', 'xlink:arcrole', 'xlink:show', 'xlink:actuate', 'xlink:type',
  'dir', 'lang', 'role', 'hidden', 'colspan', 'rowspan', 'scope', 'headers', 'start', 'reversed', 'value',
  'epub:textref', 'aria-describedat', 'data-attune-error',
];

const CONFIG: Config = {
  PARSER_MEDIA_TYPE: 'application/xhtml+xml',
  IN_PLACE: true,
  WHOLE_DOCUMENT: true,
  ADD_TAGS: ['html', 'head', 'body', 'title', 'link', 'meta', 'style', 'section', 'aside', 'nav', 'figure', 'figcaption', 'ruby', 'rt', 'rp', 'rb', 'audio', 'video', 'source', 'track'],
  ADD_ATTR: KEPT_NAMESPACED_ATTRIBUTES,
  FORBID_TAGS: ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal', 'fencedframe', 'noscript', 'template', 'form'],
  FORBID_ATTR: ['action', 'formaction', 'srcdoc', 'ping', 'http-equiv', 'autofocus'],
  // What an href/src may be before we check it is inside the book: relative
  // references, fragments, and the few schemes a book may link to. No
  // javascript:, vbscript:, file:, ftp:.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel|blob):|data:image\/(?:png|gif|jpe?g|webp|avif|svg\+xml);|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  KEEP_CONTENT: true,
  ALLOW_ARIA_ATTR: true,
  ALLOW_DATA_ATTR: true,
  SAFE_FOR_XML: true,
};

let purifier: ReturnType<typeof DOMPurify> | undefined;
let currentReport: SanitizeReport | undefined;

function count(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  purifier.addHook('uponSanitizeElement', (node, data) => {
    // Only the viewport meta of fixed-layout pages survives: http-equiv
    // (refresh, set-cookie, CSP overrides) and the rest are not needed.
    if (data.tagName === 'meta' && node instanceof Element) {
      if ((node.getAttribute('name') ?? '').toLowerCase() !== 'viewport' || node.hasAttribute('http-equiv')) {
        node.remove();
        if (currentReport) count(currentReport.removedElements, 'meta');
      }
    }
  });
  purifier.addHook('uponSanitizeAttribute', (node, data) => {
    if (data.attrName.startsWith('on')) data.keepAttr = false;
  });
  return purifier;
}

const EPUB_NS = 'http://www.idpf.org/2007/ops';
const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';
const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * EPUB 3.0's `epub:switch` offers alternatives; no script is needed to pick
 * one. We render MathML and SVG, so a case requiring those wins; otherwise the
 * default (the publisher's fallback).
 */
function resolveSwitches(doc: Document): void {
  for (const sw of [...doc.getElementsByTagNameNS(EPUB_NS, 'switch')]) {
    const cases = [...sw.children].filter((c) => c.namespaceURI === EPUB_NS && c.localName === 'case');
    const chosen = cases.find((c) => [MATHML_NS, SVG_NS].includes(c.getAttribute('required-namespace') ?? ''))
      ?? [...sw.children].find((c) => c.namespaceURI === EPUB_NS && c.localName === 'default');
    sw.replaceWith(...(chosen ? [...chosen.childNodes] : []));
  }
  for (const trigger of [...doc.getElementsByTagNameNS(EPUB_NS, 'trigger')]) trigger.remove();
}

/**
 * A canvas is drawn by script, which never runs here, so a reader would see an
 * empty box: show its fallback content (its children) instead. `<noscript>`
 * content is the fallback of scripted books: show it too.
 */
function revealFallbacks(doc: Document): void {
  for (const el of [...doc.querySelectorAll('canvas, noscript')]) {
    if (el.childNodes.length === 0) {
      el.remove();
      continue;
    }
    const wrapper = doc.createElementNS('http://www.w3.org/1999/xhtml', 'div');
    wrapper.setAttribute('class', 'attune-fallback');
    wrapper.setAttribute('data-attune-fallback', el.localName);
    wrapper.append(...el.childNodes);
    el.replaceWith(wrapper);
  }
}

/** Sanitizes a section document in place and says what was removed. */
export function sanitizeSection(doc: Document): SanitizeReport {
  const report: SanitizeReport = { removedElements: {}, removedAttributes: {} };
  resolveSwitches(doc);
  revealFallbacks(doc);
  // <object> fallback is its content; DOMPurify keeps that content when it
  // removes the element (KEEP_CONTENT), but <param> children are noise.
  for (const param of [...doc.getElementsByTagName('param')]) param.remove();
  const purify = getPurifier();
  currentReport = report;
  try {
    purify.sanitize(doc.documentElement, CONFIG);
  } finally {
    currentReport = undefined;
  }
  for (const item of purify.removed) {
    if ('element' in item && item.element) count(report.removedElements, (item.element as Element).localName ?? item.element.nodeName);
    else if ('attribute' in item && item.attribute) count(report.removedAttributes, `${(item.from as Element)?.localName ?? '?'}@${item.attribute.name}`);
  }
  return report;
}
