import { html, nothing } from 'lit';
import { ACCOMMODATION_SOURCES, ACCOMMODATION_TIERS, TIER_ASSIGNED_BY, type Accommodation, type AccommodationCatalog, type AccommodationSource, type TeacherPolicy } from '@attune/profile';
import { authoringMessages } from '../messages.js';
import { assignedAccommodation } from './policy-edits.js';

const m = authoringMessages.builder;

/** What the accommodation checklist asks of its element. */
export interface AccommodationHandlers {
  toggle(entry: Accommodation, on: boolean): void;
  source(entry: Accommodation, source: AccommodationSource): void;
  note(entry: Accommodation, note: string): void;
}

/** The source an accommodation gets when ticked: the plan for accommodations, the teacher for the rest. */
export function defaultSource(entry: Accommodation): AccommodationSource {
  return entry.tier === 'accommodation' ? 'iep' : 'teacher';
}

/**
 * The catalog as a checklist, one group per tier (universal tools,
 * designated supports, accommodations), each explained in plain words; a
 * ticked one asks where it is written (IEP, 504 plan, teacher) and takes a note.
 */
export function renderAccommodations(catalog: AccommodationCatalog, policy: TeacherPolicy, on: AccommodationHandlers) {
  return html`
    <section class="stack" aria-labelledby="accommodations-heading">
      <h3 id="accommodations-heading">${m.accommodationsHeading}</h3>
      <p class="hint">${m.accommodationsIntro}</p>
      ${ACCOMMODATION_TIERS.map((tier) => {
        const entries = catalog.accommodations.filter((a) => a.tier === tier);
        if (!entries.length) return nothing;
        return html`
          <fieldset part="tier" class="tier" aria-describedby=${`tier-${tier}-hint`}>
            <legend>${m.tiers[tier]}</legend>
            <p class="hint" id=${`tier-${tier}-hint`}>${TIER_ASSIGNED_BY[tier]}</p>
            <ul class="accommodations">
              ${entries.map((entry) => renderAccommodation(entry, policy, on))}
            </ul>
          </fieldset>
        `;
      })}
    </section>
  `;
}

function renderAccommodation(entry: Accommodation, policy: TeacherPolicy, on: AccommodationHandlers) {
  const assigned = assignedAccommodation(policy, entry.id);
  const id = `acc-${entry.id}`;
  return html`
    <li class="accommodation" part="accommodation" data-accommodation=${entry.id}>
      <label class="check">
        <input id=${id} type="checkbox" .checked=${!!assigned} aria-describedby=${`${id}-explanation`} @change=${(e: Event) => on.toggle(entry, (e.target as HTMLInputElement).checked)} />
        <span>${entry.name}</span>
      </label>
      <p class="hint explanation" id=${`${id}-explanation`}>${entry.explanation}${entry.embedded ? '' : ` ${m.recordedOnly}`}</p>
      ${assigned
        ? html`<div class="assigned">
            <div class="field">
              <label for=${`${id}-source`}>${m.source}</label>
              <select id=${`${id}-source`} @change=${(e: Event) => on.source(entry, (e.target as HTMLSelectElement).value as AccommodationSource)}>
                ${ACCOMMODATION_SOURCES.map((s) => html`<option value=${s} ?selected=${assigned.source === s}>${m.sources[s]}</option>`)}
              </select>
            </div>
            <div class="field">
              <label for=${`${id}-note`}>${m.note}</label>
              <input id=${`${id}-note`} type="text" .value=${assigned.note ?? ''} @input=${(e: Event) => on.note(entry, (e.target as HTMLInputElement).value)} />
            </div>
          </div>`
        : nothing}
    </li>
  `;
}
