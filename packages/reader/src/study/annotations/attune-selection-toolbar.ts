import { LitElement, css, html, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { HIGHLIGHT_COLORS, type ColorLabels, type HighlightColor } from '@attune/study';
import { buttonStyles, uiTokens } from '../../ui-tokens.js';
import { annotationMessages as t, colorName, highlightIn } from './annotation-messages.js';
import type { HighlightPaint } from './highlight-paint.js';
import { swatch, swatchStyles } from './highlight-swatch.js';

/** What the learner chose for the selected text. */
export interface SelectionCommandDetail {
  command: 'highlight' | 'note' | 'copy';
  color?: HighlightColor;
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-selection-toolbar': AttuneSelectionToolbar;
  }
  interface HTMLElementEventMap {
    'attune-selection-command': CustomEvent<SelectionCommandDetail>;
    'attune-selection-dismiss': CustomEvent<void>;
  }
}

/**
 * The small toolbar that appears while text is selected in the book:
 * highlight in one of four colours (each named in words, with the learner's
 * label, and shown with its own underline), add a note, copy. It is one tab
 * stop (an ARIA toolbar): ←/→, Home and End move between its buttons;
 * Escape goes back to the text. The reader moves focus to it with
 * Alt+Shift+H.
 *
 * @fires attune-selection-command - A button was pressed; detail `{ command, color? }`.
 * @fires attune-selection-dismiss - Escape: the learner goes back to the text.
 * @csspart toolbar - The bar of buttons.
 */
@localized()
@customElement('attune-selection-toolbar')
export class AttuneSelectionToolbar extends LitElement {
  static override styles = [
    uiTokens,
    buttonStyles,
    swatchStyles,
    css`
      :host {
        display: block;
        background: transparent;
        max-width: 100%;
      }
      [role='toolbar'] {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
        padding: 0.25rem;
        background: var(--_bg);
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
        max-width: 100%;
        box-sizing: border-box;
      }
      @media (forced-colors: active) {
        [role='toolbar'] {
          box-shadow: none;
        }
      }
    `,
  ];

  /** The learner's meaning for each colour. */
  @property({ attribute: false }) labels: ColorLabels = {};
  /** The colours as they are painted on this page (from the learner's theme). */
  @property({ attribute: false }) paints: Partial<Record<HighlightColor, HighlightPaint>> = {};
  private active = 0;

  /** Moves focus to the toolbar's first button (or the one last used). */
  override focus(): void {
    void this.updateComplete.then(() => this.buttons()[this.active]?.focus());
  }

  private buttons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button')];
  }

  private command(detail: SelectionCommandDetail): void {
    this.dispatchEvent(new CustomEvent<SelectionCommandDetail>('attune-selection-command', { detail, bubbles: true, composed: true }));
  }

  private onKeydown(event: KeyboardEvent): void {
    const buttons = this.buttons();
    const at = buttons.indexOf(event.composedPath()[0] as HTMLButtonElement);
    // Arrows follow the UI's direction: in a right-to-left UI → goes back.
    const rtl = getComputedStyle(this).direction === 'rtl';
    let next = -1;
    if (event.key === 'ArrowRight') next = at + (rtl ? -1 : 1);
    else if (event.key === 'ArrowLeft') next = at + (rtl ? 1 : -1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.dispatchEvent(new CustomEvent('attune-selection-dismiss', { bubbles: true, composed: true }));
      return;
    } else return;
    event.preventDefault();
    event.stopPropagation();
    this.active = (next + buttons.length) % buttons.length;
    this.requestUpdate();
    buttons[this.active]!.focus();
  }

  protected override render(): TemplateResult {
    const items: TemplateResult[] = HIGHLIGHT_COLORS.map((color, i) => {
      return html`<button
        type="button"
        part="button"
        tabindex=${this.active === i ? 0 : -1}
        aria-label=${highlightIn(color, this.labels[color])}
        @click=${() => this.command({ command: 'highlight', color })}
      >
        ${swatch(color, this.paints[color])}${colorName(color)}
      </button>`;
    });
    const n = HIGHLIGHT_COLORS.length;
    return html`<div role="toolbar" part="toolbar" aria-label=${t.selectionToolbar} aria-keyshortcuts="Alt+Shift+H" @keydown=${this.onKeydown}>
      ${items}
      <button type="button" part="button" tabindex=${this.active === n ? 0 : -1} @click=${() => this.command({ command: 'note' })}>${t.addNote}</button>
      <button type="button" part="button" tabindex=${this.active === n + 1 ? 0 : -1} @click=${() => this.command({ command: 'copy' })}>${t.copy}</button>
    </div>`;
  }
}
