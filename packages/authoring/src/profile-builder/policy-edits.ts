import {
  readPatchSetting,
  type AccommodationSource,
  type AnySettingValue,
  type AssignedAccommodation,
  type PolicyWhen,
  type ProfilePatch,
  type ReadingMode,
  type RuleSource,
  type SettingLimit,
  type SettingLock,
  type SettingPath,
  type TeacherPolicy,
} from '@attune/profile';

/**
 * Edits of a teacher policy as pure functions (each returns a new policy).
 * The builder edits one limit and one lock per setting; further rules for the
 * same setting (from a file) are kept as they are.
 */

export function assignedAccommodation(policy: TeacherPolicy, id: string): AssignedAccommodation | undefined {
  return policy.accommodations?.find((a) => a.id === id);
}

/** Adds or removes an accommodation. */
export function setAccommodation(policy: TeacherPolicy, id: string, assigned: Omit<AssignedAccommodation, 'id'> | undefined): TeacherPolicy {
  const others = (policy.accommodations ?? []).filter((a) => a.id !== id);
  if (!assigned) return { ...policy, accommodations: others };
  const existing = policy.accommodations?.findIndex((a) => a.id === id) ?? -1;
  const entry: AssignedAccommodation = { id, ...assigned };
  if (entry.note !== undefined && entry.note.trim() === '') delete entry.note;
  const accommodations = existing < 0 ? [...others, entry] : policy.accommodations!.map((a) => (a.id === id ? entry : a));
  return { ...policy, accommodations };
}

export function setAccommodationSource(policy: TeacherPolicy, id: string, source: AccommodationSource): TeacherPolicy {
  const current = assignedAccommodation(policy, id);
  return current ? setAccommodation(policy, id, { ...current, source }) : policy;
}

/** The teacher's starting value for a setting, if one is set. */
export function defaultOf(policy: TeacherPolicy, path: SettingPath): AnySettingValue | undefined {
  return policy.defaults ? readPatchSetting(policy.defaults, path) : undefined;
}

/** Sets or (with `undefined`) removes a starting value. */
export function setDefault(policy: TeacherPolicy, path: SettingPath, value: AnySettingValue | undefined): TeacherPolicy {
  const [section, key] = path.split('.') as [keyof ProfilePatch, string];
  const sectionValues: Record<string, unknown> = { ...(policy.defaults?.[section] ?? {}) };
  if (value === undefined) delete sectionValues[key];
  else sectionValues[key] = value;
  const defaults: Record<string, unknown> = { ...(policy.defaults ?? {}), [section]: sectionValues };
  if (Object.keys(sectionValues).length === 0) delete defaults[section];
  return { ...policy, defaults: defaults as ProfilePatch };
}

export function limitOf(policy: TeacherPolicy, path: SettingPath): SettingLimit | undefined {
  return policy.limits?.find((l) => l.setting === path);
}

export function lockOf(policy: TeacherPolicy, path: SettingPath): SettingLock | undefined {
  return policy.locks?.find((l) => l.setting === path);
}

function replaceFirst<T extends { setting: SettingPath }>(list: readonly T[] | undefined, path: SettingPath, next: T | undefined): T[] {
  const items = [...(list ?? [])];
  const index = items.findIndex((item) => item.setting === path);
  if (index < 0) return next ? [...items, next] : items;
  if (next) items[index] = next;
  else items.splice(index, 1);
  return items;
}

/** What the builder edits for one setting besides its starting value. */
export interface SettingRules {
  min?: number;
  max?: number;
  /** The locked value; `undefined` means not locked. */
  lock?: AnySettingValue;
  reason: string;
  source: RuleSource;
  when: PolicyWhen;
}

/** The limit and lock of a setting as one set of rules (reason, source and when shared). */
export function rulesOf(policy: TeacherPolicy, path: SettingPath): SettingRules {
  const limit = limitOf(policy, path);
  const lock = lockOf(policy, path);
  const first = lock ?? limit;
  const rules: SettingRules = { reason: first?.reason ?? '', source: first?.source ?? 'teacher', when: first?.when ?? 'always' };
  if (limit?.min !== undefined) rules.min = limit.min;
  if (limit?.max !== undefined) rules.max = limit.max;
  if (lock) rules.lock = lock.value;
  return rules;
}

/** Writes a setting's limit and lock from one set of rules. */
export function setRules(policy: TeacherPolicy, path: SettingPath, rules: SettingRules): TeacherPolicy {
  const shared = { reason: rules.reason, ...(rules.source !== 'teacher' ? { source: rules.source } : {}), ...(rules.when !== 'always' ? { when: rules.when } : {}) };
  let limit: SettingLimit | undefined;
  if (rules.min !== undefined || rules.max !== undefined) {
    limit = { setting: path, ...shared };
    if (rules.min !== undefined) limit.min = rules.min;
    if (rules.max !== undefined) limit.max = rules.max;
  }
  const lock: SettingLock | undefined = rules.lock !== undefined ? { setting: path, value: rules.lock, ...shared } : undefined;
  return { ...policy, limits: replaceFirst(policy.limits, path, limit), locks: replaceFirst(policy.locks, path, lock) };
}

/** Changes some of a setting's rules, keeping the others as the policy has them now. */
export function changeRules(policy: TeacherPolicy, path: SettingPath, change: Partial<SettingRules>): TeacherPolicy {
  const next: SettingRules = { ...rulesOf(policy, path), ...change };
  for (const key of ['min', 'max', 'lock'] as const) if (key in change && change[key] === undefined) delete next[key];
  return setRules(policy, path, next);
}

export function setMode(policy: TeacherPolicy, mode: ReadingMode): TeacherPolicy {
  return { ...policy, mode };
}
