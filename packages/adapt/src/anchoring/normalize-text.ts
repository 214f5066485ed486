/**
 * How text is compared when anchoring: whitespace runs collapse to one space,
 * invisible characters (soft hyphens, zero-width spaces, word joiners) are
 * dropped, and typographic variants fold to one form (curly and straight
 * quotes, dashes), because a re-issued book changes exactly these. Folding
 * maps one UTF-16 unit to one, so offsets survive it. The text model and
 * `normalizeForMatching` share these functions, so a quote and the text it
 * came from always normalize alike.
 */

/** True for characters that take no space and carry no meaning for matching. */
export function isInvisibleCode(c: number): boolean {
  return c === 0xad || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff;
}

/** True for every Unicode space (what `\s` matches), including no-break spaces and line breaks. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** The character as matching sees it. */
export function foldCode(c: number): number {
  if (c < 0xab) return c;
  switch (c) {
    case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032: case 0x02bc:
      return 0x27; // '
    case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x2033: case 0xab: case 0xbb:
      return 0x22; // "
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return 0x2d; // -
    case 0x2026:
      return 0x2e; // .
    default:
      return c;
  }
}

/**
 * A selector's text in the form the text model produces: invisible
 * characters dropped, spaces collapsed, typographic variants folded.
 * `trim` removes a leading and trailing space (for `exact`; a prefix or
 * suffix keeps them, they are part of the context).
 */
export function normalizeForMatching(text: string, trim = true): string {
  const out: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isInvisibleCode(c)) continue;
    if (isSpaceCode(c)) {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace && (out.length > 0 || !trim)) out.push(0x20);
    pendingSpace = false;
    out.push(foldCode(c));
  }
  if (pendingSpace && !trim) out.push(0x20);
  let result = '';
  for (let i = 0; i < out.length; i += 8192) result += String.fromCharCode(...out.slice(i, i + 8192));
  return result;
}
