import { StoreError, isStoreError } from '@attune/profile/store';

/**
 * The authoring elements fail the way the learners' store does: a
 * `StoreError` (from `@attune/profile/store`) with a stable `code` and a
 * sentence a teacher understands. This turns what IndexedDB threw into one,
 * saying what could not be done and what is kept.
 */
export function storageErrorFrom(error: unknown, doing: string, kept: string): StoreError {
  if (isStoreError(error)) return error;
  const name = (error as Error | null)?.name ?? '';
  if (name === 'QuotaExceededError') {
    return new StoreError('quota-exceeded', `This device is out of storage space, so Attune could not ${doing}. ${kept} Export your work to a file, then free some space.`, { cause: error });
  }
  if (name === 'InvalidStateError') {
    return new StoreError('closed', `Attune could not ${doing} because its storage was closed (another tab may have deleted it). ${kept} Reload the page.`, { cause: error });
  }
  return new StoreError(doing.startsWith('load') ? 'read-failed' : 'write-failed', `Attune could not ${doing} (${name || 'unknown error'}). ${kept}`, { cause: error });
}
