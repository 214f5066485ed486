import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { MAX_QUERY_LENGTH, SearchError, searchBook, type SearchResult, type SearchSource, type SearchUpdate } from '@attune/study';
import { buttonStyles, uiTokens } from '../../ui-tokens.js';
import { searchMessages as t } from './search-messages.js';

/** What the panel asks its host to show: a result, and where it stands among them. */
export interface SearchOpenDetail {
  result: SearchResult;
  /** 1-based position among the results, and how many there are so far. */
  position: number;
  count: number;
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-search': AttuneSearch;
  }
  interface HTMLElementEventMap {
    'attune-search-open': CustomEvent<SearchOpenDetail>;
    'attune-search-clear': CustomEvent<void>;
  }
}

/** Screen readers hear progress at most this often while a search runs. */
const ANNOUNCE_EVERY_MS = 3000;

type Phase = 'idle' | 'running' | 'done' | 'stopped';

/**
 * The search panel: a labelled search field, progress while the book is
 * searched (announced politely and not too often), Cancel, and the results
 * grouped by chapter with the match marked. The results are one tab stop;
 * ↑/↓, Home and End move among them and Enter opens one. The host (the
 * reader) gives it a `source` and shows results when it fires
 * `attune-search-open`.
 *
 * @fires attune-search-open - A result was chosen; detail `{ result, position, count }`.
 * @fires attune-search-clear - A new search started or the search was cancelled: highlights of old results should go.
 */
@localized()
@customElement('attune-search')
export class AttuneSearch extends LitElement {
  static override styles = [
    uiTokens,
    buttonStyles,
    css`
      :host {
        display: block;
        background: transparent;
        min-width: 0;
      }
      form {
        margin: 0 0.5rem;
      }
      label {
        display: block;
        font-weight: 600;
        margin-bottom: 0.25rem;
      }
      .field-row,
      .progress-row,
      .step-row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      input {
        font: inherit;
        flex: 1 1 8rem;
        min-width: 0;
        min-height: 44px;
        box-sizing: border-box;
        padding: 0 0.5rem;
        color: var(--_fg);
        background: var(--_bg);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      .hint,
      .progress,
      .problem {
        margin: 0.5rem;
        font-size: 0.9rem;
      }
      .hint {
        color: var(--_muted);
      }
      .problem:empty {
        display: none;
      }
      .progress-row {
        margin: 0 0.5rem;
        justify-content: space-between;
      }
      .progress {
        margin: 0.5rem 0;
        flex: 1 1 10rem;
      }
      .step-row {
        margin: 0.5rem;
      }
      .step-row button {
        flex: 1 1 auto;
      }
      h3 {
        font-size: 0.95rem;
        margin: 0.75rem 0.5rem 0.25rem;
        overflow-wrap: anywhere;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .result {
        display: block;
        width: 100%;
        text-align: start;
        background: transparent;
        border-color: transparent;
        padding: 0.4rem 0.5rem;
        line-height: 1.4;
        overflow-wrap: anywhere;
        white-space: normal;
      }
      .result:hover {
        border-color: var(--_border);
      }
      /* A thick leading edge marks the result on screen: a shape, so it shows in forced colours too. */
      .result[aria-current='true'] {
        border: 2px solid var(--_accent);
        border-inline-start-width: 6px;
      }
      mark {
        background: var(--_accent);
        color: var(--_accent-fg);
        font-weight: 700;
        border-radius: 2px;
        padding: 0 0.1em;
      }
      @media (forced-colors: active) {
        mark {
          forced-color-adjust: none;
          background: Highlight;
          color: HighlightText;
        }
      }
    `,
  ];

  /** Where to read the book's sections; without one the panel cannot search. */
  @property({ attribute: false }) source: (() => SearchSource) | undefined = undefined;
  /** What is searched (the reader passes its open book): when it changes, the last book's search stops and its results go. */
  @property({ attribute: false }) scope: unknown = undefined;
  /** Language of the book's text, for excerpts (a screen reader pronounces them in it). */
  @property({ attribute: 'book-lang' }) bookLang = '';

  @state() private results: SearchResult[] = [];
  @state() private phase: Phase = 'idle';
  @state() private progress: SearchUpdate | undefined;
  @state() private problem = '';
  @state() private announcement = '';
  /** Ordinal of the result opened last (-1: none). */
  @state() private current = -1;
  /** Ordinal of the result that holds the list's tab stop. */
  @state() private focused = 0;
  private running: AbortController | undefined;
  private lastAnnounced = 0;
  @query('input') private input!: HTMLInputElement;

  /** The query of the search shown. */
  get query(): string {
    return this.input?.value ?? '';
  }

  /** The results found so far. */
  get found(): readonly SearchResult[] {
    return this.results;
  }

  /** Whether a search is running. */
  get searching(): boolean {
    return this.phase === 'running';
  }

  /** Focuses the search field (its text selected, to type a new search at once). */
  override focus(): void {
    void this.updateComplete.then(() => {
      this.input.focus();
      this.input.select();
    });
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('scope') && changed.get('scope') !== undefined) this.reset();
  }

  /** Stops any search and forgets its query and results. */
  reset(): void {
    this.running?.abort();
    this.running = undefined;
    this.results = [];
    this.progress = undefined;
    this.phase = 'idle';
    this.current = -1;
    this.focused = 0;
    this.problem = '';
    this.announcement = '';
    if (this.input) this.input.value = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.running?.abort();
  }

  /** Searches the book for `query`, replacing any search before it. Resolves when it ends or is cancelled. */
  async search(query: string): Promise<void> {
    this.running?.abort();
    const source = this.source?.();
    if (!source) return;
    const controller = (this.running = new AbortController());
    if (this.input) this.input.value = query;
    this.results = [];
    this.progress = undefined;
    this.current = -1;
    this.focused = 0;
    this.problem = '';
    this.announcement = '';
    this.lastAnnounced = performance.now();
    this.dispatchEvent(new CustomEvent('attune-search-clear'));
    this.phase = 'running';
    try {
      for await (const update of searchBook(source, query, { signal: controller.signal })) {
        // A newer search or Cancel owns the panel now.
        if (controller.signal.aborted) break;
        this.results = update.results.length ? [...this.results, ...update.results] : this.results;
        this.progress = update;
        if (update.done) this.phase = 'done';
        this.maybeAnnounce(update.done);
      }
    } catch (error) {
      if (!(error instanceof SearchError)) {
        this.phase = 'stopped';
        throw error;
      }
      this.phase = 'idle';
      this.problem = error.code === 'empty-query' ? t.emptyQuery : t.tooLong(MAX_QUERY_LENGTH);
      this.input?.focus();
      return;
    } finally {
      if (this.running === controller) this.running = undefined;
    }
    if (controller.signal.aborted && this.running === undefined && this.phase === 'running') this.stopped();
  }

  /** Stops the search running; what was found stays listed. */
  cancel(): void {
    if (this.phase !== 'running') return;
    this.running?.abort();
    this.running = undefined;
    this.stopped();
  }

  private stopped(): void {
    this.phase = 'stopped';
    this.maybeAnnounce(true);
  }

  /** The sentence that says how far the search is. */
  private statusText(): string {
    const u = this.progress;
    if (this.phase === 'idle' || !u) return '';
    if (this.phase === 'stopped') return t.stopped(u.sectionsDone, u.sectionsTotal, u.total);
    if (this.phase === 'running') return t.progress(u.sectionsDone, u.sectionsTotal, u.total);
    return u.capped ? t.capped(u.total) : t.finished(u.sectionsTotal, u.total);
  }

  /** Progress for screen readers: the end at once, the way there every few seconds. */
  private maybeAnnounce(final: boolean): void {
    const now = performance.now();
    if (!final && now - this.lastAnnounced < ANNOUNCE_EVERY_MS) return;
    this.lastAnnounced = now;
    this.announcement = this.statusText();
  }

  /** Opens the result with this ordinal. */
  open(ordinal: number): void {
    const result = this.results[ordinal];
    if (!result) return;
    this.current = ordinal;
    this.focused = ordinal;
    // "Next result" from the buttons or F3: the opened result is brought into the list's view.
    void this.updateComplete.then(() => this.renderRoot.querySelector(`[data-ordinal="${ordinal}"]`)?.scrollIntoView({ block: 'nearest' }));
    this.dispatchEvent(new CustomEvent<SearchOpenDetail>('attune-search-open', { detail: { result, position: ordinal + 1, count: this.results.length } }));
  }

  /** Opens the next result (the first when none is open); false when there is none. */
  nextResult(): boolean {
    if (!this.results.length) return false;
    this.open(this.current < 0 ? 0 : Math.min(this.current + 1, this.results.length - 1));
    return true;
  }

  /** Opens the previous result; false when there is none. */
  previousResult(): boolean {
    if (!this.results.length) return false;
    this.open(Math.max(this.current - 1, 0));
    return true;
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.search(this.input.value);
  }

  /** ↓ in the search field goes to the results, as the hint under the field says. */
  private onQueryKeydown(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' || !this.results.length || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    event.stopPropagation();
    this.renderRoot.querySelector<HTMLElement>(`[data-ordinal="${Math.max(0, this.focused)}"]`)?.focus();
  }

  private onResultsKeydown(event: KeyboardEvent): void {
    const count = this.results.length;
    if (!count) return;
    const moves: Record<string, number> = { ArrowDown: this.focused + 1, ArrowUp: this.focused - 1, Home: 0, End: count - 1 };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    this.focused = Math.max(0, Math.min(count - 1, next));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-ordinal="${this.focused}"]`)?.focus());
  }

  private renderResult(result: SearchResult): TemplateResult {
    const { before, match, after } = result.excerpt;
    return html`<li>
      <button
        type="button"
        class="result"
        data-ordinal=${result.ordinal}
        tabindex=${result.ordinal === this.focused ? 0 : -1}
        aria-current=${result.ordinal === this.current ? 'true' : nothing}
        lang=${result.language || this.bookLang || nothing}
        dir="auto"
        @click=${() => this.open(result.ordinal)}
        @focus=${() => (this.focused = result.ordinal)}
      >${before}<mark>${match}</mark>${after}</button>
    </li>`;
  }

  private renderResults(): TemplateResult | typeof nothing {
    if (!this.results.length) return nothing;
    const groups: { chapter: string; index: number; results: SearchResult[] }[] = [];
    for (const result of this.results) {
      const last = groups[groups.length - 1];
      if (last && last.index === result.sectionIndex) last.results.push(result);
      else groups.push({ chapter: result.chapter, index: result.sectionIndex, results: [result] });
    }
    return html`<div class="results" role="group" aria-label=${t.results} @keydown=${this.onResultsKeydown}>
      ${groups.map(
        (group, i) => html`<section aria-labelledby=${`group-${i}`}>
          <h3 id=${`group-${i}`} lang=${this.bookLang || nothing} dir="auto">${group.chapter || t.untitled}</h3>
          <ol>${group.results.map((r) => this.renderResult(r))}</ol>
        </section>`,
      )}
    </div>`;
  }

  protected override render(): TemplateResult {
    const status = this.statusText();
    const skipped = this.progress?.skipped.length ?? 0;
    return html`
      <form role="search" aria-label=${t.searchInBook} @submit=${this.onSubmit}>
        <label for="query">${t.searchInBook}</label>
        <div class="field-row">
          <input
            id="query"
            type="search"
            name="query"
            autocomplete="off"
            spellcheck="false"
            lang=${this.bookLang || nothing}
            aria-describedby=${this.problem ? 'problem hint' : 'hint'}
            aria-invalid=${this.problem ? 'true' : 'false'}
            @keydown=${this.onQueryKeydown}
          />
          <button type="submit" part="button">${t.search}</button>
        </div>
      </form>
      <p id="problem" class="problem" role="alert">${this.problem}</p>
      <p id="hint" class="hint">${t.hint}</p>
      ${status
        ? html`<div class="progress-row">
            <p class="progress">${status}${skipped ? html` ${t.skipped(skipped)}` : nothing}</p>
            ${this.phase === 'running' ? html`<button type="button" class="cancel" part="button" @click=${this.cancel}>${t.cancel}</button>` : nothing}
          </div>`
        : nothing}
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${this.results.length
        ? html`<div class="step-row">
            <button type="button" class="previous" part="button" ?disabled=${this.current <= 0} @click=${() => this.previousResult()}>${t.previousResult}</button>
            <button type="button" class="next" part="button" ?disabled=${this.current >= this.results.length - 1} @click=${() => this.nextResult()}>${t.nextResult}</button>
          </div>`
        : nothing}
      ${this.renderResults()}
    `;
  }
}
