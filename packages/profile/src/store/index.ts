/**
 * @attune/profile/store — learner profiles in the browser's IndexedDB (via
 * idb), several learners per device, plus import and export as JSON files.
 */
export { ProfileStore, openProfileStore, deleteAllLearnerData } from './profile-store.js';
export type { LearnerSummary, LoadedProfile } from './profile-store.js';
export { DEFAULT_DATABASE_NAME, DATABASE_VERSION, COMPANION_DATABASE_NAMES } from './profile-database.js';
export type { DatabaseLocation, DamagedRecord } from './profile-database.js';
export { profileToJson, profileToBlob, profileFileName, readProfileFile, PROFILE_FILE_TYPE, MAX_PROFILE_FILE_BYTES } from './profile-file.js';
export { StoreError, isStoreError, storeErrorFrom } from './store-error.js';
export type { StoreErrorCode } from './store-error.js';
