import { StoreError, isStoreError } from '@attune/profile/store';

/**
 * Study data fails the same ways learner settings do, so it uses the same
 * StoreError (stable `code`, a sentence for people): an embedder handles one
 * kind of storage error for all learner data.
 */
export function studyErrorFrom(error: unknown, action: string, kept: string): StoreError {
  if (isStoreError(error)) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  switch (name) {
    case 'QuotaExceededError':
      return new StoreError('quota-exceeded', `Could not ${action}: this device has no room left for Attune’s data. ${kept} Free some space on the device, then try again.`, { cause: error });
    case 'InvalidStateError':
      return new StoreError('closed', `Could not ${action}: the study data was closed, perhaps because it was deleted or updated in another tab. ${kept} Reload the page and try again.`, { cause: error });
    default:
      return new StoreError(action.startsWith('load') || action.startsWith('list') ? 'read-failed' : 'write-failed', `Could not ${action} (${name || 'unknown error'}). ${kept}`, { cause: error });
  }
}
