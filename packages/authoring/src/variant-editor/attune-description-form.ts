import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { isXhtml, type DescriptionEntry } from '@attune/adapt';
import { authoringMessages } from '../messages.js';
import '../rich-text/attune-rich-text.js';
import type { RichTextChangeEvent } from '../rich-text/attune-rich-text.js';
import { editableHtml } from '../rich-text/pack-xhtml.js';
import { authoringTokens, buttonStyles, formStyles } from '../ui/authoring-tokens.js';
import type { BookImage } from './book-images.js';
import { EntryChangeEvent, EntryDeleteEvent } from './entry-change-event.js';
import { entryFormStyles } from './entry-form-styles.js';

const m = authoringMessages.editor;

declare global {
  interface HTMLElementTagNameMap {
    'attune-description-form': AttuneDescriptionForm;
  }
}

/**
 * Editing one picture's description: a short text alternative (or "only
 * decoration") and an optional longer description in rich text, with the
 * picture and the book's own text alternative beside them.
 *
 * @prop entry - The description being edited (a `DescriptionEntry` of the pack).
 * @attr language - The pack's language, for spelling in the text.
 * @fires entry-change - (internal) The description changed; the event's `entry` holds the new description and `group` the undo group.
 * @fires entry-delete - (internal) The teacher deleted it; the event's `id` is the description's id.
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
@customElement('attune-description-form')
export class AttuneDescriptionForm extends LitElement {
  static override styles = [authoringTokens, buttonStyles, formStyles, entryFormStyles];

  @property({ attribute: false }) entry!: DescriptionEntry;
  /** The picture in the book, when it was found. */
  @property({ attribute: false }) image: BookImage | undefined = undefined;
  @property() language = 'en';
  /** Set for a description the teacher has just started (so an empty alt is not read as "decorative"). */
  @property({ type: Boolean }) fresh = false;

  /** An empty alt means "decorative" in a pack; a description just started is not decorative yet. */
  @state() private decorative = false;

  /** Puts the caret in the short text alternative. */
  override focus(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLTextAreaElement>('#alt')?.focus());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const previous = changed.get('entry') as DescriptionEntry | undefined;
    if (changed.has('entry') && previous?.id !== this.entry?.id) {
      // A stored description with an empty alt was marked decorative; a new one starts undecided.
      this.decorative = this.entry?.alt === '' && (this.entry.longDescription === undefined || this.entry.longDescription === '') && !this.fresh;
    }
  }

  private change(patch: Partial<DescriptionEntry>, group?: string): void {
    const next = { ...this.entry, ...patch };
    if ('longDescription' in patch && patch.longDescription === undefined) delete next.longDescription;
    this.dispatchEvent(new EntryChangeEvent(next, group && `${this.entry.id}:${group}`));
  }

  protected override render() {
    const e = this.entry;
    if (!e) return nothing;
    const altMissing = !this.decorative && !e.alt.trim();
    const long = e.longDescription === undefined ? '' : isXhtml(e.longDescription) ? e.longDescription.xhtml : editableHtml(e.longDescription);
    return html`
      <div class="form">
        <h3>${m.descriptionHeading(this.image?.where ?? e.target.source)}</h3>
        ${this.image?.thumbnail ? html`<img class="thumbnail" src=${this.image.thumbnail} alt="" />` : nothing}
        ${this.image ? html`<p class="hint">${this.image.alt === null ? m.imageNoAlt : this.image.alt === '' ? m.imageEmptyAlt : m.imageAlt(this.image.alt)}</p>` : nothing}
        <label class="check">
          <input
            id="decorative"
            type="checkbox"
            .checked=${this.decorative}
            @change=${(ev: Event) => {
              this.decorative = (ev.target as HTMLInputElement).checked;
              if (this.decorative) this.change({ alt: '', longDescription: undefined });
            }}
          />
          <span>${m.decorative}</span>
        </label>
        ${this.decorative
          ? nothing
          : html`<div class="field">
                <label for="alt">${m.altText}</label>
                <p class="hint" id="alt-hint">${m.altHint}</p>
                <textarea
                  id="alt"
                  rows="2"
                  maxlength="1000"
                  .value=${e.alt}
                  aria-invalid=${altMissing ? 'true' : 'false'}
                  aria-describedby=${altMissing ? 'alt-hint alt-error' : 'alt-hint'}
                  @input=${(ev: Event) => this.change({ alt: (ev.target as HTMLTextAreaElement).value }, 'alt')}
                ></textarea>
                ${altMissing ? html`<p class="error" id="alt-error">${m.altMissing}</p>` : nothing}
              </div>
              <attune-rich-text
                .label=${m.longDescription}
                .textLang=${this.language}
                .value=${long}
                @rich-text-change=${(ev: RichTextChangeEvent) => this.change({ longDescription: ev.value ? { xhtml: ev.value } : undefined }, 'long')}
              ></attune-rich-text>`}
        <div class="actions">
          <button type="button" class="danger delete" @click=${() => this.dispatchEvent(new EntryDeleteEvent(e.id))}>${m.deleteEntry('description')}</button>
        </div>
      </div>
    `;
  }
}
