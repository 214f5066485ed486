import { describeElement, type SectionProvider, type SectionTarget } from '@attune/adapt';

/** A picture in the book, for the descriptions list. */
export interface BookImage {
  /** A stable key: section href and the picture's structural selector. */
  key: string;
  sectionIndex: number;
  /** Where it is, for people: the section's table-of-contents label or its file name. */
  where: string;
  target: SectionTarget;
  /** The book's own alt text: null when it has none, '' when it is marked decorative. */
  alt: string | null;
  /** A URL the picture can be shown from here (blob: or data:), when there is one. */
  thumbnail?: string;
}

interface LabelledSections extends SectionProvider {
  sections: readonly { href: string; label?: string }[];
}

/**
 * Every `<img>` in the book, pictures without a text alternative first (they
 * need a description most), then those marked decorative, then the rest,
 * each group in reading order.
 */
export async function listBookImages(book: LabelledSections, signal?: AbortSignal): Promise<BookImage[]> {
  const images: BookImage[] = [];
  for (let index = 0; index < book.sections.length; index++) {
    if (signal?.aborted) break;
    const section = book.sections[index]!;
    let doc: Document;
    try {
      doc = await book.sectionDocument(index);
    } catch {
      // A section that cannot be read has no pictures to describe; the reader reports it.
      continue;
    }
    for (const img of doc.querySelectorAll('img')) {
      const selector = describeElement(img);
      const src = img.getAttribute('src') ?? '';
      const image: BookImage = {
        key: `${section.href} ${(selector[0] as { value: string }).value}`,
        sectionIndex: index,
        where: section.label || section.href,
        target: { source: section.href, selector },
        alt: img.getAttribute('alt'),
      };
      if (/^(blob|data):/i.test(src)) image.thumbnail = src;
      images.push(image);
    }
  }
  const rank = (image: BookImage) => (image.alt === null ? 0 : image.alt.trim() === '' ? 1 : 2);
  return images.map((image, order) => ({ image, order })).sort((a, b) => rank(a.image) - rank(b.image) || a.order - b.order).map((x) => x.image);
}
