import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { formatUiNumber, plural } from './localization/plural.js';
import { uiTokens } from './ui-tokens.js';

export interface ProgressSeekDetail {
  /** Where to go, 0–1 of the book. */
  fraction: number;
}

declare global {
  interface HTMLElementEventMap {
    'attune-progress-seek': CustomEvent<ProgressSeekDetail>;
  }
  interface HTMLElementTagNameMap {
    'attune-progress': AttuneProgress;
  }
}

/**
 * Where the learner is in the book: percentage, chapter, page within the
 * chapter, time left, and a slider to jump (arrow keys move 1 %, PageUp/Down
 * 10 %).
 *
 * @attr section-label - Title of the chapter being read, shown in the summary.
 * @attr section-lang - Language of the chapter title (the book's), so it is read in its own voice.
 * @attr pages - How many screen pages the chapter has (0 when unknown).
 * @fires attune-progress-seek - The learner moved the slider; detail `{ fraction }`: where to go, 0–1.
 * @csspart slider - The position slider.
 * @csspart summary - The text summary.
 */
@localized()
@customElement('attune-progress')
export class AttuneProgress extends LitElement {
  static override styles = [
    uiTokens,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25rem 1rem;
        font-size: 0.9rem;
        background: transparent;
      }
      .summary {
        color: var(--_muted);
        flex: 1 1 12rem;
        min-width: 0;
      }
      label {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        flex: 2 1 12rem;
      }
      input[type='range'] {
        flex: 1;
        min-height: 44px;
        accent-color: var(--_accent);
        margin: 0;
      }
    `,
  ];

  /** How far through the book, 0–1. */
  @property({ type: Number }) fraction = 0;
  @property({ attribute: 'section-label' }) sectionLabel = '';
  @property({ attribute: 'section-lang' }) sectionLang = '';
  /** Screen page within the section and how many it has (0 when unknown). */
  @property({ type: Number }) page = 0;
  @property({ type: Number }) pages = 0;
  /** Estimated minutes to the end of the book (negative when unknown). */
  @property({ type: Number, attribute: 'minutes-left' }) minutesLeft = -1;

  private seek(event: Event): void {
    const value = Number((event.target as HTMLInputElement).value);
    this.dispatchEvent(new CustomEvent<ProgressSeekDetail>('attune-progress-seek', { detail: { fraction: value / 100 }, bubbles: true, composed: true }));
  }

  private timeLeft(): string {
    if (this.minutesLeft < 0) return '';
    const m = Math.round(this.minutesLeft);
    if (m < 1) return msg('less than a minute left in the book', { id: 'progress.timeLeft.underAMinute' });
    if (m < 60) {
      const n = formatUiNumber(m);
      return plural(m, {
        one: () => msg(str`about ${n} minute left in the book`, { id: 'progress.timeLeft.minutes.one' }),
        two: () => msg(str`about ${n} minutes left in the book`, { id: 'progress.timeLeft.minutes.two' }),
        few: () => msg(str`about ${n} minutes left in the book`, { id: 'progress.timeLeft.minutes.few' }),
        many: () => msg(str`about ${n} minutes left in the book`, { id: 'progress.timeLeft.minutes.many' }),
        other: () => msg(str`about ${n} minutes left in the book`, { id: 'progress.timeLeft.minutes.other' }),
      });
    }
    const [h, min] = [formatUiNumber(Math.floor(m / 60)), formatUiNumber(m % 60)];
    return msg(str`about ${h} h ${min} min left in the book`, { id: 'progress.timeLeft.hours', desc: 'h and min are short for hours and minutes.' });
  }

  protected override render(): TemplateResult {
    const percent = Math.round(this.fraction * 100);
    const shownPercent = formatUiNumber(percent / 100, { style: 'percent' });
    const [page, pages] = [formatUiNumber(this.page), formatUiNumber(this.pages)];
    const label = this.sectionLabel;
    // The chapter title is the book's text: isolated, in its own language, inside the UI's sentence.
    const parts: unknown[] = [
      shownPercent,
      label ? html`<bdi lang=${this.sectionLang || nothing}>${label}</bdi>` : '',
      this.pages > 0 ? msg(str`page ${page} of ${pages}`, { id: 'progress.pageOfPages' }) : '',
      this.timeLeft(),
    ].filter(Boolean);
    return html`
      <span class="summary" part="summary">${parts.map((part, i) => (i ? html` · ${part}` : part))}</span>
      <label>
        <span>${msg('Position in book', { id: 'progress.slider' })}</span>
        <input
          part="slider"
          type="range"
          min="0"
          max="100"
          step="1"
          .value=${String(percent)}
          aria-valuetext=${label
            ? msg(str`${shownPercent} through the book, ${label}`, { id: 'progress.valueText.labelled', desc: 'label is the chapter title.' })
            : msg(str`${shownPercent} through the book`, { id: 'progress.valueText' })}
          @change=${this.seek}
        />
      </label>
      ${nothing}
    `;
  }
}
