import { createProfile } from '../defaults.js';
import { issue, isRecord, type ProfileIssue } from '../issues.js';
import type { LearnerProfile } from '../schema.js';
import { validateProfile, type ProfileValidation } from '../validate-profile.js';
import {
  COMPANION_DATABASE_NAMES,
  DEFAULT_DATABASE_NAME,
  factoryOf,
  openProfileDatabase,
  type DatabaseLocation,
  type ProfileDatabase,
} from './profile-database.js';
import { profileToJson, readProfileFile } from './profile-file.js';
import { StoreError, storeErrorFrom } from './store-error.js';

const CURRENT_LEARNER = 'current-learner';

/** A learner as listed on the "who is reading?" screen of a shared device. */
export interface LearnerSummary {
  id: string;
  displayName: string;
  updatedAt?: string;
  /** The record could not be read; opening it recovers it to default settings. */
  damaged: boolean;
}

/** A profile read from the store, with what had to be fixed to read it. */
export interface LoadedProfile extends ProfileValidation {
  /** True when the record was unreadable and was replaced by default settings. */
  recovered: boolean;
}

/** How long "delete all my data" waits for other tabs to let go before saying so. */
const DELETE_WAIT_MS = 5_000;

/**
 * Learner profiles on one device, each under its learner's id, for shared
 * classroom devices. Nothing leaves the device except through `exportLearner`.
 *
 * Every failure rejects with a `StoreError` (stable `code`, a sentence for
 * people). Writes are single IndexedDB transactions, so a write that fails
 * (for example with `quota-exceeded`) leaves the previous value as it was.
 */
export class ProfileStore {
  readonly #db: ProfileDatabase;
  readonly #location: DatabaseLocation;

  private constructor(db: ProfileDatabase, location: DatabaseLocation) {
    this.#db = db;
    this.#location = location;
  }

  /** Opens the store, creating the database the first time. */
  static async open(location: DatabaseLocation = {}): Promise<ProfileStore> {
    return new ProfileStore(await openProfileDatabase(location), location);
  }

  /** Every learner on this device, by display name. Damaged records are listed too. */
  async list(): Promise<LearnerSummary[]> {
    try {
      const tx = this.#db.transaction('learners', 'readonly');
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
      return keys
        .map((id, i): LearnerSummary => {
          const value = values[i];
          if (!isRecord(value)) return { id, displayName: '', damaged: true };
          const summary: LearnerSummary = { id, displayName: typeof value['displayName'] === 'string' ? value['displayName'] : '', damaged: false };
          if (typeof value['updatedAt'] === 'string') summary.updatedAt = value['updatedAt'];
          return summary;
        })
        .sort((a, b) => a.displayName.localeCompare(b.displayName) || a.id.localeCompare(b.id));
    } catch (error) {
      throw storeErrorFrom(error, 'list the learners on this device', 'No learner data was changed.');
    }
  }

  /**
   * One learner's profile, or undefined when there is none with this id. A
   * profile with bad fields comes back with defaults in their place and the
   * issues listed. A record that cannot be read at all (not a profile object)
   * is set aside, replaced by default settings and reported; no other
   * learner's record is touched.
   */
  async get(id: string): Promise<LoadedProfile | undefined> {
    let raw: unknown;
    try {
      raw = await this.#db.get('learners', id);
    } catch (error) {
      throw storeErrorFrom(error, 'load the settings', 'Nothing was changed.');
    }
    if (raw === undefined) return undefined;
    if (!isRecord(raw)) return this.#recover(id, raw);
    const loaded = validateProfile(raw);
    if (loaded.profile.id !== id) {
      loaded.issues.push(issue('wrong-type', 'warning', 'id', `the record is stored for learner "${id}" but says "${loaded.profile.id}"; "${id}" is used.`));
      loaded.profile.id = id;
    }
    return { ...loaded, recovered: false };
  }

  async #recover(id: string, raw: unknown): Promise<LoadedProfile> {
    const profile = createProfile({ id });
    const issues: ProfileIssue[] = [
      issue('unreadable-record', 'error', '', `The saved settings of learner "${id}" could not be read, so default settings are used. The unreadable copy was kept aside.`),
    ];
    try {
      const tx = this.#db.transaction(['learners', 'damaged'], 'readwrite');
      const at = new Date().toISOString();
      await Promise.all([
        tx.objectStore('damaged').put({ learnerId: id, at, value: raw }, `${id} ${at}`),
        tx.objectStore('learners').put(profile, id),
        tx.done,
      ]);
    } catch (error) {
      // The defaults still work for this session; saving them can be retried later.
      issues.push(issue('unreadable-record', 'warning', '', `The default settings could not be saved yet (${(error as Error).name}); they are used for now.`));
    }
    return { profile, issues, recovered: true };
  }

  /**
   * Saves a profile under its id (validated first; `updatedAt` is set). On
   * failure the learner's previous settings stay as they were.
   */
  async put(profile: LearnerProfile): Promise<ProfileValidation> {
    const { profile: clean, issues } = validateProfile(profile);
    if (!clean.id) {
      throw new StoreError('invalid-profile', 'These settings have no learner id, so they cannot be saved. Choose or create a learner first.');
    }
    const saved: LearnerProfile = { ...clean, updatedAt: new Date().toISOString() };
    const who = saved.displayName ? `${saved.displayName}’s` : 'the learner’s';
    try {
      const tx = this.#db.transaction('learners', 'readwrite');
      await Promise.all([tx.store.put(saved, saved.id), tx.done]);
    } catch (error) {
      throw storeErrorFrom(error, `save ${who} settings`, `${who[0]!.toUpperCase()}${who.slice(1)} previous settings are kept.`);
    }
    return { profile: saved, issues };
  }

  /** Removes one learner (and forgets them as the current learner). Other learners are untouched. */
  async delete(id: string): Promise<void> {
    try {
      const tx = this.#db.transaction(['learners', 'meta'], 'readwrite');
      const done = tx.done;
      // Awaited below; this only stops an early failure from going unhandled meanwhile.
      done.catch(() => undefined);
      const meta = tx.objectStore('meta');
      const current = await meta.get(CURRENT_LEARNER);
      await Promise.all([
        tx.objectStore('learners').delete(id),
        current === id ? meta.delete(CURRENT_LEARNER) : undefined,
        done,
      ]);
    } catch (error) {
      throw storeErrorFrom(error, 'delete the learner', 'Their settings are still on this device.');
    }
  }

  /** The id of the learner now using the device, if one was chosen. */
  async getCurrentLearnerId(): Promise<string | undefined> {
    try {
      const id = await this.#db.get('meta', CURRENT_LEARNER);
      return typeof id === 'string' ? id : undefined;
    } catch (error) {
      throw storeErrorFrom(error, 'load who is reading', 'Nothing was changed.');
    }
  }

  /** Chooses the learner now using the device; `undefined` forgets the choice. */
  async setCurrentLearner(id: string | undefined): Promise<void> {
    try {
      const tx = this.#db.transaction(['meta', 'learners'], 'readwrite');
      const done = tx.done;
      // Awaited below, or rejected on purpose by abort(); never left unhandled.
      done.catch(() => undefined);
      if (id !== undefined && (await tx.objectStore('learners').getKey(id)) === undefined) {
        tx.abort();
        throw new StoreError('not-found', `There is no learner "${id}" on this device.`);
      }
      const meta = tx.objectStore('meta');
      await Promise.all([id === undefined ? meta.delete(CURRENT_LEARNER) : meta.put(id, CURRENT_LEARNER), done]);
    } catch (error) {
      throw storeErrorFrom(error, 'change who is reading', 'The previous choice is kept.');
    }
  }

  /** The current learner's profile, if one is chosen and still exists. */
  async getCurrent(): Promise<LoadedProfile | undefined> {
    const id = await this.getCurrentLearnerId();
    return id === undefined ? undefined : this.get(id);
  }

  /** One learner's profile as JSON text, for a file the learner or teacher keeps. */
  async exportLearner(id: string): Promise<string> {
    const loaded = await this.get(id);
    if (!loaded) throw new StoreError('not-found', `There is no learner "${id}" on this device to export.`);
    return profileToJson(loaded.profile);
  }

  /**
   * Reads a profile file (text, Blob or File) and saves it, replacing the
   * learner with the same id. A file without an id becomes a new learner.
   */
  async importLearner(source: string | Blob): Promise<ProfileValidation> {
    const read = await readProfileFile(source);
    const issues = [...read.issues];
    let profile = read.profile;
    if (!profile.id) {
      profile = { ...profile, id: crypto.randomUUID() };
      issues.push(issue('missing-field', 'info', 'id', 'the file had no learner id, so it was saved as a new learner.'));
    }
    const saved = await this.put(profile);
    return { profile: saved.profile, issues: [...issues, ...saved.issues] };
  }

  /** Closes the connection. Later calls reject with code `closed`. */
  close(): void {
    this.#db.close();
  }

  /**
   * "Delete all my data": closes the store and deletes the whole database
   * (every learner, the current-learner choice and set-aside records). It
   * resolves only once the browser has deleted it.
   */
  async deleteAllData(): Promise<void> {
    this.#db.close();
    await deleteAllLearnerData(this.#location);
  }
}

/** Opens the profile store (see `ProfileStore`). */
export function openProfileStore(location: DatabaseLocation = {}): Promise<ProfileStore> {
  return ProfileStore.open(location);
}

/**
 * Deletes the learner database, and the databases of other learner data
 * beside it (study data; see `companions`), without opening them, so it
 * works even when the data cannot be read. Rejects with code `blocked` if another tab holds it
 * open for longer than a few seconds (the deletion still happens once that
 * tab lets go).
 */
export async function deleteAllLearnerData(location: DatabaseLocation = {}): Promise<void> {
  const companions = location.companions ?? (location.name === undefined ? COMPANION_DATABASE_NAMES : []);
  for (const name of [location.name ?? DEFAULT_DATABASE_NAME, ...companions]) await deleteDatabase(factoryOf(location), name);
}

async function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let request: IDBOpenDBRequest;
    try {
      request = factory.deleteDatabase(name);
    } catch (error) {
      reject(storeErrorFrom(error, 'delete the learner data', 'The data is still on this device.'));
      return;
    }
    request.onsuccess = () => {
      clearTimeout(timer);
      resolve();
    };
    request.onerror = () => {
      clearTimeout(timer);
      reject(storeErrorFrom(request.error, 'delete the learner data', 'The data is still on this device.'));
    };
    request.onblocked = () => {
      timer = setTimeout(() => {
        reject(new StoreError('blocked', 'The learner data is still open in another tab or window, so it cannot be deleted yet. Close the other Attune tabs; it will be deleted then.'));
      }, DELETE_WAIT_MS);
    };
  });
}
