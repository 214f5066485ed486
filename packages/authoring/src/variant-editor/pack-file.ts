import { validateVariantPack, type PackIssue, type VariantPack } from '@attune/adapt';
import { authoringMessages } from '../messages.js';
import { StoreError } from '@attune/profile/store';

/** Packs as files: what "Export" writes and "Import" reads. */

/** Larger than a real pack with pictures; refuses to parse a wrong file (a book, a video). */
const MAX_PACK_FILE_BYTES = 50_000_000;

export function packToJson(pack: VariantPack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}

/**
 * Reads a pack file (text, Blob or File), validated with `validateVariantPack`;
 * rejects with `invalid-file` only when it is not a pack at all.
 */
export async function readPackFile(source: string | Blob): Promise<{ pack: VariantPack; issues: PackIssue[] }> {
  const name = typeof source !== 'string' && 'name' in source ? String(source.name) : 'file';
  const notAPack = (cause?: unknown) => new StoreError('invalid-file', authoringMessages.editor.notAPack(name), { cause });
  if ((typeof source === 'string' ? source.length : source.size) > MAX_PACK_FILE_BYTES) throw notAPack();
  let json: unknown;
  try {
    json = JSON.parse((typeof source === 'string' ? source : await source.text()).replace(/^\uFEFF/, ''));
  } catch (error) {
    throw notAPack(error);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || !Array.isArray((json as { entries?: unknown }).entries)) throw notAPack();
  return validateVariantPack(json);
}

/** True when a stored value looks like a pack this editor wrote (drafts are kept as written, not re-validated). */
export function isStoredPack(value: unknown): value is VariantPack {
  const pack = value as Partial<VariantPack> | null;
  return !!pack && typeof pack === 'object' && pack.version === 1 && Array.isArray(pack.entries) && Array.isArray(pack.levels) && typeof pack.book?.identifier === 'string';
}
