import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { authoringMessages } from '../messages.js';
import { authoringTokens, buttonStyles, formStyles } from '../ui/authoring-tokens.js';
import { entryFormStyles } from './entry-form-styles.js';
import { entryContent, entryName } from './entry-text.js';
import type { MergeChoice, MergePlan } from './pack-merge.js';

const m = authoringMessages.editor;

declare global {
  interface HTMLElementTagNameMap {
    'attune-merge-panel': AttuneMergePanel;
  }
}

/** Fired (internal) when the teacher finishes the merge; `choices` says, per conflicting id, which version stays. */
export class MergeFinishEvent extends Event {
  readonly choices: Record<string, MergeChoice>;
  constructor(choices: Record<string, MergeChoice>) {
    super('merge-finish', { bubbles: true });
    this.choices = choices;
  }
}

/**
 * Settling an import's conflicts one by one: for each entry both packs have
 * with different content, both versions side by side and "Keep mine" /
 * "Take theirs" (a radio group; keep mine is chosen to start).
 *
 * @prop plan - What the merge would do: the entries added and the conflicts to settle (a `MergePlan`).
 * @fires merge-finish - (internal) The teacher settled every conflict; the event's `choices` maps each conflicting entry id to `mine` or `theirs`.
 * @fires merge-cancel - (internal) Nothing is merged (a plain `Event`, no data).
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
@customElement('attune-merge-panel')
export class AttuneMergePanel extends LitElement {
  static override styles = [authoringTokens, buttonStyles, formStyles, entryFormStyles];

  @property({ attribute: false }) plan!: MergePlan;
  @state() private choices: Record<string, MergeChoice> = {};

  /** Moves focus to the panel's heading, so a screen reader starts at the first conflict. */
  override focus(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h3')?.focus());
  }

  protected override render() {
    const plan = this.plan;
    return html`
      <section class="form" aria-labelledby="merge-heading">
        <h3 id="merge-heading" tabindex="-1">${m.mergeHeading}</h3>
        <p>${m.mergeIntro(plan.added.length, plan.conflicts.length)}</p>
        ${plan.conflicts.map((conflict, i) => {
          const choice = this.choices[conflict.id] ?? 'mine';
          const set = (value: MergeChoice) => (this.choices = { ...this.choices, [conflict.id]: value });
          return html`
            <fieldset class="conflict" data-conflict=${conflict.id}>
              <legend>${m.types[conflict.mine.type]}: ${entryName(conflict.mine)}</legend>
              <dl>
                <dt>${m.mine}</dt>
                <dd>${entryContent(conflict.mine)}</dd>
                <dt>${m.theirs}</dt>
                <dd>${entryContent(conflict.theirs)}</dd>
              </dl>
              <label class="check"><input type="radio" name=${`conflict-${i}`} value="mine" .checked=${choice === 'mine'} @change=${() => set('mine')} /><span>${m.keepMine}</span></label>
              <label class="check"><input type="radio" name=${`conflict-${i}`} value="theirs" .checked=${choice === 'theirs'} @change=${() => set('theirs')} /><span>${m.takeTheirs}</span></label>
            </fieldset>
          `;
        })}
        <div class="actions">
          <button type="button" class="primary finish" @click=${() => this.dispatchEvent(new MergeFinishEvent({ ...this.choices }))}>${m.finishMerge}</button>
          <button type="button" class="cancel" @click=${() => this.dispatchEvent(new Event('merge-cancel', { bubbles: true }))}>${authoringMessages.common.cancel}</button>
        </div>
      </section>
    `;
  }
}
