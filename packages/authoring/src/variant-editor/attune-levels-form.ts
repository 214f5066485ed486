import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import type { LevelDefinition } from '@attune/adapt';
import { authoringMessages } from '../messages.js';
import { authoringTokens, buttonStyles, formStyles } from '../ui/authoring-tokens.js';
import { LevelsChangeEvent } from './entry-change-event.js';
import { entryFormStyles } from './entry-form-styles.js';

const m = authoringMessages.editor;

declare global {
  interface HTMLElementTagNameMap {
    'attune-levels-form': AttuneLevelsForm;
  }
}

/**
 * The pack's named levels, simplest first: add one (name and optional grade
 * band) or remove one.
 *
 * @prop levels - The pack's named levels, simplest first.
 * @fires levels-change - (internal) The levels changed; the event's `levels` holds the new list.
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
@customElement('attune-levels-form')
export class AttuneLevelsForm extends LitElement {
  static override styles = [authoringTokens, buttonStyles, formStyles, entryFormStyles];

  @property({ attribute: false }) levels: LevelDefinition[] = [];
  @state() private error = '';

  private add(event: Event): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const nameInput = form.elements.namedItem('level-name') as HTMLInputElement;
    const gradesInput = form.elements.namedItem('level-grades') as HTMLInputElement;
    const name = nameInput.value.trim();
    const grades = gradesInput.value.trim();
    if (!name) this.error = m.levelNameMissing;
    else if (this.levels.some((l) => l.name === name)) this.error = m.levelExists(name);
    else {
      this.error = '';
      this.dispatchEvent(new LevelsChangeEvent([...this.levels, grades ? { name, grades } : { name }]));
      nameInput.value = '';
      gradesInput.value = '';
      nameInput.focus();
    }
  }

  private removeLevel(index: number): void {
    this.dispatchEvent(new LevelsChangeEvent(this.levels.filter((_, i) => i !== index)));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#level-name')?.focus());
  }

  protected override render() {
    return html`
      <div class="form">
        <p class="hint">${m.levelsIntro}</p>
        ${this.levels.length
          ? html`<ol class="levels">
              ${this.levels.map(
                (level, i) => html`<li class="row">
                  <span>${level.grades ? `${level.name} (${m.grade(level.grades)})` : level.name}</span>
                  <button type="button" @click=${() => this.removeLevel(i)}>${m.removeLevel(level.name)}</button>
                </li>`,
              )}
            </ol>`
          : nothing}
        <form class="stack" @submit=${this.add}>
          <div class="field">
            <label for="level-name">${m.levelName}</label>
            <input id="level-name" name="level-name" type="text" autocomplete="off" data-native-undo aria-invalid=${this.error ? 'true' : 'false'} aria-describedby=${this.error ? 'level-error' : nothing} />
          </div>
          <div class="field">
            <label for="level-grades">${m.levelGrades}</label>
            <input id="level-grades" name="level-grades" type="text" autocomplete="off" data-native-undo />
          </div>
          ${this.error ? html`<p class="error" id="level-error">${this.error}</p>` : nothing}
          <div class="actions"><button type="submit">${m.addLevel}</button></div>
        </form>
      </div>
    `;
  }
}
