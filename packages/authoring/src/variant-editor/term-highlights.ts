import { buildTermMatcher, TextModel, type GlossaryEntry } from '@attune/adapt';

/**
 * Shows every place a glossary term occurs in a book frame with the CSS
 * Custom Highlight API, registered in the frame's own window (the frame runs
 * no scripts, but its window's `CSS.highlights` is reachable from here). The
 * book's DOM is not touched apart from one small stylesheet; the highlight
 * is underlined too, so it shows in forced colours where background colours
 * are replaced.
 */

const NAME = 'attune-authoring-term';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const STYLE = `::highlight(${NAME}) { background-color: #ffe36e; color: #000000; text-decoration: underline 2px; }
@media (forced-colors: active) { ::highlight(${NAME}) { background-color: Highlight; color: HighlightText; text-decoration: underline 3px; } }`;

interface HighlightWindow {
  CSS: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => unknown;
}

/** Highlights the term's occurrences in `doc` (removing any earlier term's); returns how many there are. */
export function highlightTerm(doc: Document, entry: GlossaryEntry | undefined, language?: string): number {
  const win = doc.defaultView as unknown as HighlightWindow | null;
  const highlights = win?.CSS?.highlights;
  highlights?.delete(NAME);
  if (!entry || !entry.term.trim()) return 0;
  const model = TextModel.of(doc);
  const ranges = buildTermMatcher([entry], language)
    .find(model.text)
    .map((o) => model.rangeOf(o.start, o.end))
    .filter((r): r is Range => !!r);
  if (highlights && win?.Highlight && ranges.length) {
    if (!doc.querySelector(`style[data-attune-authoring="${NAME}"]`)) {
      const style = doc.createElementNS(XHTML_NS, 'style');
      style.setAttribute('data-attune-authoring', NAME);
      style.setAttribute('data-attune-inserted', '');
      style.textContent = STYLE;
      (doc.head ?? doc.documentElement).append(style);
    }
    highlights.set(NAME, new win.Highlight(...ranges));
  }
  return ranges.length;
}

/** Removes the term highlight from a frame. */
export function clearTermHighlight(doc: Document): void {
  (doc.defaultView as unknown as HighlightWindow | null)?.CSS?.highlights?.delete(NAME);
}
