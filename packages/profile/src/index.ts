/**
 * @attune/profile — the learner's needs as data. Pure: no DOM, runs in Node
 * and the browser. Storage lives in the `@attune/profile/store` subpath.
 */
export {
  PROFILE_VERSION,
  FONT_FAMILIES,
  TEXT_ALIGNS,
  THEME_NAMES,
  HIGHLIGHT_HUES,
  LINE_FOCUS_STYLES,
  SPEECH_HIGHLIGHTS,
  MATH_STYLES,
  MATH_VERBOSITIES,
  SECTION_NAMES,
} from './schema.js';
export type {
  LearnerProfile,
  LearnerPreferences,
  EffectiveSettings,
  DisplaySettings,
  ReadingAidSettings,
  SpeechSettings,
  MathSettings,
  ContentSettings,
  LanguageSettings,
  ProfilePatch,
  SectionName,
  SettingPath,
  SettingValue,
  AnySettingValue,
  FontFamily,
  TextAlign,
  ThemeName,
  HighlightHue,
  LineFocusStyle,
  SpeechHighlight,
  MathStyle,
  MathVerbosity,
} from './schema.js';
export { SETTING_RULES, SETTING_PATHS, isSettingPath } from './setting-rules.js';
export type { SettingRule, NumberRule, BooleanRule, EnumRule, ColorRule, LanguageRule, TextRule } from './setting-rules.js';
export { readSetting, readPatchSetting } from './setting-path.js';
export type { ProfileIssue, IssueCode, IssueSeverity } from './issues.js';
export { defaultSettings, createProfile } from './defaults.js';
export { validateProfile } from './validate-profile.js';
export type { ProfileValidation } from './validate-profile.js';
export { migrateProfile, PROFILE_MIGRATIONS } from './migrate.js';
export type { ProfileMigration, MigrateOptions, MigrationResult } from './migrate.js';
export { validatePatch, applyPatch, mergePatches } from './profile-patch.js';
export type { PatchValidation } from './profile-patch.js';
export { PRESETS, WCAG_TEXT_SPACING, LOW_VISION, DYSLEXIA_FRIENDLY, REDUCE_DISTRACTION } from './presets.js';
export type { Preset } from './presets.js';
export { ACCOMMODATION_TIERS, TIER_ASSIGNED_BY, QTI_PNP_FEATURES, findAccommodation, validateCatalog } from './catalog.js';
export type { Accommodation, AccommodationCatalog, AccommodationTier, CatalogValidation } from './catalog.js';
export { DEFAULT_CATALOG } from './accommodation-catalog.js';
export { POLICY_VERSION, READING_MODES, POLICY_WHEN, ACCOMMODATION_SOURCES, validatePolicy } from './policy.js';
export type {
  TeacherPolicy,
  SettingLimit,
  SettingLock,
  AssignedAccommodation,
  AccommodationSource,
  ReadingMode,
  PolicyWhen,
  RuleSource,
  PolicyValidation,
} from './policy.js';
export { resolveProfile, learnerMayChange } from './resolve-profile.js';
export type { ResolvedProfile, ResolveOptions, Provenance, ProvenanceSource, ActiveAccommodation } from './resolve-profile.js';
export { changePreference, resetPreference } from './change-preference.js';
export type { PreferenceChange, PreferenceError } from './change-preference.js';
export { parseHexColor, formatHexColor, normalizeHexColor } from './color.js';
export type { Rgb } from './color.js';
export {
  relativeLuminance,
  contrastRatio,
  formatContrastRatio,
  readableAlternative,
  checkTextColors,
  MIN_TEXT_CONTRAST,
  ENHANCED_TEXT_CONTRAST,
  MIN_NON_TEXT_CONTRAST,
} from './contrast.js';
export type { ColorPair, ColorPairCheck } from './contrast.js';
export { deriveHighlights } from './highlight-colors.js';
export type { HighlightColors, HighlightPair } from './highlight-colors.js';
export { THEME_PALETTES, themePalette, themeColors } from './themes.js';
export type { ThemePalette, ThemeColors } from './themes.js';
export { toCssProperties, FONT_STACKS } from './css-properties.js';
export type { CssProperties } from './css-properties.js';
export { buildProfileJsonSchema, PROFILE_SCHEMA_ID } from './json-schema.js';
