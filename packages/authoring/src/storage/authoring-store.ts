import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { VariantPack } from '@attune/adapt';
import type { TeacherPolicy } from '@attune/profile';
import { StoreError } from '@attune/profile/store';
import { storageErrorFrom } from './storage-error.js';

/**
 * What teachers write, kept on the device in IndexedDB (database
 * `attune-authoring`, apart from the learners' own `attune-learners`):
 * one variant pack per book, keyed by the book's unique identifier, and one
 * teacher policy per learner, keyed by the learner's id. Nothing leaves the
 * device except through an export the teacher chooses.
 */

export const AUTHORING_DATABASE_NAME = 'attune-authoring';
export const AUTHORING_DATABASE_VERSION = 1;

/** A pack as stored: the pack and when it was saved. */
export interface StoredPack {
  pack: VariantPack;
  savedAt: string;
}

interface AuthoringSchema extends DBSchema {
  packs: { key: string; value: StoredPack };
  policies: { key: string; value: TeacherPolicy };
}

/** Where to keep the data; `indexedDB` may be a Storage Bucket's factory. */
export interface AuthoringLocation {
  name?: string;
  indexedDB?: IDBFactory;
}

export class AuthoringStore {
  readonly #db: IDBPDatabase<AuthoringSchema>;

  private constructor(db: IDBPDatabase<AuthoringSchema>) {
    this.#db = db;
  }

  /** Opens (creating the first time) the authoring database. */
  static async open(location: AuthoringLocation = {}): Promise<AuthoringStore> {
    const factory = location.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
    if (!factory) {
      throw new StoreError('unavailable', 'Your work cannot be kept on this device: the browser offers no storage (IndexedDB) here. Export your work to a file before you close the page.');
    }
    try {
      // The factory may be a Storage Bucket's, so the request is opened here and wrapped by idb.
      const request = factory.open(location.name ?? AUTHORING_DATABASE_NAME, AUTHORING_DATABASE_VERSION);
      request.addEventListener('upgradeneeded', (event) => {
        if (event.oldVersion < 1) {
          request.result.createObjectStore('packs');
          request.result.createObjectStore('policies');
        }
      });
      const db = (await wrap(request)) as unknown as IDBPDatabase<AuthoringSchema>;
      // Another tab wants to delete or upgrade the database: let it.
      db.addEventListener('versionchange', () => db.close());
      return new AuthoringStore(db);
    } catch (error) {
      if ((error as Error | null)?.name === 'VersionError') {
        throw new StoreError('newer-database', 'The work on this device was saved by a newer version of Attune. Update Attune to open it; nothing was changed.', { cause: error });
      }
      throw new StoreError('unavailable', `Your work cannot be kept on this device: the browser could not open its storage (${(error as Error | null)?.name ?? 'unknown error'}). Export your work to a file before you close the page.`, { cause: error });
    }
  }

  /** The pack kept for a book (by the book's unique identifier), if any. */
  async getPack(bookIdentifier: string): Promise<StoredPack | undefined> {
    try {
      return await this.#db.get('packs', bookIdentifier);
    } catch (error) {
      throw storageErrorFrom(error, 'load your work on this book', 'Nothing was changed.');
    }
  }

  /** Saves a book's pack in one transaction; a failed save leaves the previous one in place. */
  async putPack(pack: VariantPack): Promise<StoredPack> {
    const record: StoredPack = { pack, savedAt: new Date().toISOString() };
    try {
      await this.#db.put('packs', record, pack.book.identifier);
    } catch (error) {
      throw storageErrorFrom(error, 'save your latest change', 'The previous save is kept.');
    }
    return record;
  }

  /** Forgets the pack of a book. */
  async deletePack(bookIdentifier: string): Promise<void> {
    try {
      await this.#db.delete('packs', bookIdentifier);
    } catch (error) {
      throw storageErrorFrom(error, 'delete the saved work on this book', 'It is still on this device.');
    }
  }

  /** The teacher policy kept for a learner, if any. */
  async getPolicy(learnerId: string): Promise<TeacherPolicy | undefined> {
    try {
      return await this.#db.get('policies', learnerId);
    } catch (error) {
      throw storageErrorFrom(error, 'load the learner’s accommodations', 'Nothing was changed.');
    }
  }

  async putPolicy(learnerId: string, policy: TeacherPolicy): Promise<void> {
    try {
      await this.#db.put('policies', policy, learnerId);
    } catch (error) {
      throw storageErrorFrom(error, 'save the learner’s accommodations', 'The previous save is kept.');
    }
  }

  async deletePolicy(learnerId: string): Promise<void> {
    try {
      await this.#db.delete('policies', learnerId);
    } catch (error) {
      throw storageErrorFrom(error, 'delete the learner’s accommodations', 'They are still on this device.');
    }
  }

  close(): void {
    this.#db.close();
  }
}

/** Opens the authoring store (see `AuthoringStore`). */
export function openAuthoringStore(location: AuthoringLocation = {}): Promise<AuthoringStore> {
  return AuthoringStore.open(location);
}
