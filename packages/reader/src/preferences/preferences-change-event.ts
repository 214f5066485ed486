import type { EffectiveSettings, LearnerProfile, SettingPath } from '@attune/profile';

/** Detail of `attune-preferences-change`. */
export interface PreferencesChangeDetail {
  /** The learner's new profile (only their own choices); store it and hand it to the reader. */
  profile: LearnerProfile;
  /** The effective settings for that profile under the teacher's policy and mode. */
  settings: EffectiveSettings;
  /** The settings this change touched (one control, a preset, or a reset). */
  changed: SettingPath[];
}

declare global {
  interface HTMLElementEventMap {
    'attune-preferences-change': CustomEvent<PreferencesChangeDetail>;
  }
}

/** The public change event: bubbles and composed, so the reader or the embedding page can listen above the panel. */
export function preferencesChangeEvent(detail: PreferencesChangeDetail): CustomEvent<PreferencesChangeDetail> {
  return new CustomEvent<PreferencesChangeDetail>('attune-preferences-change', { detail, bubbles: true, composed: true });
}
