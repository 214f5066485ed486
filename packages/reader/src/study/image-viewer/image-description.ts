/**
 * What an image says in words, read from the book (and from a teacher's
 * description, which @attune/adapt links with `aria-details`): its text
 * alternative, its caption and its long description (aria-describedby,
 * aria-details, a same-section longdesc). Always text: nothing
 * of the book's markup is carried into the viewer.
 */
export interface ImageText {
  /** The text alternative (alt, aria-label, aria-labelledby, an SVG's <title>). */
  alt: string;
  /** The figure's caption. */
  caption: string;
  /** Long descriptions (aria-describedby, aria-details), one per source. */
  descriptions: string[];
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function textOfIds(doc: Document, ids: string | null): string[] {
  return (ids ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => doc.getElementById(id))
    .filter((el): el is HTMLElement => !!el)
    .map((el) => {
      // A <details> description: its body, not the "Image description" summary.
      if (el.localName === 'details') return clean([...el.childNodes].filter((n) => (n as Element).localName !== 'summary').map((n) => n.textContent).join(' '));
      return clean(el.textContent);
    })
    .filter(Boolean);
}

export function imageTextOf(image: Element): ImageText {
  const doc = image.ownerDocument;
  const labelledBy = textOfIds(doc, image.getAttribute('aria-labelledby')).join(' ');
  const svgTitle = image.localName === 'svg' ? clean([...image.children].find((c) => c.localName === 'title')?.textContent) : '';
  const alt = clean(image.getAttribute('aria-label')) || labelledBy || clean(image.getAttribute('alt')) || svgTitle || clean(image.getAttribute('title'));
  const figure = image.closest('figure');
  const caption = clean(figure ? [...figure.children].find((c) => c.localName === 'figcaption')?.textContent : '');
  // `longdesc` (EPUB 2 books) pointing into the same section counts too; one to another file cannot be read here.
  const longdesc = image.getAttribute('longdesc')?.match(/^#(.+)$/)?.[1] ?? null;
  const descriptions = [
    ...textOfIds(doc, image.getAttribute('aria-describedby')),
    ...textOfIds(doc, image.getAttribute('aria-details')),
    ...textOfIds(doc, longdesc),
  ];
  // The <details> the adaptations add after a figure is linked from the image; a figure may carry the link instead.
  if (figure && figure !== image) descriptions.push(...textOfIds(doc, figure.getAttribute('aria-details')), ...textOfIds(doc, figure.getAttribute('aria-describedby')));
  return { alt, caption, descriptions: [...new Set(descriptions)].filter((d) => d !== caption && d !== alt) };
}
