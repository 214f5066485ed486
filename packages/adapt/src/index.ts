// @attune/adapt: content adaptation for Attune. Readability metrics are at
// `@attune/adapt/readability`, anchoring alone at `@attune/adapt/anchoring`.

export * from './anchoring/index.js';

export { VARIANT_PACK_VERSION, VARIANT_PACK_SCHEMA_ID, ENTRY_TYPES, createVariantPack, isXhtml } from './pack/variant-pack.js';
export type {
  VariantPack,
  PackEntry,
  EntryType,
  SimplifiedEntry,
  GlossaryEntry,
  GlossaryPicture,
  DescriptionEntry,
  NoteEntry,
  Variant,
  RichText,
  BookIdentity,
  LevelDefinition,
} from './pack/variant-pack.js';
export { validateVariantPack, PACK_LIMITS } from './pack/validate-variant-pack.js';
export type { PackValidation } from './pack/validate-variant-pack.js';
export type { PackIssue, PackIssueCode, PackIssueSeverity } from './pack/pack-issues.js';
export { matchPackToBook } from './pack/match-pack-to-book.js';
export type { PackBookMatch, PackBookRelation } from './pack/match-pack-to-book.js';
export { chooseVariant, parseGradeBand, bandOfLevel } from './pack/reading-levels.js';
export type { ReadingLevel, GradeBand, VariantChoice } from './pack/reading-levels.js';

export { buildTermMatcher, glossaryForms } from './glossary/term-matcher.js';
export type { TermMatcher, TermOccurrence } from './glossary/term-matcher.js';
export { englishInflections } from './glossary/inflections.js';

export { applyVariants, DEFAULT_LABELS } from './apply/apply-variants.js';
export type { AdaptSettings, AdaptLabels, ApplyOptions, AdaptReport, AppliedEntry, Orphan, OrphanReason, SkippedEntry } from './apply/apply-variants.js';
export { removeAdaptations } from './apply/remove-adaptations.js';
export { setPassageView, togglePassageView, passageView, passagesOf } from './apply/passage-view.js';
export type { PassageView } from './apply/passage-view.js';
export { checkPackAnchors } from './apply/check-pack-anchors.js';
export type { SectionProvider, AnchorCheck } from './apply/check-pack-anchors.js';
export { sanitizePackXhtml } from './apply/sanitize-content.js';
export { MARK, ADAPT_STYLES } from './apply/markers.js';
export type { GlossaryMarkPolicy } from './apply/mark-glossary.js';
