import type { AttuneBook } from '@attune/book';

/** Books of the shared corpus, as the test server serves it (/corpus/, read-only, never copied). */
export function corpusUrl(name: string): string {
  return new URL(`/corpus/${name}`, location.href).href;
}

/** A test fixture of this package, by URL (the server's root is the repository). */
export async function fixture(name: string): Promise<unknown> {
  const response = await fetch(new URL(`./fixtures/${name}`, import.meta.url));
  if (!response.ok) throw new Error(`Fixture ${name} is missing (${response.status}).`);
  return response.json();
}

/** The spine index of a section, by its href or the end of its path. */
export function sectionIndex(book: AttuneBook, href: string): number {
  const i = book.sections.findIndex((s) => s.href === href || s.path.endsWith(`/${href}`));
  if (i < 0) throw new Error(`The book has no section ${href}.`);
  return i;
}

/**
 * A copy of a section: `sectionDocument` hands out the document epubjs keeps
 * (the same object every time), and tests change what they get.
 */
export async function sectionCopy(book: AttuneBook, hrefOrIndex: string | number): Promise<Document> {
  const index = typeof hrefOrIndex === 'number' ? hrefOrIndex : sectionIndex(book, hrefOrIndex);
  return (await book.sectionDocument(index)).cloneNode(true) as Document;
}

export const chapterHref = (n: number) => `chapter_${String(n).padStart(3, '0')}.xhtml`;
