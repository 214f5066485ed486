import { tokenizeCss, type CssToken } from './css-tokens.js';

/**
 * Rewrites the URLs inside a style sheet (or a `style` attribute, or an SVG
 * presentation attribute): a URL inside the book becomes the blob: URL
 * `resolve` gives for it; anything else (http:, file:, blob:, a path that
 * climbs out of the book) is removed so the sheet cannot load it.
 *
 * The sheet is tokenized the way the browser reads it, so escapes
 * (`u\72l(…)`), comments (`@import/**\/"…"`) and string URLs
 * (`image-set("…" 1x)`, `@import "…"`) are seen as URLs too. Everything that
 * is not a URL is copied through unchanged.
 */
export type CssUrlResolver = (href: string, kind: 'import' | 'url') => Promise<string | null>;

/** Functions whose string arguments are URLs (CSS Images 3 and 4). */
const IMAGE_FUNCTIONS = new Set(['image-set', '-webkit-image-set', 'image']);
/** `url()` and CSS Values 4 `src()`: a URL given as a string. */
const URL_FUNCTIONS = new Set(['url', 'src']);
/**
 * Functions that pull a value in from elsewhere. Inside a URL-taking
 * function they could carry a URL we never saw (`image-set(var(--u) 1x)`
 * with `--u: "http://…"`), so such a function is dropped whole.
 */
const SUBSTITUTIONS = new Set(['var', 'env', 'attr', 'if', 'inherit']);

const REMOVED_IMPORT = '/* attune: removed an @import from outside the book */';

interface Edit {
  start: number;
  end: number;
  text: Promise<string> | string;
}

interface OpenBlock {
  /** The function's lower-case name, or '' for (), [] and {}. */
  name: string;
  start: number;
  /** How many edits existed when the block opened: a block replaced whole drops the edits inside it. */
  editCount: number;
  /** First token inside that is not whitespace or a comment. */
  firstArg?: CssToken;
  /** An image function holding a substitution: removed whole. */
  poisoned?: boolean;
}

const CLOSER: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** `url("…")` with the characters that would end or escape the string escaped. */
function cssUrl(url: string): string {
  return `url("${url.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}")`;
}

const insignificant = (t: CssToken | undefined) => t !== undefined && (t.type === 'whitespace' || t.type === 'comment');

export async function rewriteCssUrls(css: string, resolve: CssUrlResolver): Promise<string> {
  const tokens = tokenizeCss(css);
  const edits: Edit[] = [];

  /** The replacement for a URL in a `url`-kind position: itself, the book's blob: URL, or `none`. */
  const replaceUrl = (href: string, original: string): Promise<string> | string => {
    const trimmed = href.trim();
    // url("") is "no image" by definition; #id points into the document itself (SVG paint servers, filters).
    if (!trimmed || trimmed.startsWith('#')) return original;
    // A data: image or font is self-contained: it cannot load anything else.
    if (/^data:/i.test(trimmed)) return original;
    return resolve(trimmed, 'url').then((url) => (url ? cssUrl(url) : 'none'));
  };

  /** Index of the token closing the block opened at `open` (or tokens.length). */
  const matching = (open: number): number => {
    let depth = 0;
    for (let k = open; k < tokens.length; k++) {
      const type = tokens[k]!.type;
      if (type === 'function' || type === '(' || type === '[' || type === '{') depth++;
      else if (type === ')' || type === ']' || type === '}') {
        depth--;
        if (depth === 0) return k;
      }
    }
    return tokens.length;
  };

  /**
   * `@import <url> <layer/supports/media>;` — the imported sheet is resolved
   * like any book file (and rewritten in turn by the resolver); an import
   * from outside the book is removed with its whole rule.
   */
  const importRule = (at: number): number => {
    let k = at + 1;
    while (insignificant(tokens[k])) k++;
    const first = tokens[k];
    let href: string | undefined;
    let urlEnd = k;
    if (first?.type === 'string' || first?.type === 'url') href = first.value;
    else if (first?.type === 'function' && URL_FUNCTIONS.has(first.value.toLowerCase())) {
      urlEnd = matching(k);
      let a = k + 1;
      while (insignificant(tokens[a])) a++;
      href = tokens[a]?.type === 'string' ? tokens[a]!.value : '';
    } else return at; // not a URL: an invalid rule, which loads nothing
    // The rule ends at its `;` (or where a block or the sheet starts).
    let end = urlEnd + 1;
    let depth = 0;
    for (; end < tokens.length; end++) {
      const type = tokens[end]!.type;
      if (type === 'function' || type === '(' || type === '[') depth++;
      else if (type === ')' || type === ']') depth--;
      else if (depth <= 0 && (type === ';' || type === '{' || type === '}')) break;
    }
    const ruleStart = tokens[at]!.start;
    const ruleEnd = tokens[end]?.type === ';' ? tokens[end]!.end : (tokens[end]?.start ?? css.length);
    const urlStart = first!.start;
    const urlStop = tokens[urlEnd]?.end ?? css.length;
    const trimmed = href.trim();
    // A data: sheet would never pass through this rewriting; "" and #x resolve to the page itself.
    const target = !trimmed || trimmed.startsWith('#') || /^data:/i.test(trimmed) ? Promise.resolve(null) : resolve(trimmed, 'import');
    edits.push({
      start: ruleStart,
      end: ruleEnd,
      text: target.then((url) => (url ? css.slice(ruleStart, urlStart) + cssUrl(url) + css.slice(urlStop, ruleEnd) : REMOVED_IMPORT)),
    });
    return tokens[end]?.type === ';' ? end : end - 1;
  };

  /** Index of the `;`, `{` or `}` that ends an at-rule's prelude (the `{` is left for the main loop). */
  const skipPrelude = (at: number): number => {
    let depth = 0;
    for (let k = at + 1; k < tokens.length; k++) {
      const type = tokens[k]!.type;
      if (type === 'function' || type === '(' || type === '[') depth++;
      else if (type === ')' || type === ']') depth--;
      else if (depth <= 0 && type === ';') return k;
      else if (depth <= 0 && (type === '{' || type === '}')) return k - 1;
    }
    return tokens.length;
  };

  const stack: OpenBlock[] = [];
  const close = (block: OpenBlock, end: number) => {
    const original = css.slice(block.start, end);
    if (URL_FUNCTIONS.has(block.name)) {
      edits.length = block.editCount;
      const arg = block.firstArg;
      if (!arg || arg.type === ')') return; // url() names nothing
      edits.push({ start: block.start, end, text: arg.type === 'string' ? replaceUrl(arg.value, original) : 'none' });
    } else if (block.poisoned) {
      edits.length = block.editCount;
      edits.push({ start: block.start, end, text: 'none' });
    }
  };

  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const top = stack[stack.length - 1];
    if (top && top.firstArg === undefined && !insignificant(t)) top.firstArg = t;

    switch (t.type) {
      case 'at-keyword': {
        const name = t.value.toLowerCase();
        if (name === 'import') k = importRule(k);
        // A namespace name is an identifier that happens to look like a URL; it is never fetched.
        else if (name === 'namespace') k = skipPrelude(k);
        break;
      }
      case 'url':
        edits.push({ start: t.start, end: t.end, text: replaceUrl(t.value, css.slice(t.start, t.end)) });
        break;
      case 'string':
        if (top && IMAGE_FUNCTIONS.has(top.name)) {
          edits.push({ start: t.start, end: t.end, text: replaceUrl(t.value, css.slice(t.start, t.end)) });
        }
        break;
      case 'function': {
        const name = t.value.toLowerCase();
        if (top && IMAGE_FUNCTIONS.has(top.name) && SUBSTITUTIONS.has(name)) top.poisoned = true;
        stack.push({ name, start: t.start, editCount: edits.length });
        break;
      }
      case '(':
      case '[':
      case '{':
        stack.push({ name: '', start: t.start, editCount: edits.length });
        break;
      case ')':
      case ']':
      case '}': {
        // A stray closer (or one that does not match) is ignored, as the parser does.
        const open = stack[stack.length - 1];
        if (!open) break;
        const expected = open.name ? ')' : CLOSER[css[open.start]!];
        if (expected !== t.type) break;
        stack.pop();
        close(open, t.end);
        break;
      }
    }
  }
  // Blocks still open at the end of the sheet close there.
  while (stack.length) close(stack.pop()!, css.length);

  if (edits.length === 0) return css;
  const texts = await Promise.all(edits.map((e) => e.text));
  let out = '';
  let pos = 0;
  edits.forEach((e, n) => {
    out += css.slice(pos, e.start) + texts[n];
    pos = e.end;
  });
  return out + css.slice(pos);
}
