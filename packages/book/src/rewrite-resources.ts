import type { BookResources } from './book-resources.js';
import { rewriteCssUrls } from './css-urls.js';

const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/**
 * The frame's own policy: even if something slipped past the sanitizer, no
 * script runs and nothing loads except the book's own files (blob:/data:).
 */
export const SECTION_CSP = [
  "default-src 'none'",
  'img-src blob: data:',
  'media-src blob: data:',
  "style-src blob: data: 'unsafe-inline'",
  'font-src blob: data:',
  "script-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "form-action 'none'",
].join('; ');

/** Elements whose href is a link the reader follows, not a file it loads. */
const NAVIGATION_ELEMENTS = new Set(['a', 'area']);
const URL_ATTRIBUTES = ['src', 'href', 'poster', 'data', 'srcset', 'background'];

export interface RewriteReport {
  /** Loads from outside the book that were removed (attribute values). */
  blockedUrls: string[];
  /** Book paths referenced by the section but missing from the book. */
  missing: string[];
}

function isExternal(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//');
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

  for (const el of [...doc.getElementsByTagName('*')]) {
    const name = el.localName;
    if (name === 'link') {
      const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
      const href = el.getAttribute('href') ?? '';
      if (!rel.includes('stylesheet') || !href || isExternal(href)) {
        if (href && isExternal(href)) report.blockedUrls.push(href);
        el.remove();
        continue;
      }
    }
    for (const attr of [...el.attributes]) {
      const local = attr.localName;
      if (!URL_ATTRIBUTES.includes(local)) continue;
      if (attr.namespaceURI && attr.namespaceURI !== XLINK_NS) continue;
      const value = attr.value.trim();
      if (local === 'href' && NAVIGATION_ELEMENTS.has(name)) continue; // links: epubjs turns them into page turns
      if (!value || value.startsWith('#') || value.startsWith('blob:') || value.startsWith('data:')) continue;
      if (local === 'srcset') {
        // Pick the first candidate as src; srcset's other densities are not worth a second loader.
        el.removeAttributeNode(attr);
        const first = value.split(',')[0]?.trim().split(/\s+/)[0];
        if (first && !isExternal(first) && !el.hasAttribute('src')) el.setAttribute('src', first), resolveInto(el, el.getAttributeNode('src')!, first);
        continue;
      }
      if (isExternal(value)) {
        report.blockedUrls.push(value);
        el.removeAttributeNode(attr);
        el.setAttribute('data-attune-blocked', value.slice(0, 200));
        continue;
      }
      resolveInto(el, attr, value);
    }
    const style = el.getAttribute('style');
    if (style && /url\(|@import|expression|binding|behavior/i.test(style)) {
      jobs.push(rewriteCssUrls(style, (href) => cssTarget(href)).then((css) => el.setAttribute('style', css)));
    }
    if (name === 'style') {
      jobs.push(rewriteCssUrls(el.textContent ?? '', (href) => cssTarget(href)).then((css) => void (el.textContent = css)));
    }
  }

  function cssTarget(href: string): Promise<string | null> {
    if (isExternal(href)) {
      report.blockedUrls.push(href);
      return Promise.resolve(null);
    }
    return resources.urlFrom(sectionPath, href);
  }

  await Promise.all(jobs);
  finishHead(doc, sectionUrl, fallback);
  return report;
}

function finishHead(doc: Document, sectionUrl: string, fallback: { language: string; title: string }): void {
  const root = doc.documentElement;
  let head = doc.getElementsByTagNameNS(XHTML_NS, 'head')[0] ?? root.getElementsByTagName('head')[0];
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
  head.insertBefore(base, head.firstChild);
  head.insertBefore(csp, head.firstChild);

  // Keep the language when the document is shown: XHTML says xml:lang,
  // assistive technology and axe look at lang.
  const XML_NS = 'http://www.w3.org/XML/1998/namespace';
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
