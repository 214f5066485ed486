export { StudyStore, openStudyStore, deleteStudyDatabase, deleteAllStudyData } from './study-store.js';
export type { BookStudyData } from './study-store.js';
export { STUDY_DATABASE_NAME, STUDY_DATABASE_VERSION } from './study-database.js';
export type { StudyDatabaseLocation, DamagedStudyRecord } from './study-database.js';
