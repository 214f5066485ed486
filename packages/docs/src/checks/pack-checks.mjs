// @ts-check
// What `npm pack` would publish, and whether it is what an embedder needs:
// the compiled JavaScript with its types, the README (and LICENSE), the
// Custom Elements Manifest; no tests, no build caches, no source maps that
// point at files the package does not contain.

import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Paths a published package must never contain. */
const FORBIDDEN = [
  { pattern: /(^|\/)(test|tests|__tests__)\//, why: 'a test folder' },
  { pattern: /\.(test|spec)\.[cm]?[jt]sx?$/, why: 'a test file' },
  { pattern: /\.tsbuildinfo$/, why: 'a TypeScript build cache' },
  { pattern: /(^|\/)\.test-results\//, why: 'test results' },
  { pattern: /(^|\/)node_modules\//, why: 'installed dependencies' },
  { pattern: /(^|\/)\.scratch\//, why: 'scratch files' },
];

/**
 * The files `npm pack` would put in the tarball (paths relative to the package).
 * Scripts are not run: this is about what `files` and `.npmignore` select.
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
export async function packFileList(dir) {
  let stdout;
  try {
    ({ stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, maxBuffer: 64 * 1024 * 1024 }));
  } catch (error) {
    throw new Error(`npm pack --dry-run failed in ${dir}: ${error instanceof Error ? error.message : error}`);
  }
  const [result] = JSON.parse(stdout);
  return result.files.map((/** @type {{ path: string }} */ f) => f.path).sort();
}

/** Every string target in an `exports` map (conditions and subpaths, nested). @param {unknown} exports @returns {string[]} */
export function exportTargets(exports) {
  if (typeof exports === 'string') return [exports];
  if (!exports || typeof exports !== 'object') return [];
  return Object.values(exports).flatMap(exportTargets);
}

/** Files under `sub` on disk, relative to the package, with `/` separators. @param {string} dir @param {string} sub */
function filesOnDisk(dir, sub) {
  const root = join(dir, sub);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/**
 * @param {import('../manifests.mjs').WorkspacePackage} pkg
 * @param {string[]} files what `npm pack` includes
 * @returns {string[]} problems
 */
export function checkPackContents(pkg, files) {
  const included = new Set(files);
  const at = `${pkg.name} (npm pack)`;
  /** @type {string[]} */
  const problems = [];
  const need = (/** @type {string} */ file, /** @type {string} */ why) => {
    const path = file.replace(/^\.\//, '');
    if (!included.has(path)) problems.push(`${at}: ${path} (${why}) is not in the package; add it to "files" or build it first.`);
  };

  need('package.json', 'the manifest');
  need('README.md', 'what the package is for');
  for (const licence of readdirSync(pkg.dir).filter((f) => /^(LICEN[CS]E|COPYING)(\.|$)/i.test(f))) need(licence, 'the licence');
  if (pkg.json.customElements) need(pkg.json.customElements, 'the Custom Elements Manifest named by "customElements"');
  for (const target of exportTargets(pkg.json.exports)) need(target, '"exports" points at it');
  for (const field of ['main', 'module', 'types', 'typings']) if (typeof pkg.json[field] === 'string') need(pkg.json[field], `"${field}" points at it`);
  const bins = typeof pkg.json.bin === 'string' ? [pkg.json.bin] : Object.values(pkg.json.bin ?? {});
  for (const bin of bins) need(String(bin), '"bin" points at it');

  const built = filesOnDisk(pkg.dir, 'dist').filter((f) => /\.(m?js|d\.ts)$/.test(f) && !FORBIDDEN.some((rule) => rule.pattern.test(f)));
  if (!built.some((f) => f.endsWith('.js'))) problems.push(`${at}: dist/ has no JavaScript; run \`npm run build -w ${pkg.name}\` first.`);
  if (!built.some((f) => f.endsWith('.d.ts'))) problems.push(`${at}: dist/ has no type declarations (.d.ts).`);
  for (const file of built) need(file, 'built output');
  if (![...included].some((f) => f.startsWith('dist/') && f.endsWith('.d.ts'))) problems.push(`${at}: no .d.ts file is published.`);

  for (const file of files) {
    const rule = FORBIDDEN.find((r) => r.pattern.test(file));
    if (rule) problems.push(`${at}: ${file} is ${rule.why} and must not be published; narrow "files".`);
  }
  problems.push(...checkSourceMaps(pkg, files));
  return problems;
}

/**
 * Every source a published source map names must be inside the package and
 * published with it, or debuggers (and some bundlers) show a missing file.
 * @param {import('../manifests.mjs').WorkspacePackage} pkg
 * @param {string[]} files
 */
export function checkSourceMaps(pkg, files) {
  const included = new Set(files);
  /** @type {string[]} */
  const problems = [];
  for (const file of files.filter((f) => f.endsWith('.map'))) {
    let map;
    try {
      map = JSON.parse(readFileSync(join(pkg.dir, file), 'utf8'));
    } catch (error) {
      problems.push(`${pkg.name}: ${file} is not a readable source map (${error instanceof Error ? error.message : error}).`);
      continue;
    }
    for (const source of map.sources ?? []) {
      if (/^[a-z]+:/i.test(source) && !source.startsWith('file:')) continue; // webpack://, data: — not a path
      const target = relative(pkg.dir, resolve(pkg.dir, dirname(file), map.sourceRoot ?? '', source)).split('\\').join('/');
      if (target.startsWith('..')) problems.push(`${pkg.name}: ${file} points at ${source}, outside the package.`);
      else if (!existsSync(join(pkg.dir, target))) problems.push(`${pkg.name}: ${file} points at ${target}, which does not exist: stale build output? Delete dist/ and rebuild.`);
      else if (!included.has(target) && !map.sourcesContent) problems.push(`${pkg.name}: ${file} points at ${target}, which is not published.`);
    }
  }
  return problems;
}
