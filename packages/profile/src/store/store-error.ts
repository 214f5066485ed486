/**
 * Every way saving or loading learner data can fail, as a stable code. The
 * message is for the teacher or learner in front of the screen: what
 * happened, and that nothing else was lost.
 */
export type StoreErrorCode =
  | 'unavailable'
  | 'newer-database'
  | 'quota-exceeded'
  | 'write-failed'
  | 'read-failed'
  | 'closed'
  | 'blocked'
  | 'not-found'
  | 'invalid-profile'
  | 'invalid-file';

/** A failure of the profile store or of reading a profile file, with a stable `code`. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  /** Stable machine-readable reason. */
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
  }
}

/** True when `error` is a StoreError (also across bundle copies). */
export function isStoreError(error: unknown): error is StoreError {
  return error instanceof StoreError || (error instanceof Error && error.name === 'StoreError' && 'code' in error);
}

/**
 * Turns what IndexedDB threw into a StoreError. `action` completes "Could not
 * …", e.g. "save Maya's settings"; `kept` says what is still safe.
 */
export function storeErrorFrom(error: unknown, action: string, kept: string): StoreError {
  if (isStoreError(error)) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  switch (name) {
    case 'QuotaExceededError':
      return new StoreError(
        'quota-exceeded',
        `Could not ${action}: this device has no room left for Attune’s data. ${kept} Free some space on the device, then try again.`,
        { cause: error },
      );
    case 'InvalidStateError':
      return new StoreError(
        'closed',
        `Could not ${action}: the learner data was closed, perhaps because it was deleted or updated in another tab. ${kept} Reload the page and try again.`,
        { cause: error },
      );
    default:
      return new StoreError(
        action.startsWith('read') || action.startsWith('load') || action.startsWith('list') ? 'read-failed' : 'write-failed',
        `Could not ${action} (${name || 'unknown error'}). ${kept}`,
        { cause: error },
      );
  }
}
