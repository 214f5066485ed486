import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import type { GlossaryEntry } from '@attune/adapt';
import { authoringMessages } from '../messages.js';
import { authoringTokens, buttonStyles, formStyles } from '../ui/authoring-tokens.js';
import { readImageFile } from '../ui/read-image-file.js';
import { EntryChangeEvent, EntryDeleteEvent } from './entry-change-event.js';
import { entryFormStyles } from './entry-form-styles.js';

const m = authoringMessages.editor;

declare global {
  interface HTMLElementTagNameMap {
    'attune-glossary-form': AttuneGlossaryForm;
  }
}

/** A pack keeps a glossary picture as a data: URL of at most 2,000,000 characters. */
const MAX_PICTURE_BYTES = 1_400_000;

/**
 * Editing one glossary term: the word, its other forms, a plain-language
 * meaning, an example and an optional picture with its description. How
 * often the term occurs on the page shown is said in words (the editor
 * highlights the places in the book).
 *
 * @prop entry - The term being edited (a `GlossaryEntry` of the pack).
 * @fires entry-change - (internal) The term changed; the event's `entry` holds the new term and `group` the undo group.
 * @fires entry-delete - (internal) The teacher deleted it; the event's `id` is the term's id.
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
@customElement('attune-glossary-form')
export class AttuneGlossaryForm extends LitElement {
  static override styles = [authoringTokens, buttonStyles, formStyles, entryFormStyles];

  @property({ attribute: false }) entry!: GlossaryEntry;
  /** How many times the term occurs on the page shown, when known. */
  @property({ attribute: false }) occurrences: number | undefined = undefined;

  @state() private pictureError = '';

  /** Puts the caret in the term. */
  override focus(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#term')?.focus());
  }

  private change(patch: Partial<GlossaryEntry>, group?: string): void {
    const next: GlossaryEntry = { ...this.entry, ...patch };
    for (const key of ['forms', 'example', 'picture'] as const) if (key in patch && patch[key] === undefined) delete next[key];
    this.dispatchEvent(new EntryChangeEvent(next, group && `${this.entry.id}:${group}`));
  }

  private async choosePicture(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    this.pictureError = '';
    if (!file) return;
    const read = await readImageFile(file, MAX_PICTURE_BYTES);
    if (!read.ok) {
      this.pictureError = read.message;
      return;
    }
    this.change({ picture: { src: read.dataUrl, alt: this.entry.picture?.alt ?? '' } });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLTextAreaElement>('#picture-alt')?.focus());
  }

  protected override render() {
    const e = this.entry;
    if (!e) return nothing;
    const termMissing = !e.term.trim();
    const definitionMissing = !e.definition.trim();
    const altMissing = !!e.picture && !e.picture.alt.trim();
    return html`
      <div class="form">
        <h3>${m.glossaryHeading(e.term || m.newTerm)}</h3>
        <div class="field">
          <label for="term">${m.term}</label>
          <input
            id="term"
            type="text"
            autocomplete="off"
            maxlength="200"
            .value=${e.term}
            aria-invalid=${termMissing ? 'true' : 'false'}
            aria-describedby=${termMissing ? 'term-error occurrences' : 'occurrences'}
            @input=${(ev: Event) => this.change({ term: (ev.target as HTMLInputElement).value }, 'term')}
          />
          ${termMissing ? html`<p class="error" id="term-error">${m.termMissing}</p>` : nothing}
          <p class="occurrences" id="occurrences" role="status">${this.occurrences === undefined ? '' : m.occurrences(this.occurrences)}</p>
        </div>
        <div class="field">
          <label for="forms">${m.forms}</label>
          <p class="hint" id="forms-hint">${m.formsHint}</p>
          <input
            id="forms"
            type="text"
            autocomplete="off"
            aria-describedby="forms-hint"
            .value=${(e.forms ?? []).join(', ')}
            @change=${(ev: Event) => {
              const forms = (ev.target as HTMLInputElement).value.split(',').map((f) => f.trim()).filter(Boolean);
              this.change({ forms: forms.length ? forms : undefined });
            }}
          />
        </div>
        <div class="field">
          <label for="definition">${m.definition}</label>
          <textarea
            id="definition"
            rows="3"
            maxlength="5000"
            .value=${e.definition}
            aria-invalid=${definitionMissing ? 'true' : 'false'}
            aria-describedby=${definitionMissing ? 'definition-error' : nothing}
            @input=${(ev: Event) => this.change({ definition: (ev.target as HTMLTextAreaElement).value }, 'definition')}
          ></textarea>
          ${definitionMissing ? html`<p class="error" id="definition-error">${m.definitionMissing}</p>` : nothing}
        </div>
        <div class="field">
          <label for="example">${m.example}</label>
          <input id="example" type="text" autocomplete="off" .value=${e.example ?? ''} @input=${(ev: Event) => this.change({ example: (ev.target as HTMLInputElement).value || undefined }, 'example')} />
        </div>
        <fieldset>
          <legend>${m.picture}</legend>
          ${e.picture ? html`<img class="thumbnail" src=${e.picture.src} alt=${e.picture.alt} />` : nothing}
          <div class="field">
            <label for="picture-file">${authoringMessages.richText.imageFile}</label>
            <input id="picture-file" type="file" accept="image/png,image/jpeg,image/gif,image/webp,image/avif" @change=${this.choosePicture} />
          </div>
          ${this.pictureError ? html`<p class="error" role="alert">${this.pictureError}</p>` : nothing}
          ${e.picture
            ? html`<div class="field">
                  <label for="picture-alt">${m.pictureAlt}</label>
                  <textarea
                    id="picture-alt"
                    rows="2"
                    .value=${e.picture.alt}
                    aria-invalid=${altMissing ? 'true' : 'false'}
                    aria-describedby=${altMissing ? 'picture-alt-error' : nothing}
                    @input=${(ev: Event) => this.change({ picture: { src: e.picture!.src, alt: (ev.target as HTMLTextAreaElement).value } }, 'picture-alt')}
                  ></textarea>
                  ${altMissing ? html`<p class="error" id="picture-alt-error">${m.pictureAltMissing}</p>` : nothing}
                </div>
                <div class="actions"><button type="button" @click=${() => this.change({ picture: undefined })}>${m.removePicture}</button></div>`
            : nothing}
        </fieldset>
        <div class="actions">
          <button type="button" class="danger delete" @click=${() => this.dispatchEvent(new EntryDeleteEvent(e.id))}>${m.deleteEntry('glossary')}</button>
        </div>
      </div>
    `;
  }
}
