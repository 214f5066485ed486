// @ts-check
// What the sources really declare, read independently of the manifest
// analyzer: which tags are registered, each element's reactive properties and
// the attributes lit derives from them, its internal fields, and every event
// name the code creates. The manifest checks compare the manifests against
// these facts, so a manifest that drifts from the code fails a test.
//
// TypeScript's parser comes from the analyzer package (it bundles 5.4 and
// re-exports it); the repository's TypeScript 7 has no JavaScript API.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ts } from '@custom-elements-manifest/analyzer';

/** lit decorators that make a field internal rather than public API. */
const INTERNAL_DECORATORS = new Set(['state', 'query', 'queryAll', 'queryAsync', 'queryAssignedElements', 'queryAssignedNodes']);

/**
 * @typedef {object} SourceElement
 * @property {string} tagName
 * @property {string} className
 * @property {string} file path relative to the package
 * @property {number} line
 * @property {{ field: string, attribute: string }[]} attributes attributes lit observes for `@property()` fields
 * @property {string[]} reactiveFields every `@property()` field (with or without an attribute)
 * @property {string[]} internalFields `@state`/`@query` fields, `private`/`protected` members, `_x` and `#x`
 *
 * @typedef {object} SourceEvent
 * @property {string} name
 * @property {string} where `file:line`
 * @property {'dispatched' | 'event-map' | 'event-class'} how
 *
 * @typedef {object} SourceFacts
 * @property {SourceElement[]} elements
 * @property {SourceEvent[]} events
 */

/** The package's TypeScript sources (not declaration files). @param {string} dir */
export function sourceFiles(dir) {
  const src = join(dir, 'src');
  if (!existsSync(src)) return [];
  return readdirSync(src, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .sort()
    .map((f) => join(src, f));
}

/**
 * @param {string} packageDir
 * @returns {SourceFacts}
 */
export function readSourceFacts(packageDir) {
  /** @type {SourceFacts} */
  const facts = { elements: [], events: [] };
  for (const file of sourceFiles(packageDir)) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    collectFromFile(sf, relative(packageDir, file), facts);
  }
  return facts;
}

/**
 * @param {import('typescript').SourceFile} sf
 * @param {string} file
 * @param {SourceFacts} facts
 */
function collectFromFile(sf, file, facts) {
  /** @type {Map<string, import('typescript').ClassDeclaration>} */
  const classes = new Map();
  /** @type {{ tag: string, className: string, node: import('typescript').Node }[]} */
  const defined = [];
  const where = (/** @type {import('typescript').Node} */ node) => `${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;

  const visit = (/** @type {import('typescript').Node} */ node) => {
    if (ts.isClassDeclaration(node) && node.name) {
      classes.set(node.name.text, node);
      for (const decorator of decoratorsOf(node)) {
        const call = decorator.expression;
        if (ts.isCallExpression(call) && call.expression.getText(sf) === 'customElement') {
          const tag = stringArgument(call, 0);
          if (tag) defined.push({ tag, className: node.name.text, node });
        }
      }
      const base = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression.getText(sf);
      if (base === 'Event' || base === 'CustomEvent') collectEventClass(node, facts, where);
    }
    // customElements.define('tag', Class)
    if (ts.isCallExpression(node) && /(^|\.)customElements\.define$/.test(node.expression.getText(sf))) {
      const tag = stringArgument(node, 0);
      const klass = node.arguments[1];
      if (tag && klass && ts.isIdentifier(klass)) defined.push({ tag, className: klass.text, node });
    }
    // new CustomEvent('name'), new Event('name'), contractEvent('name', …), authoringEvent('name', …)
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && /(^|\.)(CustomEvent|Event|[a-zA-Z]+Event)$/.test(node.expression.getText(sf))) {
      const name = stringArgument(node, 0);
      if (name && /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(name)) facts.events.push({ name, where: where(node), how: 'dispatched' });
    }
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'HTMLElementEventMap') {
      for (const member of node.members) {
        if (ts.isPropertySignature(member) && member.name && ts.isStringLiteral(member.name)) {
          facts.events.push({ name: member.name.text, where: where(member), how: 'event-map' });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);

  for (const { tag, className, node } of defined) {
    const klass = classes.get(className);
    const members = klass ? membersOf(klass, sf) : { attributes: [], reactiveFields: [], internalFields: [] };
    facts.elements.push({ tagName: tag, className, file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, ...members });
  }
}

/**
 * @param {import('typescript').ClassDeclaration} node
 * @param {SourceFacts} facts
 * @param {(node: import('typescript').Node) => string} where
 */
function collectEventClass(node, facts, where) {
  const ctor = node.members.find(ts.isConstructorDeclaration);
  ctor?.body?.forEachChild(function findSuper(child) {
    if (ts.isCallExpression(child) && child.expression.kind === ts.SyntaxKind.SuperKeyword) {
      const name = stringArgument(child, 0);
      if (name) facts.events.push({ name, where: where(child), how: 'event-class' });
      return;
    }
    child.forEachChild(findSuper);
  });
}

/**
 * @param {import('typescript').ClassDeclaration} klass
 * @param {import('typescript').SourceFile} sf
 */
function membersOf(klass, sf) {
  /** @type {{ field: string, attribute: string }[]} */
  const attributes = [];
  /** @type {string[]} */
  const reactiveFields = [];
  /** @type {string[]} */
  const internalFields = [];
  for (const member of klass.members) {
    if (!member.name) continue;
    const name = ts.isPrivateIdentifier(member.name) ? member.name.text : member.name.getText(sf);
    const modifiers = ts.canHaveModifiers(member) ? ts.getModifiers(member) ?? [] : [];
    const hidden = modifiers.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword);
    if (hidden || name.startsWith('#') || name.startsWith('_')) internalFields.push(name);
    for (const decorator of decoratorsOf(member)) {
      const call = decorator.expression;
      const decoratorName = ts.isCallExpression(call) ? call.expression.getText(sf) : call.getText(sf);
      if (INTERNAL_DECORATORS.has(decoratorName)) internalFields.push(name);
      if (decoratorName !== 'property' || !ts.isCallExpression(call)) continue;
      reactiveFields.push(name);
      const attribute = attributeOf(call, name);
      if (attribute) attributes.push({ field: name, attribute });
    }
  }
  return { attributes, reactiveFields: [...new Set(reactiveFields)], internalFields: [...new Set(internalFields)] };
}

/**
 * The attribute lit observes for `@property(options)`: `attribute: 'x'`, none
 * for `attribute: false`, otherwise the field name lowercased.
 * @param {import('typescript').CallExpression} call
 * @param {string} field
 */
function attributeOf(call, field) {
  const options = call.arguments[0];
  if (options && ts.isObjectLiteralExpression(options)) {
    for (const prop of options.properties) {
      if (!ts.isPropertyAssignment(prop) || prop.name.getText() !== 'attribute') continue;
      if (prop.initializer.kind === ts.SyntaxKind.FalseKeyword) return undefined;
      if (ts.isStringLiteralLike(prop.initializer)) return prop.initializer.text;
    }
  }
  return field.toLowerCase();
}

/** @param {import('typescript').Node} node */
function decoratorsOf(node) {
  return ts.canHaveDecorators(node) ? ts.getDecorators(node) ?? [] : [];
}

/** @param {import('typescript').CallExpression | import('typescript').NewExpression} call @param {number} index */
function stringArgument(call, index) {
  const arg = call.arguments?.[index];
  return arg && ts.isStringLiteralLike(arg) ? arg.text : undefined;
}
