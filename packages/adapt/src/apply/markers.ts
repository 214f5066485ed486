/**
 * The marks Attune leaves in an adapted section. The reader relies on them
 * (to make glossary words into buttons, to offer "show original"), and
 * `removeAdaptations` uses them to undo everything.
 */
export const MARK = {
  /** On the root element: a signature of the pack and settings applied. */
  adapted: 'data-attune-adapted',
  /** The element that holds a swapped passage; value: entry id. */
  passage: 'data-attune-passage',
  /** On a passage: `variant` or `original`, whichever is showing. */
  view: 'data-attune-view',
  /** On a passage: the level of the variant shown. */
  level: 'data-attune-level',
  /** The simplified text inside a passage (inserted by Attune). */
  variant: 'data-attune-variant',
  /** The book's own text of a passage, hidden while the variant shows; value: entry id. */
  original: 'data-attune-original',
  /** A glossary word; value: entry id. */
  glossary: 'data-attune-glossary',
  /** A teacher's note (an aside); value: entry id. */
  note: 'data-attune-note',
  /** A long image description (a details element); value: entry id. */
  description: 'data-attune-description',
  /** On an image: the description entry that changed it. */
  described: 'data-attune-described',
  /** On everything Attune inserted: not part of the book's text. */
  inserted: 'data-attune-inserted',
  /** Attribute values to put back when adaptations are removed (JSON; null = attribute was absent). */
  restore: 'data-attune-restore',
} as const;

/**
 * Styles for adapted content, inserted into the section with the marks.
 * No colours: marks use the text's own colour and `--attune-*` tokens, so
 * themes and forced-colors mode keep working.
 */
export const ADAPT_STYLES = `
[data-attune-original][hidden], [data-attune-variant][hidden] { display: none !important; }
[data-attune-glossary] {
  text-decoration-line: underline;
  text-decoration-style: var(--attune-glossary-underline-style, dotted);
  text-decoration-thickness: max(1px, 0.08em);
  text-underline-offset: 0.2em;
}
aside[data-attune-note] {
  display: block;
  margin: 0.75em 0;
  padding: 0.5em 0.75em;
  border-inline-start: 0.25em solid var(--attune-note-border-color, currentColor);
  font-size: 0.95em;
}
details[data-attune-description] { display: block; margin: 0.5em 0; }
details[data-attune-description] > summary { cursor: pointer; }
`;
