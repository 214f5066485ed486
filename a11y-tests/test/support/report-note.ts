import { executeServerCommand } from '@web/test-runner-commands';

let currentTest = '';
beforeEach(function () {
  currentTest = this.currentTest?.fullTitle() ?? '';
});

/**
 * Records what the running check measured (a lowest contrast, a smallest
 * target) for REPORT.md; the `a11y-note` command is this package's own
 * (report-reporter.mjs), so these suites run with its web-test-runner config.
 */
export async function note(text: string): Promise<void> {
  try {
    await executeServerCommand('a11y-note', { test: currentTest, text });
  } catch (error) {
    throw new Error(`${(error as Error).message} (run a11y-tests with its own config: npm test in a11y-tests)`);
  }
}
