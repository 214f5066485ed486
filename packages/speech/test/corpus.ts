// The shared corpus as the test server serves it (/corpus/, read-only, never copied).
import { openBook, type AttuneBook } from '@attune/book';
import { BookSpeechResources } from '../src/book-speech-resources.js';

export function corpusUrl(name: string): string {
  return new URL(`/corpus/${name}`, location.href).href;
}

export interface OpenedSection {
  book: AttuneBook;
  index: number;
  path: string;
  document: Document;
  resources: BookSpeechResources;
}

const books = new Map<string, Promise<AttuneBook>>();

/** A corpus book (opened once per test file) and one of its sections, sanitized as the reader shows it. */
export async function openSection(name: string, match: (path: string) => boolean): Promise<OpenedSection> {
  let opening = books.get(name);
  if (!opening) {
    opening = openBook(corpusUrl(name));
    books.set(name, opening);
  }
  const book = await opening;
  const index = book.sections.findIndex((s) => match(s.path));
  if (index < 0) throw new Error(`No section matches in ${name}: ${book.sections.map((s) => s.path).join(', ')}`);
  const resources = new BookSpeechResources({ packageDocument: book.packageDocument, readText: (path) => book.source.text(path) });
  return { book, index, path: book.sections[index]!.path, document: await book.sectionDocument(index), resources };
}

/** The text a Range covers, whitespace collapsed. */
export function rangeText(range: Range | null): string {
  return (range?.toString() ?? '').replace(/\s+/g, ' ').trim();
}
