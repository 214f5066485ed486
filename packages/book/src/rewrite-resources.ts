import type { BookResources } from './book-resources.js';
import { rewriteCssUrls } from './css-urls.js';
import { MATHML_NS, SVG_NS, XHTML_NS, XLINK_NS, XML_NS } from './namespaces.js';


/**
 * The frame's own policy: even if something slipped past the sanitizer, no
 * script runs and nothing loads except the book's own files (blob:) and
 * self-contained data: images, media and fonts. Style sheets come only from
 * blob: (the book's, rewritten) or inline: a data: sheet would not have been
 * rewritten.
 */
export const SECTION_CSP = [
  "default-src 'none'",
  'img-src blob: data:',
  'media-src blob: data:',
  "style-src blob: 'unsafe-inline'",
  'font-src blob: data:',
  "script-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "form-action 'none'",
].join('; ');

/** Elements whose href is a link the reader follows, not a file it loads (MathML's href is a link too). */
const NAVIGATION_ELEMENTS = new Set(['a', 'area']);
const URL_ATTRIBUTES = new Set(['src', 'href', 'poster', 'data', 'srcset', 'background', 'altimg']);
/**
 * `<link>` types that make the browser fetch something. Other links
 * (canonical, which epubjs adds itself, author, license…) load nothing; they
 * are removed too, but not reported as loads.
 */
const LOADING_LINK_TYPES = new Set(['stylesheet', 'preload', 'prefetch', 'modulepreload', 'preconnect', 'dns-prefetch', 'prerender', 'icon', 'apple-touch-icon', 'manifest', 'import', 'next']);
/** data: URLs that hold only media; a data: document (text/html, application/xhtml+xml) is not the book's file. */
export const MEDIA_DATA_URL = /^data:(?:image|audio|video|font)\/[\w.+-]+[;,]/i;

export interface RewriteReport {
  /** Loads from outside the book that were removed (attribute values). */
  blockedUrls: string[];
  /** Book paths referenced by the section but missing from the book. */
  missing: string[];
}

/** True for anything with a scheme (http:, file:, blob:, data:…) or a network path (//host). */
function isExternal(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//');
}

/** The candidates of a srcset: URL and descriptors (HTML's "parse a srcset attribute", without validating descriptors). */
function parseSrcset(value: string): { url: string; descriptors: string }[] {
  const candidates: { url: string; descriptors: string }[] = [];
  let pos = 0;
  while (pos < value.length) {
    while (pos < value.length && /[\s,]/.test(value[pos]!)) pos++;
    if (pos >= value.length) break;
    let end = pos;
    while (end < value.length && !/\s/.test(value[end]!)) end++;
    let url = value.slice(pos, end);
    pos = end;
    let descriptors = '';
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else {
      let depth = 0;
      const start = pos;
      for (; pos < value.length; pos++) {
        const c = value[pos];
        if (c === '(') depth++;
        else if (c === ')') depth = Math.max(0, depth - 1);
        else if (c === ',' && depth === 0) break;
      }
      descriptors = value.slice(start, pos).trim();
    }
    if (url) candidates.push({ url, descriptors });
  }
  return candidates;
}

/**
 * Points every file the section loads at the book's blob: URLs, removes loads
 * from anywhere else, and adds the CSP, a `<base>` for link resolution, the
 * language and a title.
 */
export async function rewriteResources(
  doc: Document,
  sectionPath: string,
  sectionUrl: string,
  resources: BookResources,
  fallback: { language: string; title: string },
): Promise<RewriteReport> {
  const report: RewriteReport = { blockedUrls: [], missing: [] };
  const jobs: Promise<void>[] = [];
  const block = (el: Element, attr: Attr, value: string) => {
    report.blockedUrls.push(value);
    el.removeAttributeNode(attr);
    el.setAttribute('data-attune-blocked', value.slice(0, 200));
  };
  const resolveInto = (el: Element, attr: Attr, value: string) => {
    jobs.push(
      resources.urlFrom(sectionPath, value).then((url) => {
        if (url) el.setAttributeNS(attr.namespaceURI, attr.name, url);
        else {
          el.removeAttributeNode(attr);
          el.setAttribute('data-attune-missing', value);
          report.missing.push(value);
        }
      }),
    );
  };
  /** Where one srcset candidate should point: the book's blob: URL, a media data: URL, or nowhere. */
  const srcsetTarget = async (url: string): Promise<string | null> => {
    if (/^data:/i.test(url)) {
      if (MEDIA_DATA_URL.test(url)) return url;
    } else if (!isExternal(url)) {
      const target = await resources.urlFrom(sectionPath, url);
      if (!target) report.missing.push(url);
      return target;
    }
    report.blockedUrls.push(url);
    return null;
  };
  // Every candidate is rewritten (not just the first), so <picture><source srcset> keeps working.
  const rewriteSrcset = (el: Element, attr: Attr, value: string) => {
    const candidates = parseSrcset(value).map(async ({ url, descriptors }) => {
      const target = await srcsetTarget(url);
      return target && (descriptors ? `${target} ${descriptors}` : target);
    });
    jobs.push(
      Promise.all(candidates).then((targets) => {
        const kept = targets.filter((t): t is string => !!t);
        if (kept.length) el.setAttributeNS(attr.namespaceURI, attr.name, kept.join(', '));
        else el.removeAttributeNode(attr);
      }),
    );
  };
  const rewriteCss = (css: string, write: (css: string) => void) => {
    jobs.push(rewriteCssUrls(css, (href) => cssTarget(href)).then((out) => void (out !== css && write(out))));
  };

  for (const el of [...doc.getElementsByTagName('*')]) {
    const name = el.localName;
    if (name === 'link') {
      const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
      const href = (el.getAttribute('href') ?? '').trim();
      if (!rel.includes('stylesheet') || !href || isExternal(href)) {
        if (href && isExternal(href) && rel.some((r) => LOADING_LINK_TYPES.has(r))) report.blockedUrls.push(href);
        el.remove();
        continue;
      }
    }
    const isLink = NAVIGATION_ELEMENTS.has(name) || el.namespaceURI === MATHML_NS;
    for (const attr of [...el.attributes]) {
      const local = attr.localName;
      if (attr.namespaceURI && attr.namespaceURI !== XLINK_NS) continue;
      if (!URL_ATTRIBUTES.has(local)) {
        // SVG presentation attributes are CSS values: fill="url(…)", filter="url(…)", mask="url(…)" load too.
        const presentation = el.namespaceURI === SVG_NS && !attr.namespaceURI && local !== 'style' && !/^(?:aria|data)-/.test(local);
        if (presentation && /[(\\]/.test(attr.value)) {
          rewriteCss(attr.value, (css) => el.setAttribute(attr.name, css));
        }
        continue;
      }
      const value = attr.value.trim();
      if (local === 'href' && isLink) continue; // links: epubjs turns them into page turns
      if (value.startsWith('#')) continue;
      // An empty URL names nothing, or else the document itself (" " on an SVG <image>): nothing to load.
      if (!value) el.removeAttributeNode(attr);
      else if (local === 'srcset') rewriteSrcset(el, attr, value);
      else if (/^data:/i.test(value)) {
        if (!MEDIA_DATA_URL.test(value)) block(el, attr, value);
      } else if (isExternal(value)) block(el, attr, value);
      else resolveInto(el, attr, value);
    }
    const style = el.getAttribute('style');
    if (style && /[(\\@]/.test(style)) rewriteCss(style, (css) => el.setAttribute('style', css));
    if (name === 'style') rewriteCss(el.textContent ?? '', (css) => void (el.textContent = css));
  }

  function cssTarget(href: string): Promise<string | null> {
    if (isExternal(href)) {
      report.blockedUrls.push(href);
      return Promise.resolve(null);
    }
    return resources.urlFrom(sectionPath, href).then((url) => {
      if (!url) report.missing.push(href);
      return url;
    });
  }

  await Promise.all(jobs);
  finishHead(doc, sectionUrl, fallback);
  return report;
}

function finishHead(doc: Document, sectionUrl: string, fallback: { language: string; title: string }): void {
  const root = doc.documentElement;
  // Only a <head> that is a child of the root is the document's head; a CSP
  // meta anywhere else (say, in a <head> inside <foreignObject>) is ignored.
  let head = [...root.children].find((c) => c.namespaceURI === XHTML_NS && c.localName === 'head');
  if (!head) {
    head = doc.createElementNS(XHTML_NS, 'head');
    root.insertBefore(head, root.firstChild);
  }
  for (const old of [...head.querySelectorAll('base')]) old.remove();
  const csp = doc.createElementNS(XHTML_NS, 'meta');
  csp.setAttribute('http-equiv', 'Content-Security-Policy');
  csp.setAttribute('content', SECTION_CSP);
  const base = doc.createElementNS(XHTML_NS, 'base');
  // epubjs resolves in-book links against <base>; it points at the made-up
  // book origin (or the book's folder), where CSP forbids any load.
  base.setAttribute('href', sectionUrl);
  // Chromium resolves the host names of links ahead of time on http: pages;
  // a book's external links must not reach even a DNS server.
  const dnsPrefetch = doc.createElementNS(XHTML_NS, 'meta');
  dnsPrefetch.setAttribute('http-equiv', 'x-dns-prefetch-control');
  dnsPrefetch.setAttribute('content', 'off');
  head.insertBefore(base, head.firstChild);
  head.insertBefore(dnsPrefetch, head.firstChild);
  // First of all, so the policy covers everything after it.
  head.insertBefore(csp, head.firstChild);

  // Keep the language when the document is shown: XHTML says xml:lang,
  // assistive technology and axe look at lang.
  const lang = root.getAttribute('lang') || root.getAttributeNS(XML_NS, 'lang') || fallback.language;
  if (lang) {
    root.setAttribute('lang', lang);
    root.setAttributeNS(XML_NS, 'xml:lang', lang);
  }
  let title: Element | undefined = head.getElementsByTagName('title')[0];
  if (!title) {
    title = doc.createElementNS(XHTML_NS, 'title');
    head.appendChild(title);
  }
  if (!title.textContent?.trim()) title.textContent = fallback.title;
}
