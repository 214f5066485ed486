import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { styleMap } from 'lit/directives/style-map.js';
import type { Readability } from '@attune/adapt/readability';
import { authoringMessages } from '../messages.js';
import { formatUiNumber } from '@attune/reader/localization';
import { authoringTokens } from '../ui/authoring-tokens.js';
import { readabilityStyles } from './readability-styles.js';

const m = authoringMessages.readability;

declare global {
  interface HTMLElementTagNameMap {
    'attune-readability-chart': AttuneReadabilityChart;
  }
}

/** One text measured: the original passage or a variant. */
export interface ReadabilityRow {
  label: string;
  readability: Readability;
}

/** Grades shown on the bar scale; a grade above it fills the bar. */
const GRADE_SCALE = 16;

const format = (n: number) => formatUiNumber(n, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const clamp = (n: number, max: number) => Math.max(0, Math.min(max, n));

/**
 * Readability of a passage and its variants side by side: Flesch–Kincaid
 * grade and Flesch reading ease as numbers in a table (the text equivalent),
 * each with a small bar, and one sentence per variant comparing it with the
 * original. Bars are drawn with borders too, so they show in forced colours.
 *
 * @csspart table - The table of figures.
 * @csspart bar - Each bar (decorative; the number beside it says the same).
 * @csspart summary - The sentences comparing each variant with the original.
 * @cssprop --attune-color-background - Page colour.
 * @cssprop --attune-color-foreground - Text colour, and the bars' fill and outline.
 * @cssprop --attune-color-muted - Secondary text.
 * @cssprop --attune-color-border - Rules between the table's rows.
 * @cssprop --attune-font-ui - Font.
 */
@localized()
@customElement('attune-readability-chart')
export class AttuneReadabilityChart extends LitElement {
  static override styles = [authoringTokens, readabilityStyles];

  /** The original first, then each variant. */
  @property({ attribute: false }) rows: ReadabilityRow[] = [];
  /** The table's caption. */
  @property() caption: string = m.caption;

  protected override render() {
    const original = this.rows[0]?.readability;
    const unreliable = this.rows.some((r) => r.readability.supported && !r.readability.reliable);
    return html`
      <table part="table">
        <caption>${this.caption}</caption>
        <thead>
          <tr>
            <th scope="col">${m.text}</th>
            <th scope="col">${m.grade}</th>
            <th scope="col">${m.ease}</th>
            <th scope="col">${m.words}</th>
          </tr>
        </thead>
        <tbody>
          ${this.rows.map((row) => this.renderRow(row))}
        </tbody>
      </table>
      <ul class="summary" part="summary">
        ${this.rows.slice(1).map((row) => html`<li>${this.compare(row, original)}</li>`)}
      </ul>
      ${unreliable ? html`<p class="hint">${m.shortText}</p>` : nothing}
    `;
  }

  private renderRow(row: ReadabilityRow) {
    const r = row.readability;
    if (!r.supported) {
      return html`<tr><th scope="row">${row.label}</th><td colspan="3">${r.message}</td></tr>`;
    }
    const grade = clamp(r.fleschKincaidGrade, GRADE_SCALE);
    const ease = clamp(r.fleschReadingEase, 100);
    return html`<tr>
      <th scope="row">${row.label}</th>
      <td>
        <span class="figure">${format(r.fleschKincaidGrade)}</span>
        <span class="track" aria-hidden="true"><span part="bar" class="bar grade" style=${styleMap({ inlineSize: `${(grade / GRADE_SCALE) * 100}%` })}></span></span>
      </td>
      <td>
        <span class="figure">${format(r.fleschReadingEase)}</span>
        <span class="track" aria-hidden="true"><span part="bar" class="bar ease" style=${styleMap({ inlineSize: `${ease}%` })}></span></span>
      </td>
      <td>${r.words}</td>
    </tr>`;
  }

  private compare(row: ReadabilityRow, original: Readability | undefined): string {
    const r = row.readability;
    if (!r.supported) return m.noMetric(row.label, r.message);
    if (!original?.supported) return m.gradeOnly(row.label, format(r.fleschKincaidGrade));
    const difference = original.fleschKincaidGrade - r.fleschKincaidGrade;
    if (Math.abs(difference) < 0.5) return m.aboutTheSame(row.label, format(r.fleschKincaidGrade));
    return difference > 0 ? m.easier(row.label, format(r.fleschKincaidGrade), format(difference)) : m.harder(row.label, format(r.fleschKincaidGrade), format(-difference));
  }
}
