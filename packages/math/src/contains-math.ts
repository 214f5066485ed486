const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';

/**
 * Whether a section (or part of one) has MathML — the reader's cue to call
 * `warmUp()` and so load speech-rule-engine. Sections without math never
 * load it.
 */
export function containsMath(root: Document | Element): boolean {
  return root.getElementsByTagNameNS(MATHML_NS, 'math').length > 0;
}
