import type { GlossaryEntry } from '../pack/variant-pack.js';
import type { TermMatcher, TermOccurrence } from '../glossary/term-matcher.js';
import { element } from './xhtml-elements.js';
import { MARK } from './markers.js';

/**
 * Marks glossary words in a section: `<span data-attune-glossary="id">`
 * around each, which the reader turns into a button. "First" marks each
 * term once per section; in a swapped passage the variant and the hidden
 * original are counted apart, so a word is marked in whichever the learner
 * sees, and the text after the passage goes on from the variant.
 */

/** Where a word is not marked: links (already a control), headings, code, maths, pictures, ruby text. */
const SKIPPED = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'math', 'svg', 'head', 'title', 'rt', 'rp', 'button', 'summary', 'abbr']);

interface PendingMarks {
  node: Text;
  occurrences: TermOccurrence[];
}

export type GlossaryMarkPolicy = 'first' | 'all';

export function markGlossary(root: Element, matcher: TermMatcher, policy: GlossaryMarkPolicy, allowed: (entry: GlossaryEntry) => boolean = () => true): number {
  const pending: PendingMarks[] = [];

  const walk = (parent: Element, seen: Set<GlossaryEntry>) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child as Text;
        const found: TermOccurrence[] = [];
        for (const o of matcher.find(text.data)) {
          if (!allowed(o.entry)) continue;
          if (policy === 'first' && seen.has(o.entry)) continue;
          seen.add(o.entry);
          found.push(o);
        }
        if (found.length) pending.push({ node: text, occurrences: found });
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (SKIPPED.has(el.localName) || el.hasAttribute(MARK.glossary) || el.hasAttribute(MARK.inserted)) continue;
      if (el.hasAttribute(MARK.passage)) {
        const variant = [...el.children].find((c) => c.hasAttribute(MARK.variant));
        const original = [...el.children].find((c) => c.hasAttribute(MARK.original));
        const variantSeen = new Set(seen);
        if (variant) walk(variant, variantSeen);
        if (original) walk(original, new Set(seen));
        for (const entry of variantSeen) seen.add(entry);
        continue;
      }
      walk(el, seen);
    }
  };
  walk(root, new Set());

  const doc = root.ownerDocument;
  let count = 0;
  for (const { node, occurrences } of pending) {
    // Right to left, so the offsets of earlier words stay valid in `node`.
    for (const o of [...occurrences].sort((a, b) => b.start - a.start)) {
      if (o.end < node.length) node.splitText(o.end);
      const word = o.start > 0 ? node.splitText(o.start) : node;
      const mark = element(doc, 'span', { [MARK.glossary]: o.entry.id });
      word.parentNode!.insertBefore(mark, word);
      mark.append(word);
      count++;
      if (word === node) break;
    }
  }
  return count;
}
