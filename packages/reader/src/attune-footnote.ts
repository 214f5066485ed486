import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { icons } from './icons.js';
import { buttonStyles, dialogStyles, uiTokens } from './ui-tokens.js';

declare global {
  interface HTMLElementTagNameMap {
    'attune-footnote': AttuneFootnote;
  }
}

/**
 * A footnote or endnote shown over the text in a modal dialog, so the learner
 * reads it without losing their place. Escape or "Back to the text" closes it
 * and puts focus back on the note reference.
 *
 * @csspart dialog - The dialog box.
 */
@localized()
@customElement('attune-footnote')
export class AttuneFootnote extends LitElement {
  static override styles = [
    uiTokens,
    buttonStyles,
    dialogStyles,
    css`
      dialog {
        max-width: min(36rem, calc(100vw - 2rem));
        max-height: calc(100vh - 4rem);
        padding: 1rem 1.25rem;
      }
      header {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 1rem;
      }
      .body {
        margin: 0.75rem 0 1rem;
        overflow-wrap: anywhere;
      }
      .body img {
        display: block;
        max-width: 100%;
        max-height: 40vh;
        height: auto;
        margin-top: 0.5rem;
      }
    `,
  ];

  /** The dialog's title; empty means the plain word "Note" in the UI language. */
  @state() private label = '';
  @query('dialog') private dialog!: HTMLDialogElement;
  @query('.body') private body!: HTMLElement;
  private returnFocus: HTMLElement | null = null;
  /** When given, a "Read aloud" button reads the note's text. */
  @state() private readAloud: (() => void) | undefined;

  /** Whether the note is showing. */
  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  /**
   * Shows a note. `content` must already be sanitized for this document
   * (`extractNote` from @attune/book does that).
   */
  async show(
    content: DocumentFragment,
    options: { label?: string; returnFocus?: HTMLElement | null; readAloud?: () => void; lang?: string; dir?: 'ltr' | 'rtl' } = {},
  ): Promise<void> {
    this.label = options.label ?? '';
    this.readAloud = options.readAloud;
    this.returnFocus = options.returnFocus ?? null;
    await this.updateComplete;
    this.body.replaceChildren(content);
    // The note is the book's (or the glossary's) text: its own language and direction, not the UI's.
    for (const [name, value] of [['lang', options.lang], ['dir', options.dir ?? (options.lang ? 'auto' : undefined)]] as const) {
      if (value) this.body.setAttribute(name, value);
      else this.body.removeAttribute(name);
    }
    this.dialog.showModal();
    this.body.focus();
  }

  /** Closes the note and returns focus to where the learner was. */
  close(): void {
    if (this.dialog.open) this.dialog.close();
  }

  private onClose(): void {
    const target = this.returnFocus;
    this.returnFocus = null;
    // The note reference lives in the book's frame: focus the frame first so
    // the focus really lands on it.
    const frame = target?.ownerDocument.defaultView?.frameElement as HTMLElement | null | undefined;
    frame?.focus();
    target?.focus({ preventScroll: true });
  }

  protected override render(): TemplateResult {
    return html`<dialog part="dialog" aria-labelledby="note-title" @close=${this.onClose}>
      <header>
        <h2 id="note-title">${this.label || msg('Note', { id: 'reader.note' })}</h2>
        <button type="button" @click=${this.close}>${icons.close}<span>${msg('Back to the text', { id: 'footnote.close' })}</span></button>
      </header>
      <div class="body" tabindex="-1"></div>
      ${this.readAloud ? html`<button type="button" class="read" @click=${() => this.readAloud?.()}>${msg('Read aloud', { id: 'readAloud.play' })}</button>` : nothing}
    </dialog>`;
  }
}
