import { HIGHLIGHT_COLORS, type Annotation, type HighlightColor } from './annotation.js';
import { compareAnnotations, placeOf } from './annotation-place.js';

/** The annotations of one chapter, split the way the study outline shows them. */
export interface ChapterGroup {
  /** The chapter's title, or '' when none is known. */
  chapter: string;
  href: string;
  /** Highlights by colour, in the order of HIGHLIGHT_COLORS; colours with none are left out. */
  highlights: { color: HighlightColor; items: Annotation[] }[];
  notes: Annotation[];
  bookmarks: Annotation[];
}

/** Groups annotations by chapter (in book order), then by colour for highlights. */
export function groupByChapter(annotations: readonly Annotation[]): ChapterGroup[] {
  const groups: ChapterGroup[] = [];
  const byKey = new Map<string, ChapterGroup>();
  for (const annotation of [...annotations].sort(compareAnnotations)) {
    const place = placeOf(annotation);
    const chapter = place.chapter ?? '';
    const key = `${chapter}\u0000${chapter ? '' : place.href}`;
    let group = byKey.get(key);
    if (!group) {
      group = { chapter, href: place.href, highlights: [], notes: [], bookmarks: [] };
      byKey.set(key, group);
      groups.push(group);
    }
    if (annotation.kind === 'highlight') {
      let colour = group.highlights.find((h) => h.color === annotation.color);
      if (!colour) {
        colour = { color: annotation.color, items: [] };
        group.highlights.push(colour);
        group.highlights.sort((a, b) => HIGHLIGHT_COLORS.indexOf(a.color) - HIGHLIGHT_COLORS.indexOf(b.color));
      }
      colour.items.push(annotation);
    } else if (annotation.kind === 'note') {
      group.notes.push(annotation);
    } else {
      group.bookmarks.push(annotation);
    }
  }
  return groups;
}
