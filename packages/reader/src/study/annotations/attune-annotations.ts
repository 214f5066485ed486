import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import {
  HIGHLIGHT_COLORS,
  HIGHLIGHT_UNDERLINES,
  placeOf,
  quoteOf,
  type Annotation,
  type AnnotationKind,
  type ColorLabels,
  type HighlightColor,
  type SkippedRecord,
} from '@attune/study';
import { buttonStyles, uiTokens } from '../../ui-tokens.js';
import { annotationMessages as t, colorName, colorWithLabel } from './annotation-messages.js';
import type { HighlightPaint } from './highlight-paint.js';
import { swatch, swatchStyles } from './highlight-swatch.js';

/** What the learner asked the panel for; the reader does it. */
export type AnnotationsCommandDetail =
  | { command: 'go' | 'edit' | 'delete'; annotation: Annotation }
  | { command: 'undo' | 'note-here' }
  | { command: 'labels'; labels: ColorLabels }
  | { command: 'export'; format: 'html' | 'json' }
  | { command: 'import'; file: File };

declare global {
  interface HTMLElementTagNameMap {
    'attune-annotations': AttuneAnnotations;
  }
  interface HTMLElementEventMap {
    'attune-annotations-command': CustomEvent<AnnotationsCommandDetail>;
  }
}

type KindFilter = AnnotationKind | 'all';

/**
 * The "Notes and highlights" panel: bookmarks, highlights and notes in book
 * order with their chapter and text, filtered by kind and colour; each can
 * be gone to (Enter on "Go to"), edited or deleted (with Undo). Colour
 * labels are edited here; annotations whose text is not in this edition are
 * listed in their own group; the study outline is exported (web page or
 * W3C Web Annotation JSON) and imported. Colours are always named in words.
 *
 * @fires attune-annotations-command - The learner asked for something; detail `{ command, … }`.
 */
@localized()
@customElement('attune-annotations')
export class AttuneAnnotations extends LitElement {
  static override styles = [
    uiTokens,
    buttonStyles,
    swatchStyles,
    css`
      :host {
        display: block;
        background: transparent;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        margin: 0 0.5rem 0.5rem;
      }
      .filters label {
        display: flex;
        flex-direction: column;
        font-weight: 600;
        flex: 1 1 8rem;
        min-width: 0;
      }
      select,
      input[type='text'] {
        font: inherit;
        min-height: 44px;
        box-sizing: border-box;
        width: 100%;
        padding: 0 0.5rem;
        color: var(--_fg);
        background: var(--_bg);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      .count,
      .status,
      .intro {
        margin: 0.25rem 0.5rem;
        color: var(--_muted);
      }
      .status {
        color: var(--_fg);
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem;
      }
      .status:empty {
        display: none;
      }
      .problem {
        margin: 0.25rem 0.5rem;
        font-weight: 600;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li.item {
        margin: 0 0.5rem 0.75rem;
        padding: 0.5rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        border-inline-start-width: 6px;
      }
      .what {
        margin: 0;
        font-weight: 600;
        display: flex;
        align-items: center;
        gap: 0.4rem;
        flex-wrap: wrap;
      }
      .chapter {
        margin: 0;
        color: var(--_muted);
        font-size: 0.95rem;
      }
      blockquote {
        margin: 0.25rem 0;
        padding-inline-start: 0.5rem;
        border-inline-start: 3px solid var(--_border);
      }
      .note-text {
        margin: 0.25rem 0;
        white-space: pre-wrap;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
        margin-top: 0.25rem;
      }
      h3 {
        font-size: 1rem;
        margin: 1rem 0.5rem 0.25rem;
      }
      .labels form,
      .files {
        margin: 0 0.5rem;
        display: flex;
        flex-direction: column;
        gap: 0.5rem;
        align-items: stretch;
      }
      .labels label,
      .files label {
        display: flex;
        flex-direction: column;
        gap: 0.15rem;
        font-weight: 600;
      }
      .label-name {
        display: flex;
        align-items: center;
        gap: 0.4rem;
      }
      input[type='file'] {
        font: inherit;
        max-width: 100%;
        min-height: 44px;
      }
      input[type='file']:focus-visible {
        outline: 3px solid var(--_focus);
        outline-offset: 2px;
      }
      .skipped {
        margin: 0.25rem 0.5rem;
        padding-inline-start: 1.25rem;
        list-style: disc;
      }
      .files button,
      .labels button,
      .note-here {
        justify-content: flex-start;
        text-align: start;
      }
      .note-here {
        margin: 0.5rem;
      }
    `,
  ];

  /** The learner's bookmarks, highlights and notes for this book, as the panel lists them. */
  @property({ attribute: false }) annotations: Annotation[] = [];
  /** Why each orphan's text was not found, by annotation id. */
  @property({ attribute: false }) orphans: Map<string, string> = new Map();
  /** The learner's names for the highlight colours ("main idea"), edited in the panel. */
  @property({ attribute: false }) labels: ColorLabels = {};
  /** How each highlight colour is painted in the current theme, for the swatches beside the items. */
  @property({ attribute: false }) paints: Partial<Record<HighlightColor, HighlightPaint>> = {};
  /** The book's language and direction, for quotes. */
  @property({ attribute: 'book-lang' }) bookLang = '';
  /** The book's text direction (`ltr` or `rtl`), for quotes. */
  @property({ attribute: 'book-dir' }) bookDir: 'ltr' | 'rtl' = 'ltr';
  /** A storage failure to show. */
  @property() problem = '';
  /** Stored records that could not be read. */
  @property({ attribute: false }) damaged: SkippedRecord[] = [];
  /** What was just deleted (offers Undo). */
  @property({ attribute: false }) deleted: Annotation | null = null;

  @state() private kind: KindFilter = 'all';
  @state() private color: HighlightColor | 'all' = 'all';
  @state() private importMessage = '';
  @state() private importSkipped: SkippedRecord[] = [];
  @state() private labelsMessage = '';

  /** Moves focus into the panel (its first control). */
  override focus(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('select, button')?.focus());
  }

  /** Shows what an import did (called by the reader once it is done). */
  showImportReport(message: string, skipped: SkippedRecord[]): void {
    this.importMessage = message;
    this.importSkipped = skipped;
  }

  /** Focus on the Undo button after a deletion, or on an item's "Go to" button. */
  async focusUndo(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.undo')?.focus();
  }

  /** Moves focus to the "Go to" button of the annotation with this id. */
  async focusItem(id: string, button: '.go' | '.edit' | '.delete' = '.go'): Promise<void> {
    await this.updateComplete;
    const item = this.renderRoot.querySelector(`[data-id="${CSS.escape(id)}"]`);
    (item?.querySelector<HTMLElement>(button) ?? item?.querySelector<HTMLElement>('button'))?.focus();
  }

  private command(detail: AnnotationsCommandDetail): void {
    this.dispatchEvent(new CustomEvent<AnnotationsCommandDetail>('attune-annotations-command', { detail, bubbles: true, composed: true }));
  }

  /** "Yellow highlight (main idea)", "Note", "Bookmark". */
  private kindLabel(a: Annotation): string {
    if (a.kind === 'highlight') return t.highlight(colorWithLabel(a.color, this.labels[a.color]));
    return a.kind === 'note' ? t.note : t.bookmark;
  }

  private textOf(a: Annotation): string {
    if (a.kind === 'bookmark') return a.snippet;
    if (a.kind === 'highlight') return quoteOf(a.target)?.exact ?? '';
    return a.target ? quoteOf(a.target)?.exact ?? '' : a.location?.chapter ?? '';
  }

  private item(a: Annotation, orphan: boolean): TemplateResult {
    const what = this.kindLabel(a);
    const text = this.textOf(a);
    const chapter = placeOf(a).chapter;
    const excerpt = text.length > 80 ? `${text.slice(0, 79)}…` : text;
    const quote = text.length > 280 ? `${text.slice(0, 279)}…` : text;
    return html`<li class="item" data-id=${a.id} data-kind=${a.kind} style=${a.kind === 'highlight' ? `border-inline-start-style:${HIGHLIGHT_UNDERLINES[a.color]}` : nothing}>
      <p class="what">${a.kind === 'highlight' ? swatch(a.color, this.paints[a.color]) : nothing}${what}</p>
      ${chapter ? html`<p class="chapter" lang=${this.bookLang || nothing}>${chapter}</p>` : nothing}
      ${quote ? html`<blockquote lang=${this.bookLang || nothing} dir=${this.bookDir}>${quote}</blockquote>` : nothing}
      ${a.kind === 'note' ? html`<p class="note-text" dir="auto">${a.text}</p>` : nothing}
      ${orphan ? html`<p class="chapter">${this.orphans.get(a.id)}</p>` : nothing}
      <div class="actions">
        ${orphan
          ? nothing
          : html`<button type="button" part="button" class="go" aria-label=${t.goToItem(what, excerpt)} @click=${() => this.command({ command: 'go', annotation: a })}>
              ${t.goTo}
            </button>`}
        ${a.kind === 'note'
          ? html`<button type="button" part="button" class="edit" aria-label=${t.editItem(what, excerpt)} @click=${() => this.command({ command: 'edit', annotation: a })}>
              ${t.edit}
            </button>`
          : nothing}
        <button type="button" part="button" class="delete" aria-label=${t.deleteItem(what, excerpt)} @click=${() => this.command({ command: 'delete', annotation: a })}>
          ${t.delete}
        </button>
      </div>
    </li>`;
  }

  private passesFilter(a: Annotation): boolean {
    if (this.kind !== 'all' && a.kind !== this.kind) return false;
    if (this.color !== 'all' && !(a.kind === 'highlight' && a.color === this.color)) return false;
    return true;
  }

  private onLabels(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const labels: ColorLabels = {};
    for (const color of HIGHLIGHT_COLORS) {
      const value = (form.elements.namedItem(`label-${color}`) as HTMLInputElement).value.trim();
      if (value) labels[color] = value;
    }
    this.command({ command: 'labels', labels });
    this.labelsMessage = t.labelsSaved;
  }

  private onFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.importMessage = '';
    this.importSkipped = [];
    this.command({ command: 'import', file });
    input.value = '';
  }

  protected override render(): TemplateResult {
    const orphans = this.annotations.filter((a) => this.orphans.has(a.id));
    const found = this.annotations.filter((a) => !this.orphans.has(a.id));
    const shown = found.filter((a) => this.passesFilter(a));
    const shownOrphans = orphans.filter((a) => this.passesFilter(a));
    return html`
      <p class="status" role="status">${this.deleted
        ? html`${t.deleted(this.kindLabel(this.deleted))}<button type="button" part="button" class="undo" @click=${() => this.command({ command: 'undo' })}>${t.undo}</button>`
        : nothing}</p>
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      ${this.damaged.length
        ? html`<p class="intro">${t.damaged}</p>
            <ul class="skipped">${this.damaged.map((s) => html`<li>${s.message}</li>`)}</ul>`
        : nothing}
      <div class="filters">
        <label>${t.filterKind}
          <select class="kind" @change=${(e: Event) => (this.kind = (e.target as HTMLSelectElement).value as KindFilter)}>
            <option value="all" ?selected=${this.kind === 'all'}>${t.all}</option>
            <option value="highlight" ?selected=${this.kind === 'highlight'}>${t.highlights}</option>
            <option value="note" ?selected=${this.kind === 'note'}>${t.notes}</option>
            <option value="bookmark" ?selected=${this.kind === 'bookmark'}>${t.bookmarks}</option>
          </select>
        </label>
        <label>${t.filterColor}
          <select class="color" @change=${(e: Event) => (this.color = (e.target as HTMLSelectElement).value as HighlightColor | 'all')}>
            <option value="all" ?selected=${this.color === 'all'}>${t.allColors}</option>
            ${HIGHLIGHT_COLORS.map((c) => html`<option value=${c} ?selected=${this.color === c}>${colorWithLabel(c, this.labels[c])}</option>`)}
          </select>
        </label>
      </div>
      ${this.annotations.length === 0
        ? html`<p class="intro">${t.empty}</p>`
        : html`<p class="count">${t.count(shown.length)}</p>
            ${shown.length ? html`<ul class="list">${shown.map((a) => this.item(a, false))}</ul>` : html`<p class="intro">${t.nothingMatches}</p>`}`}
      ${shownOrphans.length
        ? html`<section class="orphans" aria-labelledby="orphans-heading">
            <h3 id="orphans-heading">${t.orphans}</h3>
            <p class="intro">${t.orphansIntro}</p>
            <ul>${shownOrphans.map((a) => this.item(a, true))}</ul>
          </section>`
        : nothing}
      <button type="button" part="button" class="note-here" @click=${() => this.command({ command: 'note-here' })}>${t.addNoteHere}</button>
      <section class="labels" aria-labelledby="labels-heading">
        <h3 id="labels-heading">${t.labels}</h3>
        <p class="intro" id="labels-help">${t.labelsHelp}</p>
        <form @submit=${this.onLabels}>
          ${HIGHLIGHT_COLORS.map(
            (c) => html`<label><span class="label-name">${swatch(c, this.paints[c])}${t.labelFor(colorName(c))}</span>
              <input type="text" name=${`label-${c}`} maxlength="60" autocomplete="off" aria-describedby="labels-help" .value=${this.labels[c] ?? ''} />
            </label>`,
          )}
          <button type="submit" part="button">${t.saveLabels}</button>
          <p class="status" role="status">${this.labelsMessage}</p>
        </form>
      </section>
      <section class="files" aria-labelledby="files-heading">
        <h3 id="files-heading">${t.exportImport}</h3>
        <button type="button" part="button" class="export-html" @click=${() => this.command({ command: 'export', format: 'html' })}>${t.exportHtml}</button>
        <button type="button" part="button" class="export-json" @click=${() => this.command({ command: 'export', format: 'json' })}>${t.exportJson}</button>
        <label>${t.importFile}
          <input type="file" class="import" accept=".json,.jsonld,application/json,application/ld+json" @change=${this.onFile} />
        </label>
        <div class="status import-report" role="status">${this.importMessage
          ? html`<p>${this.importMessage}</p>${this.importSkipped.length
              ? html`<p>${t.skipped(this.importSkipped.length)}</p><ul class="skipped">${this.importSkipped.map((s) => html`<li>${s.message}</li>`)}</ul>`
              : nothing}`
          : nothing}</div>
      </section>
    `;
  }
}
