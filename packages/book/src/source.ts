/**
 * Where a publication's files come from: a ZIP archive in memory or an
 * unpacked folder on a server. Everything else in the package reads the book
 * only through this interface, so "nothing outside the book" is enforced in
 * one place.
 */
export interface SizeHint {
  /** Bytes once unpacked (the file's real size). */
  uncompressed: number;
  /** Bytes as stored in the zip; deflate squeezes repetitive markup much more than prose. */
  compressed: number;
}

export interface PublicationSource {
  readonly kind: 'zip' | 'folder';
  /**
   * The URL the book's paths are resolved against (ends with `/`). For a zip
   * it is a made-up origin that can never be fetched: anything that slips
   * through unrewritten resolves there and is blocked by the frame's CSP.
   */
  readonly baseUrl: string;
  /** True when `path` (relative to the book root, no leading slash) exists; undefined when unknown without a request. */
  has(path: string): boolean | undefined;
  /** Sizes from the zip directory, when the source knows them. */
  sizeHint(path: string): SizeHint | undefined;
  /** The file as text; rejects with BookError `resource-missing`. */
  text(path: string): Promise<string>;
  /** The file as a Blob of the given media type; rejects with BookError `resource-missing`. */
  blob(path: string, mediaType: string): Promise<Blob>;
  /** Every path in the publication, when the source can list them. */
  list(): string[] | undefined;
}

/** Book-root-relative path for an absolute URL inside the book, or null when it points outside. */
export function pathInBook(source: PublicationSource, url: string): string | null {
  if (!url.startsWith(source.baseUrl)) return null;
  const rest = url.slice(source.baseUrl.length).split(/[?#]/, 1)[0]!;
  try {
    return decodeURIComponent(rest);
  } catch {
    return rest;
  }
}
