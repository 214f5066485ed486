// web-test-runner for every package's browser tests, in Debian's Chromium.
// Run from a package directory (scripts/test-package.mjs does that). It serves
// the shared corpus read-only at /corpus/ (and, unpacked, at /corpus-unpacked/)
// and pre-bundles the CommonJS libraries (epubjs, jszip) that the browser
// cannot import as they are.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { resolve, basename } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { corpusMiddleware, prebundlePlugin, chromiumFlags, testEndpointsMiddleware } from './scripts/dev-server-parts.mjs';
import { repoRoot, resultsDir } from './scripts/paths.mjs';

const packageDir = process.cwd();
const pkg = JSON.parse(readFileSync(resolve(packageDir, 'package.json'), 'utf8'));

export default {
  rootDir: repoRoot,
  files: [`${packageDir}/test/**/*.browser.test.ts`],
  nodeResolve: { exportConditions: ['source', 'browser'] },
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 600_000,
  testFramework: { config: { timeout: 30_000 } },
  browserStartTimeout: 60_000,
  plugins: [prebundlePlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: resolve(repoRoot, 'tsconfig.base.json') })],
  middleware: [corpusMiddleware(), testEndpointsMiddleware()],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: chromiumFlags,
      },
    }),
  ],
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countReporter({ file: resolve(resultsDir, `${pkg.name.replace('/', '__')}.browser.json`), suiteName: pkg.name }),
  ],
};
