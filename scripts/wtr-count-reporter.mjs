// A web-test-runner reporter that writes pass/fail/skip counts of a run to a
// JSON file, so `npm test` can add every suite into one line. A test file that
// fails to load or a browser error counts as a failure; a skipped test is
// counted as skipped, never as passed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function countSuite(suite, counts, prefix) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else {
      counts.failed += 1;
      counts.failures.push(`${prefix}${test.name}: ${test.error?.message ?? 'failed'}`);
    }
  }
  for (const child of suite.suites ?? []) countSuite(child, counts, `${prefix}${child.name} › `);
}

export function countReporter({ file, suiteName }) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { suite: suiteName, kind: 'browser', passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const session of sessions) {
        countSuite(session.testResults, counts, `${session.testFile.split('/').slice(-2).join('/')} › `);
        // Errors outside any test (a file that does not load, an uncaught
        // error after the tests ran) are failures too.
        const testCount = JSON.stringify(session.testResults ?? {}).match(/"passed"/g)?.length ?? 0;
        if (session.errors?.length || (session.passed === false && testCount === 0)) {
          counts.failed += 1;
          counts.failures.push(`${session.testFile}: ${session.errors?.map((e) => e.message).join('; ') || 'did not run'}`);
        }
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(counts, null, 2));
    },
  };
}
