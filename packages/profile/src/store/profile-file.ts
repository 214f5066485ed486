import type { LearnerProfile } from '../schema.js';
import { validateProfile, type ProfileValidation } from '../validate-profile.js';
import { StoreError } from './store-error.js';

/**
 * Profiles as files, so a learner can carry their settings to another
 * device or a teacher can hand them over. Data leaves the device only this
 * way, when someone chooses to export it.
 */

/** MIME type of an exported profile. */
export const PROFILE_FILE_TYPE = 'application/json';

/** Larger than any real profile by far; refuses to parse a wrong file (a video, a book) into memory. */
export const MAX_PROFILE_FILE_BYTES = 1_000_000;

/** The profile as pretty-printed JSON text. */
export function profileToJson(profile: LearnerProfile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}

/** The profile as a JSON Blob, ready for a download link. */
export function profileToBlob(profile: LearnerProfile): Blob {
  return new Blob([profileToJson(profile)], { type: PROFILE_FILE_TYPE });
}

/** A file name such as `attune-profile-maya-lopez.json`. */
export function profileFileName(profile: LearnerProfile): string {
  const base = (profile.displayName || profile.id)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `attune-profile-${base || 'learner'}.json`;
}

/**
 * Reads a profile from text, a Blob or a File (e.g. from `<input type=file>`),
 * validated. Rejects with a `StoreError` of code `invalid-file` only when the
 * file is not a profile at all (too large, not JSON, not an object); a
 * profile with bad fields is returned with its issues, like `validateProfile`.
 */
export async function readProfileFile(source: string | Blob): Promise<ProfileValidation> {
  const fileName = typeof source !== 'string' && 'name' in source ? `“${String(source.name)}”` : 'This file';
  const size = typeof source === 'string' ? source.length : source.size;
  if (size > MAX_PROFILE_FILE_BYTES) {
    throw new StoreError('invalid-file', `${fileName} is too large to be a learner profile (${Math.round(size / 1000)} kB). Choose the .json file exported from Attune.`);
  }
  let text: string;
  try {
    text = typeof source === 'string' ? source : await source.text();
  } catch (error) {
    throw new StoreError('invalid-file', `${fileName} could not be read. Choose it again.`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new StoreError('invalid-file', `${fileName} is not a learner profile: it is not JSON. Choose the .json file exported from Attune.`, { cause: error });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new StoreError('invalid-file', `${fileName} is not a learner profile: it holds JSON, but not a profile object.`);
  }
  return validateProfile(json);
}
