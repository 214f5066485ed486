import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { authoringMessages } from '../messages.js';
import { authoringTokens, buttonStyles, formStyles } from '../ui/authoring-tokens.js';
import { readImageFile } from '../ui/read-image-file.js';
import { richTextStyles } from './rich-text-styles.js';
import { editableHtml, toPackXhtml } from './pack-xhtml.js';
import { guardEditable } from './unsafe-markup.js';

const m = authoringMessages.richText;

declare global {
  interface HTMLElementTagNameMap {
    'attune-rich-text': AttuneRichText;
  }
}

/** Fired (not composed) with the new XHTML after each edit. */
export class RichTextChangeEvent extends Event {
  readonly value: string;
  constructor(value: string) {
    super('rich-text-change');
    this.value = value;
  }
}

type Command = 'paragraph' | 'bulleted' | 'numbered' | 'emphasis' | 'strong' | 'image';
const COMMANDS: Command[] = ['paragraph', 'bulleted', 'numbered', 'emphasis', 'strong', 'image'];
/** Largest picture inside rich text: a pack's content holds at most 100,000 characters. */
const MAX_INLINE_IMAGE_BYTES = 60_000;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A small rich-text editor for variant text, notes and descriptions: a
 * contenteditable with a toolbar (paragraph, bulleted and numbered lists,
 * emphasis, strong, picture with alt text). Ctrl+B and Ctrl+I work in the
 * text; the toolbar is one tab stop, arrows move inside it. What it gives out
 * (`value`) is always sanitized XHTML (see `toPackXhtml`): pasted or dropped
 * markup is cleaned before it is inserted, and the live text is guarded so
 * nothing in it can run.
 *
 * @fires rich-text-change - After each edit (not composed); `value` holds the XHTML.
 * @csspart toolbar - The formatting toolbar.
 * @csspart editable - The text being edited.
 * @cssprop --attune-color-background - Page colour.
 * @cssprop --attune-color-foreground - Text colour.
 * @cssprop --attune-color-muted - Hints.
 * @cssprop --attune-color-surface - Buttons.
 * @cssprop --attune-color-border - Borders of fields and groups.
 * @cssprop --attune-color-accent - Primary buttons.
 * @cssprop --attune-color-accent-foreground - Text on the accent.
 * @cssprop --attune-color-focus - Focus ring.
 * @cssprop --attune-color-danger - Errors and delete buttons.
 * @cssprop --attune-font-ui - Font.
 * @cssprop --attune-radius - Corner radius.
 */
@localized()
@customElement('attune-rich-text')
export class AttuneRichText extends LitElement {
  static override styles = [authoringTokens, buttonStyles, formStyles, richTextStyles];

  /** The text as pack XHTML. Setting it from outside (undo, another entry) replaces what is shown. */
  @property() value = '';
  /** Visible label and accessible name of the text box. */
  @property() label = '';
  /** A hint under the label. */
  @property() hint = '';
  /** Language of the text (BCP 47), for spelling and screen readers. */
  @property({ attribute: 'text-lang' }) textLang = '';

  @state() private imageFormOpen = false;
  @state() private imageError = '';
  @state() private activeCommand: Command = 'paragraph';
  @state() private pressed: Partial<Record<Command, boolean>> = {};

  @query('.editable') private editable!: HTMLDivElement;

  /** The XHTML last written into or read from the editable, to tell outside changes from our own. */
  private shown: string | undefined;
  private savedRange: Range | undefined;
  private guard: MutationObserver | undefined;
  private imageSource = '';

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('selectionchange', this.onSelectionChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('selectionchange', this.onSelectionChange);
    this.guard?.disconnect();
    this.guard = undefined;
  }

  /** Puts the caret in the text. */
  override focus(options?: FocusOptions): void {
    void this.updateComplete.then(() => this.editable.focus(options));
  }

  protected override firstUpdated(): void {
    this.guard = guardEditable(this.editable);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.guard && this.editable) this.guard = guardEditable(this.editable);
    if (changed.has('value') && this.value !== this.shown) {
      this.shown = this.value;
      this.editable.innerHTML = editableHtml({ xhtml: this.value }) || '<p><br></p>';
    }
  }

  private selection(): Selection | null {
    const root = this.shadowRoot as ShadowRoot & { getSelection?: () => Selection | null };
    return root.getSelection?.() ?? document.getSelection();
  }

  private readonly onSelectionChange = (): void => {
    const selection = this.selection();
    if (!selection || selection.rangeCount === 0 || !this.editable) return;
    const range = selection.getRangeAt(0);
    if (!this.editable.contains(range.commonAncestorContainer)) return;
    this.savedRange = range.cloneRange();
    this.pressed = {
      emphasis: document.queryCommandState('italic'),
      strong: document.queryCommandState('bold'),
      bulleted: document.queryCommandState('insertUnorderedList'),
      numbered: document.queryCommandState('insertOrderedList'),
    };
  };

  /** Focuses the text and puts back the selection it had before a toolbar button took focus. */
  private restoreSelection(): void {
    this.editable.focus({ preventScroll: true });
    const selection = this.selection();
    if (this.savedRange && selection && this.editable.contains(this.savedRange.commonAncestorContainer)) {
      selection.removeAllRanges();
      selection.addRange(this.savedRange);
    }
    document.execCommand('defaultParagraphSeparator', false, 'p');
  }

  private run(command: Command): void {
    if (command === 'image') {
      this.imageFormOpen = true;
      this.imageError = '';
      this.imageSource = '';
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#image-file')?.focus());
      return;
    }
    this.restoreSelection();
    switch (command) {
      case 'paragraph':
        if (document.queryCommandState('insertUnorderedList')) document.execCommand('insertUnorderedList');
        else if (document.queryCommandState('insertOrderedList')) document.execCommand('insertOrderedList');
        document.execCommand('formatBlock', false, 'p');
        break;
      case 'bulleted':
        document.execCommand('insertUnorderedList');
        break;
      case 'numbered':
        document.execCommand('insertOrderedList');
        break;
      case 'emphasis':
        document.execCommand('italic');
        break;
      case 'strong':
        document.execCommand('bold');
        break;
    }
    this.emit();
    this.onSelectionChange();
  }

  /** Reads the editable, cleans it and tells the owner. */
  private emit(): void {
    const value = toPackXhtml(this.editable.innerHTML);
    if (value === this.shown) return;
    this.shown = value;
    this.value = value;
    this.dispatchEvent(new RichTextChangeEvent(value));
  }

  private insertClean(markup: string): void {
    const clean = toPackXhtml(markup);
    if (!clean) return;
    document.execCommand('insertHTML', false, clean);
    this.emit();
  }

  private onPaste(event: ClipboardEvent): void {
    event.preventDefault();
    const data = event.clipboardData;
    if (!data) return;
    const markup = data.getData('text/html');
    this.insertClean(markup || editableHtml(data.getData('text/plain')));
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    const data = event.dataTransfer;
    if (!data) return;
    const markup = data.getData('text/html');
    this.insertClean(markup || editableHtml(data.getData('text/plain')));
  }

  private onKeydown(event: KeyboardEvent): void {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'b' || key === 'i') {
      event.preventDefault();
      document.execCommand(key === 'b' ? 'bold' : 'italic');
      this.emit();
      this.onSelectionChange();
    }
  }

  private onToolbarKeydown(event: KeyboardEvent): void {
    const index = COMMANDS.indexOf(this.activeCommand);
    let next = index;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (index + 1) % COMMANDS.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (index - 1 + COMMANDS.length) % COMMANDS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = COMMANDS.length - 1;
    else return;
    event.preventDefault();
    this.activeCommand = COMMANDS[next]!;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>(`[data-command="${this.activeCommand}"]`)?.focus());
  }

  private async onImageFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    this.imageError = '';
    if (!file) return;
    const read = await readImageFile(file, MAX_INLINE_IMAGE_BYTES);
    if (read.ok) this.imageSource = read.dataUrl;
    else this.imageError = read.message;
  }

  private insertImage(event: Event): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const address = (form.elements.namedItem('image-url') as HTMLInputElement).value.trim();
    const alt = (form.elements.namedItem('image-alt') as HTMLTextAreaElement).value.trim();
    const decorative = (form.elements.namedItem('image-decorative') as HTMLInputElement).checked;
    const src = this.imageSource || address;
    if (!src) {
      this.imageError = m.imageMissing;
      return;
    }
    if (!this.imageSource && !/^https:\/\//i.test(src)) {
      this.imageError = m.imageAddressUnsafe;
      return;
    }
    if (!alt && !decorative) {
      this.imageError = m.imageAltMissing;
      return;
    }
    this.imageFormOpen = false;
    this.restoreSelection();
    this.insertClean(`<img src="${escapeAttribute(src)}" alt="${escapeAttribute(decorative ? '' : alt)}">`);
  }

  private closeImageForm(): void {
    this.imageFormOpen = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('[data-command="image"]')?.focus());
  }

  protected override render() {
    const labels = m.commands;
    return html`
      <div class="rich-text">
        <span class="label" id="label">${this.label}</span>
        ${this.hint ? html`<p class="hint" id="hint">${this.hint}</p>` : nothing}
        <div class="toolbar" part="toolbar" role="toolbar" aria-label=${m.toolbarLabel(this.label)} aria-controls="text" @keydown=${this.onToolbarKeydown}>
          ${COMMANDS.map(
            (command) => html`<button
              type="button"
              data-command=${command}
              tabindex=${command === this.activeCommand ? 0 : -1}
              aria-pressed=${command in this.pressed && command !== 'image' && command !== 'paragraph' ? String(!!this.pressed[command]) : nothing}
              aria-haspopup=${command === 'image' ? 'true' : nothing}
              aria-keyshortcuts=${command === 'strong' ? 'Control+B' : command === 'emphasis' ? 'Control+I' : nothing}
              title=${labels[command]}
              @mousedown=${(e: Event) => e.preventDefault()}
              @focus=${() => (this.activeCommand = command)}
              @click=${() => this.run(command)}
            ><span class=${`glyph glyph-${command}`} aria-hidden="true">${m.glyphs[command]}</span><span class="visually-hidden">${labels[command]}</span></button>`,
          )}
        </div>
        <div
          class="editable"
          id="text"
          part="editable"
          contenteditable="true"
          role="textbox"
          aria-multiline="true"
          aria-labelledby="label"
          aria-describedby=${this.hint ? 'hint shortcuts' : 'shortcuts'}
          spellcheck="true"
          lang=${this.textLang || nothing}
          @input=${this.emit}
          @paste=${this.onPaste}
          @drop=${this.onDrop}
          @keydown=${this.onKeydown}
        ></div>
        <p class="visually-hidden" id="shortcuts">${m.shortcuts}</p>
        ${this.imageFormOpen ? this.renderImageForm() : nothing}
      </div>
    `;
  }

  private renderImageForm() {
    return html`
      <form class="image-form stack" @submit=${this.insertImage} @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.closeImageForm()}>
        <div class="field">
          <label for="image-file">${m.imageFile}</label>
          <input id="image-file" type="file" accept="image/png,image/jpeg,image/gif,image/webp,image/avif" @change=${this.onImageFile} />
        </div>
        <div class="field">
          <label for="image-url">${m.imageAddress}</label>
          <input id="image-url" name="image-url" type="url" inputmode="url" placeholder="https://" />
        </div>
        <div class="field">
          <label for="image-alt">${m.imageAlt}</label>
          <p class="hint" id="image-alt-hint">${m.imageAltHint}</p>
          <textarea id="image-alt" name="image-alt" rows="2" aria-describedby="image-alt-hint"></textarea>
        </div>
        <label class="check"><input type="checkbox" name="image-decorative" /> <span>${m.imageDecorative}</span></label>
        ${this.imageError ? html`<p class="error" role="alert">${this.imageError}</p>` : nothing}
        <div class="row">
          <button type="submit" class="primary">${m.imageInsert}</button>
          <button type="button" @click=${this.closeImageForm}>${m.cancel}</button>
        </div>
      </form>
    `;
  }
}
