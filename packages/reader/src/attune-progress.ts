import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
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
 * @attr pages - How many screen pages the chapter has (0 when unknown).
 * @fires attune-progress-seek - The learner moved the slider; detail `{ fraction }`: where to go, 0–1.
 * @csspart slider - The position slider.
 * @csspart summary - The text summary.
 */
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
    if (m < 1) return 'less than a minute left in the book';
    if (m < 60) return `about ${m} min left in the book`;
    const h = Math.floor(m / 60);
    return `about ${h} h ${m % 60} min left in the book`;
  }

  protected override render(): TemplateResult {
    const percent = Math.round(this.fraction * 100);
    const parts = [
      `${percent}%`,
      this.sectionLabel,
      this.pages > 0 ? `page ${this.page} of ${this.pages}` : '',
      this.timeLeft(),
    ].filter(Boolean);
    return html`
      <span class="summary" part="summary">${parts.join(' · ')}</span>
      <label>
        <span>Position in book</span>
        <input
          part="slider"
          type="range"
          min="0"
          max="100"
          step="1"
          .value=${String(percent)}
          aria-valuetext=${`${percent}% through the book${this.sectionLabel ? `, ${this.sectionLabel}` : ''}`}
          @change=${this.seek}
        />
      </label>
      ${nothing}
    `;
  }
}
