/** Text a match is shown in: the match with a few words either side, as the book writes them. */
export interface SearchExcerpt {
  before: string;
  match: string;
  after: string;
}

/** The parts of a text model an excerpt is read from (`TextModel` from @attune/adapt/anchoring has them). */
export interface ExcerptSource {
  readonly text: string;
  /** Characters `start`–`end` as the book writes them (curly quotes and dashes kept). */
  originalText(start: number, end: number): string;
}

/** How much context an excerpt shows on each side, at most. */
export const EXCERPT_CONTEXT = 60;

/**
 * The match with up to `context` characters each side, cut at a word
 * boundary so no word is shown in part; an ellipsis marks text left out.
 */
export function excerptOf(source: ExcerptSource, start: number, end: number, context = EXCERPT_CONTEXT): SearchExcerpt {
  const text = source.text;
  let from = Math.max(0, start - context);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space >= 0 && space < start ? space + 1 : start;
  }
  let to = Math.min(text.length, end + context);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    to = space > end ? space : end;
  }
  const before = source.originalText(from, start);
  const after = source.originalText(end, to);
  return {
    before: (from > 0 ? '… ' : '') + before.trimStart(),
    match: source.originalText(start, end),
    after: after.trimEnd() + (to < text.length ? ' …' : ''),
  };
}
