import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { buttonStyles, dialogStyles, uiTokens } from '../../ui-tokens.js';
import { annotationMessages as t } from './annotation-messages.js';

declare global {
  interface HTMLElementTagNameMap {
    'attune-note-dialog': AttuneNoteDialog;
  }
}

/** What the dialog shows: the passage (or place) the note is on, and any text already written. */
export interface NoteDialogOptions {
  /** The selected passage, or the first words of the place. */
  quote: string;
  on: 'selection' | 'place';
  /** The note's text when editing. */
  text?: string;
  /** The book's language and direction, for the quote. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** Where focus goes when the dialog closes. */
  returnFocus?: HTMLElement | null;
}

/**
 * Writing or editing a note: a modal dialog with the passage it is on and a
 * labelled text box. Save (or Ctrl+Enter) keeps it; Cancel or Escape leaves
 * everything as it was. Focus returns to where it came from.
 *
 * @csspart dialog - The dialog box.
 */
@localized()
@customElement('attune-note-dialog')
export class AttuneNoteDialog extends LitElement {
  static override styles = [
    uiTokens,
    buttonStyles,
    dialogStyles,
    css`
      dialog {
        width: min(32rem, calc(100vw - 2rem));
        max-height: calc(100vh - 2rem);
        box-sizing: border-box;
        padding: 1rem 1.25rem;
      }
      h2 {
        margin: 0 0 0.5rem;
      }
      .on {
        margin: 0;
        color: var(--_muted);
      }
      blockquote {
        margin: 0.25rem 0 0.75rem;
        padding-inline-start: 0.75rem;
        border-inline-start: 4px solid var(--_border);
        max-height: 6.5em;
        overflow: auto;
        overflow-wrap: anywhere;
      }
      label {
        display: block;
        font-weight: 600;
        margin-bottom: 0.25rem;
      }
      textarea {
        font: inherit;
        display: block;
        box-sizing: border-box;
        width: 100%;
        min-height: 8rem;
        padding: 0.5rem;
        color: var(--_fg);
        background: var(--_bg);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        resize: vertical;
      }
      .error {
        margin: 0.25rem 0 0;
        font-weight: 600;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        justify-content: flex-end;
        gap: 0.5rem;
        margin-top: 1rem;
      }
      .save {
        background: var(--_accent);
        color: var(--_accent-fg);
        border-color: var(--_accent);
      }
      @media (forced-colors: active) {
        .save {
          border-width: 3px;
        }
      }
    `,
  ];

  @state() private options: NoteDialogOptions | null = null;
  @state() private error = '';
  @query('dialog') private dialog!: HTMLDialogElement;
  @query('textarea') private textarea!: HTMLTextAreaElement;
  private resolve: ((text: string | null) => void) | undefined;

  /** Whether the dialog is open. */
  get open(): boolean {
    return !!this.options;
  }

  /** Opens the dialog; resolves with the note's text, or null when cancelled. */
  async show(options: NoteDialogOptions): Promise<string | null> {
    this.resolve?.(null);
    this.options = options;
    this.error = '';
    await this.updateComplete;
    this.textarea.value = options.text ?? '';
    if (!this.dialog.open) this.dialog.showModal();
    this.textarea.focus();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  private finish(text: string | null): void {
    const returnFocus = this.options?.returnFocus;
    const resolve = this.resolve;
    this.resolve = undefined;
    if (this.dialog.open) this.dialog.close();
    this.options = null;
    resolve?.(text);
    returnFocus?.focus({ preventScroll: true });
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const text = this.textarea.value.trim();
    if (!text) {
      this.error = t.noteEmpty;
      this.textarea.focus();
      return;
    }
    this.finish(text);
  }

  private onKeydown(event: KeyboardEvent): void {
    // Ctrl+Enter (⌘Enter) saves from the text box, as in mail and chat.
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      this.dialog.querySelector('form')?.requestSubmit();
    }
  }

  protected override render(): TemplateResult {
    const o = this.options;
    const editing = o?.text !== undefined;
    return html`<dialog
      part="dialog"
      aria-labelledby="note-heading"
      @cancel=${(event: Event) => {
        event.preventDefault();
        this.finish(null);
      }}
      @keydown=${this.onKeydown}
    >
      ${o
        ? html`<form method="dialog" @submit=${this.onSubmit}>
            <h2 id="note-heading">${editing ? t.editNoteDialog : t.noteDialog}</h2>
            ${o.quote
              ? html`<p class="on">${o.on === 'selection' ? t.noteOn : t.noteAt}</p>
                  <blockquote lang=${o.lang || nothing} dir=${o.dir ?? 'auto'}>${o.quote}</blockquote>`
              : nothing}
            <label for="note-text">${t.noteText}</label>
            <textarea id="note-text" aria-describedby=${this.error ? 'note-error' : nothing} aria-invalid=${this.error ? 'true' : 'false'}></textarea>
            <p id="note-error" class="error" role="alert">${this.error}</p>
            <div class="actions">
              <button type="button" part="button" @click=${() => this.finish(null)}>${t.cancel}</button>
              <button type="submit" part="button" class="save">${t.save}</button>
            </div>
          </form>`
        : nothing}
    </dialog>`;
  }
}
