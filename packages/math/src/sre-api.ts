/**
 * The part of speech-rule-engine's public API (its `System` module, the
 * default export of `lib/sre.js`) that Attune uses. SRE ships no type
 * declarations for its main entry, so they are written here.
 */
export interface SreApi {
  version: string;
  setupEngine(feature: Record<string, unknown>): Promise<string>;
  engineReady(): Promise<unknown>;
  engineSetup(): Record<string, unknown>;
  /** Speech for a MathML string in the current locale, domain and style. */
  toSpeech(mathml: string): string;
  /** MathML enriched with `data-semantic-*` attributes (an xmldom element in Node, a DOM element in browsers). */
  toEnriched(mathml: string): SreElement;
}

/** What Attune reads of an enriched element; xmldom's and the browser's elements both have it. */
export interface SreNode {
  nodeType: number;
  nodeValue?: string | null;
  childNodes: ArrayLike<SreNode>;
}

export interface SreElement extends SreNode {
  localName: string | null;
  getAttribute(name: string): string | null;
}
