// @ts-check
// Does a package's Custom Elements Manifest tell the truth, and all of it?
// Each check returns problems as sentences that name the element, the member
// and where to fix it; an empty list means the manifest is complete.

import { elementsOf } from '../manifests.mjs';

/** Kinds of documented things every element states, with what to write in JSDoc to document one. */
const DOCUMENTED_LISTS = /** @type {const} */ ([
  ['attributes', '@attr'],
  ['events', '@fires'],
  ['cssParts', '@csspart'],
  ['cssProperties', '@cssprop'],
  ['slots', '@slot'],
]);

/**
 * Every element the sources register is in the manifest, and the manifest
 * lists no element the sources do not register.
 * @param {any} manifest
 * @param {import('./source-facts.mjs').SourceFacts} facts
 * @param {string} packageName
 * @returns {string[]}
 */
export function checkElementCoverage(manifest, facts, packageName) {
  const documented = new Set(elementsOf(manifest, packageName).map((el) => el.tagName));
  const registered = new Set(facts.elements.map((el) => el.tagName));
  return [
    ...facts.elements
      .filter((el) => !documented.has(el.tagName))
      .map((el) => `${packageName}: <${el.tagName}> (${el.className}, ${el.file}:${el.line}) is registered but missing from custom-elements.json; rebuild the manifest, and give the class a JSDoc comment with @attr/@fires/@csspart/@cssprop/@slot.`),
    ...[...documented]
      .filter((tag) => !registered.has(tag))
      .map((tag) => `${packageName}: custom-elements.json lists <${tag}>, which no source file registers (a stale manifest? rebuild it).`),
  ];
}

/**
 * Each element is described, every item in its lists has a description,
 * every public field has a type, and the six lists are present (an empty
 * list says "none", a missing one says nothing).
 * @param {any} manifest
 * @param {string} packageName
 * @returns {string[]}
 */
export function checkElementDocs(manifest, packageName) {
  /** @type {string[]} */
  const problems = [];
  for (const { tagName, declaration: d } of elementsOf(manifest, packageName)) {
    const at = `${packageName} <${tagName}>`;
    if (!(d.summary || d.description)?.trim()) problems.push(`${at}: the class has no description (write a JSDoc comment above ${d.name}).`);
    for (const [list, tag] of DOCUMENTED_LISTS) {
      if (!Array.isArray(d[list])) {
        problems.push(`${at}: the manifest has no "${list}" list.`);
        continue;
      }
      for (const item of d[list]) {
        if (!item.name && list !== 'slots') problems.push(`${at}: an entry of "${list}" has no name (${JSON.stringify(item).slice(0, 120)}).`);
        if (!item.description?.trim()) problems.push(`${at}: ${list} "${item.name || '(default)'}" has no description (add \`${tag} ${item.name || ''} - …\` to the class comment, or a comment on the member).`);
      }
    }
    if (!Array.isArray(d.members)) problems.push(`${at}: the manifest has no "members" list.`);
    for (const member of d.members ?? []) {
      if (member.kind === 'field' && !member.type?.text) problems.push(`${at}: property "${member.name}" has no type (declare one, or add \`@prop {Type} ${member.name}\`).`);
      if (!member.description?.trim()) problems.push(`${at}: ${member.kind} "${member.name}" has no description (a JSDoc comment on it).`);
    }
    for (const event of d.events ?? []) {
      if (event.name && !event.type?.text) problems.push(`${at}: event "${event.name}" has no type; its detail cannot be known (dispatch \`new CustomEvent<Detail>(…)\` or declare it in HTMLElementEventMap).`);
    }
  }
  return problems;
}

/**
 * The attributes in the manifest are exactly the ones lit observes, and no
 * internal member (`@state`, `@query`, `private`, `_x`, `#x`) is public API.
 * @param {any} manifest
 * @param {import('./source-facts.mjs').SourceFacts} facts
 * @param {string} packageName
 * @returns {string[]}
 */
export function checkMembersMatchSource(manifest, facts, packageName) {
  /** @type {string[]} */
  const problems = [];
  const documented = new Map(elementsOf(manifest, packageName).map((el) => [el.tagName, el.declaration]));
  for (const el of facts.elements) {
    const d = documented.get(el.tagName);
    if (!d) continue; // reported by checkElementCoverage
    const at = `${packageName} <${el.tagName}> (${el.file})`;
    const inManifest = new Set((d.attributes ?? []).map((/** @type {any} */ a) => a.name));
    const inSource = new Set(el.attributes.map((a) => a.attribute));
    for (const { attribute, field } of el.attributes) {
      if (!inManifest.has(attribute)) problems.push(`${at}: attribute "${attribute}" (from @property ${field}) is missing from the manifest.`);
    }
    for (const name of inManifest) {
      if (!inSource.has(name)) problems.push(`${at}: the manifest documents attribute "${name}", which the element does not observe (no @property with that attribute).`);
    }
    const internal = new Set(el.internalFields);
    for (const member of [...(d.members ?? []), ...(d.attributes ?? [])]) {
      const name = String(member.name ?? '');
      const fieldName = String(member.fieldName ?? name);
      if (internal.has(name) || internal.has(fieldName) || /^[_#]/.test(name) || member.privacy === 'private' || member.privacy === 'protected') {
        problems.push(`${at}: internal member "${name}" appears as public API in the manifest.`);
      }
    }
    const fields = new Set((d.members ?? []).filter((/** @type {any} */ m) => m.kind === 'field').map((/** @type {any} */ m) => m.name));
    for (const field of el.reactiveFields) {
      if (!internal.has(field) && !fields.has(field)) problems.push(`${at}: public property "${field}" (@property) is missing from the manifest's members.`);
    }
  }
  return problems;
}

/**
 * Every event name the sources create or declare is an event of some
 * documented element, and every documented event exists in the sources.
 * @param {any[]} manifests
 * @param {import('./source-facts.mjs').SourceEvent[]} sourceEvents events of all the packages' sources
 * @returns {string[]}
 */
export function checkEvents(manifests, sourceEvents) {
  /** @type {Map<string, string[]>} */
  const documented = new Map();
  for (const manifest of manifests) {
    for (const { tagName, declaration } of elementsOf(manifest, '')) {
      for (const event of declaration.events ?? []) documented.set(event.name, [...(documented.get(event.name) ?? []), tagName]);
    }
  }
  /** @type {string[]} */
  const problems = [];
  const inSource = new Set(sourceEvents.map((e) => e.name));
  /** @type {Set<string>} */
  const reported = new Set();
  for (const event of sourceEvents) {
    if (documented.has(event.name) || reported.has(event.name)) continue;
    reported.add(event.name);
    problems.push(`event "${event.name}" (${event.where}) is not an event of any documented element; add \`@fires ${event.name} - what happened; detail { … }\` to the class that dispatches it.`);
  }
  for (const [name, tags] of documented) {
    if (!name) problems.push(`<${tags.join('>, <')}>: an event without a name is documented (the analyzer could not read the name; see attune-manifest-plugin.mjs).`);
    else if (!inSource.has(name)) problems.push(`<${tags.join('>, <')}>: documents event "${name}", which no source creates or declares.`);
  }
  return problems;
}
