import { containsMath, explore, focusRange, speakMath, warmUp, type MathExplorer } from '@attune/math';
import type { MathSettings } from '@attune/profile';
import { msg, str } from '@lit/localize';

/**
 * Math a learner can explore: every `<math>` in a section becomes a tab stop;
 * on focus its speech (speech-rule-engine, the learner's ClearSpeak or
 * MathSpeak) is announced and becomes its accessible name; arrow keys move
 * into sub-expressions (↓ in, ↑ out, ←/→ siblings), each part spoken and
 * highlighted in the frame; Escape goes back to the whole. Nothing of
 * speech-rule-engine loads for a section without math.
 */
const HIGHLIGHT = 'attune-math';
const STYLE = `
math[tabindex]:focus-visible { outline: 3px solid var(--attune-user-focus, #0b5cad); outline-offset: 2px; }
::highlight(${HIGHLIGHT}) { background-color: var(--attune-user-highlight-word-background, #ffe08a); color: var(--attune-user-highlight-word-foreground, #1a1a1a); }
@media (forced-colors: active) { ::highlight(${HIGHLIGHT}) { background-color: Highlight; color: HighlightText; text-decoration: underline 2px; } }
`;

export interface MathHost {
  settings(): MathSettings;
  /** Says something to screen readers (a polite live region of the reader). */
  announce(text: string): void;
}

type FrameWindow = Window & typeof globalThis;

export class MathExploration {
  private explorers = new WeakMap<Element, Promise<MathExplorer>>();
  /** Sections whose math is spoken ahead of time, with their book language (dropped once their frame is gone). */
  private readonly prepared = new Map<Document, string>();
  /** Bumped when settings change, so speech prepared with the old ones stops. */
  private generation = 0;

  constructor(private readonly host: MathHost) {}

  private options(math: Element, bookLanguage: string) {
    const { style, verbosity } = this.host.settings();
    const locale = math.closest('[lang], [xml\\:lang]')?.getAttribute('lang') || bookLanguage || 'en';
    return { style, verbosity, locale };
  }

  private explorer(math: Element, bookLanguage: string): Promise<MathExplorer> {
    let explorer = this.explorers.get(math);
    if (!explorer) {
      explorer = explore(math, this.options(math, bookLanguage));
      this.explorers.set(math, explorer);
    }
    return explorer;
  }

  /** Makes the section's math explorable (a no-op without math). */
  attach(doc: Document, bookLanguage: string): void {
    if (!containsMath(doc)) return;
    const settings = this.host.settings();
    void warmUp(bookLanguage || 'en', { style: settings.style, verbosity: settings.verbosity });
    if (!doc.querySelector('style[data-attune="math"]')) {
      const style = doc.createElementNS('http://www.w3.org/1999/xhtml', 'style');
      style.setAttribute('data-attune', 'math');
      style.textContent = STYLE;
      (doc.head ?? doc.documentElement).appendChild(style);
    }
    for (const math of doc.getElementsByTagNameNS('http://www.w3.org/1998/Math/MathML', 'math')) {
      if (math.hasAttribute('data-attune-explorable')) continue;
      math.setAttribute('data-attune-explorable', '');
      math.setAttribute('tabindex', '0');
      math.addEventListener('focus', () => void this.onFocus(math, bookLanguage));
      math.addEventListener('blur', () => this.clear(doc));
      math.addEventListener('keydown', (event) => void this.onKey(event as KeyboardEvent, math, bookLanguage));
    }
    for (const shown of this.prepared.keys()) if (!shown.defaultView) this.prepared.delete(shown);
    this.prepared.set(doc, bookLanguage);
    void this.speakAhead(doc, bookLanguage, this.generation);
  }

  /**
   * Speaks the section's math while the learner reads, one expression per
   * idle moment, so that focusing an equation or reading it aloud never
   * waits for speech-rule-engine (5–40 ms an expression, up to hundreds for
   * a big matrix): the answer is cached, and each `<math>` gets its speech
   * as its accessible name, which screen readers in browse mode read too.
   */
  private async speakAhead(doc: Document, bookLanguage: string, generation: number): Promise<void> {
    const win = doc.defaultView;
    if (!win) return;
    const idle = (): Promise<unknown> =>
      new Promise((resolve) => (typeof win.requestIdleCallback === 'function' ? win.requestIdleCallback(resolve, { timeout: 1000 }) : win.setTimeout(resolve, 0)));
    for (const math of [...doc.getElementsByTagNameNS('http://www.w3.org/1998/Math/MathML', 'math')]) {
      await idle();
      if (generation !== this.generation || !doc.defaultView) return;
      const result = await speakMath(math, this.options(math, bookLanguage));
      if (generation !== this.generation) return;
      math.setAttribute('aria-label', result.text);
    }
  }

  /** New math settings (style, verbosity): explorers are made again on next focus. */
  forget(): void {
    this.explorers = new WeakMap();
    this.generation++;
    for (const [doc, bookLanguage] of this.prepared) {
      if (doc.defaultView) void this.speakAhead(doc, bookLanguage, this.generation);
      else this.prepared.delete(doc);
    }
  }

  private async onFocus(math: Element, bookLanguage: string): Promise<void> {
    const explorer = await this.explorer(math, bookLanguage);
    explorer.reset();
    math.setAttribute('aria-label', explorer.whole.text);
    const speech = explorer.whole.text;
    this.host.announce(
      explorer.whole.fellBack
        ? msg(str`${speech} (math speech is not available in this language; English is used)`, { id: 'math.fellBackToEnglish', desc: 'speech is the spoken equation.' })
        : speech,
    );
  }

  private async onKey(event: KeyboardEvent, math: Element, bookLanguage: string): Promise<void> {
    const direction = ({ ArrowDown: 'down', ArrowUp: 'up', ArrowLeft: 'left', ArrowRight: 'right' } as const)[event.key as 'ArrowDown'];
    if (!direction && event.key !== 'Escape') return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // Arrow keys explore here; they must not turn the page.
    event.preventDefault();
    event.stopPropagation();
    const explorer = await this.explorer(math, bookLanguage);
    if (event.key === 'Escape') {
      explorer.reset();
      this.clear(math.ownerDocument);
      this.host.announce(explorer.whole.text);
      return;
    }
    const { moved, focus } = await explorer.move(direction!);
    if (!moved) {
      this.host.announce(
        direction === 'down'
          ? msg('No smaller part', { id: 'math.noSmallerPart' })
          : direction === 'up'
            ? msg('Whole expression', { id: 'math.wholeExpression' })
            : msg('No more parts this way', { id: 'math.noMoreParts' }),
      );
      return;
    }
    this.host.announce(focus.speech);
    const win = math.ownerDocument.defaultView as FrameWindow | null;
    if (!win?.CSS?.highlights) return;
    if (focus.path.length === 0) win.CSS.highlights.delete(HIGHLIGHT);
    else win.CSS.highlights.set(HIGHLIGHT, new win.Highlight(focusRange(math, explorer, focus)));
  }

  private clear(doc: Document): void {
    (doc.defaultView as FrameWindow | null)?.CSS?.highlights?.delete(HIGHLIGHT);
  }
}
