import { html, nothing } from 'lit';
import type { AnySettingValue, SettingPath } from '@attune/profile';
import { authoringMessages } from '../messages.js';
import { formatSettingValue, ruleOf, stepOf } from './policy-settings.js';

/** A control for one setting's value: a select for on/off and choices, a number field for numbers. */
export interface ValueControl {
  path: SettingPath;
  id: string;
  value: AnySettingValue | undefined;
  /** When set, the control offers "not set" (an empty number, or a first option with this label). */
  unsetLabel?: string;
  describedBy?: string;
  onChange(value: AnySettingValue | undefined): void;
}

export function renderValueControl(c: ValueControl) {
  const rule = ruleOf(c.path);
  if (rule.kind === 'number') {
    return html`<input
      id=${c.id}
      type="number"
      inputmode="decimal"
      min=${rule.min}
      max=${rule.max}
      step=${stepOf(c.path)}
      .value=${c.value === undefined || c.value === null ? '' : String(c.value)}
      aria-describedby=${c.describedBy ?? nothing}
      @change=${(e: Event) => {
        const text = (e.target as HTMLInputElement).value.trim();
        const number = Number(text);
        c.onChange(text === '' || !Number.isFinite(number) ? undefined : Math.min(rule.max, Math.max(rule.min, number)));
      }}
    />`;
  }
  const values: AnySettingValue[] = rule.kind === 'boolean' ? [true, false] : rule.kind === 'enum' ? [...rule.values] : [];
  const selected = c.value === undefined ? '' : String(c.value);
  return html`<select
    id=${c.id}
    aria-describedby=${c.describedBy ?? nothing}
    @change=${(e: Event) => {
      const text = (e.target as HTMLSelectElement).value;
      c.onChange(text === '' ? undefined : rule.kind === 'boolean' ? text === 'true' : text);
    }}
  >
    ${c.unsetLabel !== undefined ? html`<option value="" ?selected=${selected === ''}>${c.unsetLabel}</option>` : nothing}
    ${values.map((v) => html`<option value=${String(v)} ?selected=${selected === String(v)}>${formatSettingValue(c.path, v)}</option>`)}
  </select>`;
}

/** The "not set" wording of a setting's starting-value control. */
export function unsetWording(path: SettingPath): string {
  const rule = ruleOf(path);
  const fallback = formatSettingValue(path, rule.default as AnySettingValue);
  return rule.kind === 'number' ? authoringMessages.builder.notSetNumber(fallback) : authoringMessages.builder.notSet(fallback);
}
