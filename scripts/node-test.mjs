// Runs a package's Node tests (test/**/*.test.ts) with node:test and records
// the counts for `npm test`. Usage (from a package): node ../../scripts/node-test.mjs
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resultsDir, repoRoot } from './paths.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const files = readdirSync('test', { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.test.ts') && !f.includes('browser'))
  .map((f) => join('test', f));
mkdirSync(resultsDir, { recursive: true });
const out = resolve(resultsDir, `${pkg.name.replace('/', '__')}.node.json`);
const result = spawnSync(
  process.execPath,
  [
    '--import', resolve(repoRoot, 'scripts/ts-register.mjs'),
    '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    `--test-reporter=${resolve(repoRoot, 'scripts/node-count-reporter.mjs')}`, `--test-reporter-destination=${out}`,
    ...files,
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
