import type { AnySettingValue, EffectiveSettings, ProfilePatch, SectionName, SettingPath, SettingValue } from './schema.js';

/**
 * Reading and writing one setting by its dotted path. Locks, limits and
 * provenance are all keyed by path, so this is the one place that splits it.
 */

/** `["display", "fontSize"]` for `"display.fontSize"`. */
export function splitPath(path: SettingPath): [SectionName, string] {
  const dot = path.indexOf('.');
  return [path.slice(0, dot) as SectionName, path.slice(dot + 1)];
}

/** The value at `path` in complete settings. */
export function readSetting<P extends SettingPath>(settings: EffectiveSettings, path: P): SettingValue<P> {
  const [section, key] = splitPath(path);
  return (settings[section] as unknown as Record<string, unknown>)[key] as SettingValue<P>;
}

/** The value at `path` in sparse settings (a patch or preferences), or undefined when not set. */
export function readPatchSetting(patch: ProfilePatch, path: SettingPath): AnySettingValue | undefined {
  const [section, key] = splitPath(path);
  const values = patch[section] as Record<string, unknown> | undefined;
  return values && Object.hasOwn(values, key) ? (values[key] as AnySettingValue) : undefined;
}

/** A copy of `patch` with `path` set to `value` (or removed when `value` is undefined). */
export function writePatchSetting<T extends ProfilePatch>(patch: T, path: SettingPath, value: AnySettingValue | undefined): T {
  const [section, key] = splitPath(path);
  const values: Record<string, unknown> = { ...(patch[section] as Record<string, unknown> | undefined) };
  if (value === undefined) delete values[key];
  else values[key] = value;
  return { ...patch, [section]: values };
}
