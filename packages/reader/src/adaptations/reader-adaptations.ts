import {
  applyVariants, matchPackToBook, passagesOf, passageView, setPassageView, validateVariantPack, MARK,
  type AdaptReport, type GlossaryEntry, type PackBookMatch, type VariantPack,
} from '@attune/adapt';
import type { AttuneBook } from '@attune/book';
import type { EffectiveSettings } from '@attune/profile';
import { msg, str } from '@lit/localize';
import { uiDirection, uiLocale } from '../localization/ui-locale.js';

/** Labels of the passage switch, as screen readers and the eye see them, in the UI language. */
export const PASSAGE_LABELS = {
  get showOriginal() {
    return msg('Show original text', { id: 'adaptations.showOriginal' });
  },
  get showSimplified() {
    return msg('Show simplified text', { id: 'adaptations.showSimplified' });
  },
};

/** What the reader adds into a section is UI: it speaks the UI language, not the book's. */
function markAsUi(element: Element): void {
  element.setAttribute('lang', uiLocale());
  element.setAttribute('dir', uiDirection());
}

export interface PackProblem {
  /** `pack-unreadable`, `pack-invalid`, `pack-other-book`, `pack-reissued`, `pack-orphans`. */
  code: string;
  message: string;
}

const XHTML = 'http://www.w3.org/1999/xhtml';

/**
 * A teacher's variant pack as the reader uses it: loaded and checked against
 * the open book, applied to each section as it is shown (simplified passages
 * at the learner's level, glossary words, image descriptions, notes), with a
 * switch before each adapted passage to see the original. A plain class; the
 * reader element drives it and owns the pop-ups.
 */
export class ReaderAdaptations {
  pack: VariantPack | undefined;
  private packUrl = '';
  /** Problems with the pack, for teachers (the reader also fires them as events). */
  problems: PackProblem[] = [];

  private loading: { url: string; book: AttuneBook | undefined; done: Promise<PackProblem[]> } | undefined;

  /**
   * Loads and validates a pack for a book; resolves with its problems (none
   * when all is well). Asking again for the same pack and book gives the same
   * answer, and the pack in use changes only once the new one is ready.
   */
  load(url: string, book: AttuneBook | undefined): Promise<PackProblem[]> {
    const absolute = new URL(url, document.baseURI).href;
    if (this.loading && this.loading.url === absolute && this.loading.book === book) return this.loading.done;
    const done = this.fetchPack(absolute, url, book);
    this.loading = { url: absolute, book, done };
    return done;
  }

  private async fetchPack(absolute: string, url: string, book: AttuneBook | undefined): Promise<PackProblem[]> {
    const problems: PackProblem[] = [];
    const finish = (pack: VariantPack | undefined) => {
      // A newer load may have started meanwhile: only the latest one counts.
      if (this.loading?.url !== absolute || this.loading.book !== book) return problems;
      this.pack = pack;
      this.packUrl = absolute;
      this.problems = problems;
      return problems;
    };
    let json: unknown;
    try {
      const response = await fetch(absolute);
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      json = await response.json();
    } catch (error) {
      problems.push({ code: 'pack-unreadable', message: `The simplified passages and glossary at ${url} could not be loaded (${(error as Error).message}). The book is shown as published.` });
      return finish(undefined);
    }
    const { pack, issues } = validateVariantPack(json);
    for (const issue of issues.filter((i) => i.severity === 'error')) problems.push({ code: 'pack-invalid', message: issue.message });
    if (book) {
      const match: PackBookMatch = matchPackToBook(pack, book.metadata);
      if (match.relation === 'other-book') {
        problems.push({ code: 'pack-other-book', message: `${match.message} Its passages and glossary are not used.` });
        return finish(undefined);
      }
      if (match.relation === 'reissued') problems.push({ code: 'pack-reissued', message: match.message });
    }
    return finish(pack);
  }

  /** Forgets the pack (e.g. when the `variants` attribute is removed). */
  clear(): void {
    this.loading = undefined;
    this.pack = undefined;
    this.problems = [];
  }

  /**
   * Adapts one rendered section for the learner's settings and adds the
   * "show original" switches. Returns the report, or null without a pack.
   */
  applyTo(doc: Document, sectionHref: string, settings: EffectiveSettings): AdaptReport | null {
    if (!this.pack) return null;
    const report = applyVariants(doc, this.pack, {
      simplifiedText: settings.content.simplifiedText,
      readingLevel: settings.content.readingLevel,
      glossary: settings.content.glossary,
      imageDescriptions: settings.content.imageDescriptions,
    }, {
      href: sectionHref,
      labels: {
        imageDescription: msg('Image description', { id: 'adaptations.imageDescription' }),
        teacherNote: msg('Teacher’s note', { id: 'adaptations.teacherNote' }),
      },
    });
    this.addPassageSwitches(doc);
    this.makeGlossaryWordsOperable(doc);
    return report;
  }

  /** A button before each swapped passage; the reader handles its clicks. */
  private addPassageSwitches(doc: Document): void {
    for (const passage of passagesOf(doc)) {
      const id = passage.getAttribute(MARK.passage)!;
      const existing = doc.querySelector(`button[data-attune-passage-switch="${CSS.escape(id)}"]`);
      if (existing) {
        // Already there (the UI language may have changed since): same state, current words.
        existing.textContent = existing.getAttribute('aria-pressed') === 'true' ? PASSAGE_LABELS.showSimplified : PASSAGE_LABELS.showOriginal;
        markAsUi(existing);
        continue;
      }
      const button = doc.createElementNS(XHTML, 'button') as HTMLButtonElement;
      button.setAttribute('type', 'button');
      button.setAttribute(MARK.inserted, '');
      button.setAttribute('data-attune-passage-switch', id);
      button.setAttribute('class', 'attune-passage-switch');
      button.setAttribute('aria-pressed', 'false');
      button.textContent = PASSAGE_LABELS.showOriginal;
      markAsUi(button);
      passage.parentNode?.insertBefore(button, passage);
    }
    // Switches whose passage is gone (settings changed) go too.
    for (const button of [...doc.querySelectorAll<HTMLElement>('button[data-attune-passage-switch]')]) {
      const id = button.getAttribute('data-attune-passage-switch')!;
      if (!doc.querySelector(`[${MARK.passage}="${CSS.escape(id)}"]`)) button.remove();
    }
  }

  /** Glossary words become keyboard-operable buttons (role and tab stop; the reader handles activation). */
  private makeGlossaryWordsOperable(doc: Document): void {
    for (const word of doc.querySelectorAll(`[${MARK.glossary}]`)) {
      word.setAttribute('role', 'button');
      word.setAttribute('tabindex', '0');
      word.setAttribute('aria-haspopup', 'dialog');
      const entry = this.glossaryEntry(word.getAttribute(MARK.glossary)!);
      const text = word.textContent ?? entry?.term ?? '';
      if (entry) word.setAttribute('aria-label', msg(str`${text}: glossary`, { id: 'adaptations.glossaryWord', desc: 'The accessible name of a word in the book that opens its glossary entry.' }));
    }
  }

  /** Switches a passage between its simplified text and the original; returns the new view. */
  toggle(button: Element): 'variant' | 'original' {
    const doc = button.ownerDocument;
    const id = button.getAttribute('data-attune-passage-switch')!;
    const passage = doc.querySelector(`[${MARK.passage}="${CSS.escape(id)}"]`);
    if (!passage) return 'variant';
    const next = passageView(passage) === 'variant' ? 'original' : 'variant';
    setPassageView(passage, next);
    button.textContent = next === 'original' ? PASSAGE_LABELS.showSimplified : PASSAGE_LABELS.showOriginal;
    button.setAttribute('aria-pressed', String(next === 'original'));
    return next;
  }

  glossaryEntry(id: string): GlossaryEntry | undefined {
    return this.pack?.entries.find((e): e is GlossaryEntry => e.type === 'glossary' && e.id === id);
  }

  /** A glossary definition as safe DOM for the reader's pop-up: definition, example and picture. */
  glossaryContent(entry: GlossaryEntry, target: Document): DocumentFragment {
    const fragment = target.createDocumentFragment();
    const definition = target.createElement('p');
    definition.textContent = entry.definition;
    fragment.append(definition);
    if (entry.example) {
      const example = target.createElement('p');
      const label = target.createElement('strong');
      label.textContent = msg('Example:', { id: 'adaptations.example' });
      markAsUi(label);
      example.append(label, ' ', entry.example);
      fragment.append(example);
    }
    if (entry.picture && /^(data:image\/|https?:|\/|\.|[a-z0-9])/i.test(entry.picture.src) && !/^javascript:/i.test(entry.picture.src)) {
      const img = target.createElement('img');
      // Pictures are resolved against the pack, as the format says.
      img.src = new URL(entry.picture.src, this.packUrl).href;
      img.alt = entry.picture.alt;
      img.className = 'glossary-picture';
      fragment.append(img);
    }
    return fragment;
  }
}

/** Styles for what the reader adds to adapted sections (the switch). Colours come from the text. */
export const ADAPTATION_FRAME_CSS = `
.attune-passage-switch {
  font: inherit; font-size: 0.85em; color: inherit; background: transparent;
  border: 1px solid currentColor; border-radius: 4px; min-height: 28px; padding: 0 0.6em; margin: 0.25em 0; cursor: pointer;
}
[data-attune-glossary][role='button'] { cursor: pointer; }
`;
