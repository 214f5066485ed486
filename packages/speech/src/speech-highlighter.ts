import type { ReadAloudProgress } from './read-aloud-engine.js';

export const WORD_HIGHLIGHT = 'attune-word';
export const SENTENCE_HIGHLIGHT = 'attune-sentence';
const STYLE_ATTRIBUTE = 'data-attune-speech-highlight';

/**
 * The highlight rules. Colours come from the learner's profile as custom
 * properties the reader sets on the frame's root; the fallbacks are the
 * system's. In forced-colours mode both highlights paint the same system
 * colour, so the word is also underlined.
 */
export const HIGHLIGHT_CSS = `
::highlight(${SENTENCE_HIGHLIGHT}) {
  background-color: var(--attune-user-highlight-sentence-background, Mark);
  color: var(--attune-user-highlight-sentence-foreground, MarkText);
}
::highlight(${WORD_HIGHLIGHT}) {
  background-color: var(--attune-user-highlight-word-background, Highlight);
  color: var(--attune-user-highlight-word-foreground, HighlightText);
}
@media (forced-colors: active) {
  ::highlight(${SENTENCE_HIGHLIGHT}) { background-color: Highlight; color: HighlightText; }
  ::highlight(${WORD_HIGHLIGHT}) {
    background-color: Highlight;
    color: HighlightText;
    text-decoration: underline 0.15em;
    text-underline-offset: 0.15em;
  }
}
`;

/** The Custom Highlight API types as seen through a frame's window. */
interface HighlightWindow {
  CSS: { highlights?: Map<string, Highlight> };
  Highlight?: new (...ranges: AbstractRange[]) => Highlight;
}

export interface SpeechHighlighterOptions {
  /**
   * Also put the book's `media:active-class` on the element a Media Overlay
   * par points at, so the publisher's own highlight style shows. Off by
   * default: the learner's colours are chosen for contrast; the author's
   * may not be.
   */
  activeClass?: string;
}

/**
 * Shows read-aloud progress in a section document with the CSS Custom
 * Highlight API: the sentence and the word at once, registered in the
 * document's own window (the section iframe's), without changing the book's
 * DOM beyond one `<style>` in its head.
 */
export class SpeechHighlighter {
  private readonly win: HighlightWindow | null;
  private style: HTMLStyleElement | null = null;
  private activeElement: Element | null = null;

  constructor(
    readonly document: Document,
    private readonly options: SpeechHighlighterOptions = {},
  ) {
    const win = document.defaultView as unknown as HighlightWindow | null;
    this.win = win?.CSS?.highlights && win.Highlight ? win : null;
  }

  /** False where the browser has no Custom Highlight API (highlighting is then skipped; speech goes on). */
  get supported(): boolean {
    return this.win !== null;
  }

  /** Highlights what `progress` says (and clears what it does not). Progress of another document is ignored. */
  show(progress: ReadAloudProgress | null): void {
    if (!progress) {
      this.clear();
      return;
    }
    const granularity = progress.highlight;
    const sentence = granularity === 'none' ? null : this.own(progress.sentenceRange);
    const word = granularity === 'word' ? this.own(progress.wordRange) : null;
    this.set(SENTENCE_HIGHLIGHT, sentence);
    this.set(WORD_HIGHLIGHT, word);
    this.markActive(granularity === 'none' ? null : progress.unit.audio ? progress.unit.anchor : null);
  }

  clear(): void {
    this.set(SENTENCE_HIGHLIGHT, null);
    this.set(WORD_HIGHLIGHT, null);
    this.markActive(null);
  }

  /** Removes the highlights and the style element. */
  dispose(): void {
    this.clear();
    this.style?.remove();
    this.style = null;
  }

  private own(range: Range | null): Range | null {
    return range && range.startContainer.ownerDocument === this.document ? range : null;
  }

  private set(name: string, range: Range | null): void {
    const win = this.win;
    if (!win) return;
    if (!range || range.collapsed) {
      win.CSS.highlights!.delete(name);
      return;
    }
    this.ensureStyle();
    const highlight = new win.Highlight!(range);
    // The word paints over the sentence it is in.
    highlight.priority = name === WORD_HIGHLIGHT ? 1 : 0;
    win.CSS.highlights!.set(name, highlight);
  }

  private ensureStyle(): void {
    if (this.style?.isConnected) return;
    const doc = this.document;
    const existing = doc.querySelector(`style[${STYLE_ATTRIBUTE}]`) as HTMLStyleElement | null;
    if (existing) {
      this.style = existing;
      return;
    }
    const style = doc.createElementNS('http://www.w3.org/1999/xhtml', 'style') as HTMLStyleElement;
    style.setAttribute(STYLE_ATTRIBUTE, '');
    style.textContent = HIGHLIGHT_CSS;
    (doc.head ?? doc.documentElement).append(style);
    this.style = style;
  }

  private markActive(element: Element | null): void {
    const cls = this.options.activeClass;
    if (!cls || element === this.activeElement) return;
    this.activeElement?.classList.remove(cls);
    this.activeElement = element && element.ownerDocument === this.document ? element : null;
    this.activeElement?.classList.add(cls);
  }
}
