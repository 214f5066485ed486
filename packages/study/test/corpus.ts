import type { AttuneBook } from '@attune/book';

/** Books of the shared corpus, as the test server serves it (/corpus/, read-only, never copied). */
export function corpusUrl(name: string): string {
  return new URL(`/corpus/${name}`, location.href).href;
}

/** A copy of a section by the end of its path (tests change what they get; epubjs keeps one document per section). */
export async function sectionCopy(book: AttuneBook, href: string): Promise<{ doc: Document; href: string }> {
  const index = book.sections.findIndex((s) => s.href === href || s.path.endsWith(`/${href}`));
  if (index < 0) throw new Error(`The book has no section ${href}.`);
  return { doc: (await book.sectionDocument(index)).cloneNode(true) as Document, href: book.sections[index]!.href };
}

/** A Range over the first occurrence of `text` inside one text node. */
export function rangeOfText(doc: Document, text: string): Range {
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const at = node.data.indexOf(text);
    if (at >= 0) {
      const range = doc.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      return range;
    }
  }
  throw new Error(`“${text}” is not in the section`);
}
