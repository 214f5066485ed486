/** Parses XML; returns the parser's complaint instead of a document when it is not well-formed. */
export function parseXml(text: string, type: DOMParserSupportedType = 'application/xml'): { doc: Document } | { error: string } {
  const doc = new DOMParser().parseFromString(text, type);
  const problem = doc.getElementsByTagNameNS('http://www.mozilla.org/newlayout/xml/parsererror.xml', 'parsererror')[0]
    ?? doc.getElementsByTagName('parsererror')[0];
  if (problem) {
    // Chromium puts "This page contains the following errors: … Below is a
    // rendering …" around the useful line; keep the useful line.
    const detail = problem.querySelector('div')?.textContent ?? problem.textContent ?? '';
    return { error: detail.trim().replace(/\s+/g, ' ') || 'not well-formed XML' };
  }
  return { doc };
}

/** Resolves `href` (as written in a file at `fromPath`) to a book-root path; null when it leaves the book. */
export function resolveBookPath(fromPath: string, href: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return null;
  const base = new URL(fromPath.split('/').map(encodeURIComponent).join('/'), 'https://root.invalid/');
  const url = new URL(href, base);
  if (url.origin !== 'https://root.invalid') return null;
  try {
    return decodeURIComponent(url.pathname.slice(1));
  } catch {
    return url.pathname.slice(1);
  }
}
