/**
 * Line focus (a reading ruler or a mask): a band over 1–3 lines of the page,
 * the rest dimmed or left plain, moved line by line with ↑/↓ (and later by
 * read-aloud). The band is drawn over the book frame by the reader, not in
 * it: a paginated frame is as wide as the whole chapter, so only the reader
 * knows what is on screen.
 */
export interface LineBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The visible lines of the page, in reading order (column by column, top to
 * bottom), in coordinates of `viewer`. Text rects on the same baseline in the
 * same column merge into one line.
 */
export function visibleLines(frame: HTMLIFrameElement, viewer: Element, columns = 1): LineBox[] {
  const doc = frame.contentDocument;
  if (!doc?.body) return [];
  const frameRect = frame.getBoundingClientRect();
  const view = viewer.getBoundingClientRect();
  const rects: LineBox[] = [];
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.textContent?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  const range = doc.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      const left = frameRect.left + r.left - view.left;
      const top = frameRect.top + r.top - view.top;
      if (r.width < 1 || r.height < 1 || left + r.width <= 0 || left >= view.width || top + r.height <= 0 || top >= view.height) continue;
      rects.push({ left, top, width: r.width, height: r.height });
    }
  }
  // Group rects into lines: same column of the page (a two-page spread has
  // two) and vertically overlapping by more than half a line.
  const columnWidth = view.width / Math.max(columns, 1);
  const columnOf = (left: number) => Math.floor((left + 1) / columnWidth);
  const lines: LineBox[] = [];
  for (const r of rects.sort((a, b) => a.left - b.left || a.top - b.top)) {
    const line = lines.find(
      (l) => columnOf(l.left) === columnOf(r.left) && Math.min(l.top + l.height, r.top + r.height) - Math.max(l.top, r.top) > Math.min(l.height, r.height) / 2,
    );
    if (line) {
      const right = Math.max(line.left + line.width, r.left + r.width);
      const bottom = Math.max(line.top + line.height, r.top + r.height);
      line.left = Math.min(line.left, r.left);
      line.top = Math.min(line.top, r.top);
      line.width = right - line.left;
      line.height = bottom - line.top;
    } else {
      lines.push({ ...r });
    }
  }
  // Reading order: columns left to right, top to bottom within a column.
  return lines.sort((a, b) => columnOf(a.left) - columnOf(b.left) || a.top - b.top);
}

/** The band covering `count` lines from `first`, or null when there are none. */
export function bandFor(lines: LineBox[], first: number, count: number): LineBox | null {
  const chosen = lines.slice(first, first + count);
  if (!chosen.length) return null;
  const left = Math.min(...chosen.map((l) => l.left));
  const top = Math.min(...chosen.map((l) => l.top));
  const right = Math.max(...chosen.map((l) => l.left + l.width));
  const bottom = Math.max(...chosen.map((l) => l.top + l.height));
  // A little air above and below so descenders and accents stay inside.
  const pad = Math.max(2, (chosen[0]!.height || 16) * 0.15);
  return { left: left - 6, top: top - pad, width: right - left + 12, height: bottom - top + 2 * pad };
}
