/** Media types by file extension, used when the manifest does not say. */
const BY_EXTENSION: Record<string, string> = {
  xhtml: 'application/xhtml+xml', html: 'application/xhtml+xml', htm: 'application/xhtml+xml',
  xml: 'application/xml', opf: 'application/oebps-package+xml', ncx: 'application/x-dtbncx+xml',
  css: 'text/css', svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg',
  gif: 'image/gif', webp: 'image/webp', avif: 'image/avif',
  mp3: 'audio/mpeg', m4a: 'audio/mp4', mp4: 'video/mp4', ogg: 'audio/ogg', opus: 'audio/ogg', webm: 'video/webm',
  woff: 'font/woff', woff2: 'font/woff2', ttf: 'font/ttf', otf: 'font/otf', smil: 'application/smil+xml',
  pls: 'application/pls+xml', js: 'text/javascript', txt: 'text/plain',
};

export function mediaTypeFromPath(path: string): string {
  const ext = path.split(/[?#]/, 1)[0]!.split('.').pop()?.toLowerCase() ?? '';
  return BY_EXTENSION[ext] ?? 'application/octet-stream';
}
