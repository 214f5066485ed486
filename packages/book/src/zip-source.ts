import JSZip from 'jszip';
import { BookError } from './errors.js';
import type { ZipLimits } from './limits.js';
import type { PublicationSource, SizeHint } from './source.js';

/**
 * JSZip keeps what the central directory declares, and the still-compressed
 * bytes, on a private field. We read it so that (1) limits are checked before
 * inflating anything and (2) inflating uses the browser's native
 * DecompressionStream, several times faster than JSZip's JavaScript inflate
 * on a large image or chapter.
 */
interface ZipEntryWithSizes extends JSZip.JSZipObject {
  _data?: {
    compressedSize?: number;
    uncompressedSize?: number;
    compressedContent?: Uint8Array;
    compression?: { magic: string };
  };
}

const STORE = '\x00\x00';
const DEFLATE = '\x08\x00';
const nativeInflate = typeof DecompressionStream === 'function';

/** Inflates raw DEFLATE data natively, refusing to produce more than `expected` bytes (a lying header). */
async function inflateRaw(data: Uint8Array, expected: number, path: string): Promise<Uint8Array> {
  // A stream straight over the bytes (a Blob would copy them first).
  const input = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(data);
      controller.close();
    },
  });
  const stream = input.pipeThrough(new DecompressionStream('deflate-raw') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
  const reader = stream.getReader();
  const out = new Uint8Array(expected);
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (length + value.byteLength > expected) {
      await reader.cancel();
      throw new BookError('too-large', `“${path}” unpacks to more than the zip directory declares, which is how “zip bombs” are built.`, { where: path });
    }
    out.set(value, length);
    length += value.byteLength;
  }
  if (length !== expected) throw new BookError('not-a-zip', `“${path}” is damaged inside the archive (it unpacks to ${length} of ${expected} bytes).`, { where: path });
  return out;
}

let zipCounter = 0;

/** A publication inside a ZIP archive held in memory. */
export class ZipSource implements PublicationSource {
  readonly kind = 'zip' as const;
  readonly baseUrl: string;
  private readonly sizes = new Map<string, SizeHint>();

  private constructor(private readonly zip: JSZip) {
    // `.invalid` is reserved (RFC 2606): it never resolves, so a URL that
    // escapes our rewriting cannot reach any network.
    this.baseUrl = `https://book-${++zipCounter}.attune.invalid/`;
    zip.forEach((path, entry) => {
      const data = (entry as ZipEntryWithSizes)._data;
      if (!entry.dir) this.sizes.set(path, { uncompressed: data?.uncompressedSize ?? 0, compressed: data?.compressedSize ?? 0 });
    });
  }

  /** Reads the zip directory, refusing non-zips and zip bombs before anything is inflated. */
  static async open(bytes: ArrayBuffer | Uint8Array, limits: ZipLimits, where: string): Promise<ZipSource> {
    const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    if (data.byteLength > limits.maxArchiveBytes) {
      throw new BookError('too-large', `This file is ${formatBytes(data.byteLength)}, more than the ${formatBytes(limits.maxArchiveBytes)} the reader accepts.`, { where });
    }
    if (!looksLikeZip(data)) {
      throw new BookError('not-a-zip', describeNonZip(data), { where });
    }
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(data, { checkCRC32: false });
    } catch (cause) {
      throw new BookError('not-a-zip', `This file starts like a ZIP archive but is damaged or cut short (${String((cause as Error)?.message ?? cause)}).`, { where, cause });
    }
    const source = new ZipSource(zip);
    source.checkLimits(limits, where);
    return source;
  }

  private checkLimits(limits: ZipLimits, where: string): void {
    if (this.sizes.size > limits.maxEntries) {
      throw new BookError('too-large', `The archive holds ${this.sizes.size} files, more than the ${limits.maxEntries} the reader accepts.`, { where });
    }
    let total = 0;
    for (const [path, { uncompressed, compressed }] of this.sizes) {
      total += uncompressed;
      if (uncompressed > limits.maxEntryUncompressedBytes) {
        throw new BookError('too-large', `“${path}” unpacks to ${formatBytes(uncompressed)}, more than the ${formatBytes(limits.maxEntryUncompressedBytes)} allowed for one file.`, { where: path });
      }
      const ratio = uncompressed / Math.max(compressed, 1);
      if (uncompressed > limits.ratioAppliesAboveBytes && ratio > limits.maxCompressionRatio) {
        throw new BookError('too-large', `“${path}” unpacks ${Math.round(ratio)} times larger than it is stored, which is how “zip bombs” are built.`, { where: path });
      }
    }
    if (total > limits.maxTotalUncompressedBytes) {
      throw new BookError('too-large', `The archive unpacks to ${formatBytes(total)}, more than the ${formatBytes(limits.maxTotalUncompressedBytes)} the reader accepts.`, { where });
    }
  }

  has(path: string): boolean {
    return this.sizes.has(path);
  }

  sizeHint(path: string): SizeHint | undefined {
    return this.sizes.get(path);
  }

  list(): string[] {
    return [...this.sizes.keys()];
  }

  private entry(path: string): JSZip.JSZipObject {
    const entry = this.zip.file(path);
    if (!entry) throw new BookError('resource-missing', `The file “${path}” is not in the book.`, { where: path });
    return entry;
  }

  /** The file's bytes, inflated natively when the browser can. */
  async bytes(path: string): Promise<Uint8Array> {
    const entry = this.entry(path) as ZipEntryWithSizes;
    const data = entry._data;
    const magic = data?.compression?.magic;
    if (data?.compressedContent && data.uncompressedSize !== undefined) {
      if (magic === STORE) return data.compressedContent;
      if (magic === DEFLATE && nativeInflate) return inflateRaw(data.compressedContent, data.uncompressedSize, path);
    }
    return entry.async('uint8array');
  }

  async text(path: string): Promise<string> {
    // TextDecoder drops a byte-order mark itself.
    return new TextDecoder('utf-8').decode(await this.bytes(path));
  }

  async blob(path: string, mediaType: string): Promise<Blob> {
    const bytes = await this.bytes(path);
    return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType });
  }
}

function looksLikeZip(data: Uint8Array): boolean {
  // Local file header "PK\3\4" or, for an empty archive, the end record "PK\5\6".
  return data.byteLength >= 4 && data[0] === 0x50 && data[1] === 0x4b && (data[2] === 3 || data[2] === 5) && (data[3] === 4 || data[3] === 6);
}

function describeNonZip(data: Uint8Array): string {
  const head = new TextDecoder().decode(data.subarray(0, 256)).trimStart().toLowerCase();
  if (data.byteLength === 0) return 'The file is empty.';
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'The address returned a web page, not an EPUB file.';
  if (head.startsWith('%pdf')) return 'This is a PDF document, not an EPUB file.';
  return 'This file is not an EPUB: it is not a ZIP archive.';
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GB`;
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
