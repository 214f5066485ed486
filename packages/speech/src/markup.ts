/**
 * Reading EPUB attributes the same way in XHTML documents (namespaced
 * attributes) and in documents parsed as HTML (`epub:type` as a plain name).
 */
export const EPUB_NS = 'http://www.idpf.org/2007/ops';
export const SSML_NS = 'http://www.w3.org/2001/10/synthesis';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';
export const SVG_NS = 'http://www.w3.org/2000/svg';

export function prefixedAttribute(el: Element, ns: string, prefix: string, local: string): string | null {
  return el.getAttributeNS(ns, local) ?? el.getAttribute(`${prefix}:${local}`);
}

/** The tokens of `epub:type` and `role`. */
export function semanticTypes(el: Element): string[] {
  const types = `${prefixedAttribute(el, EPUB_NS, 'epub', 'type') ?? ''} ${el.getAttribute('role') ?? ''}`;
  return types.split(/\s+/).filter(Boolean);
}

export function isPageBreak(types: string[]): boolean {
  return types.includes('pagebreak') || types.includes('doc-pagebreak');
}

export function isNoteReference(types: string[]): boolean {
  return types.includes('noteref') || types.includes('doc-noteref');
}

/** `xml:lang` or `lang` of the element or its nearest ancestor that has one; '' when none does. */
export function languageOf(el: Element | null): string {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const lang = e.getAttributeNS(XML_NS, 'lang') ?? e.getAttribute('xml:lang') ?? e.getAttribute('lang');
    if (lang !== null) return lang.trim();
  }
  return '';
}

/** `ssml:alphabet` in force at the element. */
export function ssmlAlphabetOf(el: Element | null): string | undefined {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const alphabet = prefixedAttribute(e, SSML_NS, 'ssml', 'alphabet');
    if (alphabet) return alphabet;
  }
  return undefined;
}
