import { authoringMessages } from '../messages.js';

/** Image types a pack may hold as data: URLs (the pack sanitizer's list). */
export const PACK_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif'];

export type ImageRead = { ok: true; dataUrl: string } | { ok: false; message: string };

/** Reads a picture the teacher chose into a data: URL, refusing other types and files over `maxBytes`. */
export async function readImageFile(file: File, maxBytes: number): Promise<ImageRead> {
  const m = authoringMessages.images;
  if (!PACK_IMAGE_TYPES.includes(file.type)) return { ok: false, message: m.wrongType(file.name) };
  if (file.size > maxBytes) return { ok: false, message: m.tooLarge(file.name, Math.round(file.size / 1000), Math.round(maxBytes / 1000)) };
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  }).catch(() => '');
  return dataUrl ? { ok: true, dataUrl } : { ok: false, message: m.unreadable(file.name) };
}
