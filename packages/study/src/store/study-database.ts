import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import { StoreError } from '@attune/profile/store';

/**
 * The IndexedDB database of study data. Every key is a learner id and a
 * book identifier (and an annotation id), kept outside the value, so a
 * record whose value is damaged still says whose and which book it was, and
 * one record per annotation means a damaged one costs nothing else.
 */

/** One per origin, beside the profile store's `attune-learners`. */
export const STUDY_DATABASE_NAME = 'attune-study';
export const STUDY_DATABASE_VERSION = 1;

/** [learner id, book identifier, annotation id]. */
export type AnnotationKey = [string, string, string];
/** [learner id, book identifier]. */
export type BookKey = [string, string];

/** A record that could not be read, kept aside rather than destroyed. */
export interface DamagedStudyRecord {
  store: 'annotations' | 'positions' | 'labels';
  key: IDBValidKey;
  /** ISO time it was set aside. */
  at: string;
  /** Why it could not be read (located, e.g. `annotation.target.selector[0].exact: missing`). */
  message: string;
  value: unknown;
}

export interface StudyDatabaseSchema extends DBSchema {
  annotations: { key: AnnotationKey; value: unknown };
  /** The last position per learner and book. */
  positions: { key: BookKey; value: unknown };
  /** Colour labels per learner (a learner's "main idea" means the same in every book). */
  labels: { key: string; value: unknown };
  damaged: { key: [string, string]; value: DamagedStudyRecord };
}

export type StudyDatabase = IDBPDatabase<StudyDatabaseSchema>;

/** Where study data lives: a database name and, optionally, another IDBFactory (a Storage Bucket's). */
export interface StudyDatabaseLocation {
  name?: string;
  indexedDB?: IDBFactory;
}

export function studyFactoryOf(location: StudyDatabaseLocation): IDBFactory {
  const factory = location.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory) {
    throw new StoreError('unavailable', 'Bookmarks, highlights and notes cannot be saved on this device: the browser offers no storage (IndexedDB) here. They still work until the page is closed.');
  }
  return factory;
}

/** Opens (creating or upgrading) the database; a connection closes itself when another tab deletes or upgrades it. */
export async function openStudyDatabase(location: StudyDatabaseLocation = {}): Promise<StudyDatabase> {
  const factory = studyFactoryOf(location);
  const name = location.name ?? STUDY_DATABASE_NAME;
  let request: IDBOpenDBRequest;
  try {
    // Opened by hand and then wrapped, because idb's openDB cannot take a Storage Bucket's factory.
    request = factory.open(name, STUDY_DATABASE_VERSION);
  } catch (error) {
    throw new StoreError('unavailable', `Bookmarks, highlights and notes cannot be saved on this device: the browser refused to open its storage (${(error as Error).name}).`, { cause: error });
  }
  request.addEventListener('upgradeneeded', (event) => {
    const db = request.result;
    if (event.oldVersion < 1) {
      db.createObjectStore('annotations');
      db.createObjectStore('positions');
      db.createObjectStore('labels');
      db.createObjectStore('damaged');
    }
  });
  try {
    const db = (await wrap(request)) as unknown as StudyDatabase;
    db.addEventListener('versionchange', () => db.close());
    return db;
  } catch (error) {
    const errorName = (error as Error | null)?.name ?? '';
    if (errorName === 'VersionError') {
      throw new StoreError('newer-database', 'The study data on this device was saved by a newer version of Attune. Update Attune to open it; nothing was changed.', { cause: error });
    }
    throw new StoreError('unavailable', `Bookmarks, highlights and notes cannot be saved on this device: the browser could not open its storage (${errorName || 'unknown error'}).`, { cause: error });
  }
}
