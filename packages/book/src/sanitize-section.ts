import DOMPurify, { type Config } from 'dompurify';
import { EPUB_NS, MATHML_NS, SSML_NS, SVG_NS, XHTML_NS, XLINK_NS, XML_NS, XMLNS_NS } from './namespaces.js';
import { MEDIA_DATA_URL } from './rewrite-resources.js';

/** What `sanitizeSection` removed from a section. */
export interface SanitizeReport {
  /** Element names removed, with counts (e.g. `script: 2`). */
  removedElements: Record<string, number>;
  /** Attributes removed, as `element@attribute`. */
  removedAttributes: Record<string, number>;
  /**
   * Set when the document could not be sanitized as it is (e.g. its root is
   * not an XHTML or SVG element): its content was replaced by a notice.
   */
  failure?: string;
}

/**
 * The prefixes DOMPurify knows attributes by. A book may bind any prefix to
 * these namespaces (`s:ph`, `xl:href`); we rename them so the allowlist sees
 * them under their usual name.
 */
const CANONICAL_PREFIX: Record<string, string> = { [EPUB_NS]: 'epub', [XLINK_NS]: 'xlink', [XML_NS]: 'xml', [SSML_NS]: 'ssml' };

const KEPT_TAGS = [
  // We sanitize whole documents; DOMPurify's lists are for fragments.
  'html', 'head', 'body', 'title', 'link', 'meta', 'style',
  'section', 'aside', 'nav', 'figure', 'figcaption', 'ruby', 'rt', 'rp', 'rb', 'audio', 'video', 'source', 'track',
  // SVG names are case-sensitive in XHTML, and DOMPurify's lists are lower case
  // (its HTML parser lowercases): without these, gradients, clip paths and text
  // on a path vanish from every illustration.
  'clipPath', 'linearGradient', 'radialGradient', 'textPath',
  'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix', 'feDiffuseLighting',
  'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR',
  'feGaussianBlur', 'feImage', 'feMerge', 'feMergeNode', 'feMorphology', 'feOffset', 'fePointLight',
  'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
  // EPUB allows XHTML inside SVG; its content is sanitized like the rest (see HTML_INTEGRATION_POINTS).
  'foreignObject',
  // <use> of a shape in the same document; a <use> of anything else is a load, which rewriteResources handles.
  'use',
  // MathML that renders one child: <semantics> shows its first child (annotations
  // stay hidden), <maction> its first child; <mmultiscripts> needs <none/> to pair
  // its scripts. Removed, their other children would show as stray text.
  'semantics', 'annotation', 'maction', 'none',
];

/** SVG's camelCase attribute names, for the same reason as its tags (only those DOMPurify allows in lower case). */
const SVG_CAMEL_CASE_ATTRIBUTES = [
  'viewBox', 'preserveAspectRatio', 'gradientUnits', 'gradientTransform', 'patternUnits', 'patternContentUnits',
  'patternTransform', 'clipPathUnits', 'maskUnits', 'maskContentUnits', 'markerUnits', 'markerWidth', 'markerHeight',
  'refX', 'refY', 'spreadMethod', 'startOffset', 'textLength', 'lengthAdjust', 'pathLength', 'stdDeviation',
  'filterUnits', 'primitiveUnits', 'baseFrequency', 'numOctaves', 'stitchTiles', 'tableValues', 'kernelMatrix',
  'kernelUnitLength', 'diffuseConstant', 'specularConstant', 'specularExponent', 'surfaceScale', 'edgeMode',
  'xChannelSelector', 'yChannelSelector', 'preserveAlpha', 'targetX', 'targetY', 'systemLanguage', 'zoomAndPan',
];

const KEPT_ATTRIBUTES = [
  'epub:type', 'epub:prefix', 'xml:lang', 'xml:space', 'ssml:ph', 'ssml:alphabet', 'alttext', 'altimg',
  'xlink:href', 'xlink:title', 'xlink:role', 'xlink:arcrole', 'xlink:show', 'xlink:actuate', 'xlink:type',
  'dir', 'lang', 'role', 'hidden', 'colspan', 'rowspan', 'scope', 'headers', 'start', 'reversed', 'value',
  'epub:textref', 'aria-describedat', 'data-attune-error',
  // The viewport meta's size: epubjs lays out fixed-layout pages by it (the hook keeps no other meta).
  'content',
  ...SVG_CAMEL_CASE_ATTRIBUTES,
];

/**
 * Attributes that hold words, not URLs. DOMPurify checks every other
 * attribute's value against the URL pattern, which drops e.g.
 * `epub:type="prism:issue"` or `alttext="f: x ↦ y"` ("scheme:" followed by text).
 */
const TEXT_ATTRIBUTES = ['alttext', 'epub:type', 'epub:prefix', 'ssml:ph', 'ssml:alphabet', 'xml:lang', 'lang', 'dir', 'content'];

const CONFIG: Config = {
  PARSER_MEDIA_TYPE: 'application/xhtml+xml',
  IN_PLACE: true,
  WHOLE_DOCUMENT: true,
  ADD_TAGS: KEPT_TAGS,
  ADD_ATTR: KEPT_ATTRIBUTES,
  ADD_URI_SAFE_ATTR: TEXT_ATTRIBUTES,
  FORBID_TAGS: [
    'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal', 'fencedframe',
    'noscript', 'template', 'form',
    // MathML's door into HTML; never rendered (only a <semantics>' first child is).
    'annotation-xml',
  ],
  FORBID_ATTR: ['action', 'formaction', 'srcdoc', 'ping', 'http-equiv', 'autofocus', 'xml:base'],
  // Where HTML may sit inside SVG: EPUB's <foreignObject>. (MathML's annotation-xml is forbidden above.)
  HTML_INTEGRATION_POINTS: { foreignobject: true },
  // What an href/src may be before we check it is inside the book: relative
  // references, fragments, the schemes a book may link to, and data: images.
  // No javascript:, vbscript:, file:, ftp:, and no blob: (blob: URLs are ours
  // to make, never the book's). rewriteResources then removes every load
  // that is not the book's own.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|data:image\/(?:png|gif|jpe?g|webp|avif|svg\+xml)[;,]|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  KEEP_CONTENT: true,
  ALLOW_ARIA_ATTR: true,
  ALLOW_DATA_ATTR: true,
  // DOMPurify drops any id or name that is also a property of `document` or of
  // a form (id="title", id="dir", id="images"…), to stop clobbering by scripts
  // in the page. No script runs in a section, and those ids are link targets,
  // so we keep ids; the one element that still shadows document properties our
  // own code reads (document.body…) is <img name>, handled in a hook.
  SANITIZE_DOM: false,
  SAFE_FOR_XML: true,
};

/** Attributes whose value is a URL the element loads or links to. */
const URL_ATTRIBUTES = new Set(['src', 'href', 'xlink:href', 'poster', 'srcset', 'data', 'background', 'altimg']);
const ATTR_WHITESPACE = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g;

let purifier: ReturnType<typeof DOMPurify> | undefined;
let currentReport: SanitizeReport | undefined;

function count(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  // Parsed once: DOMPurify otherwise rebuilds its allowlists on every call
  // (about 3 ms a section).
  purifier.setConfig(CONFIG);
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
    // <img name="body"> would make document.body the image for code that reads the frame from outside.
    if (data.attrName === 'name' && node.localName === 'img') data.keepAttr = false;
    // DOMPurify lets any data: URL through on media elements; only media types may stay.
    if (URL_ATTRIBUTES.has(data.attrName)) {
      const compact = data.attrValue.replace(ATTR_WHITESPACE, '');
      if (/^data:/i.test(compact) && !MEDIA_DATA_URL.test(compact)) data.keepAttr = false;
    }
  });
  return purifier;
}

/**
 * Puts the document in the shape DOMPurify's allowlists expect, without
 * changing what it means: CDATA sections become text (DOMPurify drops them,
 * and with them every `<style><![CDATA[…]]></style>`), prefixed XHTML, SVG
 * and MathML elements (`<m:math>`) lose their prefix, and attributes in the
 * EPUB, XLink, XML and SSML namespaces get their usual prefix.
 */
function normalizeMarkup(doc: Document): void {
  const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_CDATA_SECTION);
  const cdata: Node[] = [];
  while (walker.nextNode()) cdata.push(walker.currentNode);
  for (const node of cdata) node.parentNode?.replaceChild(doc.createTextNode(node.nodeValue ?? ''), node);

  for (const el of [...doc.documentElement.getElementsByTagName('*')]) {
    let target = el;
    if (el.prefix && (el.namespaceURI === XHTML_NS || el.namespaceURI === SVG_NS || el.namespaceURI === MATHML_NS)) {
      target = doc.createElementNS(el.namespaceURI, el.localName);
      for (const attr of [...el.attributes]) target.setAttributeNS(attr.namespaceURI, attr.name, attr.value);
      target.append(...el.childNodes);
      el.replaceWith(target);
    }
    for (const attr of [...target.attributes]) {
      const prefix = attr.namespaceURI ? CANONICAL_PREFIX[attr.namespaceURI] : undefined;
      if (!prefix || attr.prefix === prefix || attr.namespaceURI === XMLNS_NS) continue;
      target.removeAttributeNode(attr);
      target.setAttributeNS(attr.namespaceURI, `${prefix}:${attr.localName}`, attr.value);
    }
  }
}

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
    const wrapper = doc.createElementNS(XHTML_NS, 'div');
    wrapper.setAttribute('class', 'attune-fallback');
    wrapper.setAttribute('data-attune-fallback', el.localName);
    wrapper.append(...el.childNodes);
    el.replaceWith(wrapper);
  }
}

/**
 * When DOMPurify refuses a document (its root is forbidden or in no namespace
 * it knows), nothing of it can be trusted: empty the root epubjs holds and
 * leave a notice, so the reader shows a message instead of failing.
 */
function replaceWithNotice(doc: Document, root: Element): void {
  while (root.firstChild) root.firstChild.remove();
  for (const attr of [...root.attributes]) root.removeAttributeNode(attr);
  if (!root.isConnected) {
    while (doc.firstChild) doc.firstChild.remove();
    doc.appendChild(root);
  }
  const head = doc.createElementNS(XHTML_NS, 'head');
  const title = doc.createElementNS(XHTML_NS, 'title');
  title.textContent = 'This part of the book can’t be shown';
  head.append(title);
  const body = doc.createElementNS(XHTML_NS, 'body');
  const p = doc.createElementNS(XHTML_NS, 'p');
  p.setAttribute('data-attune-error', 'section-unsafe');
  p.textContent = 'This part of the book is not XHTML that can be shown safely. The other parts can still be read: use Next to go on.';
  body.append(p);
  root.append(head, body);
}

/**
 * Removes everything executable or hostile from a section document, in
 * place, keeping what reading needs: MathML, SVG, `epub:type`, ARIA, `role`,
 * `lang`/`xml:lang`, `dir`, `ssml:*`. Resource URLs are checked afterwards by
 * `rewriteResources` (they must stay inside the book). Says what was removed.
 */
export function sanitizeSection(doc: Document): SanitizeReport {
  const report: SanitizeReport = { removedElements: {}, removedAttributes: {} };
  // epubjs serializes the root element it read, so that element must stay the root.
  const root = doc.documentElement;
  // Outside the root, DOMPurify sees nothing: an <?xml-stylesheet?> there
  // would run XSLT (which can fetch) if the whole document were ever shown.
  for (const node of [...doc.childNodes]) {
    if (node.nodeType === Node.PROCESSING_INSTRUCTION_NODE || node.nodeType === Node.COMMENT_NODE) {
      node.remove();
      count(report.removedElements, node.nodeName);
    }
  }
  normalizeMarkup(doc);
  resolveSwitches(doc);
  revealFallbacks(doc);
  // <object> fallback is its content; DOMPurify keeps that content when it
  // removes the element (KEEP_CONTENT), but <param> children are noise.
  for (const param of [...doc.getElementsByTagName('param')]) param.remove();
  const purify = getPurifier();
  currentReport = report;
  try {
    purify.sanitize(root);
    if (doc.documentElement !== root) throw new Error('the root element was removed');
  } catch (error) {
    report.failure = `The section could not be sanitized (${(error as Error)?.message ?? error}); its root is <${root.localName}> in ${root.namespaceURI ? `namespace ${root.namespaceURI}` : 'no namespace'}.`;
    replaceWithNotice(doc, root);
  } finally {
    currentReport = undefined;
  }
  for (const item of purify.removed) {
    if ('element' in item && item.element) count(report.removedElements, (item.element as Element).localName ?? item.element.nodeName);
    else if ('attribute' in item && item.attribute) count(report.removedAttributes, `${(item.from as Element)?.localName ?? '?'}@${item.attribute.name}`);
  }
  return report;
}
