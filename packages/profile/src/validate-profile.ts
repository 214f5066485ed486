import { checkTextColors } from './contrast.js';
import { createProfile } from './defaults.js';
import { describeValue, issue, isRecord, type ProfileIssue } from './issues.js';
import { migrateProfile, type MigrateOptions } from './migrate.js';
import { PROFILE_VERSION, SECTION_NAMES, type LearnerProfile, type ProfilePatch } from './schema.js';
import { readPatchSetting, writePatchSetting } from './setting-path.js';
import { SETTING_RULES } from './setting-rules.js';
import { checkSections, didYouMean } from './validate-setting.js';

/** A usable profile and everything that had to be fixed to get it. */
export interface ProfileValidation {
  /** Always a complete, valid profile. */
  profile: LearnerProfile;
  /** Empty when the input was a valid, current profile. */
  issues: ProfileIssue[];
}

const TOP_LEVEL = ['$schema', 'version', 'id', 'displayName', 'updatedAt', ...SECTION_NAMES];
const MAX_ID = 200;
const MAX_NAME = 100;

function readId(json: Record<string, unknown>, issues: ProfileIssue[]): string {
  const id = json['id'];
  if (typeof id === 'string' && id.trim() !== '' && id.length <= MAX_ID) return id;
  if (id === undefined) issues.push(issue('missing-field', 'error', 'id', 'missing; every profile needs a learner id. The profile was read without one.'));
  else issues.push(issue('wrong-type', 'error', 'id', `${describeValue(id)} is not a learner id (text of 1 to ${MAX_ID} characters). The profile was read without one.`));
  return '';
}

function readDisplayName(json: Record<string, unknown>, issues: ProfileIssue[]): string {
  const name = json['displayName'];
  if (name === undefined) return '';
  if (typeof name === 'string' && name.length <= MAX_NAME) return name;
  if (typeof name === 'string') {
    issues.push(issue('too-long', 'warning', 'displayName', `the name is ${name.length} characters long; it was cut to ${MAX_NAME}.`));
    return name.slice(0, MAX_NAME);
  }
  issues.push(issue('wrong-type', 'error', 'displayName', `expected text, got ${describeValue(name)}; the name was left empty.`));
  return '';
}

function readUpdatedAt(json: Record<string, unknown>, issues: ProfileIssue[]): string | undefined {
  const value = json['updatedAt'];
  if (value === undefined) return undefined;
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return value;
  issues.push(issue('wrong-type', 'warning', 'updatedAt', `${describeValue(value)} is not a date and time (ISO 8601); it was ignored.`));
  return undefined;
}

/**
 * A custom colour pair below 4.5:1 is refused as a whole (either colour alone
 * may be fine; it is the pair that cannot be read) and a 7:1 pair is offered.
 */
function refuseUnreadableColors(patch: ProfilePatch, prefix: string, issues: ProfileIssue[]): ProfilePatch {
  const fg = readPatchSetting(patch, 'display.customForeground') as string | undefined;
  const bg = readPatchSetting(patch, 'display.customBackground') as string | undefined;
  if (fg === undefined && bg === undefined) return patch;
  const check = checkTextColors(fg ?? SETTING_RULES['display.customForeground'].default, bg ?? SETTING_RULES['display.customBackground'].default);
  if (check.ok) return patch;
  const path = fg !== undefined ? `${prefix}display.customForeground` : `${prefix}display.customBackground`;
  issues.push(issue('low-contrast', 'error', path, `${check.message} The custom colours were not used.`));
  return writePatchSetting(writePatchSetting(patch, 'display.customForeground', undefined), 'display.customBackground', undefined);
}

/**
 * Reads profile JSON from anywhere (a file, storage, a URL) into a valid
 * profile. It never throws and never discards the whole profile for one bad
 * field: a refused setting falls back to its default and is reported with its
 * path, e.g. `display.fontSize: 900 is above the largest size, 400%.` Unknown
 * fields and newer versions are reported too.
 */
export function validateProfile(json: unknown, options: MigrateOptions = {}): ProfileValidation {
  const migration = migrateProfile(json, options);
  const issues = [...migration.issues];
  const source = migration.json;
  if (!isRecord(json)) return { profile: createProfile({ id: '' }), issues };

  const newer = migration.version > (options.targetVersion ?? PROFILE_VERSION);
  for (const key of Object.keys(source)) {
    if (TOP_LEVEL.includes(key)) continue;
    const hint = newer ? ' It may come from the newer Attune that saved this profile.' : didYouMean(key, TOP_LEVEL);
    issues.push(issue('unknown-field', newer ? 'info' : 'warning', key, `this is not part of a learner profile; it was ignored.${hint}`));
  }

  const profile = createProfile({ id: readId(source, issues), displayName: readDisplayName(source, issues) });
  const updatedAt = readUpdatedAt(source, issues);
  if (updatedAt !== undefined) profile.updatedAt = updatedAt;

  const sections = checkSections(source);
  // Settings a newer Attune added are expected in a newer profile, not mistakes.
  issues.push(...sections.issues.map((i) => (newer && i.code === 'unknown-field' ? { ...i, severity: 'info' as const } : i)));
  const patch = refuseUnreadableColors(sections.patch, '', issues);
  for (const section of SECTION_NAMES) {
    Object.assign(profile[section], patch[section]);
  }
  return { profile, issues };
}
