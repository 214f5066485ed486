import { TextModel } from '@attune/adapt/anchoring';
import type { SearchSectionText, SearchSource } from './search-book.js';

/** The parts of an opened book (`AttuneBook` from @attune/book) search reads. */
export interface SearchableBook {
  readonly metadata: { readonly language: string };
  readonly sections: readonly { readonly index: number; readonly path: string; readonly href: string; readonly label?: string }[];
  /** The section's document, loaded and sanitized as for display (not rendered). */
  sectionDocument(index: number): Promise<Document>;
}

export interface BookSearchSourceOptions {
  /**
   * Adapts a copy of each section the way the reader adapts what it shows
   * (e.g. `applyVariants` with the learner's settings), so search looks
   * through the simplified text a learner is shown instead of the hidden
   * original. The book's own documents are never changed.
   */
  adapt?: (doc: Document, section: { index: number; href: string; path: string }) => void;
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6';

function languageOf(doc: Document, fallback: string): string {
  const root = doc.documentElement;
  const body = doc.body;
  return (
    body?.getAttribute('lang') ||
    body?.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang') ||
    root.getAttribute('lang') ||
    root.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang') ||
    fallback
  );
}

/**
 * A search source over a book's sections: each section's document is loaded
 * with `sectionDocument` (sanitized as for display, never rendered) and read
 * as the learner sees it: `TextModel` with `view: 'displayed'`, so text a
 * variant replaced (hidden) is skipped and the variant's text is searched.
 */
export function bookSearchSource(book: SearchableBook, options: BookSearchSourceOptions = {}): SearchSource {
  return {
    sectionCount: book.sections.length,
    async load(index: number): Promise<SearchSectionText> {
      const section = book.sections[index];
      if (!section) throw new Error(`There is no section ${index}.`);
      const loaded = await book.sectionDocument(index);
      let doc = loaded;
      if (options.adapt) {
        doc = loaded.cloneNode(true) as Document;
        options.adapt(doc, { index, href: section.href, path: section.path });
      }
      const model = TextModel.of(doc, { view: 'displayed' });
      const heading = doc.querySelector(HEADINGS)?.textContent?.replace(/\s+/g, ' ').trim();
      return {
        index,
        href: section.path,
        source: section.href,
        chapter: section.label?.trim() || heading || '',
        language: languageOf(loaded, book.metadata.language),
        text: model.text,
        originalText: (start, end) => model.originalText(start, end),
      };
    },
  };
}
