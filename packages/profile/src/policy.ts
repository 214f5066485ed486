import { DEFAULT_CATALOG } from './accommodation-catalog.js';
import { findAccommodation, type AccommodationCatalog } from './catalog.js';
import { describeValue, issue, isRecord, type ProfileIssue } from './issues.js';
import { validatePatch } from './profile-patch.js';
import type { AnySettingValue, ProfilePatch, SettingPath } from './schema.js';
import { isSettingPath, ruleFor, SETTING_PATHS } from './setting-rules.js';
import { checkSetting, didYouMean, formatSettingNumber } from './validate-setting.js';

/**
 * What a teacher or case manager decides for one learner: starting values,
 * limits, locks and the learner's accommodations. The learner can change
 * anything the policy does not lock, within its limits.
 */

export const POLICY_VERSION = 1 as const;

/** Assessment mode is where locks such as "no simplified text" usually apply. */
export const READING_MODES = ['learning', 'assessment'] as const;
export type ReadingMode = (typeof READING_MODES)[number];

/** When a lock or limit applies. */
export const POLICY_WHEN = ['always', ...READING_MODES] as const;
export type PolicyWhen = (typeof POLICY_WHEN)[number];

/** Where an assigned accommodation is written down. */
export const ACCOMMODATION_SOURCES = ['iep', '504-plan', 'teacher'] as const;
export type AccommodationSource = (typeof ACCOMMODATION_SOURCES)[number];

/** Who made a rule: the teacher on their own, or the IEP/504 plan. */
export type RuleSource = 'teacher' | 'iep';

/** An accommodation from the catalog, switched on for this learner. */
export interface AssignedAccommodation {
  /** Catalog id, e.g. `"text-to-speech"`. */
  id: string;
  source: AccommodationSource;
  /** For the record, e.g. "IEP of 2025-09-12, section 7". */
  note?: string;
}

/** A floor and/or ceiling on a number setting, e.g. text size never below 150%. */
export interface SettingLimit {
  setting: SettingPath;
  min?: number;
  max?: number;
  /** Shown to the learner: why they cannot go further. */
  reason: string;
  /** Defaults to `teacher`. */
  source?: RuleSource;
  /** Defaults to `always`. */
  when?: PolicyWhen;
}

/** A setting the learner cannot change, e.g. read-aloud must stay available. */
export interface SettingLock {
  setting: SettingPath;
  value: AnySettingValue;
  /** Shown to the learner: why this is fixed. */
  reason: string;
  /** Defaults to `teacher`. */
  source?: RuleSource;
  /** Defaults to `always`. */
  when?: PolicyWhen;
}

/** One learner's policy. Every part is optional. */
export interface TeacherPolicy {
  version: typeof POLICY_VERSION;
  /** The mode the reader is in now; defaults to `learning`. */
  mode?: ReadingMode;
  /** Starting values the learner can change. */
  defaults?: ProfilePatch;
  limits?: SettingLimit[];
  locks?: SettingLock[];
  accommodations?: AssignedAccommodation[];
}

/** A checked policy and what was fixed in it. */
export interface PolicyValidation {
  policy: TeacherPolicy;
  issues: ProfileIssue[];
}

const TOP_LEVEL = ['$schema', 'version', 'mode', 'defaults', 'limits', 'locks', 'accommodations'];
const FALLBACK_REASON = 'Your teacher set this.';

function readReason(raw: Record<string, unknown>, where: string, issues: ProfileIssue[]): string {
  const reason = raw['reason'];
  if (typeof reason === 'string' && reason.trim() !== '') return reason;
  issues.push(issue('missing-field', 'warning', `${where}.reason`, `every lock and limit needs a reason the learner can read; "${FALLBACK_REASON}" is shown instead.`));
  return FALLBACK_REASON;
}

function readSetting(raw: Record<string, unknown>, where: string, issues: ProfileIssue[]): SettingPath | undefined {
  const setting = raw['setting'];
  if (typeof setting === 'string' && isSettingPath(setting)) return setting;
  const hint = typeof setting === 'string' ? didYouMean(setting, SETTING_PATHS) : '';
  issues.push(issue('not-allowed', 'error', `${where}.setting`, `${describeValue(setting)} is not a setting; this rule was left out.${hint}`));
  return undefined;
}

function readOptional<T extends string>(raw: Record<string, unknown>, key: string, values: readonly T[], where: string, issues: ProfileIssue[]): T | undefined {
  const value = raw[key];
  if (value === undefined) return undefined;
  if ((values as readonly unknown[]).includes(value)) return value as T;
  issues.push(issue('not-allowed', 'error', where ? `${where}.${key}` : key, `${describeValue(value)} is not one of ${values.join(', ')}; "${values[0]}" is used.`));
  return values[0];
}

function listAt(json: Record<string, unknown>, key: string, issues: ProfileIssue[]): Record<string, unknown>[] {
  const value = json[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    issues.push(issue('wrong-type', 'error', key, `expected a list, got ${describeValue(value)}; it was ignored.`));
    return [];
  }
  return value.map((item, index) => {
    if (isRecord(item)) return item;
    issues.push(issue('not-an-object', 'error', `${key}[${index}]`, `expected an object, got ${describeValue(item)}; it was left out.`));
    return undefined;
  }).filter((item) => item !== undefined) as Record<string, unknown>[];
}

function readLimit(raw: Record<string, unknown>, where: string, issues: ProfileIssue[]): SettingLimit | undefined {
  const setting = readSetting(raw, where, issues);
  if (!setting) return undefined;
  const rule = ruleFor(setting)!;
  if (rule.kind !== 'number') {
    issues.push(issue('not-allowed', 'error', `${where}.setting`, `${setting} is not a number, so it cannot have a minimum or maximum; lock it instead. This limit was left out.`));
    return undefined;
  }
  const limit: SettingLimit = { setting, reason: readReason(raw, where, issues) };
  for (const bound of ['min', 'max'] as const) {
    const value = raw[bound];
    if (value === undefined) continue;
    const check = checkSetting(setting, value, `${where}.${bound}`, 'This bound was left out.');
    if (check.ok && typeof check.value === 'number') limit[bound] = check.value;
    else if (!check.ok) issues.push(check.issue);
  }
  if (limit.min === undefined && limit.max === undefined) {
    issues.push(issue('missing-field', 'error', where, 'a limit needs a min, a max or both; it was left out.'));
    return undefined;
  }
  if (limit.min !== undefined && limit.max !== undefined && limit.min > limit.max) {
    issues.push(issue('conflict', 'error', where, `the minimum ${formatSettingNumber(rule, limit.min)} is above the maximum ${formatSettingNumber(rule, limit.max)}; this limit was left out.`));
    return undefined;
  }
  const source = readOptional(raw, 'source', ['teacher', 'iep'] as const, where, issues);
  const when = readOptional(raw, 'when', POLICY_WHEN, where, issues);
  if (source) limit.source = source;
  if (when) limit.when = when;
  return limit;
}

function readLock(raw: Record<string, unknown>, where: string, issues: ProfileIssue[]): SettingLock | undefined {
  const setting = readSetting(raw, where, issues);
  if (!setting) return undefined;
  const check = checkSetting(setting, raw['value'], `${where}.value`, 'This lock was left out.');
  if (!check.ok) {
    issues.push(check.issue);
    return undefined;
  }
  const lock: SettingLock = { setting, value: check.value, reason: readReason(raw, where, issues) };
  const source = readOptional(raw, 'source', ['teacher', 'iep'] as const, where, issues);
  const when = readOptional(raw, 'when', POLICY_WHEN, where, issues);
  if (source) lock.source = source;
  if (when) lock.when = when;
  return lock;
}

function overlaps(a: PolicyWhen | undefined, b: PolicyWhen | undefined): boolean {
  const x = a ?? 'always';
  const y = b ?? 'always';
  return x === 'always' || y === 'always' || x === y;
}

/**
 * Checks policy JSON from the authoring tool or a file. Like profiles, a bad
 * rule is left out and reported, never the whole policy. Accommodations are
 * checked against `catalog`: unknown ids are left out, and an IEP/504-tier
 * accommodation assigned by a teacher alone is flagged (it is still applied).
 */
export function validatePolicy(json: unknown, catalog: AccommodationCatalog = DEFAULT_CATALOG): PolicyValidation {
  const issues: ProfileIssue[] = [];
  const policy: TeacherPolicy = { version: POLICY_VERSION };
  if (!isRecord(json)) {
    issues.push(issue('not-an-object', 'error', '', `A policy is a JSON object; this is ${describeValue(json)}. No policy is applied.`));
    return { policy, issues };
  }
  const version = json['version'];
  if (version === undefined) issues.push(issue('no-version', 'info', 'version', `missing; the policy was read as version ${POLICY_VERSION}.`));
  else if (typeof version === 'number' && version > POLICY_VERSION) {
    issues.push(issue('future-version', 'warning', 'version', `this policy was written by a newer Attune (version ${version}); the parts this version knows were read.`));
  } else if (version !== POLICY_VERSION) {
    issues.push(issue('invalid-version', 'error', 'version', `${describeValue(version)} is not a policy version; read as version ${POLICY_VERSION}.`));
  }
  for (const key of Object.keys(json)) {
    if (!TOP_LEVEL.includes(key)) issues.push(issue('unknown-field', 'warning', key, `this is not part of a policy; it was ignored.${didYouMean(key, TOP_LEVEL)}`));
  }

  const mode = readOptional(json, 'mode', READING_MODES, '', issues);
  if (mode) policy.mode = mode;
  if (json['defaults'] !== undefined) {
    const defaults = validatePatch(json['defaults'], 'defaults.');
    issues.push(...defaults.issues);
    policy.defaults = defaults.patch;
  }

  const limits = listAt(json, 'limits', issues).map((raw, i) => readLimit(raw, `limits[${i}]`, issues));
  policy.limits = limits.filter((l) => l !== undefined);
  const locks = listAt(json, 'locks', issues).map((raw, i) => readLock(raw, `locks[${i}]`, issues));
  policy.locks = locks.filter((l) => l !== undefined);
  policy.locks.forEach((lock, i) => {
    const earlier = policy.locks!.slice(0, i).find((other) => other.setting === lock.setting && overlaps(other.when, lock.when));
    if (earlier && earlier.value !== lock.value) {
      issues.push(issue('conflict', 'warning', `locks[${i}]`, `${lock.setting} is locked twice with different values (${describeValue(earlier.value)} and ${describeValue(lock.value)}); the later lock wins.`));
    }
  });

  const seen = new Set<string>();
  policy.accommodations = [];
  listAt(json, 'accommodations', issues).forEach((raw, i) => {
    const where = `accommodations[${i}]`;
    const id = raw['id'];
    const entry = typeof id === 'string' ? findAccommodation(catalog, id) : undefined;
    if (!entry) {
      const hint = typeof id === 'string' ? didYouMean(id, catalog.accommodations.map((a) => a.id)) : '';
      issues.push(issue('unknown-accommodation', 'warning', `${where}.id`, `${describeValue(id)} is not in the catalog "${catalog.name}"; it was left out.${hint}`));
      return;
    }
    if (seen.has(entry.id)) {
      issues.push(issue('duplicate', 'info', `${where}.id`, `"${entry.id}" is listed twice; the first is used.`));
      return;
    }
    seen.add(entry.id);
    const source = readOptional(raw, 'source', ACCOMMODATION_SOURCES, where, issues) ?? 'teacher';
    if (entry.tier === 'accommodation' && source === 'teacher') {
      issues.push(issue('tier-mismatch', 'warning', where, `"${entry.name}" is an accommodation, which is written in an IEP or 504 plan, but it is marked as the teacher's choice. It is applied; check the plan.`));
    }
    const assigned: AssignedAccommodation = { id: entry.id, source };
    if (typeof raw['note'] === 'string') assigned.note = raw['note'];
    policy.accommodations!.push(assigned);
  });
  return { policy, issues };
}
