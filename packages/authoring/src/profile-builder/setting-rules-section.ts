import { html, nothing } from 'lit';
import { POLICY_WHEN, findAccommodation, readSetting, type AccommodationCatalog, type AnySettingValue, type PolicyWhen, type ResolvedProfile, type RuleSource, type SettingPath, type TeacherPolicy } from '@attune/profile';
import { authoringMessages } from '../messages.js';
import { defaultOf, rulesOf, type SettingRules } from './policy-edits.js';
import { POLICY_SETTING_GROUPS, formatSettingValue, rangeOf, ruleOf, settingLabel } from './policy-settings.js';
import { renderValueControl, unsetWording } from './setting-control.js';

const m = authoringMessages.builder;

export interface SettingRuleHandlers {
  setDefault(path: SettingPath, value: AnySettingValue | undefined): void;
  /** Changes some of a setting's rules (a key set to undefined removes that rule); the rest stay as they are now. */
  changeRules(path: SettingPath, change: Partial<SettingRules>): void;
}

/** Problems with a setting's rules that the teacher should fix (shown beside the fields). */
export function ruleProblems(rules: SettingRules): { reason?: string; range?: string } {
  const limited = rules.min !== undefined || rules.max !== undefined || rules.lock !== undefined;
  const problems: { reason?: string; range?: string } = {};
  if (limited && rules.reason.trim() === '') problems.reason = m.reasonMissing;
  if (rules.min !== undefined && rules.max !== undefined && rules.min > rules.max) problems.range = m.minAboveMax;
  return problems;
}

/**
 * Every setting a teacher may shape, grouped, each in a disclosure whose
 * summary says the value now and where it comes from; inside, the starting
 * value, the limits (numbers), the lock, and the reason the learner reads.
 */
export function renderSettingRules(policy: TeacherPolicy, resolved: ResolvedProfile, catalog: AccommodationCatalog, on: SettingRuleHandlers) {
  return html`
    <section class="stack" aria-labelledby="settings-heading">
      <h3 id="settings-heading">${m.settingsHeading}</h3>
      <p class="hint">${m.settingsIntro}</p>
      ${POLICY_SETTING_GROUPS.map(
        (group) => html`
          <fieldset class="setting-group">
            <legend>${m.groups[group.id]}</legend>
            ${group.paths.map((path) => renderSetting(path, policy, resolved, catalog, on))}
          </fieldset>
        `,
      )}
    </section>
  `;
}

function summaryOf(path: SettingPath, policy: TeacherPolicy, resolved: ResolvedProfile, catalog: AccommodationCatalog, rules: SettingRules): string {
  const provenance = resolved.provenance[path];
  const parts = [m.nowValue(formatSettingValue(path, readSetting(resolved.settings, path)))];
  const accommodation = provenance.accommodation ? findAccommodation(catalog, provenance.accommodation) : undefined;
  if (accommodation && !provenance.locked) {
    const source = policy.accommodations?.find((a) => a.id === accommodation.id)?.source ?? 'teacher';
    parts.push(m.fromAccommodation(accommodation.name, m.sources[source]));
  }
  if (rules.min !== undefined || rules.max !== undefined) {
    const [min, max] = [rules.min, rules.max].map((v) => (v === undefined ? undefined : formatSettingValue(path, v)));
    const range = min !== undefined && max !== undefined ? m.rangeBetween(min, max) : min !== undefined ? m.rangeAtLeast(min) : m.rangeAtMost(max!);
    parts.push(m.limitBadge(range));
  }
  if (rules.lock !== undefined) parts.push(m.lockedBadge);
  return parts.join(' · ');
}

function renderSetting(path: SettingPath, policy: TeacherPolicy, resolved: ResolvedProfile, catalog: AccommodationCatalog, on: SettingRuleHandlers) {
  const rule = ruleOf(path);
  const rules = rulesOf(policy, path);
  const id = `set-${path.replace('.', '-')}`;
  const problems = ruleProblems(rules);
  const limited = rules.min !== undefined || rules.max !== undefined || rules.lock !== undefined;
  const update = (change: Partial<SettingRules>) => on.changeRules(path, change);
  const current: AnySettingValue = readSetting(resolved.settings, path);
  return html`
    <details class="setting" part="setting" data-setting=${path}>
      <summary>
        <span class="setting-name">${settingLabel(path)}</span>
        <span class="setting-now">${summaryOf(path, policy, resolved, catalog, rules)}</span>
      </summary>
      <div class="setting-body stack">
        <div class="field">
          <label for=${`${id}-default`}>${m.startingValue}</label>
          ${rule.kind === 'number' ? html`<p class="hint" id=${`${id}-default-hint`}>${unsetWording(path)}</p>` : nothing}
          ${renderValueControl({
            path,
            id: `${id}-default`,
            value: defaultOf(policy, path),
            unsetLabel: unsetWording(path),
            ...(rule.kind === 'number' ? { describedBy: `${id}-default-hint` } : {}),
            onChange: (value) => on.setDefault(path, value),
          })}
        </div>
        ${rule.kind === 'number'
          ? html`<div class="limits">
              <p class="hint" id=${`${id}-range`}>${m.limitHint(rangeOf(path))}</p>
              <div class="field">
                <label for=${`${id}-min`}>${m.atLeast}</label>
                ${renderValueControl({ path, id: `${id}-min`, value: rules.min, describedBy: `${id}-range`, onChange: (min) => update({ min: min as number | undefined }) })}
              </div>
              <div class="field">
                <label for=${`${id}-max`}>${m.atMost}</label>
                ${renderValueControl({ path, id: `${id}-max`, value: rules.max, describedBy: `${id}-range`, onChange: (max) => update({ max: max as number | undefined }) })}
              </div>
              ${problems.range ? html`<p class="error" id=${`${id}-range-error`}>${problems.range}</p>` : nothing}
            </div>`
          : nothing}
        <label class="check">
          <input id=${`${id}-lock`} type="checkbox" .checked=${rules.lock !== undefined} @change=${(e: Event) => update({ lock: (e.target as HTMLInputElement).checked ? current : undefined })} />
          <span>${m.lock}</span>
        </label>
        ${rules.lock !== undefined
          ? html`<div class="field">
              <label for=${`${id}-locked`}>${m.lockedValue}</label>
              ${renderValueControl({ path, id: `${id}-locked`, value: rules.lock, onChange: (lock) => update({ lock: lock ?? current }) })}
            </div>`
          : nothing}
        ${limited
          ? html`<div class="field">
                <label for=${`${id}-reason`}>${m.reason}</label>
                <p class="hint" id=${`${id}-reason-hint`}>${m.reasonHint}</p>
                <textarea
                  id=${`${id}-reason`}
                  rows="2"
                  aria-describedby=${problems.reason ? `${id}-reason-hint ${id}-reason-error` : `${id}-reason-hint`}
                  aria-invalid=${problems.reason ? 'true' : 'false'}
                  .value=${rules.reason}
                  @input=${(e: Event) => update({ reason: (e.target as HTMLTextAreaElement).value })}
                ></textarea>
                ${problems.reason ? html`<p class="error" id=${`${id}-reason-error`}>${problems.reason}</p>` : nothing}
              </div>
              <div class="pair">
                <div class="field">
                  <label for=${`${id}-source`}>${m.requiredBy}</label>
                  <select id=${`${id}-source`} @change=${(e: Event) => update({ source: (e.target as HTMLSelectElement).value as RuleSource })}>
                    ${(['teacher', 'iep'] as const).map((s) => html`<option value=${s} ?selected=${rules.source === s}>${m.ruleSources[s]}</option>`)}
                  </select>
                </div>
                <div class="field">
                  <label for=${`${id}-when`}>${m.when}</label>
                  <select id=${`${id}-when`} @change=${(e: Event) => update({ when: (e.target as HTMLSelectElement).value as PolicyWhen })}>
                    ${POLICY_WHEN.map((w) => html`<option value=${w} ?selected=${rules.when === w}>${m.whens[w]}</option>`)}
                  </select>
                </div>
              </div>`
          : nothing}
      </div>
    </details>
  `;
}
