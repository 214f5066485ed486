import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { XML_NS } from './markup.js';

/**
 * SMIL and PLS files read into a small element tree with namespaces
 * resolved. They are parsed without the DOM so the same code runs in Node
 * (tests, `attune check`) and in the browser.
 */
export interface XmlElement {
  /** Local name, without prefix. */
  name: string;
  /** Namespace URI ('' when none). */
  ns: string;
  /** Attributes by `{namespace}local` for namespaced ones, plain `local` otherwise. */
  attributes: Map<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: '#comment',
});

/** Parses XML text; `{ error }` with the parser's sentence when it is not well-formed. */
export function parseXmlTree(text: string): { root: XmlElement } | { error: string } {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { error: `${valid.err.msg} (line ${valid.err.line})` };
  const ordered = parser.parse(text) as Ordered[];
  const roots = ordered.map((node) => toNode(node, new Map([['xml', XML_NS]]))).filter((n): n is XmlElement => typeof n !== 'string' && n !== null);
  const root = roots[0];
  return root ? { root } : { error: 'The file has no root element.' };
}

function toNode(node: Ordered, scope: Map<string, string>): XmlNode | null {
  const key = Object.keys(node).find((k) => k !== ':@');
  if (key === undefined || key === '#comment') return null;
  if (key === '#text') return String(node[key] ?? '');
  const raw = node[':@'] ?? {};
  let inner = scope;
  for (const [name, value] of Object.entries(raw)) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      if (inner === scope) inner = new Map(scope);
      inner.set(name === 'xmlns' ? '' : name.slice(6), value);
    }
  }
  const attributes = new Map<string, string>();
  for (const [name, value] of Object.entries(raw)) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    const colon = name.indexOf(':');
    if (colon < 0) attributes.set(name, value);
    else {
      const uri = inner.get(name.slice(0, colon));
      attributes.set(uri ? `{${uri}}${name.slice(colon + 1)}` : name, value);
    }
  }
  const colon = key.indexOf(':');
  const name = colon < 0 ? key : key.slice(colon + 1);
  const ns = inner.get(colon < 0 ? '' : key.slice(0, colon)) ?? '';
  const children = ((node[key] as Ordered[] | undefined) ?? []).map((child) => toNode(child, inner)).filter((c): c is XmlNode => c !== null);
  return { name, ns, attributes, children };
}

/** Child elements, optionally of one local name. */
export function childElements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

/** The element's text, descendants included. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/** An attribute in a namespace (`ns` given) or without one. */
export function attribute(el: XmlElement, local: string, ns?: string): string | undefined {
  return el.attributes.get(ns ? `{${ns}}${local}` : local);
}
