// Helpers for the browser tests: the corpus as the test server serves it, and
// speech-rule-engine's locale files where the test server serves them.

/** web-test-runner serves the repository root, so the installed package's locale files are here. */
export const LOCALES = '/node_modules/speech-rule-engine/lib/mathmaps/';

export function corpusUrl(name: string): string {
  return new URL(`/corpus/${name}`, location.href).href;
}

/** The `<math>` elements of a document, in document order. */
export function mathElements(root: Document | Element): Element[] {
  return Array.from(root.getElementsByTagNameNS('http://www.w3.org/1998/Math/MathML', 'math'));
}
