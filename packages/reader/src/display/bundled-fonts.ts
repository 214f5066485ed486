/**
 * The reading fonts Attune ships (Atkinson Hyperlegible, Lexend,
 * OpenDyslexic; from @fontsource, copied to the package's fonts/ folder by
 * its build). Book frames only accept fonts from blob: or data: URLs (their
 * CSP), so each face is fetched once from our own files and handed to every
 * frame as a blob: URL. Nothing is fetched until a learner picks the font.
 */
interface FontFaceEntry {
  id: string;
  family: string;
  style: string;
  weight: string;
  unicodeRange: string;
  file: string;
}

/** Where the font files are; embedders who move them set `AttuneReader.fontBaseUrl`. */
export const fontLocation = { base: new URL('../../fonts/', import.meta.url).href };

let manifest: Promise<FontFaceEntry[]> | undefined;
const blobUrls = new Map<string, Promise<string | null>>();

function faces(): Promise<FontFaceEntry[]> {
  manifest ??= fetch(new URL('manifest.json', fontLocation.base))
    .then((r) => (r.ok ? r.json() : { faces: [] }))
    .then((m: { faces: FontFaceEntry[] }) => m.faces)
    .catch(() => []);
  return manifest;
}

function blobUrl(file: string): Promise<string | null> {
  let url = blobUrls.get(file);
  if (!url) {
    url = fetch(new URL(file, fontLocation.base))
      .then((r) => (r.ok ? r.blob() : null))
      .then((blob) => (blob ? URL.createObjectURL(new Blob([blob], { type: 'font/woff2' })) : null))
      .catch(() => null);
    blobUrls.set(file, url);
  }
  return url;
}

/** @font-face rules (with blob: URLs) for a bundled font id, or '' for fonts that are not bundled. */
export async function fontFaceCss(fontId: string): Promise<string> {
  const entries = (await faces()).filter((f) => f.id === fontId);
  const rules = await Promise.all(
    entries.map(async (f) => {
      const url = await blobUrl(f.file);
      if (!url) return '';
      return `@font-face{font-family:"${f.family}";font-style:${f.style};font-weight:${f.weight};font-display:swap;src:url("${url}") format("woff2");${f.unicodeRange ? `unicode-range:${f.unicodeRange};` : ''}}`;
    }),
  );
  return rules.join('\n');
}

/** Puts a bundled font's faces into a frame (once per frame and font). */
export async function installFont(doc: Document, fontId: string): Promise<void> {
  if (doc.querySelector(`style[data-attune-font="${fontId}"]`)) return;
  const css = await fontFaceCss(fontId);
  if (!css || doc.querySelector(`style[data-attune-font="${fontId}"]`)) return;
  const style = doc.createElementNS('http://www.w3.org/1999/xhtml', 'style');
  style.setAttribute('data-attune-font', fontId);
  style.textContent = css;
  (doc.head ?? doc.documentElement).appendChild(style);
}
