import type { SreElement, SreNode } from './sre-api.js';

/** Token elements: the printed pieces of an expression, the unit of highlighting. */
export const TOKEN_NAMES: ReadonlySet<string> = new Set(['mi', 'mn', 'mo', 'mtext', 'ms']);
/** Alternative encodings inside `<semantics>`, not part of what is shown. */
export const ANNOTATION_NAMES: ReadonlySet<string> = new Set(['annotation', 'annotation-xml']);

/** One node of speech-rule-engine's semantic tree, read from enriched MathML. */
export interface SemanticNode {
  id: string;
  /** SRE's semantic type (`fraction`, `infixop`, `identifier`, `matrix`, …) and role. */
  type: string;
  role: string;
  parent: string | undefined;
  /** Its parts in SRE's navigation order (`data-semantic-owns`: operands and operators interleaved, fences around). */
  owns: string[];
  /** Indices of the source's token elements this node covers, in document order. */
  leaves: number[];
  /** The printed text of its tokens (SRE-added invisible operators excluded). */
  text: string;
  /** Semantic nodes in its subtree, itself included. */
  size: number;
  /** `data-semantic-speech` and `-prefix`/`-postfix`, present when the tree was enriched with deep speech. */
  speech?: string;
  prefix?: string;
  postfix?: string;
  element: SreElement;
}

export interface SemanticTree {
  root: string;
  nodes: Map<string, SemanticNode>;
  /** Token elements of the source (not inside annotations). */
  tokenCount: number;
}

const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';
const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

function isElement(node: SreNode): node is SreElement {
  return node.nodeType === ELEMENT;
}

/**
 * Reads the semantic tree out of SRE's enriched MathML: ids, navigation
 * order, and which source tokens each node covers. SRE keeps the source's
 * tokens in order and marks the ones it adds (`data-semantic-added`), so
 * the n-th unmarked token is the source's n-th token.
 */
export function readSemanticTree(enriched: SreElement): SemanticTree {
  const nodes = new Map<string, SemanticNode>();
  let root: string | undefined;
  let tokenCount = 0;

  const visit = (element: SreElement, ancestors: SemanticNode[]): void => {
    const name = element.localName ?? '';
    if (ANNOTATION_NAMES.has(name)) return;
    const id = element.getAttribute('data-semantic-id');
    let chain = ancestors;
    if (id !== null && !nodes.has(id)) {
      const node: SemanticNode = {
        id,
        type: element.getAttribute('data-semantic-type') ?? '',
        role: element.getAttribute('data-semantic-role') ?? '',
        parent: element.getAttribute('data-semantic-parent') ?? undefined,
        owns: (element.getAttribute('data-semantic-owns') ?? '').split(/\s+/).filter(Boolean),
        leaves: [],
        text: '',
        size: 1,
        speech: element.getAttribute('data-semantic-speech') ?? undefined,
        prefix: element.getAttribute('data-semantic-prefix') ?? undefined,
        postfix: element.getAttribute('data-semantic-postfix') ?? undefined,
        element,
      };
      nodes.set(id, node);
      root ??= id;
      chain = [...ancestors, node];
    }
    if (TOKEN_NAMES.has(name) && element.getAttribute('data-semantic-added') !== 'true') {
      const text = textOf(element);
      for (const node of chain) {
        node.leaves.push(tokenCount);
        node.text += text;
      }
      tokenCount += 1;
      return;
    }
    for (const child of Array.from(element.childNodes)) if (isElement(child)) visit(child, chain);
  };
  visit(enriched, []);

  if (root === undefined) throw new Error('speech-rule-engine returned MathML without semantic ids.');
  for (const node of nodes.values()) node.owns = node.owns.filter((id) => nodes.has(id));
  const sizeOf = (node: SemanticNode): number => (node.size = 1 + node.owns.reduce((sum, id) => sum + sizeOf(nodes.get(id)!), 0));
  sizeOf(nodes.get(root)!);
  return { root, nodes, tokenCount };
}

function textOf(node: SreNode): string {
  if (node.nodeType === TEXT || node.nodeType === CDATA) return node.nodeValue ?? '';
  return Array.from(node.childNodes).map(textOf).join('');
}

/** A node's subtree as a `<math>` of its own, without SRE's attributes, to speak or enrich it again. */
export function subtreeMathml(element: SreElement): string {
  const xml = (typeof XMLSerializer !== 'undefined' ? new XMLSerializer().serializeToString(element as unknown as Node) : String(element))
    .replace(/\sdata-semantic-[\w-]+="[^"]*"/g, '');
  return element.localName === 'math' ? xml : `<math xmlns="${MATHML_NS}">${xml}</math>`;
}
