// @ts-check
// Does every import in what a package publishes resolve for someone who
// installs it? A bare import must name a declared dependency (a
// devDependency is not installed for them), and a relative import must point
// at a file that is published too. Declarations (.d.ts) count: a type
// imported from an undeclared package breaks the embedder's type check.

import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, posix } from 'node:path';
import { ts } from '@custom-elements-manifest/analyzer';

const BUILTINS = new Set(builtinModules);

/** The package a bare specifier names: `lit/decorators.js` → `lit`, `@attune/profile/store` → `@attune/profile`. @param {string} specifier */
export function packageNameOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0] ?? specifier;
}

/**
 * Module specifiers a file imports: static and dynamic imports, re-exports,
 * `import('x')` types and `require('x')`. A full parse, not a scan: in a
 * minified bundle a scanner mistakes template text for import specifiers.
 * @param {string} text
 * @param {string} [fileName]
 */
export function importSpecifiers(text, fileName = 'module.js') {
  const kind = fileName.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, kind);
  /** @type {string[]} */
  const found = [];
  const literal = (/** @type {import('typescript').Node | undefined} */ node) => {
    if (node && ts.isStringLiteralLike(node)) found.push(node.text);
  };
  const visit = (/** @type {import('typescript').Node} */ node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) literal(node.moduleSpecifier);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) literal(node.argument.literal);
    else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) literal(node.arguments[0]);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/**
 * Type-only imports we know are undeclared and have reported rather than
 * hidden, by package. Empty now: tsc writes `import("lit-html")` into the
 * reader's and authoring's .d.ts files (return types inferred from lit's
 * `html`), so both declare lit-html, the version lit itself uses. Only .d.ts
 * files can be excused, and the docs tests fail once an entry is no longer
 * needed, so this list cannot go stale.
 * @type {Record<string, string[]>}
 */
export const KNOWN_UNDECLARED_TYPE_IMPORTS = {};

/**
 * @param {import('../manifests.mjs').WorkspacePackage} pkg
 * @param {string[]} files what `npm pack` includes
 * @param {{ excuse?: Record<string, string[]> }} [options] type-only imports to let pass (see KNOWN_UNDECLARED_TYPE_IMPORTS)
 * @returns {string[]} problems
 */
export function checkImports(pkg, files, { excuse = {} } = {}) {
  const excused = new Set(excuse[pkg.name] ?? []);
  const included = new Set(files);
  const declared = new Set([
    pkg.name,
    ...Object.keys(pkg.json.dependencies ?? {}),
    ...Object.keys(pkg.json.peerDependencies ?? {}),
    ...Object.keys(pkg.json.optionalDependencies ?? {}),
  ]);
  /** @type {Map<string, string[]>} undeclared package → files importing it */
  const undeclared = new Map();
  /** @type {string[]} */
  const problems = [];
  const code = files.filter((f) => /\.(m?js|cjs|d\.ts)$/.test(f) && !f.startsWith('src/'));
  for (const file of code) {
    for (const specifier of importSpecifiers(readFileSync(join(pkg.dir, file), 'utf8'), file)) {
      if (specifier.startsWith('.')) {
        if (!resolvesInPackage(posix.join(posix.dirname(file), specifier), included)) {
          problems.push(`${pkg.name}: ${file} imports ${specifier}, which is not published.`);
        }
        continue;
      }
      if (specifier.startsWith('node:') || BUILTINS.has(specifier) || /^[a-z]+:/.test(specifier)) continue;
      const name = packageNameOf(specifier);
      if (file.endsWith('.d.ts') && excused.has(name)) continue;
      if (!declared.has(name)) undeclared.set(name, [...(undeclared.get(name) ?? []), file]);
    }
  }
  for (const [name, where] of undeclared) {
    const dev = pkg.json.devDependencies?.[name] ? ' (it is only a devDependency, which installers skip)' : '';
    const shown = [...new Set(where)];
    problems.push(`${pkg.name}: imports "${name}" without declaring it in dependencies or peerDependencies${dev}: ${shown.slice(0, 3).join(', ')}${shown.length > 3 ? ` and ${shown.length - 3} more` : ''}.`);
  }
  return problems;
}

/**
 * A relative import resolves if the file is published: as written, or the
 * declaration beside a `.js` (types import `./x.js` and mean `./x.d.ts`).
 * @param {string} path
 * @param {Set<string>} included
 */
function resolvesInPackage(path, included) {
  const candidates = [path, path.replace(/\.js$/, '.d.ts'), path.replace(/\.mjs$/, '.d.mts'), `${path}.js`, `${path}.d.ts`, posix.join(path, 'index.js'), posix.join(path, 'index.d.ts')];
  return candidates.some((c) => included.has(c));
}
