import { msg } from '@lit/localize';
import { isStoreError, type StoreErrorCode } from '@attune/profile/store';
import { uiLocale } from '@attune/reader/localization';

/**
 * What a teacher reads when saving or loading fails. The stores say it in
 * English, naming exactly what could not be done ("Attune could not save
 * your latest change…"), and that sentence stays in the
 * `attune-authoring-error` event for developers. In another UI language the
 * element shows the whole translated sentence for the error's `code`:
 * a translation cannot be put together from the English pieces.
 */
export function storageProblemText(error: unknown): string {
  const english = (error as Error | null)?.message ?? String(error);
  if (uiLocale() === 'en' || !isStoreError(error)) return english;
  return translated(error.code) ?? english;
}

function translated(code: StoreErrorCode): string | undefined {
  switch (code) {
    case 'unavailable':
      return msg('Your work cannot be kept on this device: the browser offers no storage here. Export your work to a file before you close the page.', {
        id: 'authoring.storage.unavailable',
      });
    case 'newer-database':
      return msg('The work on this device was saved by a newer version of Attune. Update Attune to open it; nothing was changed.', { id: 'authoring.storage.newerDatabase' });
    case 'quota-exceeded':
      return msg('This device is out of storage space, so the latest change was not saved. Export your work to a file, then free some space.', {
        id: 'authoring.storage.quotaExceeded',
      });
    case 'closed':
      return msg('Attune’s storage on this device was closed (another tab may have deleted it). Reload the page.', { id: 'authoring.storage.closed' });
    case 'read-failed':
      return msg('Your saved work could not be loaded from this device. Nothing was changed.', { id: 'authoring.storage.readFailed' });
    case 'write-failed':
      return msg('Your latest change could not be saved on this device. The previous save is kept.', { id: 'authoring.storage.writeFailed' });
    default:
      // invalid-file and the rest already carry a translated sentence (authoringMessages).
      return undefined;
  }
}
