// A package's `npm test`: its Node tests (test/**/*.test.ts) with node:test,
// then its browser tests (test/**/*.browser.test.ts) with web-test-runner.
// Each writes its counts to .test-results/ for the summary of `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from './paths.mjs';

const testFiles = existsSync('test') ? readdirSync('test', { recursive: true }).map(String) : [];
const hasBrowser = testFiles.some((f) => f.endsWith('.browser.test.ts'));
const hasNode = testFiles.some((f) => f.endsWith('.test.ts') && !f.endsWith('.browser.test.ts'));
let failed = false;
if (hasNode) {
  const r = spawnSync(process.execPath, [resolve(repoRoot, 'scripts/node-test.mjs')], { stdio: 'inherit' });
  failed ||= r.status !== 0;
}
if (hasBrowser) {
  // A package may extend the shared config with its own (a11y-tests adds plugins).
  const config = existsSync('web-test-runner.config.mjs') ? resolve('web-test-runner.config.mjs') : resolve(repoRoot, 'web-test-runner.config.mjs');
  const r = spawnSync(process.execPath, [resolve(repoRoot, 'node_modules/@web/test-runner/dist/bin.js'), '--config', config], { stdio: 'inherit' });
  failed ||= r.status !== 0;
}
process.exit(failed ? 1 : 0);
