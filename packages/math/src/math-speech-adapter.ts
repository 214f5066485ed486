import type { MathSpeechOptions } from './math-options.js';
import { speakMath, type MathSpeechResult } from './speak-math.js';

/** The shape of `@attune/speech`'s `MathSpeech`: words for one `<math>` element. */
export type MathSpeechFunction = (math: Element) => Promise<string>;

export interface MathSpeechAdapterOptions extends Omit<MathSpeechOptions, 'locale'> {
  /** The book's language (`book.metadata.language`), for `<math>` elements with no language of their own or around them. */
  bookLocale?: string;
  /** Told about every expression spoken — to show “math is read in English” when `fellBack`, or log `problems`. */
  onSpoken?(result: MathSpeechResult, math: Element): void;
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** The language of an element: the nearest `xml:lang` or `lang` on it or its ancestors. */
export function elementLanguage(element: Element): string | undefined {
  // parentNode, not parentElement: xmldom's elements (Node) have only the former.
  for (let node: Node | null = element; node?.nodeType === 1; node = node.parentNode) {
    const el = node as Element;
    const lang = el.getAttributeNS(XML_NS, 'lang') || el.getAttribute('xml:lang') || el.getAttribute('lang');
    if (lang) return lang;
  }
  return undefined;
}

/**
 * A `mathSpeech` function for `@attune/speech` (`new ReadAloudEngine({
 * mathSpeech })`, `segmentDocument(doc, { mathSpeech })`): each `<math>` is
 * spoken with the profile's style and verbosity in its own language (else
 * the book's), never rejects, and never returns the book's `alttext`.
 */
export function createMathSpeech(options: MathSpeechAdapterOptions = {}): MathSpeechFunction {
  const { bookLocale, onSpoken, ...speech } = options;
  return async (math) => {
    const result = await speakMath(math, { ...speech, locale: elementLanguage(math) ?? bookLocale });
    onSpoken?.(result, math);
    return result.text;
  };
}
