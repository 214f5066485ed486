// Files inside the shared corpus's books, for Node tests (read in place, never copied).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import JSZip from 'jszip';
// @ts-expect-error: plain .mjs helper shared by the test scripts
import { corpusDir } from '../../../scripts/paths.mjs';

const zips = new Map<string, Promise<JSZip>>();

export function corpusZip(book: string): Promise<JSZip> {
  let zip = zips.get(book);
  if (!zip) {
    zip = JSZip.loadAsync(readFileSync(resolve(corpusDir as string, book)));
    zips.set(book, zip);
  }
  return zip;
}

/** A file of a corpus book as text; rejects when it is not there. */
export async function corpusText(book: string, path: string): Promise<string> {
  const entry = (await corpusZip(book)).file(path);
  if (!entry) throw new Error(`${path} is not in ${book}`);
  return entry.async('string');
}
