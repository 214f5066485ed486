import { createProfile, type LearnerProfile } from '@attune/profile';
import { isStoreError, openProfileStore, type ProfileStore } from '@attune/profile/store';
import type { TeacherPolicy } from '@attune/profile';
import type { AttuneReader } from '@attune/reader';
import { deleteAllStudyData } from '@attune/study';

/** The demo's controls for learners kept on this device. */
export interface LearnerControls {
  choice: HTMLSelectElement;
  newLearner: HTMLButtonElement;
  removeLearner: HTMLButtonElement;
  deleteAll: HTMLButtonElement;
  /** Says what went wrong or what was deleted (role=alert). */
  message: HTMLElement;
}

/**
 * Learners on a shared classroom device: each keeps their settings in this
 * browser (IndexedDB, nothing leaves the device), the current one is picked
 * from a list, and every change in Preferences is saved at once.
 */
export async function setUpLearners(reader: AttuneReader, controls: LearnerControls): Promise<void> {
  const { choice, newLearner, removeLearner, deleteAll, message } = controls;
  let store: ProfileStore;
  try {
    store = await openProfileStore();
  } catch (error) {
    message.textContent = `Settings cannot be kept on this device: ${isStoreError(error) ? error.message : String(error)}`;
    return;
  }

  const refreshList = async (selected: string) => {
    const learners = await store.list();
    choice.replaceChildren(...learners.map((l) => new Option(l.displayName || 'Unnamed learner', l.id)));
    choice.value = selected;
  };

  const show = async (id: string) => {
    const loaded = await store.get(id);
    if (!loaded) return;
    if (loaded.recovered) message.textContent = `The settings of ${loaded.profile.displayName} could not be read and were reset to the defaults.`;
    await store.setCurrentLearner(id);
    reader.policy = await teacherPolicy(id);
    reader.profile = loaded.profile;
  };

  const create = async (): Promise<LearnerProfile> => {
    const count = (await store.list()).length;
    const profile = createProfile({ id: crypto.randomUUID(), displayName: `Learner ${count + 1}` });
    await store.put(profile);
    return profile;
  };

  let current = await store.getCurrent().catch(() => undefined);
  if (!current) {
    const first = (await store.list())[0];
    const profile = first ? (await store.get(first.id))!.profile : await create();
    await store.setCurrentLearner(profile.id);
    current = await store.getCurrent();
  }
  await refreshList(current!.profile.id);
  reader.policy = await teacherPolicy(current!.profile.id);
  reader.profile = current!.profile;

  choice.addEventListener('change', () => void show(choice.value));
  newLearner.addEventListener('click', async () => {
    const profile = await create();
    await refreshList(profile.id);
    await show(profile.id);
    choice.focus();
  });

  // A learner leaving a shared device takes their settings, bookmarks, highlights, notes and last positions along.
  removeLearner.addEventListener('click', async () => {
    const id = choice.value;
    const name = choice.selectedOptions[0]?.textContent ?? 'this learner';
    if (!id || !confirm(`Remove ${name} from this device, with their settings, bookmarks, highlights and notes? This cannot be undone.`)) return;
    try {
      await store.delete(id);
      await deleteAllStudyData(id);
      const next = (await store.list())[0];
      const profile = next ? (await store.get(next.id))!.profile : await create();
      await refreshList(profile.id);
      await show(profile.id);
      message.textContent = `${name} was removed from this device.`;
    } catch (error) {
      message.textContent = `${name} could not be removed: ${isStoreError(error) ? error.message : String(error)}`;
    }
    choice.focus();
  });

  // "Delete all my data": every learner's profile and study data on this device; the page starts afresh.
  deleteAll.addEventListener('click', async () => {
    if (!confirm('Delete every learner\'s settings, bookmarks, highlights, notes and reading positions kept on this device? This cannot be undone.')) return;
    try {
      await store.deleteAllData();
      location.reload();
    } catch (error) {
      message.textContent = `The data could not all be deleted: ${isStoreError(error) ? error.message : String(error)} Close other tabs of this page and try again.`;
    }
  });

  reader.addEventListener('attune-preferences-change', async (event) => {
    try {
      await store.put(event.detail.profile);
      message.textContent = '';
    } catch (error) {
      // The previous settings stay stored; the change still applies on screen.
      message.textContent = `This change could not be saved: ${isStoreError(error) ? error.message : String(error)}`;
    }
  });
}

/**
 * The policy a teacher made for this learner in the Author view (kept by
 * @attune/authoring on this device), or none.
 */
async function teacherPolicy(learnerId: string): Promise<TeacherPolicy | undefined> {
  try {
    const { openAuthoringStore } = await import('@attune/authoring');
    const store = await openAuthoringStore();
    return await store.getPolicy(learnerId);
  } catch {
    return undefined; // no policy: the learner's own choices and the defaults apply
  }
}
