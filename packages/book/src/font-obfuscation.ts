import type { PublicationSource } from './source.js';
import { parseXml, resolveBookPath } from './xml.js';

/**
 * Font obfuscation (not DRM): publishers may scramble the start of an
 * embedded font so it cannot be lifted out of the book. Readers undo it with a
 * key derived from the book's identifier (EPUB 3 OCF §4.4 "Font
 * Obfuscation"; Adobe's older variant). Any other encryption is real DRM we
 * cannot read: those files are not served and the text falls back to the
 * reader's fonts.
 */
export const IDPF_OBFUSCATION = 'http://www.idpf.org/2008/embedding';
export const ADOBE_OBFUSCATION = 'http://ns.adobe.com/pdf/enc#RC';

/** Book paths listed in META-INF/encryption.xml, with their algorithm. */
export async function readEncryption(source: PublicationSource): Promise<Map<string, string>> {
  const entries = new Map<string, string>();
  if (source.has('META-INF/encryption.xml') === false) return entries;
  const text = await source.text('META-INF/encryption.xml').catch(() => null);
  if (!text) return entries;
  const parsed = parseXml(text);
  if ('error' in parsed) return entries;
  for (const data of parsed.doc.getElementsByTagNameNS('*', 'EncryptedData')) {
    const algorithm = data.getElementsByTagNameNS('*', 'EncryptionMethod')[0]?.getAttribute('Algorithm') ?? '';
    const uri = data.getElementsByTagNameNS('*', 'CipherReference')[0]?.getAttribute('URI') ?? '';
    const path = uri ? resolveBookPath('', uri) : null;
    if (path) entries.set(path, algorithm);
  }
  return entries;
}

async function idpfKey(identifier: string): Promise<Uint8Array | null> {
  if (!globalThis.crypto?.subtle) return null; // insecure context: fall back to system fonts
  const cleaned = identifier.replace(/[\u0020\u0009\u000d\u000a]/g, '');
  return new Uint8Array(await crypto.subtle.digest('SHA-1', new TextEncoder().encode(cleaned)));
}

function adobeKey(identifier: string): Uint8Array | null {
  const hex = identifier.replace(/^urn:uuid:/i, '').replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) return null;
  return Uint8Array.from(hex.match(/../g)!, (byte) => parseInt(byte, 16));
}

const FONT_SIGNATURES = ['wOFF', 'wOF2', 'OTTO', 'true', 'ttcf', '\u0000\u0001\u0000\u0000'];

/** Does this look like a font file (WOFF, WOFF2, OpenType, TrueType, collection)? */
export function looksLikeFont(bytes: Uint8Array): boolean {
  return FONT_SIGNATURES.includes(String.fromCharCode(...bytes.subarray(0, 4)));
}

/**
 * Undoes font obfuscation. Returns null when the algorithm is real
 * encryption, the key cannot be made, or the result is not a font (a book
 * obfuscated with another book's key): the caller then serves nothing and the
 * text falls back to other fonts, rather than handing the browser garbage.
 */
export async function deobfuscateFont(bytes: Uint8Array, algorithm: string, identifier: string): Promise<Uint8Array | null> {
  const [key, length] =
    algorithm === IDPF_OBFUSCATION ? [await idpfKey(identifier), 1040] : algorithm === ADOBE_OBFUSCATION ? [adobeKey(identifier), 1024] : [null, 0];
  if (!key) return null;
  const out = bytes.slice();
  for (let i = 0; i < Math.min(length, out.length); i++) out[i]! ^= key[i % key.length]!;
  return looksLikeFont(out) ? out : null;
}
