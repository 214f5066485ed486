import type { LoadedMath } from './load-math.js';
import type { MathProblem } from './math-problem.js';

/** The MathML of an element or string, as text. */
export function mathmlSource(input: string | Element): string {
  if (typeof input === 'string') return input;
  if (typeof XMLSerializer !== 'undefined') return new XMLSerializer().serializeToString(input);
  // xmldom's elements (Node) serialize themselves.
  return String(input);
}

const ROOT_START = /^(?:\s*<\?[\s\S]*?\?>|\s*<!--[\s\S]*?-->|\s*<!DOCTYPE[^>]*>)*\s*<(?:([A-Za-z_][\w.-]*):)?([A-Za-z_][\w.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/;
const ATTRIBUTE = /\s+([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')/g;
/**
 * Root attributes that never change the speech: the book's (often useless)
 * `alttext` — speech comes from the MathML — and what a reader adds for
 * focus and screen readers.
 */
const IGNORED_ROOT_ATTRIBUTE = /^(alttext|altimg(-\w+)?|aria-[\w-]+|tabindex|class|id|style|role|title|data-[\w.-]+)$/i;

/**
 * The MathML with the root's ignored attributes dropped (and any XML
 * declaration before it), so a reader's `tabindex` or the book's `alttext`
 * never change what is spoken or the cache key. Text whose root is not a
 * `<math>` start tag is returned trimmed, for {@link checkMathml} to judge.
 */
export function normalizeMathml(source: string): string {
  const text = source.trim();
  const root = ROOT_START.exec(text);
  if (!root || root[2] !== 'math') return text;
  const [start, prefix, , attributes = '', selfClosing] = root;
  const kept = [...attributes.matchAll(ATTRIBUTE)].filter(([, name]) => !IGNORED_ROOT_ATTRIBUTE.test(name!)).map(([pair]) => pair).join('');
  return `<${prefix ? `${prefix}:` : ''}math${kept}${selfClosing}>${text.slice(start.length)}`;
}

/** Checks that (normalized) text is one well-formed `<math>` element; a problem when it is not. Never throws. */
export function checkMathml(text: string, validate: LoadedMath['validate']): MathProblem | undefined {
  if (!text) return { code: 'malformed-mathml', message: 'The math expression is empty text, so there is nothing to read.' };
  const checked = validate(text);
  if (checked !== true) {
    const where = `line ${checked.err.line}${checked.err.col !== undefined ? `, column ${checked.err.col}` : ''}`;
    return { code: 'malformed-mathml', message: `The MathML is not well-formed XML (${where}), so it cannot be read.`, detail: checked.err.msg };
  }
  const root = ROOT_START.exec(text);
  if (!root || root[2] !== 'math') return { code: 'not-mathml', message: `Expected a <math> element but found <${root?.[2] ?? '?'}>, so it is not read as math.` };
  return undefined;
}
