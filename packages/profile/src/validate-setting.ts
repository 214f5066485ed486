import { normalizeHexColor } from './color.js';
import { describeValue, issue, isRecord, type ProfileIssue } from './issues.js';
import { SECTION_NAMES, type AnySettingValue, type ProfilePatch, type SettingPath } from './schema.js';
import { ruleFor, settingKeysOf, type NumberRule, type SettingRule } from './setting-rules.js';

/** The outcome of checking one value: the value to keep, or why it was refused. */
export type SettingCheck = { ok: true; value: AnySettingValue } | { ok: false; issue: ProfileIssue };

/** `400%`, `0.5em`, `120 characters`, `3×`: a number as a person reads it. */
export function formatSettingNumber(rule: NumberRule, value: number): string {
  return `${value}${rule.unit}`;
}

/** How the default reads in "Using the default, …" sentences. */
export function formatDefault(rule: SettingRule): string {
  if (rule.default === null) return 'none (automatic)';
  if (rule.kind === 'number' && typeof rule.default === 'number') return formatSettingNumber(rule, rule.default);
  if (typeof rule.default === 'string') return JSON.stringify(rule.default);
  return String(rule.default);
}

function listOf(values: readonly string[]): string {
  const quoted = values.map((v) => JSON.stringify(v));
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/** The range sentence of a number rule: "from 100% to 400%". */
function rangeOf(rule: NumberRule): string {
  return `from ${formatSettingNumber(rule, rule.min)} to ${formatSettingNumber(rule, rule.max)}`;
}

/**
 * Checks one value against its rule. `fallback` finishes the refusal sentence
 * (validation of a profile says which default is used instead).
 */
export function checkSetting(path: SettingPath, value: unknown, where: string = path, fallback?: string): SettingCheck {
  const rule = ruleFor(path)!;
  const tail = fallback === undefined ? ` Using the default, ${formatDefault(rule)}.` : fallback ? ` ${fallback}` : '';
  const refuse = (code: ProfileIssue['code'], sentence: string): SettingCheck => ({
    ok: false,
    issue: issue(code, 'error', where, sentence + tail),
  });
  if (value === null && 'nullable' in rule && rule.nullable) return { ok: true, value: null };

  switch (rule.kind) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return refuse('wrong-type', `expected a number ${rangeOf(rule)}, got ${describeValue(value)}.`);
      }
      if (value > rule.max) return refuse('out-of-range', `${value} is above the largest ${rule.noun}, ${formatSettingNumber(rule, rule.max)}.`);
      if (value < rule.min) return refuse('out-of-range', `${value} is below the smallest ${rule.noun}, ${formatSettingNumber(rule, rule.min)}.`);
      if (rule.integer && !Number.isInteger(value)) {
        return refuse('not-whole-number', `${value} is not a whole number; the ${rule.noun} goes ${rangeOf(rule)} in whole steps.`);
      }
      return { ok: true, value };
    }
    case 'boolean':
      if (typeof value !== 'boolean') return refuse('wrong-type', `expected true or false, got ${describeValue(value)}.`);
      return { ok: true, value };
    case 'enum':
      if (typeof value !== 'string' || !rule.values.includes(value)) {
        return refuse('not-allowed', `${describeValue(value)} is not one of ${listOf(rule.values)}.`);
      }
      return { ok: true, value: value as AnySettingValue };
    case 'color': {
      const hex = typeof value === 'string' ? normalizeHexColor(value) : undefined;
      if (!hex) return refuse('invalid-color', `${describeValue(value)} is not a colour; write it as #rrggbb (for example #1a1a1a).`);
      return { ok: true, value: hex };
    }
    case 'language': {
      if (typeof value !== 'string') return refuse('wrong-type', `expected a language tag such as "en" or "es-MX", got ${describeValue(value)}.`);
      try {
        const [canonical] = Intl.getCanonicalLocales(value);
        if (canonical) return { ok: true, value: canonical };
      } catch {
        // RangeError: not a well-formed BCP 47 tag; refused below.
      }
      return refuse('invalid-language', `${describeValue(value)} is not a language tag; use a BCP 47 tag such as "en" or "es-MX".`);
    }
    case 'text':
      if (typeof value !== 'string') return refuse('wrong-type', `expected text, got ${describeValue(value)}.`);
      if (value.length > rule.maxLength) return refuse('too-long', `the text is ${value.length} characters long; the most is ${rule.maxLength}.`);
      return { ok: true, value };
  }
}

/** Levenshtein distance, small inputs only: for "did you mean" hints on misspelt keys. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** " Did you mean display.fontSize?" when a known name is close to `key`. */
export function didYouMean(key: string, known: readonly string[], prefix = ''): string {
  const close = known
    .map((k) => ({ k, d: editDistance(key, k) }))
    .filter(({ d }) => d <= Math.max(1, Math.floor(key.length / 4)))
    .sort((a, b) => a.d - b.d)[0];
  return close ? ` Did you mean ${prefix}${close.k}?` : '';
}

/** The result of reading sections of settings (a profile's preferences or a patch). */
export interface SectionsCheck {
  patch: ProfilePatch;
  issues: ProfileIssue[];
}

/**
 * Reads the setting sections of `source`, keeping every valid setting and
 * reporting the rest. Keys that are not sections are left for the caller.
 * `prefix` locates messages inside a larger document (e.g. `"defaults."`).
 */
export function checkSections(source: Record<string, unknown>, prefix = '', fallback?: string): SectionsCheck {
  const patch: Record<string, Record<string, unknown>> = {};
  const issues: ProfileIssue[] = [];
  for (const section of SECTION_NAMES) {
    if (!Object.hasOwn(source, section)) continue;
    const values = source[section];
    if (!isRecord(values)) {
      issues.push(issue('wrong-type', 'error', `${prefix}${section}`, `expected an object of ${section} settings, got ${describeValue(values)}; its settings were not read.`));
      continue;
    }
    const kept: Record<string, unknown> = {};
    const keys = settingKeysOf(section);
    for (const [key, value] of Object.entries(values)) {
      const path = `${section}.${key}`;
      if (!keys.includes(key)) {
        issues.push(issue('unknown-field', 'warning', `${prefix}${path}`, `this is not a setting Attune knows; it was ignored.${didYouMean(key, keys, `${prefix}${section}.`)}`));
        continue;
      }
      const check = checkSetting(path as SettingPath, value, `${prefix}${path}`, fallback);
      if (check.ok) kept[key] = check.value;
      else issues.push(check.issue);
    }
    patch[section] = kept;
  }
  return { patch: patch as ProfilePatch, issues };
}

