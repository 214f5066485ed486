// A node:test reporter that writes pass/fail/skip counts as JSON (to the
// destination node gives it). Only leaf tests are counted; skips and todos are
// never counted as passed.
export default async function* countReporter(source) {
  const counts = { kind: 'node', passed: 0, failed: 0, skipped: 0, failures: [] };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const data = event.data;
    if (data.details?.type === 'suite') continue;
    if (data.skip !== undefined || data.todo !== undefined) counts.skipped += 1;
    else if (event.type === 'test:pass') counts.passed += 1;
    else {
      counts.failed += 1;
      counts.failures.push(`${data.file ?? ''} › ${data.name}: ${data.details?.error?.message ?? 'failed'}`);
    }
  }
  yield JSON.stringify(counts, null, 2);
}
