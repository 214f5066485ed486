import type { VariantPack } from '@attune/adapt';
import type { LearnerProfile, TeacherPolicy } from '@attune/profile';
import type { StoreErrorCode } from '@attune/profile/store';

/** The public events of the authoring elements: CustomEvents that bubble and are composed. */

export interface ProfileSaveDetail {
  profile: LearnerProfile;
  policy: TeacherPolicy;
}

export interface FileExportDetail {
  /** The file's text (JSON). */
  json: string;
  fileName: string;
}

export interface PackLoadDetail {
  pack: VariantPack;
  /** Where the pack came from: this device, the `variants` URL, or a new empty pack. */
  from: 'device' | 'url' | 'new';
}

export interface PackSaveDetail {
  pack: VariantPack;
  savedAt: string;
}

export interface PackChangeDetail {
  pack: VariantPack;
}

export interface AuthoringErrorDetail {
  /** A `StoreError` code (`quota-exceeded`, `unavailable`, `invalid-file`, …). */
  code: StoreErrorCode;
  message: string;
}

declare global {
  interface HTMLElementEventMap {
    'attune-profile-save': CustomEvent<ProfileSaveDetail>;
    'attune-profile-export': CustomEvent<FileExportDetail>;
    'attune-pack-load': CustomEvent<PackLoadDetail>;
    'attune-pack-change': CustomEvent<PackChangeDetail>;
    'attune-pack-save': CustomEvent<PackSaveDetail>;
    'attune-pack-export': CustomEvent<FileExportDetail>;
    'attune-authoring-error': CustomEvent<AuthoringErrorDetail>;
  }
}

type AuthoringEventName = 'attune-profile-save' | 'attune-profile-export' | 'attune-pack-load' | 'attune-pack-change' | 'attune-pack-save' | 'attune-pack-export' | 'attune-authoring-error';

/** A public event; exports are cancelable (cancel it to handle the file yourself instead of downloading it). */
export function authoringEvent<K extends AuthoringEventName>(type: K, detail: HTMLElementEventMap[K]['detail']): CustomEvent<HTMLElementEventMap[K]['detail']> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: type.endsWith('-export') });
}
