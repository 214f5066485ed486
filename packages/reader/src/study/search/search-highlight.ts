import { TextModel, resolveAnchor } from '@attune/adapt/anchoring';
import type { SearchResult } from '@attune/study';

/** The name of the search match's highlight in a section frame's `CSS.highlights`. */
export const SEARCH_HIGHLIGHT = 'attune-search';

/**
 * The match is painted in the learner's word-highlight colours (contrast
 * checked against their theme by @attune/profile; black on yellow without a
 * theme), and underlined, so it shows without colour too. In forced colours
 * the system's highlight colours are used, with the underline.
 */
export const SEARCH_HIGHLIGHT_CSS = `
::highlight(${SEARCH_HIGHLIGHT}) {
  background-color: var(--attune-user-highlight-word-background, #ffe08a);
  color: var(--attune-user-highlight-word-foreground, #1a1a1a);
  text-decoration: underline 2px;
}
@media (forced-colors: active) {
  ::highlight(${SEARCH_HIGHLIGHT}) { background-color: Highlight; color: HighlightText; text-decoration: underline 3px; }
}`;

/** Adds the highlight's style to a section frame (once). */
export function styleSearchHighlight(doc: Document): void {
  if (doc.querySelector('style[data-attune="search"]')) return;
  const style = doc.createElementNS('http://www.w3.org/1999/xhtml', 'style');
  style.setAttribute('data-attune', 'search');
  style.textContent = SEARCH_HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
}

/**
 * Finds a result in the section as it is shown: the text the learner sees
 * (variants read, hidden originals skipped), anchored by the result's quote
 * with its position as a hint, so the reader's own additions to the frame
 * (a "Show original" switch) do not throw it off. Null when the text is gone.
 */
export function rangeOfResult(doc: Document, result: SearchResult): Range | null {
  const found = resolveAnchor(TextModel.of(doc, { view: 'displayed' }), result.target.selector, { maxErrorRatio: 0 });
  return found.ok ? found.range : null;
}

type HighlightWindow = Window & typeof globalThis;

/** Paints the match in its frame (the frame's own highlight registry: frames do not share one). */
export function showSearchMatch(range: Range): void {
  const win = range.startContainer.ownerDocument?.defaultView as HighlightWindow | null;
  if (!win?.CSS?.highlights) return;
  win.CSS.highlights.set(SEARCH_HIGHLIGHT, new win.Highlight(range));
}

/** Removes the match's highlight from frames. */
export function clearSearchMatch(docs: Iterable<Document>): void {
  for (const doc of docs) (doc.defaultView as HighlightWindow | null)?.CSS?.highlights?.delete(SEARCH_HIGHLIGHT);
}
