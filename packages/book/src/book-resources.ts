import { rewriteCssUrls } from './css-urls.js';
import { deobfuscateFont, readEncryption } from './font-obfuscation.js';
import { mediaTypeFromPath } from './media-types.js';
import type { PackageDocument } from './package-document.js';
import type { PublicationSource } from './source.js';
import { resolveBookPath } from './xml.js';

/** Style sheets importing style sheets deeper than this are not followed. */
const MAX_IMPORT_DEPTH = 8;

/**
 * blob: URLs for the book's files, made on first use (a chapter's images and
 * style sheets, not the whole book up front as epubjs does) and revoked when
 * the book closes. Style sheets are served rewritten so their own url()s stay
 * inside the book.
 */
export class BookResources {
  private readonly urls = new Map<string, Promise<string | null>>();
  private readonly missing = new Set<string>();
  private encryption: Promise<Map<string, string>> | undefined;
  private readonly unreadable = new Set<string>();

  /** Encrypted or wrongly obfuscated files that were not served (their text falls back to other fonts). */
  get unreadablePaths(): string[] {
    return [...this.unreadable];
  }

  constructor(private readonly source: PublicationSource, private readonly pkg: PackageDocument) {}

  /** The bytes of a book file as the reader should use them (obfuscated fonts restored); null when unreadable (e.g. DRM). */
  async bytes(path: string): Promise<Uint8Array | null> {
    this.encryption ??= readEncryption(this.source);
    const algorithm = (await this.encryption).get(path);
    const raw = new Uint8Array(await (await this.source.blob(path, 'application/octet-stream')).arrayBuffer());
    return algorithm ? deobfuscateFont(raw, algorithm, this.pkg.identifier) : raw;
  }

  /** Paths that were referenced but are not in the book. */
  get missingPaths(): string[] {
    return [...this.missing];
  }

  /**
   * blob: URL for a book path, or null when the file is missing. `importing`
   * is the chain of style sheets that led here: a sheet that imports itself,
   * directly or round a loop, would otherwise wait on its own URL forever.
   */
  url(path: string, importing: readonly string[] = []): Promise<string | null> {
    if (importing.includes(path) || importing.length > MAX_IMPORT_DEPTH) return Promise.resolve(null);
    let url = this.urls.get(path);
    if (!url) {
      url = this.load(path, importing);
      this.urls.set(path, url);
    }
    return url;
  }

  private mediaType(path: string): string {
    return this.pkg.byPath.get(path)?.mediaType || mediaTypeFromPath(path);
  }

  private async load(path: string, importing: readonly string[]): Promise<string | null> {
    if (this.source.has(path) === false) {
      this.missing.add(path);
      return null;
    }
    try {
      const type = this.mediaType(path);
      if (type === 'text/css') {
        const chain = [...importing, path];
        const css = await rewriteCssUrls(await this.source.text(path), (href) => this.urlFrom(path, href, chain));
        return URL.createObjectURL(new Blob([css], { type: 'text/css' }));
      }
      this.encryption ??= readEncryption(this.source);
      if ((await this.encryption).has(path)) {
        const bytes = await this.bytes(path);
        if (!bytes) {
          this.unreadable.add(path);
          return null;
        }
        return URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
      }
      return URL.createObjectURL(await this.source.blob(path, type));
    } catch {
      this.missing.add(path);
      return null;
    }
  }

  /** blob: URL for `href` as written in the file at `fromPath`, keeping its #fragment. */
  async urlFrom(fromPath: string, href: string, importing: readonly string[] = []): Promise<string | null> {
    const [file, fragment] = href.split('#', 2) as [string, string | undefined];
    if (!file) return null;
    const path = resolveBookPath(fromPath, file);
    if (!path) return null;
    const url = await this.url(path, importing);
    return url && fragment ? `${url}#${fragment}` : url;
  }

  /** Revokes every blob: URL made for this book. */
  async revokeAll(): Promise<void> {
    const all = await Promise.all(this.urls.values());
    for (const url of all) if (url) URL.revokeObjectURL(url);
    this.urls.clear();
  }
}
