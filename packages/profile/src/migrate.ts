import { describeValue, issue, isRecord, type ProfileIssue } from './issues.js';
import { PROFILE_VERSION } from './schema.js';

/**
 * Profiles outlive the code that wrote them: a learner's settings follow them
 * for years. Adding an optional setting needs no migration (a missing setting
 * reads as its default); renaming a setting, changing its unit or its meaning
 * does, and the step goes here.
 */

/** One step from version `from` to version `from + 1`, on plain JSON. */
export interface ProfileMigration {
  from: number;
  /** Shown to the teacher as "… was updated: <description>". */
  description: string;
  migrate(json: Record<string, unknown>): Record<string, unknown>;
}

/**
 * The steps this code knows, oldest first. Version 1 is the first published
 * format, so there are none yet.
 */
export const PROFILE_MIGRATIONS: readonly ProfileMigration[] = [];

/** Options for tests and for tools that carry their own steps. */
export interface MigrateOptions {
  migrations?: readonly ProfileMigration[];
  /** The version to reach; defaults to `PROFILE_VERSION`. */
  targetVersion?: number;
}

/** The profile JSON at the target version, and what happened on the way. */
export interface MigrationResult {
  json: Record<string, unknown>;
  /** The version the input said it was (or was taken to be). */
  fromVersion: number;
  /** The version `json` is now. Higher than the target when the input came from newer code. */
  version: number;
  /** Descriptions of the steps applied, in order. */
  applied: string[];
  issues: ProfileIssue[];
}

function readVersion(json: Record<string, unknown>, target: number, issues: ProfileIssue[]): number {
  const raw = json['version'];
  if (raw === undefined) {
    issues.push(issue('no-version', 'info', 'version', `missing; the profile was read as version ${target}.`));
    return target;
  }
  const version = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
  if (typeof version === 'number' && Number.isInteger(version) && version >= 1) {
    if (typeof raw === 'string') issues.push(issue('invalid-version', 'info', 'version', `${describeValue(raw)} is written as text; read as ${version}.`));
    return version;
  }
  issues.push(issue('invalid-version', 'error', 'version', `${describeValue(raw)} is not a profile version; the profile was read as version ${target}.`));
  return target;
}

/**
 * Brings profile JSON to the current version. It never throws: a version it
 * cannot read, a newer version, or a missing step are reported as issues and
 * the JSON is passed on as it is, so validation can still keep what it knows.
 */
export function migrateProfile(json: unknown, options: MigrateOptions = {}): MigrationResult {
  const target = options.targetVersion ?? PROFILE_VERSION;
  const migrations = options.migrations ?? PROFILE_MIGRATIONS;
  const issues: ProfileIssue[] = [];
  if (!isRecord(json)) {
    issues.push(issue('not-an-object', 'error', '', `A profile is a JSON object; this is ${describeValue(json)}. Default settings are used.`));
    return { json: {}, fromVersion: target, version: target, applied: [], issues };
  }
  const fromVersion = readVersion(json, target, issues);
  if (fromVersion > target) {
    issues.push(
      issue(
        'future-version',
        'warning',
        'version',
        `this profile was saved by a newer Attune (profile version ${fromVersion}; this Attune reads version ${target}). ` +
          'The settings this version knows were read and the rest ignored. Update Attune to use them all.',
      ),
    );
    return { json, fromVersion, version: fromVersion, applied: [], issues };
  }
  let current: Record<string, unknown> = { ...json, version: fromVersion };
  let version = fromVersion;
  const applied: string[] = [];
  while (version < target) {
    const step = migrations.find((m) => m.from === version);
    if (!step) {
      issues.push(issue('invalid-version', 'error', 'version', `no way is known to update a version ${version} profile; it was read as it is.`));
      break;
    }
    current = { ...step.migrate(current), version: version + 1 };
    version += 1;
    applied.push(step.description);
    issues.push(issue('migrated', 'info', 'version', `updated from version ${step.from} to ${version}: ${step.description}`));
  }
  return { json: current, fromVersion, version, applied, issues };
}
