import { html, nothing } from 'lit';
import type { LearnerProfile } from '@attune/profile';
import type { LearnerSummary } from '@attune/profile/store';
import { authoringMessages } from '../messages.js';
import { renderJsonFileButton } from '../ui/json-file-button.js';

const m = authoringMessages.builder;

export interface LearnerSectionState {
  learners: LearnerSummary[];
  profile: LearnerProfile | undefined;
  newNameError: string;
  importMessage: string;
  importIssues: string[];
}

export interface LearnerHandlers {
  open(id: string): void;
  rename(name: string): void;
  create(name: string): void;
  exportFile(): void;
  importFile(file: File): void;
}

/** Who is being edited: the learners kept on this device, a new one, and the file import/export. */
export function renderLearnerSection(state: LearnerSectionState, on: LearnerHandlers) {
  const { learners, profile } = state;
  return html`
    <section class="learner stack" part="learner" aria-labelledby="learner-heading">
      <h3 id="learner-heading">${m.learnerHeading}</h3>
      ${learners.length
        ? html`<div class="field">
            <label for="learner-choice">${m.learnerChoice}</label>
            <select id="learner-choice" @change=${(e: Event) => on.open((e.target as HTMLSelectElement).value)}>
              ${learners.map((l) => html`<option value=${l.id} ?selected=${l.id === profile?.id}>${l.displayName || m.unnamed}</option>`)}
            </select>
          </div>`
        : html`<p>${m.noLearners}</p>`}
      ${profile
        ? html`<div class="field">
            <label for="display-name">${m.displayName}</label>
            <input id="display-name" type="text" autocomplete="off" .value=${profile.displayName} @input=${(e: Event) => on.rename((e.target as HTMLInputElement).value)} />
          </div>`
        : nothing}
      <form
        class="new-learner stack"
        @submit=${(e: Event) => {
          e.preventDefault();
          const input = (e.target as HTMLFormElement).elements.namedItem('new-name') as HTMLInputElement;
          on.create(input.value);
          input.value = '';
        }}
      >
        <div class="field">
          <label for="new-name">${m.newLearnerName}</label>
          <p class="hint" id="new-name-hint">${m.newLearnerHint}</p>
          <input
            id="new-name"
            name="new-name"
            type="text"
            autocomplete="off"
            aria-describedby=${state.newNameError ? 'new-name-hint new-name-error' : 'new-name-hint'}
            aria-invalid=${state.newNameError ? 'true' : 'false'}
          />
          ${state.newNameError ? html`<p class="error" id="new-name-error">${state.newNameError}</p>` : nothing}
        </div>
        <div class="row"><button type="submit">${m.addLearner}</button></div>
      </form>
      <div class="row">
        <button type="button" class="export" ?disabled=${!profile} @click=${on.exportFile}>${authoringMessages.common.export}</button>
        ${renderJsonFileButton({ buttonClass: 'import', inputClass: 'file', label: authoringMessages.common.import, onFile: on.importFile })}
      </div>
      ${state.importMessage
        ? html`<div class="import-report" role="status">
            <p>${state.importMessage}</p>
            ${state.importIssues.length ? html`<ul>${state.importIssues.map((i) => html`<li>${i}</li>`)}</ul>` : nothing}
          </div>`
        : nothing}
    </section>
  `;
}
