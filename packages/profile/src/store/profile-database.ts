import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import { StoreError } from './store-error.js';

/**
 * The IndexedDB database behind the store. Records are the profile JSON as
 * it is exchanged, keyed by learner id outside the value, so a damaged value
 * never loses the id it belongs to.
 */

/** Default database name; one per origin, shared by all learners on the device. */
export const DEFAULT_DATABASE_NAME = 'attune-learners';

/**
 * Other databases that hold learner data on the device and go with "delete
 * all my data": the study tools' bookmarks, highlights, notes and positions
 * (`@attune/study`, which depends on this package, so the name is kept here).
 */
export const COMPANION_DATABASE_NAMES: readonly string[] = ['attune-study'];

/** Schema version of the database (not of the profile format). */
export const DATABASE_VERSION = 1;

/** A record that could not be read, kept aside for support instead of destroyed. */
export interface DamagedRecord {
  learnerId: string;
  /** ISO time it was set aside. */
  at: string;
  value: unknown;
}

/** The object stores: learners by id, small facts (the current learner), damaged records. */
export interface ProfileDatabaseSchema extends DBSchema {
  learners: { key: string; value: unknown };
  meta: { key: string; value: unknown };
  damaged: { key: string; value: DamagedRecord };
}

export type ProfileDatabase = IDBPDatabase<ProfileDatabaseSchema>;

/** Where to keep the data: a database name and, optionally, an IDBFactory such as a storage bucket's. */
export interface DatabaseLocation {
  name?: string;
  /**
   * Defaults to the page's `indexedDB`. A Storage Bucket's factory
   * (`(await navigator.storageBuckets.open('attune', { persisted: true })).indexedDB`)
   * keeps learner data apart from the rest of the site's storage.
   */
  indexedDB?: IDBFactory;
  /**
   * Databases deleted together with this one by "delete all my data".
   * Defaults to `COMPANION_DATABASE_NAMES` for the default database and to
   * none for a database of another name (tests, embedders' own).
   */
  companions?: readonly string[];
}

/** The factory to use, or a StoreError when this browser has no IndexedDB. */
export function factoryOf(location: DatabaseLocation): IDBFactory {
  const factory = location.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory) {
    throw new StoreError('unavailable', 'Settings cannot be saved on this device: the browser offers no storage (IndexedDB) here. Settings still work until the page is closed.');
  }
  return factory;
}

/**
 * Opens (and creates or upgrades) the database. Every connection closes
 * itself when another tab wants to delete or upgrade it, so "delete all my
 * data" is never blocked by a forgotten tab of this code.
 */
export async function openProfileDatabase(location: DatabaseLocation = {}): Promise<ProfileDatabase> {
  const factory = factoryOf(location);
  const name = location.name ?? DEFAULT_DATABASE_NAME;
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(name, DATABASE_VERSION);
  } catch (error) {
    throw new StoreError('unavailable', `Settings cannot be saved on this device: the browser refused to open its storage (${(error as Error).name}).`, { cause: error });
  }
  request.addEventListener('upgradeneeded', (event) => {
    const db = request.result;
    if (event.oldVersion < 1) {
      db.createObjectStore('learners');
      db.createObjectStore('meta');
      db.createObjectStore('damaged');
    }
  });
  try {
    const db = (await wrap(request)) as unknown as ProfileDatabase;
    db.addEventListener('versionchange', () => db.close());
    return db;
  } catch (error) {
    const errorName = (error as Error | null)?.name ?? '';
    if (errorName === 'VersionError') {
      throw new StoreError('newer-database', 'The learner data on this device was saved by a newer version of Attune. Update Attune to open it; nothing was changed.', { cause: error });
    }
    throw new StoreError('unavailable', `Settings cannot be saved on this device: the browser could not open its storage (${errorName || 'unknown error'}).`, { cause: error });
  }
}
