/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors)
 * as Attune stores them: what a variant pack, a highlight or a note points at
 * inside one section of a book.
 */

/** A passage by its text and a little of the text around it; survives markup changes and re-issued books. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  /** The passage's text, whitespace collapsed. */
  exact: string;
  /** Text just before the passage (Attune writes 32 characters). */
  prefix?: string;
  /** Text just after the passage. */
  suffix?: string;
}

/**
 * Offsets into the section's text (whitespace collapsed, UTF-16 code units,
 * as Hypothesis and Apache Annotator count). Precise in the same edition
 * only, so Attune uses it as a hint and as a last resort.
 */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** An element by CSS selector, optionally narrowed to a quote inside it. */
export interface CssSelector {
  type: 'CssSelector';
  value: string;
  refinedBy?: TextQuoteSelector;
}

/** A selector of a type Attune does not read (kept so a pack round-trips unchanged). */
export interface OtherSelector {
  type: string;
  [key: string]: unknown;
}

export type Selector = TextQuoteSelector | TextPositionSelector | CssSelector;

/** What an entry points at: a section of the book (its spine href) and selectors, which are alternatives. */
export interface SectionTarget {
  /** The section's href as the package document's manifest has it, e.g. `chapter_001.xhtml` or `text/chapter-1.xhtml`. */
  source: string;
  /** Alternatives, most robust first: a text quote, then a CSS selector and a position. */
  selector: (Selector | OtherSelector)[];
}

export function isTextQuoteSelector(s: Selector | OtherSelector): s is TextQuoteSelector {
  return s.type === 'TextQuoteSelector' && typeof (s as TextQuoteSelector).exact === 'string';
}

export function isTextPositionSelector(s: Selector | OtherSelector): s is TextPositionSelector {
  return s.type === 'TextPositionSelector' && Number.isInteger((s as TextPositionSelector).start) && Number.isInteger((s as TextPositionSelector).end);
}

export function isCssSelector(s: Selector | OtherSelector): s is CssSelector {
  return s.type === 'CssSelector' && typeof (s as CssSelector).value === 'string';
}

/**
 * Whether two section hrefs name the same file: equal after decoding and
 * dropping `./` and fragments, or one is the other's path with folders in
 * front (`OPS/chapter_001.xhtml` and `chapter_001.xhtml`).
 */
export function sameSource(a: string, b: string): boolean {
  const x = normalizeSource(a);
  const y = normalizeSource(b);
  if (!x || !y) return false;
  if (x === y) return true;
  return x.endsWith(`/${y}`) || y.endsWith(`/${x}`);
}

/** A section href in the form `sameSource` compares. */
export function normalizeSource(href: string): string {
  let path = href.split('#', 1)[0]!.split('?', 1)[0]!;
  try {
    path = decodeURI(path);
  } catch {
    // A malformed escape stays as written.
  }
  return path.replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '');
}
