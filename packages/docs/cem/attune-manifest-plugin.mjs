// @ts-check
// A @custom-elements-manifest/analyzer plugin that turns what the analyzer
// reads from our lit sources into the public API embedders rely on:
// - only public members: `private`/`protected`, `#x`, `_x` and lit's internal
//   decorators (`@state`, `@query…`) never appear;
// - events carry their real name and type: the analyzer takes the first
//   argument of `new SomeEvent(x)` as the name (so `new EntryChangeEvent(next)`
//   became an event called "next"); we read the name from the Event subclass's
//   `super('entry-change')` and the detail type from `HTMLElementEventMap`
//   declarations or `new CustomEvent<Detail>('name')`;
// - a getter/setter pair is one member, with a type where the source gives one;
// - every custom element states all six lists (an empty `slots` says "no slots"
//   rather than "not documented");
// - module paths point at what the package ships (`dist/x.js`), not `src/x.ts`.

/** lit decorators that make a field internal reactive state or a shadow-DOM handle. */
const INTERNAL_DECORATORS = new Set(['state', 'query', 'queryAll', 'queryAsync', 'queryAssignedElements', 'queryAssignedNodes']);
const ELEMENT_LISTS = ['attributes', 'members', 'events', 'cssParts', 'cssProperties', 'slots'];
const GENERIC_EVENT_TYPES = new Set(['Event', 'CustomEvent']);

/**
 * @param {{ srcDir?: string, outDir?: string }} [options] where sources live and where tsc writes them
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
export function attuneManifestPlugin({ srcDir = 'src', outDir = 'dist' } = {}) {
  /** Event subclass name → the event name it passes to `super()`. */
  const eventClassNames = new Map();
  /** Event name → its TypeScript type, e.g. `CustomEvent<RelocateDetail>`. */
  const eventTypes = new Map();
  /** `Class.field` keys of fields with an internal lit decorator. */
  const internalFields = new Set();
  /** `Class.member` → the parameter type of its setter (a setter-only static has no other type). */
  const setterTypes = new Map();
  /** Module-level `const NAME = 'text'`, so `storeName = DEFAULT_NAME` is known to be a string. */
  const stringConstants = new Map();

  return {
    name: 'attune-public-api',
    collectPhase({ ts, node }) {
      if (ts.isClassDeclaration(node) && node.name) collectClass(ts, node, { eventClassNames, internalFields, setterTypes });
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isStringLiteralLike(node.initializer)) {
        const list = node.parent;
        if (ts.isVariableDeclarationList(list) && list.flags & ts.NodeFlags.Const) stringConstants.set(node.name.text, node.initializer.text);
      }
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'HTMLElementEventMap') {
        for (const member of node.members) {
          if (ts.isPropertySignature(member) && member.type && member.name && ts.isStringLiteral(member.name)) {
            eventTypes.set(member.name.text, member.type.getText());
          }
        }
      }
      // `new CustomEvent<Detail>('name', …)`: the declared map wins when both exist.
      if (ts.isNewExpression(node) && node.expression.getText() === 'CustomEvent' && node.typeArguments?.length) {
        const first = node.arguments?.[0];
        if (first && ts.isStringLiteralLike(first) && !eventTypes.has(first.text)) {
          eventTypes.set(first.text, `CustomEvent<${node.typeArguments.map((t) => t.getText()).join(', ')}>`);
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const klass = /** @type {any} */ (declaration);
          klass.members = publicMembers(klass, { internalFields, setterTypes, stringConstants });
          if (klass.events) klass.events = realEvents(klass.events, eventClassNames, eventTypes);
          if (klass.attributes) shareAttributeDocs(klass);
          if (klass.customElement) for (const list of ELEMENT_LISTS) klass[list] ??= [];
        }
      }
      pointAtShippedFiles(customElementsManifest, srcDir, outDir);
    },
  };
}

/**
 * @param {typeof import('typescript')} ts
 * @param {import('typescript').ClassDeclaration} node
 * @param {{ eventClassNames: Map<string, string>, internalFields: Set<string>, setterTypes: Map<string, string> }} found
 */
function collectClass(ts, node, { eventClassNames, internalFields, setterTypes }) {
  const className = node.name?.text ?? '';
  const extendsClause = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
  const base = extendsClause?.types[0]?.expression.getText();
  if (base && GENERIC_EVENT_TYPES.has(base)) {
    const ctor = node.members.find(ts.isConstructorDeclaration);
    ctor?.body?.forEachChild(function findSuper(child) {
      if (ts.isCallExpression(child) && child.expression.kind === ts.SyntaxKind.SuperKeyword) {
        const first = child.arguments[0];
        if (first && ts.isStringLiteralLike(first)) eventClassNames.set(className, first.text);
        return;
      }
      child.forEachChild(findSuper);
    });
  }
  for (const member of node.members) {
    const decorators = ts.canHaveDecorators(member) ? ts.getDecorators(member) ?? [] : [];
    const internal = decorators.some((d) => {
      const call = d.expression;
      const name = ts.isCallExpression(call) ? call.expression.getText() : call.getText();
      return INTERNAL_DECORATORS.has(name);
    });
    if (internal && member.name) internalFields.add(`${className}.${member.name.getText()}`);
    const parameterType = ts.isSetAccessorDeclaration(member) ? member.parameters[0]?.type : undefined;
    if (parameterType) setterTypes.set(`${className}.${member.name.getText()}`, parameterType.getText());
  }
}

/**
 * Public members only, one entry per name (a getter and its setter become one field).
 * @param {any} klass
 * @param {{ internalFields: Set<string>, setterTypes: Map<string, string>, stringConstants: Map<string, string> }} found
 */
function publicMembers(klass, { internalFields, setterTypes, stringConstants }) {
  /** @type {Map<string, any>} */
  const byName = new Map();
  for (const member of klass.members ?? []) {
    const name = String(member.name ?? '');
    if (member.privacy === 'private' || member.privacy === 'protected') continue;
    if (name.startsWith('#') || name.startsWith('_')) continue;
    if (internalFields.has(`${klass.name}.${name}`)) continue;
    const key = `${member.static ? 'static ' : ''}${member.kind} ${name}`;
    const earlier = byName.get(key);
    const merged = { ...member, ...earlier };
    if (earlier && !earlier.type && member.type) merged.type = member.type;
    if (earlier && !earlier.description && member.description) merged.description = member.description;
    if (merged.kind === 'field' && typeof merged.default === 'string' && stringConstants.has(merged.default)) {
      merged.default = JSON.stringify(stringConstants.get(merged.default));
    }
    if (merged.kind === 'field' && !merged.type) {
      const inferred = setterTypes.get(`${klass.name}.${name}`) ?? typeOfDefault(merged.default);
      if (inferred) merged.type = { text: inferred };
    }
    byName.set(key, merged);
  }
  return [...byName.values()];
}

/**
 * An attribute and the property behind it describe the same thing: a `@attr`
 * description reaches the property, a property's type and default reach the
 * attribute.
 * @param {any} klass
 */
function shareAttributeDocs(klass) {
  for (const attribute of klass.attributes) {
    const field = klass.members.find((m) => m.kind === 'field' && !m.static && (m.name === attribute.fieldName || m.attribute === attribute.name));
    if (!field) continue;
    attribute.fieldName ??= field.name;
    for (const key of ['type', 'default', 'description']) {
      if (attribute[key] === undefined && field[key] !== undefined) attribute[key] = field[key];
      if (field[key] === undefined && attribute[key] !== undefined) field[key] = attribute[key];
    }
  }
}

/** The type of a literal default value (`'x'`, `3`, `true`), for fields declared without one. */
function typeOfDefault(value) {
  if (typeof value !== 'string') return undefined;
  if (/^(['"`]).*\1$/s.test(value)) return 'string';
  if (/^-?\d+(\.\d+)?$/.test(value)) return 'number';
  if (value === 'true' || value === 'false') return 'boolean';
  return undefined;
}

/**
 * Events under their real names, each once, with the documented description
 * (from `@fires`) and the type found in the sources.
 * @param {any[]} events
 * @param {Map<string, string>} eventClassNames
 * @param {Map<string, string>} eventTypes
 */
function realEvents(events, eventClassNames, eventTypes) {
  const classOfEvent = new Map([...eventClassNames].map(([className, eventName]) => [eventName, className]));
  /** @type {Map<string, any>} */
  const byName = new Map();
  /** @type {any[]} */
  const unnamed = [];
  for (const event of events) {
    const typeText = event.type?.text;
    const fromClass = typeText ? eventClassNames.get(typeText) : undefined;
    const name = fromClass ?? event.name;
    if (!name) {
      // Left in (without a name) so the docs checks can say which element dispatches what.
      unnamed.push(event);
      continue;
    }
    const earlier = byName.get(name) ?? {};
    const merged = { ...earlier, ...event, name };
    merged.description = earlier.description || event.description;
    const known = fromClass ? typeText : eventTypes.get(name) ?? classOfEvent.get(name);
    const candidates = [earlier.type?.text, typeText, known].filter(Boolean);
    // A specific type (`CustomEvent<Detail>`, `EntryChangeEvent`) beats a generic one; none is better than a guess.
    const best = candidates.find((t) => !GENERIC_EVENT_TYPES.has(t)) ?? candidates[0];
    if (best) merged.type = { text: best };
    else delete merged.type;
    if (!merged.description) delete merged.description;
    byName.set(name, merged);
  }
  return [...byName.values(), ...unnamed];
}

/**
 * Rewrites `src/x.ts` to `dist/x.js` everywhere a module path is named.
 * @param {any} value
 * @param {string} srcDir
 * @param {string} outDir
 */
function pointAtShippedFiles(value, srcDir, outDir) {
  const pattern = new RegExp(`^(?:\\./)?${srcDir}/(.*)\\.ts$`);
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const key of ['path', 'module']) {
      if (typeof node[key] === 'string') node[key] = node[key].replace(pattern, `${outDir}/$1.js`);
    }
    for (const child of Object.values(node)) visit(child);
  };
  visit(value);
}
