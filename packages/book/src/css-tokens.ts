/**
 * A CSS tokenizer after CSS Syntax Level 3 (§4), just enough to find every
 * place a style sheet can name a URL the way the browser will see it. Regular
 * expressions are not enough: `u\72l(…)` is `url(…)`, `@\69mport` is
 * `@import`, and comments may sit anywhere between tokens. Tokens keep their
 * offsets in the source so the sheet can be rewritten without touching
 * anything else.
 */
export type CssTokenType =
  | 'whitespace' | 'comment' | 'string' | 'bad-string' | 'url' | 'bad-url'
  | 'ident' | 'function' | 'at-keyword' | 'hash' | 'number' | 'delim'
  | '(' | ')' | '[' | ']' | '{' | '}' | ',' | ':' | ';' | 'cdo' | 'cdc';

export interface CssToken {
  type: CssTokenType;
  /** Offset of the token's first character in the source. */
  start: number;
  /** Offset just after the token. */
  end: number;
  /** Decoded value: a string's or url's content, an ident's, function's or at-keyword's name. */
  value: string;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const isNewline = (c: number) => c === 0x0a || c === 0x0d || c === 0x0c;
const isWhitespace = (c: number) => isNewline(c) || c === 0x09 || c === 0x20;
const isIdentStart = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c >= 0x80;
const isIdentChar = (c: number) => isIdentStart(c) || isDigit(c) || c === 0x2d;
const isNonPrintable = (c: number) => (c >= 0 && c <= 0x08) || c === 0x0b || (c >= 0x0e && c <= 0x1f) || c === 0x7f;

/** Splits `css` into tokens; never throws, whatever the input. */
export function tokenizeCss(css: string): CssToken[] {
  const tokens: CssToken[] = [];
  let i = 0;
  // -1 past the end, so every comparison against a real character is false.
  const at = (k: number): number => (k < css.length ? css.charCodeAt(k) : -1);
  const validEscape = (k: number) => at(k) === 0x5c && !isNewline(at(k + 1));
  const startsIdent = (k: number) => {
    const c = at(k);
    if (c === 0x2d) return isIdentStart(at(k + 1)) || at(k + 1) === 0x2d || validEscape(k + 1);
    if (isIdentStart(c)) return true;
    return validEscape(k);
  };
  const startsNumber = (k: number) => {
    const c = at(k);
    if (c === 0x2b || c === 0x2d) return isDigit(at(k + 1)) || (at(k + 1) === 0x2e && isDigit(at(k + 2)));
    if (c === 0x2e) return isDigit(at(k + 1));
    return isDigit(c);
  };

  /** After a backslash (already consumed): the code point it stands for. */
  const consumeEscape = (): string => {
    if (i >= css.length) return '\uFFFD';
    if (isHex(at(i))) {
      let hex = '';
      while (hex.length < 6 && isHex(at(i))) hex += css[i++];
      if (at(i) === 0x0d && at(i + 1) === 0x0a) i += 2;
      else if (isWhitespace(at(i))) i++;
      const cp = parseInt(hex, 16);
      return cp === 0 || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff ? '\uFFFD' : String.fromCodePoint(cp);
    }
    const cp = css.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    return String.fromCodePoint(cp);
  };

  const consumeName = (): string => {
    let name = '';
    for (;;) {
      const c = at(i);
      if (isIdentChar(c)) name += css[i++];
      else if (validEscape(i)) {
        i++;
        name += consumeEscape();
      } else return name;
    }
  };

  const consumeNumber = () => {
    if (at(i) === 0x2b || at(i) === 0x2d) i++;
    while (isDigit(at(i))) i++;
    if (at(i) === 0x2e && isDigit(at(i + 1))) {
      i += 2;
      while (isDigit(at(i))) i++;
    }
    const e = at(i);
    if ((e === 0x45 || e === 0x65) && (isDigit(at(i + 1)) || ((at(i + 1) === 0x2b || at(i + 1) === 0x2d) && isDigit(at(i + 2))))) {
      i += 2;
      while (isDigit(at(i))) i++;
    }
    if (startsIdent(i)) consumeName();
    else if (at(i) === 0x25) i++;
  };

  const consumeString = (quote: number): { type: 'string' | 'bad-string'; value: string } => {
    let value = '';
    for (;;) {
      const c = at(i);
      if (c === -1) return { type: 'string', value };
      if (c === quote) {
        i++;
        return { type: 'string', value };
      }
      if (isNewline(c)) return { type: 'bad-string', value };
      if (c === 0x5c) {
        if (i + 1 >= css.length) i++;
        else if (isNewline(at(i + 1))) i += at(i + 1) === 0x0d && at(i + 2) === 0x0a ? 3 : 2;
        else {
          i++;
          value += consumeEscape();
        }
        continue;
      }
      value += css[i++];
    }
  };

  const consumeBadUrlRemnants = () => {
    for (;;) {
      const c = at(i);
      if (c === -1) return;
      if (c === 0x29) {
        i++;
        return;
      }
      if (validEscape(i)) {
        i++;
        consumeEscape();
      } else i++;
    }
  };

  const consumeUrl = (): { type: 'url' | 'bad-url'; value: string } => {
    let value = '';
    while (isWhitespace(at(i))) i++;
    for (;;) {
      const c = at(i);
      if (c === -1) return { type: 'url', value };
      if (c === 0x29) {
        i++;
        return { type: 'url', value };
      }
      if (isWhitespace(c)) {
        while (isWhitespace(at(i))) i++;
        if (at(i) === 0x29 || at(i) === -1) {
          if (at(i) === 0x29) i++;
          return { type: 'url', value };
        }
        consumeBadUrlRemnants();
        return { type: 'bad-url', value };
      }
      if (c === 0x22 || c === 0x27 || c === 0x28 || isNonPrintable(c)) {
        consumeBadUrlRemnants();
        return { type: 'bad-url', value };
      }
      if (c === 0x5c) {
        if (validEscape(i)) {
          i++;
          value += consumeEscape();
          continue;
        }
        consumeBadUrlRemnants();
        return { type: 'bad-url', value };
      }
      value += css[i++];
    }
  };

  while (i < css.length) {
    const start = i;
    const c = at(i);
    const push = (type: CssTokenType, value = '') => tokens.push({ type, start, end: i, value });

    if (c === 0x2f && at(i + 1) === 0x2a) {
      const close = css.indexOf('*/', i + 2);
      i = close === -1 ? css.length : close + 2;
      push('comment');
    } else if (isWhitespace(c)) {
      while (isWhitespace(at(i))) i++;
      push('whitespace');
    } else if (c === 0x22 || c === 0x27) {
      i++;
      const s = consumeString(c);
      push(s.type, s.value);
    } else if (c === 0x23) {
      i++;
      if (isIdentChar(at(i)) || validEscape(i)) push('hash', consumeName());
      else push('delim', '#');
    } else if (c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2c || c === 0x3a || c === 0x3b) {
      i++;
      push(css[start] as CssTokenType);
    } else if (c === 0x3c && css.startsWith('!--', i + 1)) {
      i += 4;
      push('cdo');
    } else if (c === 0x2d && at(i + 1) === 0x2d && at(i + 2) === 0x3e && !startsNumber(i)) {
      i += 3;
      push('cdc');
    } else if (startsNumber(i)) {
      consumeNumber();
      push('number');
    } else if (c === 0x40 && startsIdent(i + 1)) {
      i++;
      push('at-keyword', consumeName());
    } else if (startsIdent(i)) {
      const name = consumeName();
      if (at(i) === 0x28) {
        i++;
        if (name.toLowerCase() === 'url') {
          // `url(` followed by a quote is a function holding a string; otherwise the URL is unquoted.
          let k = i;
          while (isWhitespace(at(k))) k++;
          if (at(k) === 0x22 || at(k) === 0x27) push('function', name);
          else {
            const u = consumeUrl();
            push(u.type, u.value);
          }
        } else push('function', name);
      } else push('ident', name);
    } else {
      // A code point outside the BMP is one delimiter, not two.
      i += (css.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      push('delim', css.slice(start, i));
    }
  }
  return tokens;
}
