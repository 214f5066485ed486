/**
 * The printed page the learner is on, from the book's page list (the
 * `epub:type="pagebreak"` markers a page-list points at): the first page
 * that begins on screen (so after "go to page 12" the answer is 12), else
 * the last marker before the start of what is on screen, else the last page
 * of an earlier section.
 */

/** A page-list entry (`NavPoint` from @attune/book): its label and `path#id`. */
export interface PageListEntry {
  label: string;
  href: string;
}

export interface PrintedPageQuery {
  pageList: readonly PageListEntry[];
  /** Book path of the section on screen. */
  sectionPath: string;
  /** Spine index of a book path, or -1 (from @attune/book). */
  indexOfPath(path: string): number;
  /** The section's document on screen. */
  document: Document;
  /** Where what is on screen starts, in that document. */
  start: Range | null;
  /** Whether an element begins on screen. */
  isOnScreen(element: Element): boolean;
}

/** The printed page's label, or undefined when the book has no page list or none applies. */
export function printedPageAt(query: PrintedPageQuery): string | undefined {
  const { pageList, sectionPath, document, start } = query;
  if (!pageList.length) return undefined;
  const current = query.indexOfPath(sectionPath);
  let before: string | undefined;
  let earlier: { index: number; label: string } | undefined;
  for (const entry of pageList) {
    const [path, id] = entry.href.split('#', 2) as [string, string | undefined];
    if (path !== sectionPath) {
      const index = query.indexOfPath(path);
      // Page lists are in reading order; keep the last entry of a section before this one.
      if (index >= 0 && index < current && (!earlier || index >= earlier.index)) earlier = { index, label: entry.label };
      continue;
    }
    const marker = id ? document.getElementById(id) : document.body;
    if (!marker) continue;
    if (query.isOnScreen(marker)) return entry.label;
    if (!start || start.comparePoint(marker, 0) <= 0) before = entry.label;
  }
  return before ?? earlier?.label;
}
