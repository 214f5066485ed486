import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { isXhtml, parseGradeBand, type LevelDefinition, type SimplifiedEntry, type Variant } from '@attune/adapt';
import { readabilityOfPassage } from '@attune/adapt/readability';
import { authoringMessages } from '../messages.js';
import '../readability/attune-readability-chart.js';
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
    'attune-passage-form': AttunePassageForm;
  }
}

const GRADE_BANDS = ['K-2', '3-5', '6-8', '9-12'];
const GRADES = Array.from({ length: 12 }, (_, i) => String(i + 1));

/** A level as people say it: "grade 3-5" for a grade band, else the teacher's name for it. */
export function levelLabel(level: string): string {
  return parseGradeBand(level) ? m.grade(level) : level;
}

/** The level a new variant starts at: the simplest named level not used yet, else a grade band not used yet. */
export function nextLevel(levels: readonly LevelDefinition[], used: readonly string[]): string {
  const free = [...levels.map((l) => l.name), ...GRADE_BANDS].find((name) => !used.includes(name));
  return free ?? levels[0]?.name ?? GRADE_BANDS[1]!;
}

/**
 * Editing one simplified passage: the book's text, one or more simpler
 * versions at named levels (each in the rich-text editor), and their
 * readability against the original, updated as the teacher types.
 *
 * @prop entry - The simplified passage being edited (a `SimplifiedEntry` of the pack).
 * @prop levels - The pack's named levels, simplest first, to choose each version's level from.
 * @fires entry-change - (internal) The entry changed; the event's `entry` holds the new entry and `group` the undo group.
 * @fires entry-delete - (internal) The teacher deleted it; the event's `id` is the entry's id.
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
@customElement('attune-passage-form')
export class AttunePassageForm extends LitElement {
  static override styles = [authoringTokens, buttonStyles, formStyles, entryFormStyles];

  @property({ attribute: false }) entry!: SimplifiedEntry;
  @property({ attribute: false }) levels: LevelDefinition[] = [];
  /** The pack's language, for readability and spelling. */
  @property() language = 'en';

  /** Puts the caret in the first simpler version. */
  override focus(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector('attune-rich-text')?.focus());
  }

  private change(variants: Variant[], group?: string): void {
    this.dispatchEvent(new EntryChangeEvent({ ...this.entry, variants }, group));
  }

  private setVariant(index: number, patch: Partial<Variant>, group?: string): void {
    this.change(this.entry.variants.map((v, i) => (i === index ? { ...v, ...patch } : v)), group);
  }

  private addVariant(): void {
    const level = nextLevel(this.levels, this.entry.variants.map((v) => v.level));
    this.change([...this.entry.variants, { level, content: { xhtml: '' } }]);
    void this.updateComplete.then(() => [...this.renderRoot.querySelectorAll('attune-rich-text')].at(-1)?.focus());
  }

  private removeVariant(index: number): void {
    this.change(this.entry.variants.filter((_, i) => i !== index));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('.add-variant')?.focus());
  }

  private levelOptions(current: string) {
    const named = this.levels.map((l) => l.name);
    const known = [...named, ...GRADE_BANDS, ...GRADES];
    return html`
      ${known.includes(current) ? nothing : html`<option value=${current} selected>${current}</option>`}
      ${named.length ? html`<optgroup label=${m.namedLevels}>${this.levels.map((l) => html`<option value=${l.name} ?selected=${l.name === current}>${l.grades ? `${l.name} (${m.grade(l.grades)})` : l.name}</option>`)}</optgroup>` : nothing}
      <optgroup label=${m.gradeBands}>${GRADE_BANDS.map((b) => html`<option value=${b} ?selected=${b === current}>${m.grade(b)}</option>`)}</optgroup>
      <optgroup label=${m.singleGrades}>${GRADES.map((g) => html`<option value=${g} ?selected=${g === current}>${m.grade(g)}</option>`)}</optgroup>
    `;
  }

  protected override render() {
    const entry = this.entry;
    if (!entry) return nothing;
    const quote = quoteOf(entry.target);
    const readability = readabilityOfPassage(entry, { language: this.language });
    const rows = [
      ...(readability.original ? [{ label: m.original, readability: readability.original }] : []),
      ...readability.variants.map((v) => ({ label: levelLabel(v.level), readability: v.readability })),
    ];
    return html`
      <div class="form">
        <h3>${m.passageHeading(shorten(quote, 50))}</h3>
        <div class="stack">
          <span class="label" id="original-label">${m.original}</span>
          <blockquote class="quote" aria-labelledby="original-label">${quote}</blockquote>
        </div>
        ${entry.variants.map(
          (variant, index) => html`
            <fieldset class="variant" data-variant=${index}>
              <legend>${m.variantText(levelLabel(variant.level))}</legend>
              <div class="field">
                <label for=${`level-${index}`}>${m.variantLevel}</label>
                <select id=${`level-${index}`} @change=${(e: Event) => this.setVariant(index, { level: (e.target as HTMLSelectElement).value })}>
                  ${this.levelOptions(variant.level)}
                </select>
              </div>
              <attune-rich-text
                .label=${m.variantText(levelLabel(variant.level))}
                .textLang=${this.language}
                .value=${isXhtml(variant.content) ? variant.content.xhtml : editableHtml(variant.content)}
                @rich-text-change=${(e: RichTextChangeEvent) => this.setVariant(index, { content: { xhtml: e.value } }, `${entry.id}:variant:${index}`)}
              ></attune-rich-text>
              ${entry.variants.length > 1
                ? html`<div class="actions"><button type="button" class="danger" @click=${() => this.removeVariant(index)}>${m.removeVariant(levelLabel(variant.level))}</button></div>`
                : nothing}
            </fieldset>
          `,
        )}
        <div class="actions">
          <button type="button" class="add-variant" @click=${this.addVariant}>${m.addVariant}</button>
        </div>
        ${rows.length ? html`<attune-readability-chart .rows=${rows}></attune-readability-chart>` : nothing}
        <div class="actions">
          <button type="button" class="danger delete" @click=${() => this.dispatchEvent(new EntryDeleteEvent(entry.id))}>${m.deleteEntry('simplified')}</button>
        </div>
      </div>
    `;
  }
}
