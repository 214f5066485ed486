// @ts-check
// From manifests to what the API page shows: each package's elements, the
// outermost first, and which element renders which (read from the element's
// source, because a manifest does not say what a template contains).

import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { elementsOf, packagesWithElements, readManifest, sourceOf } from './manifests.mjs';

/** @typedef {import('./api-page.mjs').PackageDoc} PackageDoc */

/** @returns {PackageDoc[]} */
export function collectPackageDocs() {
  const found = packagesWithElements().map((pkg) => ({ pkg, elements: elementsOf(readManifest(pkg), pkg.name) }));
  const allTags = new Set(found.flatMap(({ elements }) => elements.map((el) => el.tagName)));
  /** @type {Map<string, string[]>} */
  const containsByTag = new Map();
  for (const { pkg, elements } of found) {
    const elementFiles = new Set(elements.map((el) => sourceOf(pkg, el.modulePath)));
    for (const el of elements) {
      const source = templateSources(sourceOf(pkg, el.modulePath), elementFiles).join('\n');
      containsByTag.set(el.tagName, tagsRenderedIn(source, allTags, el.tagName));
    }
  }
  const usedIn = (/** @type {string} */ tag) => [...containsByTag].filter(([, inner]) => inner.includes(tag)).map(([outer]) => outer);

  // A package comes after the packages it depends on: the reader before the authoring tools built on it.
  const dependsOn = (/** @type {any} */ a, /** @type {any} */ b) => Boolean(a.pkg.json.dependencies?.[b.pkg.name]);
  found.sort((a, b) => (dependsOn(a, b) ? 1 : dependsOn(b, a) ? -1 : a.pkg.name.localeCompare(b.pkg.name)));
  return found.map(({ pkg, elements }) => {
    const docs = elements.map((el) => ({ ...el, contains: containsByTag.get(el.tagName) ?? [], usedIn: usedIn(el.tagName) }));
    // The package's outermost elements (rendered by nothing else in it) come first, then the parts they are made of.
    const inner = (/** @type {{ usedIn: string[] }} */ el) => (el.usedIn.some((tag) => docs.some((d) => d.tagName === tag)) ? 1 : 0);
    docs.sort((a, b) => inner(a) - inner(b) || a.tagName.localeCompare(b.tagName));
    return { name: pkg.name, description: pkg.json.description, elements: docs };
  });
}

/**
 * Documented tags that appear as `<tag` in a module's source (its lit templates).
 * @param {string} source
 * @param {Set<string>} tags
 * @param {string} self
 */
export function tagsRenderedIn(source, tags, self) {
  const found = new Set();
  // Doc comments name elements they do not render ("used inside <attune-reader>").
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const match of code.matchAll(/<([a-z][a-z0-9]*-[a-z0-9-]+)[\s>/]/g)) {
    const tag = match[1] ?? '';
    if (tag !== self && tags.has(tag)) found.add(tag);
  }
  return [...found].sort();
}

/**
 * An element's module and the helper modules it imports (relative, not
 * themselves elements): an element often renders its children from a helper
 * (`renderPanel()` in editor-panels.ts), and they count as its own.
 * @param {string} file
 * @param {Set<string>} elementFiles
 * @param {Set<string>} [seen]
 * @returns {string[]}
 */
function templateSources(file, elementFiles, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return [];
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  const helpers = [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'(\.{1,2}\/[^']+)\.js'/gm)]
    .map((m) => resolve(dirname(file), `${m[1]}.ts`))
    .filter((helper) => !elementFiles.has(helper));
  return [source, ...helpers.flatMap((helper) => templateSources(helper, elementFiles, seen))];
}
