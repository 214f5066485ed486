import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The CLI as users run it (bin/attune.mjs over the built dist/), against real books. */
const run = promisify(execFile);
const bin = fileURLToPath(new URL('../bin/attune.mjs', import.meta.url));
const corpus = process.env.ATTUNE_CORPUS ?? fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));

async function attune(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { maxBuffer: 20 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

test('check finds the known problems of broken-ace-a11y-violations and exits 1', async () => {
  const { code, stdout } = await attune('check', join(corpus, 'broken-ace-a11y-violations.epub'), '--format', 'json');
  assert.equal(code, 1);
  const report = JSON.parse(stdout);
  const ids = report.findings.map((f: { id: string }) => f.id);
  assert.ok(ids.includes('axe:image-alt'), ids.join(', '));
  assert.ok(ids.includes('image-alt-missing'));
  assert.ok(ids.includes('book:resource-missing'));
  assert.equal(report.passed, false);
});

for (const name of ['water-cycle', 'linear-equations', 'last-lamplighter']) {
  test(`our lesson ${name} passes attune check with no problems at all`, async () => {
    const { code, stdout } = await attune('check', fileURLToPath(new URL(`../../../content/dist/${name}.epub`, import.meta.url)));
    assert.equal(code, 0, stdout);
    assert.match(stdout, /No problems found\./);
    assert.match(stdout, /PASSED/);
  });
}

test('JSON output is stable: the same book gives the same bytes', async () => {
  const book = join(corpus, 'se-flatland.epub');
  const first = await attune('check', book, '--format', 'json');
  const second = await attune('check', book, '--format', 'json');
  assert.equal(first.stdout, second.stdout);
  const report = JSON.parse(first.stdout);
  assert.equal(report.sections, 33);
  assert.ok(report.accessibility.accessibilitySummary);
});

test('an HTML report is written with --out, and is itself accessible in structure', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'attune-cli-'));
  const out = join(dir, 'report.html');
  const { code, stdout } = await attune('check', join(corpus, 'broken-ace-a11y-violations.epub'), '--format', 'html', '--out', out);
  assert.equal(code, 1);
  assert.match(stdout, /report written to/);
  const html = readFileSync(out, 'utf8');
  assert.match(html, /<html lang="en">/);
  assert.match(html, /<title>Accessibility report: /);
  assert.match(html, /<caption>/);
  assert.match(html, /<th scope="col">Severity<\/th>/);
  assert.doesNotMatch(html, /<script/);
});

test('a file that is not an EPUB is reported clearly with exit code 2', async () => {
  const { code, stdout } = await attune('check', join(corpus, 'broken-epubcheck-zip-truncated.epub'));
  assert.equal(code, 2);
  assert.match(stdout, /not-a-zip/);
  assert.match(stdout, /damaged or cut short/);
  const missing = await attune('check', join(corpus, 'no-such-book.epub'));
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /There is no file/);
});

test('validate: a good profile passes; a bad one fails with located messages', async () => {
  const good = await attune('validate', fileURLToPath(new URL('../../../content/profiles/dyslexia.json', import.meta.url)));
  assert.equal(good.code, 0, good.stdout);
  const dir = mkdtempSync(join(tmpdir(), 'attune-cli-'));
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ version: 1, id: 'x', display: { fontSize: 900 } }));
  const result = await attune('validate', bad);
  assert.equal(result.code, 1);
  assert.match(result.stdout, /display\.fontSize: 900 is above the largest size/);
});

test('validate a variant pack against a book lists the orphans', async () => {
  const pack = fileURLToPath(new URL('../../adapt/test/fixtures/pack-moby-dick.json', import.meta.url));
  const fits = await attune('validate', pack, '--book', join(corpus, 'moby-dick.epub'));
  assert.equal(fits.code, 0, fits.stdout);
  assert.match(fits.stdout, /Every entry was found/);
  const wrong = await attune('validate', pack, '--book', join(corpus, 'wasteland.epub'), '--format', 'json');
  assert.equal(wrong.code, 1);
  const orphans = JSON.parse(wrong.stdout).orphans;
  assert.ok(orphans.length >= 3);
  assert.match(orphans[0].message, /has no section/);
});

test('usage errors exit 2 with the usage text', async () => {
  const { code, stderr } = await attune('frobnicate');
  assert.equal(code, 2);
  assert.match(stderr, /Usage:/);
});
