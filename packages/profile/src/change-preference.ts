import type { ResolvedProfile } from './resolve-profile.js';
import type { AnySettingValue, LearnerProfile, SettingPath } from './schema.js';
import { writePatchSetting } from './setting-path.js';
import { ruleFor, type NumberRule } from './setting-rules.js';
import { checkSetting, formatSettingNumber } from './validate-setting.js';

/**
 * A learner changing one setting from the preferences panel. The change is
 * checked against the resolved policy first, so the panel can say why a
 * change is not possible instead of silently snapping back.
 */

/** Why a change was refused. */
export interface PreferenceError {
  code: 'locked' | 'below-minimum' | 'above-maximum' | 'invalid-value';
  /** A sentence for the learner, with the teacher's reason where there is one. */
  message: string;
}

/** The new profile, or why the change cannot be made. */
export type PreferenceChange = { ok: true; profile: LearnerProfile } | { ok: false; error: PreferenceError };

/**
 * Records the learner's choice of `value` for `path`, unless the policy
 * (through `resolved`) locks the setting or the value is outside its limits.
 */
export function changePreference(profile: LearnerProfile, resolved: ResolvedProfile, path: SettingPath, value: AnySettingValue): PreferenceChange {
  const origin = resolved.provenance[path];
  const because = origin.reason ? ` ${origin.reason}` : '';
  if (origin.locked) {
    return { ok: false, error: { code: 'locked', message: `${path} is set for you and cannot be changed.${because}` } };
  }
  const check = checkSetting(path, value, path, '');
  if (!check.ok) return { ok: false, error: { code: 'invalid-value', message: check.issue.message } };
  if (typeof value === 'number') {
    const rule = ruleFor(path) as NumberRule;
    if (origin.min !== undefined && value < origin.min) {
      return { ok: false, error: { code: 'below-minimum', message: `${path}: ${formatSettingNumber(rule, value)} is below the lowest allowed for you, ${formatSettingNumber(rule, origin.min)}.${because}` } };
    }
    if (origin.max !== undefined && value > origin.max) {
      return { ok: false, error: { code: 'above-maximum', message: `${path}: ${formatSettingNumber(rule, value)} is above the highest allowed for you, ${formatSettingNumber(rule, origin.max)}.${because}` } };
    }
  }
  return { ok: true, profile: writePatchSetting(profile, path, check.value) };
}

/** The learner's choice for `path` removed: the teacher's or Attune's value applies again. */
export function resetPreference(profile: LearnerProfile, path: SettingPath): LearnerProfile {
  return writePatchSetting(profile, path, undefined);
}
