const BASE = 'https://book.invalid/';

/**
 * The book-root path `href` names when written in the file at `fromPath`
 * (`../audio/a.mp3` from `EPUB/mo/c.smil` is `EPUB/audio/a.mp3`), and its
 * fragment. Null for anything outside the book (a scheme, a network path).
 */
export function resolveBookHref(fromPath: string, href: string): { path: string; fragment: string } | null {
  const trimmed = href.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) return null;
  let url: URL;
  try {
    url = new URL(trimmed, BASE + fromPath.split('/').map(encodeURIComponent).join('/'));
  } catch {
    return null;
  }
  if (url.origin !== new URL(BASE).origin) return null;
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  return { path: decode(url.pathname.slice(1)), fragment: decode(url.hash.slice(1)) };
}
