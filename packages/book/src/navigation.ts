import type { PackageDocument } from './package-document.js';
import type { PublicationSource } from './source.js';
import { parseXml, resolveBookPath } from './xml.js';

/** One entry of the table of contents, page list or landmarks, with its target as a book path. */
export interface NavPoint {
  label: string;
  /** Book-root path plus `#fragment` (e.g. `OEBPS/ch3.xhtml#sec2`); empty for a heading without a link. */
  href: string;
  /** `epub:type` of a landmark (e.g. `bodymatter`, `toc`). */
  type?: string;
  children: NavPoint[];
}

export interface BookNavigation {
  toc: NavPoint[];
  /** Print page equivalents; present even when the nav hides them with `hidden`. */
  pageList: NavPoint[];
  landmarks: NavPoint[];
  /** Where the navigation came from. */
  from: 'nav' | 'ncx' | 'none';
}

const EPUB_NS = 'http://www.idpf.org/2007/ops';

function epubType(el: Element): string {
  return el.getAttributeNS(EPUB_NS, 'type') ?? el.getAttribute('epub:type') ?? '';
}

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function navList(ol: Element | null, navPath: string): NavPoint[] {
  if (!ol) return [];
  const points: NavPoint[] = [];
  for (const li of ol.children) {
    if (li.localName !== 'li') continue;
    const link = [...li.children].find((c) => c.localName === 'a' || c.localName === 'span');
    const rawHref = link?.localName === 'a' ? link.getAttribute('href') ?? '' : '';
    const href = rawHref ? resolveHref(navPath, rawHref) : '';
    const label = link?.getAttribute('title') || text(link) || link?.querySelector('img')?.getAttribute('alt') || '';
    const childList = [...li.children].find((c) => c.localName === 'ol') ?? null;
    points.push({ label, href, type: link ? epubType(link) || undefined : undefined, children: navList(childList, navPath) });
  }
  return points;
}

function resolveHref(fromPath: string, href: string): string {
  const [file, fragment] = href.split('#', 2) as [string, string | undefined];
  const path = file ? resolveBookPath(fromPath, file) ?? '' : fromPath;
  return fragment ? `${path}#${fragment}` : path;
}

function ncxPoints(parent: Element, ncxPath: string, childName: string): NavPoint[] {
  return [...parent.children]
    .filter((el) => el.localName === childName)
    .map((el) => {
      const content = [...el.children].find((c) => c.localName === 'content');
      const label = [...el.children].find((c) => c.localName === 'navLabel');
      const src = content?.getAttribute('src') ?? '';
      return { label: text(label), href: src ? resolveHref(ncxPath, src) : '', children: ncxPoints(el, ncxPath, childName) };
    });
}

/** Reads the EPUB 3 navigation document, or the NCX of an EPUB 2 book. Damaged navigation gives empty lists, never an error. */
export async function readNavigation(source: PublicationSource, pkg: PackageDocument): Promise<BookNavigation> {
  const navItem = [...pkg.manifest.values()].find((item) => item.properties.includes('nav'));
  if (navItem) {
    const parsed = await source.text(navItem.path).then((t) => parseXml(t, 'application/xhtml+xml'), () => null);
    if (parsed && 'doc' in parsed) {
      const navs = [...parsed.doc.getElementsByTagNameNS('*', 'nav')];
      const byType = (type: string) => navs.find((n) => epubType(n).split(/\s+/).includes(type));
      const listOf = (nav: Element | undefined) => navList(nav ? [...nav.children].find((c) => c.localName === 'ol') ?? null : null, navItem.path);
      const toc = listOf(byType('toc') ?? navs[0]);
      if (toc.length) return { toc, pageList: listOf(byType('page-list')), landmarks: listOf(byType('landmarks')), from: 'nav' };
    }
  }
  const ncxItem = [...pkg.manifest.values()].find((item) => item.mediaType === 'application/x-dtbncx+xml');
  if (ncxItem) {
    const parsed = await source.text(ncxItem.path).then((t) => parseXml(t), () => null);
    if (parsed && 'doc' in parsed) {
      const navMap = parsed.doc.getElementsByTagNameNS('*', 'navMap')[0];
      const pageList = parsed.doc.getElementsByTagNameNS('*', 'pageList')[0];
      return {
        toc: navMap ? ncxPoints(navMap, ncxItem.path, 'navPoint') : [],
        pageList: pageList ? ncxPoints(pageList, ncxItem.path, 'pageTarget') : [],
        landmarks: [],
        from: 'ncx',
      };
    }
  }
  return { toc: [], pageList: [], landmarks: [], from: 'none' };
}
