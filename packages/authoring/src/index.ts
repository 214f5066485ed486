/**
 * @attune/authoring — the teacher's elements: `<attune-profile-builder>`
 * (IEP/504 accommodations into a learner profile and policy, with a live
 * preview and a plain-language summary) and `<attune-variant-editor>`
 * (simplified passages, glossary, image descriptions and notes for a book,
 * with live readability, autosave, undo and merge).
 */
export { AttuneProfileBuilder } from './profile-builder/attune-profile-builder.js';
export { plainSummary } from './profile-builder/plain-summary.js';
export { profileAndPolicyJson, readProfileAndPolicy } from './profile-builder/profile-file.js';
export type { ProfileAndPolicy, ProfileFileRead } from './profile-builder/profile-file.js';
export { AttuneVariantEditor } from './variant-editor/attune-variant-editor.js';
export { planMerge, applyMerge, sameContent } from './variant-editor/pack-merge.js';
export type { MergePlan, MergeConflict, MergeChoice } from './variant-editor/pack-merge.js';
export { PackHistory } from './variant-editor/pack-history.js';
export type { PackHistoryState, HistoryEdit } from './variant-editor/pack-history.js';
export { packToJson, readPackFile } from './variant-editor/pack-file.js';
export { AttuneRichText, RichTextChangeEvent } from './rich-text/attune-rich-text.js';
export { toPackXhtml, isEmptyRichText } from './rich-text/pack-xhtml.js';
export { AttuneReadabilityChart } from './readability/attune-readability-chart.js';
export type { ReadabilityRow } from './readability/attune-readability-chart.js';
export { AuthoringStore, openAuthoringStore, AUTHORING_DATABASE_NAME, AUTHORING_DATABASE_VERSION } from './storage/authoring-store.js';
export type { StoredPack, AuthoringLocation } from './storage/authoring-store.js';
export { Autosaver } from './storage/autosaver.js';
export type { SaveStatus, AutosaverOptions } from './storage/autosaver.js';
export type { ProfileSaveDetail, FileExportDetail, PackLoadDetail, PackSaveDetail, PackChangeDetail, AuthoringErrorDetail } from './ui/authoring-events.js';
export { authoringMessages } from './messages.js';
