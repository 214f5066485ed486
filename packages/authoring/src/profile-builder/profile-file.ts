import { validatePolicy, validateProfile, type AccommodationCatalog, type LearnerProfile, type ProfileIssue, type TeacherPolicy } from '@attune/profile';
import { authoringMessages } from '../messages.js';
import { StoreError } from '@attune/profile/store';

/**
 * A learner's profile and policy as one file, `{ profile, policy }`: the
 * format of content/profiles/*.json and of the reader's `profile-src`.
 */

export interface ProfileAndPolicy {
  profile: LearnerProfile;
  policy: TeacherPolicy;
}

export interface ProfileFileRead extends ProfileAndPolicy {
  issues: ProfileIssue[];
}

const MAX_FILE_BYTES = 1_000_000;

export function profileAndPolicyJson(value: ProfileAndPolicy): string {
  return `${JSON.stringify({ profile: value.profile, policy: value.policy }, null, 2)}\n`;
}

/** Reads `{ profile, policy }` (or a bare profile) from a file's text, validated; rejects what is not a profile at all. */
export async function readProfileAndPolicy(source: string | Blob, catalog?: AccommodationCatalog): Promise<ProfileFileRead> {
  const name = typeof source !== 'string' && 'name' in source ? String(source.name) : 'file';
  const notAProfile = (cause?: unknown) => new StoreError('invalid-file', authoringMessages.builder.notAProfile(name), { cause });
  const size = typeof source === 'string' ? source.length : source.size;
  if (size > MAX_FILE_BYTES) throw notAProfile();
  let json: unknown;
  try {
    json = JSON.parse((typeof source === 'string' ? source : await source.text()).replace(/^\uFEFF/, ''));
  } catch (error) {
    throw notAProfile(error);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw notAProfile();
  const record = json as Record<string, unknown>;
  const hasBoth = 'profile' in record;
  const profileRead = validateProfile(hasBoth ? record['profile'] : record);
  const policyRead = validatePolicy(hasBoth && record['policy'] !== undefined ? record['policy'] : { version: 1 }, catalog);
  return { profile: profileRead.profile, policy: policyRead.policy, issues: [...profileRead.issues, ...policyRead.issues] };
}
