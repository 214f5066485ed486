// REPORT.md, written by the test run: every check (test) of every suite with
// its result, why a failed one failed, and what it measured (notes the tests
// send with the `a11y-note` command, e.g. the lowest focus-ring contrast).
// Never edit REPORT.md by hand; it is git-ignored and rewritten on each run.
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';

/** Notes by test file, then by the test's full title. */
const notes = new Map();

/** Receives `executeServerCommand('a11y-note', { test, text })` from the browser. */
export function reportNotesPlugin() {
  return {
    name: 'attune-a11y-report-notes',
    async executeCommand({ command, payload, session }) {
      if (command !== 'a11y-note') return undefined;
      const byTest = notes.get(session.testFile) ?? new Map();
      notes.set(session.testFile, byTest);
      byTest.set(payload.test, [...(byTest.get(payload.test) ?? []), String(payload.text)]);
      return true;
    },
  };
}

const escapeCell = (text) => String(text).replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

function collect(suite, path, rows) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    const result = test.skipped ? 'skipped' : test.passed ? 'passed' : 'FAILED';
    rows.push({ path, check: test.name, result, error: test.passed ? '' : (test.error?.message ?? '').split('\n')[0] });
  }
  for (const child of suite.suites ?? []) collect(child, [...path, child.name], rows);
}

export function reportReporter({ file, title }) {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const sections = [];
      for (const session of [...sessions].sort((a, b) => a.testFile.localeCompare(b.testFile))) {
        const rows = [];
        collect(session.testResults, [], rows);
        for (const error of session.errors ?? []) rows.push({ path: ['(file)'], check: 'the suite loads and runs', result: 'FAILED', error: error.message.split('\n')[0] });
        if (rows.length === 0 && session.passed === false) rows.push({ path: ['(file)'], check: 'the suite loads and runs', result: 'FAILED', error: 'did not run' });
        passed += rows.filter((r) => r.result === 'passed').length;
        failed += rows.filter((r) => r.result === 'FAILED').length;
        skipped += rows.filter((r) => r.result === 'skipped').length;
        const fileNotes = notes.get(session.testFile) ?? new Map();
        sections.push(`## ${basename(session.testFile)}`, '', '| Suite | Check | Result | Measured |', '|---|---|---|---|');
        for (const row of rows) {
          const measured = fileNotes.get([...row.path, row.check].join(' ')) ?? [];
          sections.push(`| ${escapeCell(row.path.join(' › '))} | ${escapeCell(row.check)} | ${row.result}${row.error ? `: ${escapeCell(row.error)}` : ''} | ${escapeCell(measured.join('; '))} |`);
        }
        sections.push('');
      }
      const lines = [
        `# ${title}`,
        '',
        `Written by the test run on ${new Date().toISOString()}; do not edit. Known failures are reader bugs, described in README.md.`,
        '',
        `**${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}.**`,
        '',
        ...sections,
      ];
      writeFileSync(file, lines.join('\n'));
    },
  };
}
