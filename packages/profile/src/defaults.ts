import { PROFILE_VERSION, SECTION_NAMES, type EffectiveSettings, type LearnerProfile } from './schema.js';
import { SETTING_PATHS, SETTING_RULES } from './setting-rules.js';
import { splitPath } from './setting-path.js';

/** Attune's own default for every setting (what a learner gets with no profile and no policy). */
export function defaultSettings(): EffectiveSettings {
  const settings = Object.fromEntries(SECTION_NAMES.map((s) => [s, {}])) as Record<string, Record<string, unknown>>;
  for (const path of SETTING_PATHS) {
    const [section, key] = splitPath(path);
    settings[section]![key] = SETTING_RULES[path].default;
  }
  return settings as unknown as EffectiveSettings;
}

/** A new, empty profile: the learner has chosen nothing yet. */
export function createProfile(learner: { id: string; displayName?: string }): LearnerProfile {
  return {
    version: PROFILE_VERSION,
    id: learner.id,
    displayName: learner.displayName ?? '',
    display: {},
    readingAids: {},
    speech: {},
    math: {},
    content: {},
    language: {},
  };
}
