// @ts-check
// publint on a package folder at its strictest (suggestions count, warnings
// are errors), plus the house rule publint does not know: in every
// conditional `exports` entry, `types` comes first (TypeScript takes the
// first condition that matches).

import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

/**
 * @param {import('../manifests.mjs').WorkspacePackage} pkg
 * @returns {Promise<string[]>} problems
 */
export async function checkPublint(pkg) {
  const { messages } = await publint({ pkgDir: pkg.dir, level: 'suggestion', strict: true });
  return [
    ...messages.map((m) => `${pkg.name}: publint ${m.type} ${m.code}: ${stripAnsi(formatMessage(m, pkg.json) ?? '')}`),
    ...typesFirst(pkg.json.exports, 'exports').map((path) => `${pkg.name}: ${path} has a "types" condition that is not first.`),
  ];
}

/**
 * Paths of conditional entries whose `types` is not the first key.
 * @param {unknown} entry
 * @param {string} path
 * @returns {string[]}
 */
export function typesFirst(entry, path) {
  if (!entry || typeof entry !== 'object') return [];
  const keys = Object.keys(entry);
  const here = keys.includes('types') && keys[0] !== 'types' ? [path] : [];
  return [...here, ...keys.flatMap((key) => typesFirst(/** @type {Record<string, unknown>} */ (entry)[key], `${path}["${key}"]`))];
}

/** @param {string} text */
function stripAnsi(text) {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
