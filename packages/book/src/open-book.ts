import { Book } from 'epubjs';

/** The parts of an epubjs Section we use (its typings are not exported by path). */
interface EpubSection {
  url: string;
  href: string;
}
import { BookResources } from './book-resources.js';
import { locatePackage } from './container.js';
import { BookError, isBookError } from './errors.js';
import { FolderSource } from './folder-source.js';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './limits.js';
import { mediaTypeFromPath } from './media-types.js';
import { readNavigation, type BookNavigation, type NavPoint } from './navigation.js';
import { readPackageDocument, type AccessibilityMetadata, type PackageDocument } from './package-document.js';
import { ReadingPositions } from './reading-positions.js';
import { rewriteResources } from './rewrite-resources.js';
import { sanitizeSection } from './sanitize-section.js';
import { sectionPlaceholder } from './section-placeholder.js';
import { pathInBook, type PublicationSource } from './source.js';
import { parseXml } from './xml.js';
import { ZipSource } from './zip-source.js';

/** What can be opened: a URL of an .epub or of an unpacked folder (ending in `/`), or the bytes of an .epub. */
export type BookInput = string | URL | ArrayBuffer | Uint8Array | Blob;

export interface OpenBookOptions {
  /** Give up after this long (ms). The embedding contract promises an answer within 10 s. */
  timeoutMs?: number;
  /** Zip-bomb limits; the defaults suit books up to several hundred MB. */
  limits?: Partial<ZipLimits>;
  /** Cancels opening. */
  signal?: AbortSignal;
}

export interface BookMetadata {
  title: string;
  language: string;
  /** Direction pages progress in: `rtl` books turn pages to the left. */
  dir: 'ltr' | 'rtl';
  layout: 'reflowable' | 'pre-paginated';
  spread: string;
  identifier: string;
  modified?: string;
  version: string;
  accessibility: AccessibilityMetadata;
}

export interface SectionInfo {
  index: number;
  /** Book-root path, e.g. `OEBPS/chapter-1.xhtml`. */
  path: string;
  /** The href epubjs uses for this section (relative to the package document). */
  href: string;
  linear: boolean;
  /** The first table-of-contents label pointing into this section, if any. */
  label?: string;
  /** `rendition:layout-pre-paginated` and friends on the itemref. */
  properties: string[];
}

/** Something wrong inside a book that still opened. */
export interface BookProblem {
  code: 'section-missing' | 'section-invalid' | 'resource-missing' | 'font-unreadable' | 'outside-load-removed' | 'script-removed';
  /** Book path where it was found. */
  where: string;
  message: string;
}

const RTL_LANGUAGES = /^(ar|he|iw|fa|ur|yi|ps|sd|ug|dv|ckb|syr)(-|$)/i;

export function languageDirection(language: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.test(language) ? 'rtl' : 'ltr';
}

/** An open publication: epubjs underneath, with sanitizing, typed errors, navigation and positions on top. */
export class AttuneBook {
  /** The epubjs Book, for rendering. Its sections are sanitized as they load. */
  readonly epub: Book;
  readonly metadata: BookMetadata;
  readonly sections: SectionInfo[];
  private nav: BookNavigation = { toc: [], pageList: [], landmarks: [], from: 'none' };
  readonly positions: ReadingPositions;
  /** Problems found in the book so far (grows as sections load). */
  readonly problems: BookProblem[] = [];
  private readonly resources: BookResources;
  private readonly byPath = new Map<string, number>();

  constructor(
    readonly source: PublicationSource,
    readonly packageDocument: PackageDocument,
  ) {
    this.resources = new BookResources(source, packageDocument);
    const pkg = packageDocument;
    this.metadata = {
      title: pkg.title || 'Untitled book',
      language: pkg.language,
      dir: pkg.pageProgression === 'default' ? languageDirection(pkg.language) : pkg.pageProgression,
      layout: pkg.layout,
      spread: pkg.spread,
      identifier: pkg.identifier,
      modified: pkg.modified,
      version: pkg.version,
      accessibility: pkg.accessibility,
    };
    const opfDir = pkg.path.includes('/') ? pkg.path.slice(0, pkg.path.lastIndexOf('/') + 1) : '';
    this.sections = pkg.spine.map((item, index) => ({
      index,
      path: item.path,
      href: item.path.startsWith(opfDir) ? item.path.slice(opfDir.length) : item.path,
      linear: item.linear,
      properties: item.properties,
    }));
    this.sections.forEach((s) => this.byPath.set(s.path, s.index));
    this.positions = new ReadingPositions(pkg.spine, source);
    this.epub = new Book({ requestMethod: (url: string, type: string) => this.request(url, type), replacements: 'none' });
    this.epub.spine.hooks.content.register((doc: Document, section: EpubSection) => this.prepareSection(doc, section));
  }

  /** Table of contents, page list and landmarks (empty lists when the book has none). */
  get navigation(): BookNavigation {
    return this.nav;
  }

  /** Takes the navigation once read (it is read while epubjs opens the package) and labels sections from it. */
  useNavigation(navigation: BookNavigation): void {
    this.nav = navigation;
    const labels = new Map<string, string>();
    const collect = (points: NavPoint[]) => {
      for (const p of points) {
        const path = p.href.split('#')[0]!;
        if (path && !labels.has(path) && p.label) labels.set(path, p.label);
        collect(p.children);
      }
    };
    collect(navigation.toc);
    for (const section of this.sections) section.label = labels.get(section.path);
  }

  /** Lets epubjs read the book only through our source; missing sections become an in-place message. */
  private async request(url: string, type?: string | null): Promise<object> {
    const path = pathInBook(this.source, url);
    if (path === null) throw new BookError('resource-missing', `“${url}” is outside the book.`, { where: url });
    const item = this.packageDocument.byPath.get(path);
    const mediaType = item?.mediaType || mediaTypeFromPath(path);
    const spineIndex = this.byPath.get(path);
    if (type === 'blob' || type === 'binary') {
      const blob = await this.source.blob(path, mediaType);
      return type === 'blob' ? blob : blob.arrayBuffer();
    }
    let text: string;
    try {
      text = await this.source.text(path);
    } catch (error) {
      if (spineIndex !== undefined && isBookError(error)) {
        this.report({ code: 'section-missing', where: path, message: `The section “${path}” is missing from the book.` });
        return sectionPlaceholder('section-missing', path, '', this.metadata.language);
      }
      throw error;
    }
    if (type === 'json' || path.endsWith('.json')) return JSON.parse(text);
    const isHtml = mediaType === 'text/html';
    const isMarkup = isHtml || /xml|xhtml|smil|svg/.test(mediaType) || ['xml', 'opf', 'ncx', 'xhtml', 'html', 'htm'].includes(type ?? '');
    // epubjs passes non-markup text through untouched.
    if (!isMarkup) return text as unknown as object;
    const parsed = parseXml(text, isHtml ? 'text/html' : mediaType === 'application/xhtml+xml' ? 'application/xhtml+xml' : mediaType === 'image/svg+xml' ? 'image/svg+xml' : 'application/xml');
    if ('doc' in parsed && spineIndex !== undefined && mediaType === 'image/svg+xml') return wrapSvgDocument(parsed.doc, this.metadata.language);
    if ('doc' in parsed) return parsed.doc;
    if (spineIndex !== undefined) {
      this.report({ code: 'section-invalid', where: path, message: `The section “${path}” is not well-formed XHTML: ${parsed.error}` });
      return sectionPlaceholder('section-invalid', path, parsed.error, this.metadata.language);
    }
    throw new BookError('resource-missing', `“${path}” is not well-formed XML (${parsed.error}).`, { where: path });
  }

  /** Sanitizes a section as it loads and points its resources at the book's own files. */
  private async prepareSection(doc: Document, section: EpubSection): Promise<void> {
    const path = pathInBook(this.source, section.url) ?? section.href;
    const report = sanitizeSection(doc);
    if (report.failure) this.report({ code: 'section-invalid', where: path, message: `The section “${path}” could not be made safe to show, so its content is hidden: ${report.failure}` });
    const scripts = report.removedElements['script'] ?? 0;
    if (scripts) this.report({ code: 'script-removed', where: path, message: `${scripts} script(s) removed from “${path}”; scripts never run in Attune.` });
    const index = this.byPath.get(path);
    const label = (index !== undefined && this.sections[index]?.label) || this.metadata.title;
    const rewrite = await rewriteResources(doc, path, section.url, this.resources, { language: this.metadata.language, title: label });
    for (const url of new Set(rewrite.blockedUrls)) {
      this.report({ code: 'outside-load-removed', where: path, message: `A load from outside the book was removed: ${url}` });
    }
    for (const path of this.resources.unreadablePaths) {
      this.report({ code: 'font-unreadable', where: path, message: `The embedded font “${path}” is encrypted or obfuscated with a key that does not match this book; other fonts are used instead.` });
    }
    for (const missing of new Set(rewrite.missing)) {
      this.report({ code: 'resource-missing', where: path, message: `“${missing}”, used in “${path}”, is missing from the book.` });
    }
  }

  private report(problem: BookProblem): void {
    if (!this.problems.some((p) => p.code === problem.code && p.where === problem.where && p.message === problem.message)) {
      this.problems.push(problem);
    }
  }

  /** The spine index of a book path (fragment ignored), or -1. */
  indexOfPath(path: string): number {
    return this.byPath.get(path.split('#')[0]!) ?? -1;
  }

  /**
   * Turns a target — a book path with or without `#fragment`, a bare
   * `#fragment` (in `currentIndex`), a spine href, or an EPUB CFI — into what
   * epubjs's `display()` takes. Null when the target is not in the book.
   */
  resolveTarget(target: string, currentIndex = 0): string | null {
    if (target.startsWith('epubcfi(')) return target;
    const [file, fragment] = target.split('#', 2) as [string, string | undefined];
    let index = file ? this.indexOfPath(file) : currentIndex;
    if (index < 0) index = this.sections.findIndex((s) => s.href === file);
    if (index < 0 && file) index = this.sections.findIndex((s) => s.path.endsWith(`/${file}`));
    const section = this.sections[index];
    if (!section) return null;
    return fragment ? `${section.href}#${fragment}` : section.href;
  }

  /** Book path (with `#fragment`) of a URL as it appears inside a rendered section, or null when outside the book. */
  pathOfUrl(url: string): string | null {
    const path = pathInBook(this.source, url);
    if (path === null) return null;
    const hash = url.indexOf('#');
    return hash >= 0 ? path + url.slice(hash) : path;
  }

  /** A section's document, loaded and sanitized the same way as for display (e.g. to show a note from another file). */
  async sectionDocument(index: number): Promise<Document> {
    const section = this.epub.spine.get(index) as unknown as { load(request: (path: string) => Promise<object>): Promise<Element> } | null;
    if (!section) throw new BookError('resource-missing', `There is no section ${index}.`);
    const root = await section.load(this.epub.load.bind(this.epub) as (path: string) => Promise<object>);
    return root.ownerDocument;
  }

  /** A file of the book as the reader uses it (obfuscated fonts restored); null when it cannot be read (DRM). */
  resourceBytes(path: string): Promise<Uint8Array | null> {
    return this.resources.bytes(path);
  }

  /** Reads a section's markup (for measuring, search, checks). */
  sectionText(index: number): Promise<string> {
    const section = this.sections[index];
    if (!section) return Promise.reject(new BookError('resource-missing', `There is no section ${index}.`));
    return this.source.text(section.path);
  }

  /** Measures every section's text in the background so progress is exact. */
  measurePositions(signal?: AbortSignal): Promise<void> {
    return this.positions.measureAll((path) => this.source.text(path), signal);
  }

  /** Releases the book: epubjs's views and every blob: URL. */
  destroy(): void {
    // epubjs finishes loading its navigation after `opened`; destroying it
    // before then makes its own promise chain throw (an unhandled rejection).
    const settled = Promise.race([this.epub.ready.catch(() => undefined), new Promise((r) => setTimeout(r, 10_000))]);
    void settled.then(() => {
      this.epub.destroy();
      return this.resources.revokeAll();
    });
  }
}

/**
 * An SVG document in the spine becomes the only child of an XHTML page: the
 * rest of the reader (sanitizing, CSP, styles, epubjs's layout) expects an
 * XHTML document with a head and a body.
 */
function wrapSvgDocument(svgDoc: Document, language: string): Document {
  const XHTML = 'http://www.w3.org/1999/xhtml';
  const doc = document.implementation.createDocument(XHTML, 'html', null);
  const html = doc.documentElement;
  if (language) html.setAttribute('lang', language);
  const head = doc.createElementNS(XHTML, 'head');
  const title = doc.createElementNS(XHTML, 'title');
  title.textContent = svgDoc.querySelector('title')?.textContent ?? '';
  const style = doc.createElementNS(XHTML, 'style');
  style.textContent = 'html, body { margin: 0; height: 100%; } body > svg { display: block; width: 100%; height: 100%; }';
  head.append(title, style);
  const body = doc.createElementNS(XHTML, 'body');
  body.append(doc.importNode(svgDoc.documentElement, true));
  html.append(head, body);
  return doc;
}

function deadline<T>(work: Promise<T>, ms: number, controller: AbortController, outer?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      controller.abort();
      reject(new BookError('timeout', `The book did not open within ${Math.round(ms / 1000)} seconds.`));
    }, ms);
    const onAbort = () => {
      controller.abort();
      reject(new BookError('aborted', 'Opening was cancelled.'));
    };
    outer?.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    });
  });
}

async function fetchBytes(url: string, signal: AbortSignal): Promise<{ bytes: ArrayBuffer; response: Response }> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (cause) {
    if (signal.aborted) throw cause;
    throw new BookError('network', `The book at ${url} could not be downloaded.`, { where: url, cause });
  }
  if (response.status === 404 || response.status === 410) throw new BookError('not-found', `There is no book at ${url}.`, { where: url });
  if (!response.ok) throw new BookError('network', `The server answered ${response.status} for ${url}.`, { where: url });
  return { bytes: await response.arrayBuffer(), response };
}

async function createSource(input: BookInput, limits: ZipLimits, signal: AbortSignal): Promise<PublicationSource> {
  if (input instanceof ArrayBuffer || input instanceof Uint8Array) return ZipSource.open(input, limits, 'the chosen file');
  if (input instanceof Blob) {
    const name = 'name' in input ? String((input as File).name) : 'the chosen file';
    if (input.size > limits.maxArchiveBytes) return ZipSource.open(new Uint8Array(0), { ...limits, maxArchiveBytes: -1 }, name);
    return ZipSource.open(await input.arrayBuffer(), limits, name);
  }
  const url = new URL(String(input), document.baseURI).href;
  if (url.endsWith('/')) return new FolderSource(url, signal);
  try {
    const { bytes } = await fetchBytes(url, signal);
    return await ZipSource.open(bytes, limits, url);
  } catch (error) {
    // A folder given without its trailing slash still opens.
    if (isBookError(error) && (error.code === 'not-a-zip' || error.code === 'not-found')) {
      const probe = await fetch(`${url}/META-INF/container.xml`, { signal, method: 'HEAD' }).catch(() => null);
      if (probe?.ok) return new FolderSource(`${url}/`, signal);
    }
    throw error;
  }
}

/**
 * Opens a publication. Resolves with an AttuneBook or rejects with a
 * BookError whose `code` says why — within `timeoutMs` (10 s by default).
 */
export async function openBook(input: BookInput, options: OpenBookOptions = {}): Promise<AttuneBook> {
  const controller = new AbortController();
  const limits = { ...DEFAULT_ZIP_LIMITS, ...options.limits };
  const work = (async () => {
    const source = await createSource(input, limits, controller.signal);
    const opfPath = await locatePackage(source);
    const pkg = await readPackageDocument(source, opfPath);
    const book = new AttuneBook(source, pkg);
    try {
      // Our navigation and epubjs's own parsing of the package run side by side.
      const [navigation] = await Promise.all([
        readNavigation(source, pkg),
        book.epub.open(source.baseUrl + opfPath.split('/').map(encodeURIComponent).join('/'), 'opf').then(() => book.epub.opened),
      ]);
      book.useNavigation(navigation);
    } catch (cause) {
      book.destroy();
      if (isBookError(cause)) throw cause;
      throw new BookError('package-invalid', `The package document “${opfPath}” could not be read (${String((cause as Error)?.message ?? cause)}).`, { where: opfPath, cause });
    }
    if (controller.signal.aborted) book.destroy();
    return book;
  })();
  return deadline(work, options.timeoutMs ?? 10_000, controller, options.signal);
}
