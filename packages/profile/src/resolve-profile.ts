import { DEFAULT_CATALOG } from './accommodation-catalog.js';
import { findAccommodation, type AccommodationCatalog, type AccommodationTier } from './catalog.js';
import { checkTextColors } from './contrast.js';
import { defaultSettings } from './defaults.js';
import { issue, type ProfileIssue } from './issues.js';
import type { AccommodationSource, PolicyWhen, ReadingMode, RuleSource, TeacherPolicy } from './policy.js';
import type { AnySettingValue, EffectiveSettings, LearnerProfile, ProfilePatch, SettingPath } from './schema.js';
import { readPatchSetting, splitPath } from './setting-path.js';
import { SETTING_PATHS } from './setting-rules.js';
import { checkSetting } from './validate-setting.js';

/** Who decided a value. `iep` covers both IEP and 504 plans. */
export type ProvenanceSource = 'default' | 'teacher' | 'iep' | 'learner';

/** Where one effective value came from, and whether the learner can change it. */
export interface Provenance {
  source: ProvenanceSource;
  /** True when a lock fixes the value; the learner cannot change it. */
  locked: boolean;
  /** Why the value is locked or limited, in words for the learner. */
  reason?: string;
  /** The accommodation that implied the value, when one did. */
  accommodation?: string;
  /** The lowest value the learner may choose (number settings with a limit). */
  min?: number;
  /** The highest value the learner may choose (number settings with a limit). */
  max?: number;
  /** The learner's own choice, when a lock or limit overrode it. */
  requested?: AnySettingValue;
}

/** An accommodation in force, with its catalog facts. */
export interface ActiveAccommodation {
  id: string;
  name: string;
  tier: AccommodationTier;
  source: AccommodationSource;
  qtiPnp: string;
  embedded: boolean;
  note?: string;
}

/** Everything the reader needs: the settings, and who set each one. */
export interface ResolvedProfile {
  settings: EffectiveSettings;
  provenance: { [P in SettingPath]: Provenance };
  accommodations: ActiveAccommodation[];
  mode: ReadingMode;
  /** Values that could not be used as given (e.g. unreadable colours). */
  issues: ProfileIssue[];
}

/** Options for `resolveProfile`. */
export interface ResolveOptions {
  catalog?: AccommodationCatalog;
  /** Overrides the policy's mode, e.g. when a test session starts. */
  mode?: ReadingMode;
}

function applies(when: PolicyWhen | undefined, mode: ReadingMode): boolean {
  return (when ?? 'always') === 'always' || when === mode;
}

function provenanceOf(source: RuleSource): ProvenanceSource {
  return source === 'iep' ? 'iep' : 'teacher';
}

/**
 * Works out every effective setting and who decided it. From weakest to
 * strongest:
 * 1. Attune's default;
 * 2. the teacher's defaults (`policy.defaults`);
 * 3. what the learner's accommodations imply, in the order listed;
 * 4. the learner's own choices;
 * 5. limits (floors and ceilings) hold numbers inside their range;
 * 6. locks fix values.
 * Accommodations are starting points, not orders: a learner who needs bigger
 * text than "large print" gives may choose it. What must not change is locked.
 */
export function resolveProfile(learner: LearnerProfile, policy?: TeacherPolicy, options: ResolveOptions = {}): ResolvedProfile {
  const catalog = options.catalog ?? DEFAULT_CATALOG;
  const mode = options.mode ?? policy?.mode ?? 'learning';
  const settings = defaultSettings();
  const provenance = {} as Record<SettingPath, Provenance>;
  const issues: ProfileIssue[] = [];

  const accommodations: ActiveAccommodation[] = [];
  const implied: { patch: ProfilePatch; id: string; source: AccommodationSource }[] = [];
  for (const assigned of policy?.accommodations ?? []) {
    const entry = findAccommodation(catalog, assigned.id);
    if (!entry) {
      issues.push(issue('unknown-accommodation', 'warning', `accommodations.${assigned.id}`, `"${assigned.id}" is not in the catalog "${catalog.name}"; it was not applied.`));
      continue;
    }
    const active: ActiveAccommodation = { id: entry.id, name: entry.name, tier: entry.tier, source: assigned.source, qtiPnp: entry.qtiPnp, embedded: entry.embedded };
    if (entry.note !== undefined) active.note = entry.note;
    accommodations.push(active);
    implied.push({ patch: entry.patch, id: entry.id, source: assigned.source });
  }

  for (const path of SETTING_PATHS) {
    const [section, key] = splitPath(path);
    let value: AnySettingValue = (settings[section] as unknown as Record<string, AnySettingValue>)[key]!;
    let origin: Provenance = { source: 'default', locked: false };

    const teacherDefault = policy?.defaults && readPatchSetting(policy.defaults, path);
    if (teacherDefault !== undefined) {
      value = teacherDefault;
      origin = { source: 'teacher', locked: false };
    }
    for (const { patch, id, source } of implied) {
      const fromAccommodation = readPatchSetting(patch, path);
      if (fromAccommodation === undefined) continue;
      value = fromAccommodation;
      origin = { source: source === 'teacher' ? 'teacher' : 'iep', locked: false, accommodation: id };
    }
    const chosen = readPatchSetting(learner, path);
    if (chosen !== undefined) {
      // Profiles built in code skip validation; a bad value is ignored, not trusted.
      const check = checkSetting(path, chosen, path, 'The learner’s choice was ignored.');
      if (check.ok) {
        value = check.value;
        origin = { source: 'learner', locked: false };
      } else {
        issues.push(check.issue);
      }
    }

    for (const limit of policy?.limits ?? []) {
      if (limit.setting !== path || !applies(limit.when, mode)) continue;
      // The reason travels with the range, so the panel can explain it before anyone hits it.
      origin = { ...origin, reason: limit.reason };
      if (limit.min !== undefined) origin.min = Math.max(origin.min ?? -Infinity, limit.min);
      if (limit.max !== undefined) origin.max = Math.min(origin.max ?? Infinity, limit.max);
      if (typeof value !== 'number') continue;
      const held = Math.min(Math.max(value, limit.min ?? -Infinity), limit.max ?? Infinity);
      if (held !== value) {
        origin = { ...origin, source: provenanceOf(limit.source ?? 'teacher'), requested: value };
        delete origin.accommodation;
        value = held;
      }
    }
    for (const lock of policy?.locks ?? []) {
      if (lock.setting !== path || !applies(lock.when, mode)) continue;
      const requested = origin.source === 'learner' ? value : origin.requested;
      origin = { source: provenanceOf(lock.source ?? 'teacher'), locked: true, reason: lock.reason };
      if (requested !== undefined && requested !== lock.value) origin.requested = requested;
      value = lock.value;
    }

    (settings[section] as unknown as Record<string, AnySettingValue>)[key] = value;
    provenance[path] = origin;
  }

  guardCustomColors(settings, provenance, issues);
  return { settings, provenance, accommodations, mode, issues };
}

/**
 * Custom colours can come from different places (a teacher's text colour, the
 * learner's background), so the pair is checked once more here, where it is
 * final. An unreadable pair is replaced by its 7:1 alternative.
 */
function guardCustomColors(settings: EffectiveSettings, provenance: Record<SettingPath, Provenance>, issues: ProfileIssue[]): void {
  const display = settings.display;
  if (display.theme !== 'custom') return;
  const check = checkTextColors(display.customForeground, display.customBackground);
  if (check.ok) return;
  issues.push(issue('low-contrast', 'error', 'display.customForeground', `${check.message} That pair is used instead.`));
  display.customForeground = check.suggestion.foreground;
  display.customBackground = check.suggestion.background;
  const reason = 'The chosen colours were too hard to read together, so a readable pair is used.';
  for (const path of ['display.customForeground', 'display.customBackground'] as const) {
    provenance[path] = { ...provenance[path], source: 'default', reason };
  }
}

/** True when the learner may change `path` (it is not locked). */
export function learnerMayChange(resolved: ResolvedProfile, path: SettingPath): boolean {
  return !resolved.provenance[path].locked;
}
