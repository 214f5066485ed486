import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { isXhtml, type NoteEntry } from '@attune/adapt';
import { authoringMessages } from '../messages.js';
import '../rich-text/attune-rich-text.js';
import type { RichTextChangeEvent } from '../rich-text/attune-rich-text.js';
import { editableHtml } from '../rich-text/pack-xhtml.js';
import { authoringTokens, buttonStyles, formStyles } from '../ui/authoring-tokens.js';
import { EntryChangeEvent, EntryDeleteEvent } from './entry-change-event.js';
import { entryFormStyles } from './entry-form-styles.js';
import { quoteOf, shorten } from './entry-text.js';

const m = authoringMessages.editor;

declare global {
  interface HTMLElementTagNameMap {
    'attune-note-form': AttuneNoteForm;
  }
}

/**
 * Editing one teacher's note: the passage it sits beside and its text.
 *
 * @prop entry - The note being edited (a `NoteEntry` of the pack).
 * @attr language - The pack's language, for spelling in the text.
 * @fires entry-change - (internal) The note changed; the event's `entry` holds the new note and `group` the undo group.
 * @fires entry-delete - (internal) The teacher deleted it; the event's `id` is the note's id.
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
@customElement('attune-note-form')
export class AttuneNoteForm extends LitElement {
  static override styles = [authoringTokens, buttonStyles, formStyles, entryFormStyles];

  @property({ attribute: false }) entry!: NoteEntry;
  @property() language = 'en';

  /** Puts the caret in the note's text. */
  override focus(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector('attune-rich-text')?.focus());
  }

  protected override render() {
    const entry = this.entry;
    if (!entry) return nothing;
    const quote = quoteOf(entry.target);
    return html`
      <div class="form">
        <h3>${m.noteHeading(shorten(quote, 50))}</h3>
        <blockquote class="quote">${quote}</blockquote>
        <attune-rich-text
          .label=${m.noteText}
          .textLang=${this.language}
          .value=${isXhtml(entry.content) ? entry.content.xhtml : editableHtml(entry.content)}
          @rich-text-change=${(e: RichTextChangeEvent) => this.dispatchEvent(new EntryChangeEvent({ ...entry, content: { xhtml: e.value } }, `${entry.id}:content`))}
        ></attune-rich-text>
        <div class="actions">
          <button type="button" class="danger delete" @click=${() => this.dispatchEvent(new EntryDeleteEvent(entry.id))}>${m.deleteEntry('note')}</button>
        </div>
      </div>
    `;
  }
}
