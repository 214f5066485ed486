// `npm test`: type-checks, runs every package's suites through lerna, then
// adds the counts of all suites into one last line `N passed, N failed`.
// Skipped tests are reported apart and never counted as passed. A suite that
// crashed without writing its counts counts as one failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { assertCorpus, repoRoot, resultsDir } from './paths.mjs';

function finish(passed, failed, extra = []) {
  for (const line of extra) console.log(line);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

try {
  assertCorpus();
} catch (error) {
  console.error(`\nERROR: ${error.message}\n`);
  finish(0, 1);
}

rmSync(resultsDir, { recursive: true, force: true });
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', cwd: repoRoot });

const extraFailures = [];
const build = run(process.execPath, [resolve(repoRoot, 'node_modules/lerna/dist/cli.js'), 'run', 'build', '--stream']);
if (build.status !== 0) extraFailures.push('build / type check (lerna run build) failed');

const packagesDir = resolve(repoRoot, 'packages');
const packageDirs = [
  ...readdirSync(packagesDir).map((name) => resolve(packagesDir, name)),
  resolve(repoRoot, 'a11y-tests'),
  resolve(repoRoot, 'content'),
];
const expected = packageDirs
  .filter((dir) => existsSync(resolve(dir, 'package.json')))
  .map((dir) => JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8')))
  .filter((pkg) => pkg.scripts?.test);

// --no-sort: suites do not depend on each other's results; in topological
// order lerna would skip every dependent suite once one suite failed, and
// their tests would be counted as crashed instead of run.
const tests = run(process.execPath, [
  resolve(repoRoot, 'node_modules/lerna/dist/cli.js'), 'run', 'test', '--no-bail', '--no-sort', '--concurrency', '1', '--stream',
]);

let passed = 0;
let failed = extraFailures.length;
let skipped = 0;
const lines = ['', '── Test summary ──'];
const files = existsSync(resultsDir) ? readdirSync(resultsDir).filter((f) => f.endsWith('.json')) : [];
for (const pkg of expected) {
  const prefix = pkg.name.replace('/', '__') + '.';
  const mine = files.filter((f) => f.startsWith(prefix));
  if (mine.length === 0) {
    failed += 1;
    lines.push(`  ${pkg.name}: no results written (the suite crashed or found no tests) — counted as 1 failure`);
    continue;
  }
  for (const file of mine) {
    const counts = JSON.parse(readFileSync(resolve(resultsDir, file), 'utf8'));
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped;
    lines.push(`  ${pkg.name} (${counts.kind}): ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    for (const failure of counts.failures) lines.push(`    ✗ ${failure}`);
  }
}
for (const failure of extraFailures) lines.push(`  ✗ ${failure}`);
if (tests.status !== 0 && failed === 0) {
  failed += 1;
  lines.push('  ✗ a package test command exited non-zero without a recorded failure');
}
if (skipped > 0) lines.push(`  ${skipped} skipped (not counted as passed)`);
finish(passed, failed, lines);
