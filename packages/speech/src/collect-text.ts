import {
  MATHML_NS, SSML_NS, SVG_NS, isNoteReference, isPageBreak, languageOf, prefixedAttribute, semanticTypes, ssmlAlphabetOf,
} from './markup.js';

/**
 * Walks a section's DOM in reading order and gathers what read aloud says:
 * runs of text (one block, one language, whitespace collapsed, every
 * character mapped back to its Text node) and atoms (an image's alt text, a
 * math expression) that are spoken as units of their own.
 */

export interface CollectOptions {
  /** Language when the document does not say (the book's). */
  language?: string;
  skipPageNumbers?: boolean;
  skipNoteReferences?: boolean;
  readAltText?: boolean;
}

/** Text of one block in one language, with where each UTF-16 unit came from. */
export interface TextRun {
  type: 'run';
  lang: string;
  text: string;
  nodes: Text[];
  /** Per character: index into `nodes`. */
  charNode: number[];
  /** Per character: offset in that node. */
  charOffset: number[];
  /** A heading is read as one sentence whatever its punctuation ("Chapter 1. Loomings."). */
  heading: boolean;
  /** `ssml:ph` spans in run offsets. */
  phonemes: { start: number; end: number; phoneme: string; alphabet?: string }[];
}

export interface Atom {
  type: 'image' | 'math';
  element: Element;
  lang: string;
  /** Alt text of an image; for math, filled in later. */
  text: string;
}

export type Collected = TextRun | Atom;

/** Elements that are never read: not content, or content shown another way. */
// Controls (the reader's own "Show original text" switch, a quiz's buttons)
// are things to press, not text to read aloud.
const NEVER_READ = new Set(['head', 'script', 'style', 'template', 'noscript', 'rt', 'rp', 'audio', 'video', 'track', 'source', 'select', 'textarea', 'button', 'title', 'desc', 'metadata', 'defs', 'iframe']);

/**
 * Elements that end a sentence before and after them, so headings, list
 * items, table cells and poetry lines keep their pauses. Used instead of
 * computed `display` so segmentation is the same in a detached document.
 */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'legend', 'menu', 'option', 'html', 'text', 'tspan',
  'foreignObject', 'svg',
]);

const HEADINGS = /^h[1-6]$/;
const COLLAPSIBLE = /[ \t\n\r\f]/;

export function collectText(root: Node, options: CollectOptions = {}): Collected[] {
  const skipPageNumbers = options.skipPageNumbers ?? true;
  const skipNoteReferences = options.skipNoteReferences ?? true;
  const readAltText = options.readAltText ?? true;
  const fallbackLanguage = options.language ?? '';
  const doc = root.ownerDocument ?? (root as Document);
  const view = doc.defaultView;
  const out: Collected[] = [];
  let run: TextRun | null = null;
  let headingDepth = 0;

  const flush = () => {
    if (run) {
      // Drop a trailing collapsed space.
      if (run.text.endsWith(' ')) {
        run.text = run.text.slice(0, -1);
        run.charNode.pop();
        run.charOffset.pop();
      }
      if (run.text) out.push(run);
    }
    run = null;
  };

  const appendText = (node: Text, lang: string) => {
    const data = node.data;
    if (!data) return;
    if (run && run.lang !== lang) {
      // A language change ends the utterance: one voice speaks one language.
      if (/\S/.test(data)) flush();
    }
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      const collapsible = COLLAPSIBLE.test(ch);
      if (collapsible && (!run || run.text.endsWith(' ') || run.text === '')) continue;
      if (!run) run = { type: 'run', lang, text: '', nodes: [], charNode: [], charOffset: [], phonemes: [], heading: headingDepth > 0 };
      if (run.nodes[run.nodes.length - 1] !== node) run.nodes.push(node);
      run.text += collapsible ? ' ' : ch;
      run.charNode.push(run.nodes.length - 1);
      run.charOffset.push(i);
    }
  };

  const hidden = (el: Element): boolean => {
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
    if (view && typeof view.getComputedStyle === 'function') {
      const style = view.getComputedStyle(el);
      if (style.display === 'none') return true;
    }
    return false;
  };

  const walk = (node: Node, lang: string): void => {
    if (node.nodeType === 3 /* TEXT_NODE */) {
      appendText(node as Text, lang);
      return;
    }
    if (node.nodeType !== 1 /* ELEMENT_NODE */) {
      if (node.nodeType === 9 || node.nodeType === 11) for (const child of [...node.childNodes]) walk(child, lang);
      return;
    }
    const el = node as Element;
    const name = el.localName;
    if (NEVER_READ.has(name) || hidden(el)) return;
    const ownLang = el.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang') ?? el.getAttribute('xml:lang') ?? el.getAttribute('lang');
    const elLang = ownLang !== null ? ownLang.trim() || fallbackLanguage : lang;
    const types = semanticTypes(el);
    if (skipPageNumbers && isPageBreak(types)) return;
    if (skipNoteReferences && isNoteReference(types)) return;
    if (name === 'math' && (el.namespaceURI === MATHML_NS || !el.namespaceURI)) {
      flush();
      out.push({ type: 'math', element: el, lang: elLang, text: '' });
      return;
    }
    if (name === 'img' || (el.getAttribute('role') === 'img' && el.hasAttribute('aria-label'))) {
      const alt = (name === 'img' ? el.getAttribute('alt') : el.getAttribute('aria-label'))?.replace(/\s+/g, ' ').trim();
      // No alt or alt="" (decorative): nothing is said, and never the file name.
      if (readAltText && alt) {
        flush();
        out.push({ type: 'image', element: el, lang: elLang, text: alt });
      }
      return;
    }
    if (name === 'br') {
      flush();
      return;
    }
    const block = BLOCKS.has(name) && !(el.namespaceURI === SVG_NS && (name === 'tspan'));
    if (block) flush();
    const ph = prefixedAttribute(el, SSML_NS, 'ssml', 'ph');
    const startRun = run as TextRun | null;
    const start = startRun?.text.length ?? 0;
    const heading = HEADINGS.test(name);
    if (heading) headingDepth++;
    for (const child of [...el.childNodes]) walk(child, elLang);
    if (heading) headingDepth--;
    const endRun = run as TextRun | null;
    if (ph && endRun && (endRun === startRun || startRun === null)) {
      const from = endRun === startRun ? start : 0;
      endRun.phonemes.push({ start: from, end: endRun.text.length, phoneme: ph.trim(), alphabet: ssmlAlphabetOf(el) });
    }
    if (block) flush();
  };

  const startLang = root.nodeType === 1 ? languageOf(root as Element) || fallbackLanguage : languageOf(doc.documentElement) || fallbackLanguage;
  if (root.nodeType === 9) {
    const body = (root as Document).body ?? (root as Document).documentElement;
    if (body) walk(body, languageOf(body) || fallbackLanguage);
  } else {
    walk(root, startLang);
  }
  flush();
  return out;
}

/** A DOM Range over `[start, end)` of a run. */
export function runRange(run: TextRun, start: number, end: number): Range {
  const doc = run.nodes[0]!.ownerDocument;
  const range = doc.createRange();
  range.setStart(run.nodes[run.charNode[start]!]!, run.charOffset[start]!);
  range.setEnd(run.nodes[run.charNode[end - 1]!]!, run.charOffset[end - 1]! + 1);
  return range;
}
