/**
 * Rewrites the URLs inside a style sheet: a URL inside the book becomes the
 * blob: URL `resolve` gives for it; anything else (http:, file:, a path that
 * climbs out of the book) is removed so the sheet cannot load it.
 */
export type CssUrlResolver = (href: string, kind: 'import' | 'url') => Promise<string | null>;

const IMPORT = /@import\s+(?:url\(\s*(['"]?)([^'")]*)\1\s*\)|(['"])([^'"]*)\3)([^;]*);?/gi;
const URL_TOKEN = /url\(\s*(['"]?)([^'")]*)\1\s*\)/gi;
// Old engines ran code from CSS; nothing current does, but a sheet that tries
// is hostile and loses those declarations.
const LEGACY_CODE = /(expression\s*\(|-moz-binding\s*:|behavior\s*:|javascript:)/gi;

export async function rewriteCssUrls(css: string, resolve: CssUrlResolver): Promise<string> {
  const imports: { match: string; href: string; rest: string }[] = [];
  for (const m of css.matchAll(IMPORT)) imports.push({ match: m[0], href: (m[2] ?? m[4] ?? '').trim(), rest: m[5] ?? '' });
  for (const { match, href, rest } of imports) {
    const url = href ? await resolve(href, 'import') : null;
    css = css.replace(match, url ? `@import url("${url}")${rest};` : '/* attune: removed an @import from outside the book */');
  }
  const tokens = new Map<string, string | null>();
  for (const m of css.matchAll(URL_TOKEN)) {
    const href = (m[2] ?? '').trim();
    if (!tokens.has(m[0]) && !href.startsWith('blob:')) tokens.set(m[0], href);
  }
  const replacements = new Map<string, string>();
  for (const [token, href] of tokens) {
    if (!href) continue;
    if (href.startsWith('#')) continue; // SVG paint server references stay in the document
    if (href.startsWith('data:')) continue;
    const url = await resolve(href, 'url');
    replacements.set(token, url ? `url("${url}")` : 'none');
  }
  if (replacements.size) css = css.replace(URL_TOKEN, (token) => replacements.get(token) ?? token);
  return css.replace(LEGACY_CODE, 'attune-removed(');
}
