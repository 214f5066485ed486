import type { Pronunciation } from './speech-unit.js';
import { XML_NS } from './markup.js';
import { attribute, childElements, parseXmlTree, textOf } from './xml-tree.js';

const PLS_NS = 'http://www.w3.org/2005/01/pronunciation-lexicon';

/**
 * A W3C Pronunciation Lexicon (PLS 1.0), as EPUB books link them with
 * `<link rel="pronunciation">`: graphemes mapped to phonemes and aliases.
 */
export class PronunciationLexicon {
  private readonly exact = new Map<string, Pronunciation>();
  private readonly folded = new Map<string, Pronunciation>();
  /** The most words any grapheme has ("New York" is 2). */
  readonly maxWords: number;

  constructor(
    /** BCP 47 language the lexicon is for ('' when it does not say). */
    readonly lang: string,
    entries: Iterable<[grapheme: string, pronunciation: Pronunciation]>,
    /** Book path it was read from, for messages. */
    readonly path = '',
  ) {
    let maxWords = 1;
    for (const [grapheme, pronunciation] of entries) {
      const key = normalizeGrapheme(grapheme);
      if (!key) continue;
      // PLS: when a grapheme is listed twice, the first lexeme wins.
      if (!this.exact.has(key)) this.exact.set(key, pronunciation);
      const fold = key.toLocaleLowerCase();
      if (!this.folded.has(fold)) this.folded.set(fold, pronunciation);
      maxWords = Math.max(maxWords, key.split(' ').length);
    }
    this.maxWords = maxWords;
  }

  get size(): number {
    return this.exact.size;
  }

  /**
   * The pronunciation of a word or words as written in the text. Case is
   * matched exactly first, then ignored, so "Abolition" at the start of a
   * sentence still finds "abolition".
   */
  lookup(text: string): Pronunciation | undefined {
    const key = normalizeGrapheme(text);
    return this.exact.get(key) ?? this.folded.get(key.toLocaleLowerCase());
  }

  /** True when the lexicon is for `lang` (same primary language) or says no language. */
  appliesTo(lang: string): boolean {
    if (!this.lang || !lang) return true;
    return primaryLanguage(this.lang) === primaryLanguage(lang);
  }

  /** Parses a PLS document. Rejects with a sentence when it is not one. */
  static parse(xml: string, path = ''): PronunciationLexicon {
    const parsed = parseXmlTree(xml);
    const where = path ? `“${path}”` : 'The pronunciation lexicon';
    if ('error' in parsed) throw new Error(`${where} is not well-formed XML: ${parsed.error}`);
    const root = parsed.root;
    if (root.name !== 'lexicon' || (root.ns && root.ns !== PLS_NS)) throw new Error(`${where} is not a PLS lexicon (its root is <${root.name}>).`);
    const alphabet = attribute(root, 'alphabet') ?? '';
    const lang = attribute(root, 'lang', XML_NS) ?? '';
    const entries: [string, Pronunciation][] = [];
    for (const lexeme of childElements(root, 'lexeme')) {
      const phonemeEl = childElements(lexeme, 'phoneme')[0];
      const aliasEl = childElements(lexeme, 'alias')[0];
      const pronunciation: Pronunciation = { source: 'lexicon' };
      if (phonemeEl) {
        pronunciation.phoneme = textOf(phonemeEl).trim();
        pronunciation.alphabet = attribute(phonemeEl, 'alphabet') ?? alphabet;
      }
      if (aliasEl) pronunciation.alias = textOf(aliasEl).replace(/\s+/g, ' ').trim();
      if (!pronunciation.phoneme && !pronunciation.alias) continue;
      for (const grapheme of childElements(lexeme, 'grapheme')) entries.push([textOf(grapheme), pronunciation]);
    }
    return new PronunciationLexicon(lang, entries, path);
  }
}

function normalizeGrapheme(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function primaryLanguage(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}
