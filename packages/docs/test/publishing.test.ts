// Every public package can be published as it is: publint finds nothing,
// `npm pack` would ship the built code, its types, README and manifest and
// nothing that should stay home, and every import in what ships resolves to
// a published file or a declared dependency.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publicPackages, repoRoot, type WorkspacePackage } from '../src/manifests.mjs';
import { checkPackContents, checkSourceMaps, exportTargets, packFileList } from '../src/checks/pack-checks.mjs';
import { KNOWN_UNDECLARED_TYPE_IMPORTS, checkImports, importSpecifiers, packageNameOf } from '../src/checks/import-checks.mjs';
import { checkPublint, typesFirst } from '../src/checks/publint-check.mjs';

const PUBLIC = ['adapt', 'authoring', 'book', 'cli', 'math', 'profile', 'reader', 'speech', 'speech-espeak', 'study'];
const packages = publicPackages();
const problemList = (problems: string[]) => `\n  ${problems.join('\n  ')}`;

/** `npm pack --dry-run` and publint of every package, started together once for this file (each takes a second or two). */
const packLists = new Map<string, string[]>();
const publintProblems = new Map<string, string[]>();
before(async () => {
  const [lists, linted] = await Promise.all([Promise.all(packages.map((pkg) => packFileList(pkg.dir))), Promise.all(packages.map(checkPublint))]);
  packages.forEach((pkg, i) => {
    packLists.set(pkg.name, lists[i]!);
    publintProblems.set(pkg.name, linted[i]!);
  });
});

test('the public packages are the ten issue #10 publishes (a new one is checked here too)', () => {
  assert.deepEqual(packages.map((pkg) => pkg.folder).sort(), PUBLIC);
});

for (const pkg of packages) {
  describe(pkg.name, () => {
    test('publint (strict, suggestions included) reports nothing; "types" is the first condition of every exports entry', () => {
      const problems = publintProblems.get(pkg.name)!;
      assert.deepEqual(problems, [], problemList(problems));
    });

    test('npm pack ships dist JavaScript and declarations, README, licence and manifest; no tests, build caches or stray source maps', () => {
      const files = packLists.get(pkg.name)!;
      assert.ok(files.some((f) => /^dist\/.+\.js$/.test(f)), `${pkg.name}: no dist/**/*.js in the package (built?)`);
      assert.ok(files.some((f) => /^dist\/.+\.d\.ts$/.test(f)), `${pkg.name}: no .d.ts in the package`);
      const problems = checkPackContents(pkg, files);
      assert.deepEqual(problems, [], problemList(problems));
    });

    test('every import in what ships resolves: relative ones to published files, bare ones to declared dependencies', () => {
      const problems = checkImports(pkg, packLists.get(pkg.name)!, { excuse: KNOWN_UNDECLARED_TYPE_IMPORTS });
      assert.deepEqual(problems, [], problemList(problems));
    });
  });
}

test('each excused undeclared type import is still needed (remove it from KNOWN_UNDECLARED_TYPE_IMPORTS once fixed)', () => {
  for (const [name, dependencies] of Object.entries(KNOWN_UNDECLARED_TYPE_IMPORTS)) {
    const pkg = packages.find((p) => p.name === name);
    assert.ok(pkg, `${name} is not a public package`);
    const problems = checkImports(pkg, packLists.get(name)!).join('\n');
    for (const dependency of dependencies) assert.match(problems, new RegExp(`imports "${dependency}" without declaring it`), `${name} no longer needs the excuse for ${dependency}`);
  }
});

test('the publishing checks fail on a package that gets it wrong', () => {
  // A package on disk with a test folder, a build cache, a map pointing out of
  // the package, an undeclared import and a dev-only one.
  const dir = mkdtempSync(join(repoRoot, 'packages/docs/.test-tmp-'));
  try {
    mkdirSync(join(dir, 'dist'));
    mkdirSync(join(dir, 'test'));
    writeFileSync(join(dir, 'test/a.test.js'), "import { test } from 'node:test';\n");
    writeFileSync(join(dir, 'dist/index.js'), "import 'lit';\nimport { x } from './missing.js';\nexport { y } from '@scope/dev-only/deep';\nawait import('node:fs');\n");
    writeFileSync(join(dir, 'dist/index.d.ts'), 'export declare const t: import("lit-html").TemplateResult;\n');
    writeFileSync(join(dir, 'dist/index.js.map'), JSON.stringify({ version: 3, sources: ['../../elsewhere/index.ts'], mappings: '' }));
    const json = { name: '@attune/bad', exports: { '.': { default: './dist/index.js', types: './dist/index.d.ts' } }, customElements: 'custom-elements.json', dependencies: { 'lit-html': '3' }, devDependencies: { '@scope/dev-only': '1' } };
    const pkg: WorkspacePackage = { name: json.name, dir, folder: 'bad', json };
    const files = ['package.json', 'dist/index.js', 'dist/index.d.ts', 'dist/index.js.map', 'test/a.test.js', 'tsconfig.tsbuildinfo'];

    const pack = checkPackContents(pkg, files).join('\n');
    assert.match(pack, /README\.md \(what the package is for\) is not in the package/);
    assert.match(pack, /custom-elements\.json \(the Custom Elements Manifest/);
    assert.match(pack, /test\/a\.test\.js is a test folder/);
    assert.match(pack, /tsconfig\.tsbuildinfo is a TypeScript build cache/);
    assert.match(checkSourceMaps(pkg, files).join('\n'), /dist\/index\.js\.map points at \.\.\/\.\.\/elsewhere\/index\.ts, outside the package/);

    const imports = checkImports(pkg, files).join('\n');
    assert.match(imports, /imports "lit" without declaring it/);
    assert.match(imports, /imports "@scope\/dev-only" without declaring it in dependencies or peerDependencies \(it is only a devDependency/);
    assert.match(imports, /dist\/index\.js imports \.\/missing\.js, which is not published/);
    assert.doesNotMatch(imports, /node:fs|lit-html/);
    assert.deepEqual(typesFirst(json.exports, 'exports'), ['exports["."]']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('import specifiers come from a real parse: imports, re-exports, dynamic imports, import types; not text in strings', () => {
  const minified = 'const a=`import x from "fake"`;import{b}from"lit";export*from"./c.js";const d=()=>import("./lazy.js");const s="require(\'nope\')";';
  assert.deepEqual(importSpecifiers(minified).sort(), ['./c.js', './lazy.js', 'lit']);
  assert.deepEqual(importSpecifiers('export declare const t: import("lit-html").TemplateResult;', 'x.d.ts'), ['lit-html']);
  assert.equal(packageNameOf('@attune/profile/store'), '@attune/profile');
  assert.equal(packageNameOf('lit/decorators.js'), 'lit');
  assert.deepEqual(exportTargets({ '.': { types: './a.d.ts', default: './a.js' }, './x': './x.js' }), ['./a.d.ts', './a.js', './x.js']);
});
