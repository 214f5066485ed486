import { contrastRatio, deriveHighlights, themePalette, MIN_NON_TEXT_CONTRAST, MIN_TEXT_CONTRAST, type DisplaySettings } from '@attune/profile';
import { HIGHLIGHT_COLORS, HIGHLIGHT_UNDERLINES, type HighlightColor, type PlacedAnnotation } from '@attune/study';

/**
 * Highlights and noted passages drawn in a section frame with the CSS Custom
 * Highlight API: the book's text and markup are never changed, so anchors,
 * search, read-aloud and copying see the same text as before. Each colour
 * is worked out from the learner's theme by @attune/profile (≥ 3:1 against
 * the page, text on it ≥ 4.5:1) and has its own underline, so colours are
 * told apart without colour, and in forced colours too.
 */

/** `CSS.highlights` names of the colours and of noted passages. */
export const highlightName = (color: HighlightColor) => `attune-study-${color}`;
export const NOTE_HIGHLIGHT = 'attune-study-note';

/** A fill and the text colour on it, with their measured contrasts. */
export interface HighlightPaint {
  background: string;
  foreground: string;
  /** Against the page background (WCAG 1.4.11 asks ≥ 3). */
  againstPage: number;
  /** Of the text on the fill (WCAG 1.4.3 asks ≥ 4.5). */
  textContrast: number;
}

/** The colours of the four highlights on the learner's page, contrast-checked. */
export function highlightPaints(display: Pick<DisplaySettings, 'theme' | 'customForeground' | 'customBackground'>): Record<HighlightColor, HighlightPaint> {
  const page = themePalette(display);
  const paints = {} as Record<HighlightColor, HighlightPaint>;
  for (const color of HIGHLIGHT_COLORS) {
    // The sentence shade: the quietest that still keeps 3:1 against the page and 4.5:1 for the text on it.
    const { background, foreground } = deriveHighlights(color, page).sentence;
    paints[color] = { background, foreground, againstPage: contrastRatio(background, page.background), textContrast: contrastRatio(background, foreground) };
  }
  return paints;
}

/** Whether a paint meets both contrast minimums (used by tests and by the colour swatches in the UI). */
export function paintIsReadable(paint: HighlightPaint): boolean {
  return paint.againstPage >= MIN_NON_TEXT_CONTRAST && paint.textContrast >= MIN_TEXT_CONTRAST;
}

/** The frame stylesheet for the current theme. */
export function highlightCss(paints: Record<HighlightColor, HighlightPaint>): string {
  const rules = HIGHLIGHT_COLORS.map((color) => {
    const { background, foreground } = paints[color];
    return `::highlight(${highlightName(color)}) { background-color: ${background}; color: ${foreground}; text-decoration: underline ${HIGHLIGHT_UNDERLINES[color]} 2px; text-underline-offset: 0.2em; }`;
  });
  const forced = HIGHLIGHT_COLORS.map(
    (color) => `::highlight(${highlightName(color)}) { background-color: Mark; color: MarkText; text-decoration: underline ${HIGHLIGHT_UNDERLINES[color]} 3px; }`,
  );
  return [
    ...rules,
    // A note on a passage: a wavy underline in the text colour (a highlight of the same passage keeps its fill).
    `::highlight(${NOTE_HIGHLIGHT}) { text-decoration: underline wavy 2px; text-decoration-color: currentColor; text-underline-offset: 0.25em; }`,
    `@media (forced-colors: active) { ${forced.join(' ')} ::highlight(${NOTE_HIGHLIGHT}) { text-decoration: underline wavy 3px; text-decoration-color: CanvasText; } }`,
  ].join('\n');
}

type HighlightWindow = Window & typeof globalThis;

/** Puts (or refreshes) the highlight stylesheet in a frame. */
export function styleFrameHighlights(doc: Document, css: string): void {
  let style = doc.querySelector('style[data-attune="study-highlights"]');
  if (!style) {
    style = doc.createElementNS('http://www.w3.org/1999/xhtml', 'style');
    style.setAttribute('data-attune', 'study-highlights');
    (doc.head ?? doc.documentElement).appendChild(style);
  }
  if (style.textContent !== css) style.textContent = css;
}

/** Draws the placed annotations of one frame (each frame has its own highlight registry). */
export function paintFrame(doc: Document, placed: readonly PlacedAnnotation[]): void {
  const win = doc.defaultView as HighlightWindow | null;
  const registry = win?.CSS?.highlights;
  if (!win || !registry) return;
  const byName = new Map<string, Range[]>();
  for (const p of placed) {
    const name = p.annotation.kind === 'highlight' ? highlightName(p.annotation.color) : NOTE_HIGHLIGHT;
    byName.set(name, [...(byName.get(name) ?? []), p.range]);
  }
  for (const name of [...HIGHLIGHT_COLORS.map(highlightName), NOTE_HIGHLIGHT]) {
    const ranges = byName.get(name);
    if (ranges?.length) registry.set(name, new win.Highlight(...ranges));
    else registry.delete(name);
  }
}
