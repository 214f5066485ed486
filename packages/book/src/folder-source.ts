import { BookError } from './errors.js';
import type { PublicationSource } from './source.js';

/**
 * An unpacked publication served as a folder (`…/book/` with
 * `META-INF/container.xml` under it). Only files under the folder are read.
 */
export class FolderSource implements PublicationSource {
  readonly kind = 'folder' as const;
  readonly baseUrl: string;

  constructor(folderUrl: string, private readonly signal?: AbortSignal) {
    this.baseUrl = folderUrl.endsWith('/') ? folderUrl : `${folderUrl}/`;
  }

  has(): undefined {
    return undefined;
  }

  sizeHint(): undefined {
    return undefined;
  }

  list(): undefined {
    return undefined;
  }

  private async fetch(path: string): Promise<Response> {
    const url = new URL(path.split('/').map(encodeURIComponent).join('/'), this.baseUrl).href;
    if (!url.startsWith(this.baseUrl)) {
      throw new BookError('resource-missing', `“${path}” points outside the book.`, { where: path });
    }
    let response: Response;
    try {
      response = await fetch(url, { signal: this.signal, credentials: 'same-origin' });
    } catch (cause) {
      if (this.signal?.aborted) throw cause;
      throw new BookError('network', `The file “${path}” could not be downloaded.`, { where: url, cause });
    }
    if (!response.ok) {
      throw new BookError('resource-missing', `The file “${path}” is not in the book (the server answered ${response.status}).`, { where: path });
    }
    return response;
  }

  async text(path: string): Promise<string> {
    const text = await (await this.fetch(path)).text();
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  async blob(path: string, mediaType: string): Promise<Blob> {
    const bytes = await (await this.fetch(path)).arrayBuffer();
    return new Blob([bytes], { type: mediaType });
  }
}
