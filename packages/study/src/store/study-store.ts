import { StoreError, deleteAllLearnerData, storeErrorFrom } from '@attune/profile/store';
import type { Annotation, ColorLabels } from '../model/annotation.js';
import { compareAnnotations } from '../model/annotation-place.js';
import { locationProblem, cleanLocation, type StudyLocation } from '../model/study-location.js';
import { checkAnnotation, validateColorLabels, type SkippedRecord } from '../model/validate-annotation.js';
import {
  STUDY_DATABASE_NAME,
  openStudyDatabase,
  type AnnotationKey,
  type BookKey,
  type DamagedStudyRecord,
  type StudyDatabase,
  type StudyDatabaseLocation,
} from './study-database.js';

/** What is kept for one learner in one book. */
export interface BookStudyData {
  /** In book order. */
  annotations: Annotation[];
  /** Records that could not be read: set aside (not deleted) and reported. */
  skipped: SkippedRecord[];
  lastPosition?: StudyLocation;
  /** The learner's colour labels (shared by all their books). */
  labels: ColorLabels;
}

/** Every key of one book of one learner (arrays sort after strings, so `[]` closes the range). */
const bookRange = (learnerId: string, bookId: string) => IDBKeyRange.bound([learnerId, bookId], [learnerId, bookId, []]);
const learnerRange = (learnerId: string) => IDBKeyRange.bound([learnerId], [learnerId, []]);

/**
 * Bookmarks, highlights, notes, last positions and colour labels on the
 * device, per learner and per book (its package identifier). Every failure
 * rejects with a StoreError from `@attune/profile/store` (stable `code`, a
 * sentence for people); each write is one transaction, so a failed write
 * leaves what was stored before.
 */
export class StudyStore {
  readonly #db: StudyDatabase;

  private constructor(db: StudyDatabase) {
    this.#db = db;
  }

  static async open(location: StudyDatabaseLocation = {}): Promise<StudyStore> {
    return new StudyStore(await openStudyDatabase(location));
  }

  /**
   * Everything stored for a learner in a book. A record that does not read as
   * an annotation is moved to a `damaged` store and listed in `skipped` with
   * what is wrong; the others load.
   */
  async loadBook(learnerId: string, bookId: string): Promise<BookStudyData> {
    let keys: AnnotationKey[];
    let values: unknown[];
    let position: unknown;
    let labels: unknown;
    try {
      const tx = this.#db.transaction(['annotations', 'positions', 'labels'], 'readonly');
      const annotations = tx.objectStore('annotations');
      [keys, values, position, labels] = await Promise.all([
        annotations.getAllKeys(bookRange(learnerId, bookId)) as Promise<AnnotationKey[]>,
        annotations.getAll(bookRange(learnerId, bookId)),
        tx.objectStore('positions').get([learnerId, bookId]),
        tx.objectStore('labels').get(learnerId),
        tx.done,
      ]);
    } catch (error) {
      throw storeErrorFrom(error, 'load the bookmarks, highlights and notes', 'Nothing was changed.');
    }
    const data: BookStudyData = { annotations: [], skipped: [], labels: {} };
    const damaged: DamagedStudyRecord[] = [];
    const at = new Date().toISOString();
    keys.forEach((key, index) => {
      const path = `annotation "${key[2]}"`;
      const result = checkAnnotation(values[index], path);
      if (result.ok && result.annotation.id === key[2]) {
        data.annotations.push(result.annotation);
        return;
      }
      const message = result.ok ? `${path}.id: the record says "${result.annotation.id}"` : result.message;
      data.skipped.push({ path, id: key[2], message });
      damaged.push({ store: 'annotations', key, at, message, value: values[index] });
    });
    data.annotations.sort(compareAnnotations);
    if (position !== undefined) {
      const problem = locationProblem(position, 'last position');
      if (problem) {
        data.skipped.push({ path: 'last position', message: problem });
        damaged.push({ store: 'positions', key: [learnerId, bookId], at, message: problem, value: position });
      } else {
        data.lastPosition = cleanLocation(position as StudyLocation);
      }
    }
    const checked = validateColorLabels(labels);
    data.labels = checked.labels;
    data.skipped.push(...checked.skipped);
    if (damaged.length) await this.#setAside(learnerId, damaged);
    return data;
  }

  /** Moves unreadable records out of the way; if that fails, they stay where they are and are skipped again next time. */
  async #setAside(learnerId: string, damaged: DamagedStudyRecord[]): Promise<void> {
    try {
      const tx = this.#db.transaction(['annotations', 'positions', 'damaged'], 'readwrite');
      const writes: Promise<unknown>[] = [];
      for (const record of damaged) {
        writes.push(tx.objectStore('damaged').put(record, [learnerId, `${record.at} ${crypto.randomUUID()}`]));
        if (record.store === 'annotations') writes.push(tx.objectStore('annotations').delete(record.key as AnnotationKey));
        if (record.store === 'positions') writes.push(tx.objectStore('positions').delete(record.key as BookKey));
      }
      await Promise.all([...writes, tx.done]);
    } catch {
      // Reading still worked; the records are reported again on the next load.
    }
  }

  /** Saves (adds or replaces) one annotation. It is validated first; an invalid one is refused with the reason. */
  async putAnnotation(learnerId: string, bookId: string, annotation: Annotation): Promise<Annotation> {
    const [saved] = await this.putAnnotations(learnerId, bookId, [annotation]);
    return saved!;
  }

  /** Saves several annotations in one transaction: all or none. */
  async putAnnotations(learnerId: string, bookId: string, annotations: readonly Annotation[]): Promise<Annotation[]> {
    const clean = annotations.map((a, i) => {
      const result = checkAnnotation(a, `annotations[${i}]`);
      if (!result.ok) throw new StoreError('write-failed', `This annotation cannot be saved: ${result.message}.`);
      return result.annotation;
    });
    const what = clean.length === 1 ? `save this ${clean[0]!.kind}` : `save ${clean.length} annotations`;
    try {
      const tx = this.#db.transaction('annotations', 'readwrite');
      await Promise.all([...clean.map((a) => tx.store.put(a, [learnerId, bookId, a.id])), tx.done]);
    } catch (error) {
      throw storeErrorFrom(error, what, 'Everything saved before is kept.');
    }
    return clean;
  }

  async deleteAnnotation(learnerId: string, bookId: string, id: string): Promise<void> {
    try {
      await this.#db.delete('annotations', [learnerId, bookId, id]);
    } catch (error) {
      throw storeErrorFrom(error, 'delete it', 'It is still saved.');
    }
  }

  /** Deletes every annotation of a learner in one book (the last position and labels stay). */
  async clearBook(learnerId: string, bookId: string): Promise<void> {
    try {
      await this.#db.delete('annotations', bookRange(learnerId, bookId));
    } catch (error) {
      throw storeErrorFrom(error, 'delete the annotations of this book', 'They are still saved.');
    }
  }

  async getLastPosition(learnerId: string, bookId: string): Promise<StudyLocation | undefined> {
    let value: unknown;
    try {
      value = await this.#db.get('positions', [learnerId, bookId]);
    } catch (error) {
      throw storeErrorFrom(error, 'load where you were', 'Nothing was changed.');
    }
    return value === undefined || locationProblem(value, 'position') ? undefined : cleanLocation(value as StudyLocation);
  }

  async setLastPosition(learnerId: string, bookId: string, location: StudyLocation): Promise<void> {
    const problem = locationProblem(location, 'position');
    if (problem) throw new StoreError('write-failed', `The reading position cannot be saved: ${problem}.`);
    try {
      await this.#db.put('positions', cleanLocation(location), [learnerId, bookId]);
    } catch (error) {
      throw storeErrorFrom(error, 'save where you are', 'The previous position is kept.');
    }
  }

  async getColorLabels(learnerId: string): Promise<ColorLabels> {
    try {
      return validateColorLabels(await this.#db.get('labels', learnerId)).labels;
    } catch (error) {
      throw storeErrorFrom(error, 'load the colour labels', 'Nothing was changed.');
    }
  }

  async setColorLabels(learnerId: string, labels: ColorLabels): Promise<ColorLabels> {
    const clean = validateColorLabels(labels).labels;
    try {
      await this.#db.put('labels', clean, learnerId);
    } catch (error) {
      throw storeErrorFrom(error, 'save the colour labels', 'The previous labels are kept.');
    }
    return clean;
  }

  /** Records set aside as unreadable for a learner, for support. */
  async damagedRecords(learnerId: string): Promise<DamagedStudyRecord[]> {
    try {
      return await this.#db.getAll('damaged', learnerRange(learnerId));
    } catch (error) {
      throw storeErrorFrom(error, 'list the unreadable records', 'Nothing was changed.');
    }
  }

  /** Deletes everything of one learner: annotations in every book, positions, labels and set-aside records. */
  async deleteAllStudyData(learnerId: string): Promise<void> {
    try {
      const tx = this.#db.transaction(['annotations', 'positions', 'labels', 'damaged'], 'readwrite');
      await Promise.all([
        tx.objectStore('annotations').delete(learnerRange(learnerId)),
        tx.objectStore('positions').delete(learnerRange(learnerId)),
        tx.objectStore('labels').delete(learnerId),
        tx.objectStore('damaged').delete(learnerRange(learnerId)),
        tx.done,
      ]);
    } catch (error) {
      throw storeErrorFrom(error, 'delete the study data', 'It is still on this device.');
    }
  }

  /** Closes the connection; later calls reject with code `closed`. */
  close(): void {
    this.#db.close();
  }
}

export function openStudyStore(location: StudyDatabaseLocation = {}): Promise<StudyStore> {
  return StudyStore.open(location);
}

/**
 * Deletes everything of one learner (every book's annotations, positions,
 * labels, set-aside records) without a store at hand: for removing a
 * learner from a shared device.
 */
export async function deleteAllStudyData(learnerId: string, location: StudyDatabaseLocation = {}): Promise<void> {
  const store = await openStudyStore(location);
  try {
    await store.deleteAllStudyData(learnerId);
  } finally {
    store.close();
  }
}

/**
 * Deletes the whole study database (every learner) without opening it, so it
 * works even when it cannot be read: the profile store's deletion, by name.
 */
export function deleteStudyDatabase(location: StudyDatabaseLocation = {}): Promise<void> {
  return deleteAllLearnerData({ name: location.name ?? STUDY_DATABASE_NAME, ...(location.indexedDB ? { indexedDB: location.indexedDB } : {}), companions: [] });
}
