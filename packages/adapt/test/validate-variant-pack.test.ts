import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createVariantPack, PACK_LIMITS, validateVariantPack, type PackIssue } from '../src/index.js';
import { readFixture } from './read-fixture.js';

const at = (issues: PackIssue[], path: string) => issues.filter((i) => i.path === path);

test('a good pack reads with no issues and keeps every entry as written', () => {
  const json = readFixture('pack-moby-dick.json') as { entries: unknown[] };
  const { pack, issues } = validateVariantPack(json);
  assert.deepEqual(issues, []);
  assert.equal(pack.version, 1);
  assert.equal(pack.book.identifier, 'code.google.com.epub-samples.moby-dick-basic');
  assert.equal(pack.book.modified, '2012-01-18T12:47:00Z');
  assert.equal(pack.entries.length, json.entries.length);
  assert.deepEqual(pack.entries.map((e) => e.type), ['simplified', 'simplified', 'glossary', 'glossary', 'glossary', 'glossary', 'glossary', 'description', 'note']);
  assert.deepEqual(pack.levels, [{ name: 'Level A', grades: '1-2', description: 'Short sentences and everyday words.' }]);
  const first = pack.entries[0]!;
  assert.equal(first.type, 'simplified');
  if (first.type === 'simplified') {
    assert.deepEqual(first.variants.map((v) => v.level), ['Level A', '3', '4-5']);
    assert.deepEqual(first.target.selector.map((s) => s.type), ['TextQuoteSelector', 'CssSelector']);
  }
});

test('a partial pack keeps its good entries and says exactly what was left out, and where', () => {
  const { pack, issues } = validateVariantPack(readFixture('pack-partial.json'));
  assert.deepEqual(pack.entries.map((e) => e.id), ['first', 'second', 'cover', 'first-2', 'whale']);

  const level = at(issues, 'entries[1].variants[0].level');
  assert.equal(level.length, 1);
  assert.equal(level[0]!.message, 'entries[1].variants[0].level: missing; this variant was left out.');
  assert.equal(level[0]!.severity, 'error');
  assert.equal(level[0]!.entry, 1);
  const second = pack.entries[1]!;
  assert.ok(second.type === 'simplified' && second.variants.length === 1 && second.variants[0]!.level === '3-5');

  assert.match(at(issues, 'entries[2].definition')[0]!.message, /^entries\[2\]\.definition: missing; the entry was left out/);
  assert.match(at(issues, 'entries[3].target')[0]!.message, /missing; the entry was left out, because Attune would not know where it goes/);
  const quiz = at(issues, 'entries[4].type')[0]!;
  assert.equal(quiz.code, 'unknown-entry-type');
  assert.equal(quiz.severity, 'warning');
  assert.equal(at(issues, 'entries[5].target.selector[0].type')[0]!.code, 'missing-field');
  const duplicate = at(issues, 'entries[6].id')[0]!;
  assert.equal(duplicate.code, 'duplicate');
  assert.match(duplicate.message, /renamed “first-2”/);
  assert.equal(at(issues, 'entries[7].picture.src')[0]!.code, 'unsafe-url');
  const whale = pack.entries.find((e) => e.id === 'whale')!;
  assert.ok(whale.type === 'glossary' && whale.picture === undefined, 'the unsafe picture is dropped, the entry kept');
  assert.match(at(issues, 'entries[8].variants')[0]!.message, /no variants; the entry was left out/);
  const typo = at(issues, 'titel')[0]!;
  assert.equal(typo.code, 'unknown-field');
  assert.match(typo.message, /Did you mean “title”\?/);
  assert.equal(at(issues, 'book.modified')[0]!.severity, 'info');
  // Every message starts with its path, so a teacher can find the place.
  for (const issue of issues) if (issue.path) assert.ok(issue.message.startsWith(`${issue.path}: `), issue.message);
});

test('a bad pack gives an empty, usable pack and errors located at the top level', () => {
  const { pack, issues } = validateVariantPack(readFixture('pack-bad.json'));
  assert.deepEqual(pack.entries, []);
  assert.equal(pack.book.identifier, '');
  assert.equal(pack.language, 'en');
  assert.deepEqual(issues.map((i) => [i.path, i.code, i.severity]), [
    ['version', 'invalid-version', 'error'],
    ['language', 'invalid-value', 'warning'],
    ['book', 'wrong-type', 'error'],
    ['entries', 'wrong-type', 'error'],
  ]);
});

test('anything that is not an object is one clear error, never an exception', () => {
  for (const json of [null, 'pack', 42, [], undefined]) {
    const { pack, issues } = validateVariantPack(json);
    assert.equal(pack.entries.length, 0);
    assert.equal(issues.length, 1);
    assert.equal(issues[0]!.code, 'not-an-object');
  }
});

test('a pack from a newer version is read as far as this version understands it', () => {
  const { pack, issues } = validateVariantPack(readFixture('pack-future.json'));
  assert.equal(pack.version, 1);
  assert.deepEqual(pack.entries.map((e) => e.id), ['spleen', 'first']);
  assert.equal(issues[0]!.code, 'future-version');
  assert.equal(issues[0]!.severity, 'warning');
  // What the newer version added is expected there: information, not warnings.
  for (const issue of issues.slice(1)) assert.equal(issue.severity, 'info', issue.message);
  assert.ok(at(issues, 'audience').length === 1);
  assert.ok(at(issues, 'entries[0].audio').length === 1);
  assert.ok(at(issues, 'entries[2].variants[0].voice').length === 1);
  // An unknown selector is kept (the pack round-trips), but reported.
  const first = pack.entries[1]!;
  assert.ok(first.type === 'simplified');
  assert.deepEqual(first.target.selector.map((s) => s.type), ['TextQuoteSelector', 'FragmentSelector']);
});

test('a missing version is read as version 1 with a warning; a missing id is made up from the type and place', () => {
  const { pack, issues } = validateVariantPack({
    book: { identifier: 'x', modified: '2020-01-01T00:00:00Z' },
    entries: [{ type: 'glossary', term: 'harpoon', definition: 'A spear on a rope.' }],
  });
  assert.equal(issues[0]!.code, 'no-version');
  assert.equal(pack.entries[0]!.id, 'glossary-1');
  assert.equal(at(issues, 'entries[0].id')[0]!.severity, 'warning');
});

test('levels: grade numbers become bands, unknown level names are allowed but reported, duplicates are left out', () => {
  const { pack, issues } = validateVariantPack({
    version: 1,
    book: { identifier: 'x', modified: 'y' },
    levels: [{ name: 'Level A', grades: '1-2' }, { name: 'level a' }, { name: 'Level B', grades: 'easy' }],
    entries: [
      {
        type: 'simplified',
        id: 'p',
        target: { source: 'c.xhtml', selector: { type: 'TextQuoteSelector', exact: 'x y z' } },
        variants: [
          { level: 4, content: 'four' },
          { level: 'Level A', content: 'a' },
          { level: 'Level Z', content: 'z' },
          { level: '4', content: 'again' },
          { level: '3-5', content: { html: '<p>wrong key</p>' } },
        ],
      },
    ],
  });
  const entry = pack.entries[0]!;
  assert.ok(entry.type === 'simplified');
  assert.deepEqual(entry.variants.map((v) => v.level), ['4', 'Level A', 'Level Z']);
  assert.deepEqual(pack.levels.map((l) => l.name), ['Level A', 'Level B']);
  assert.equal(pack.levels[1]!.grades, undefined);
  assert.equal(at(issues, 'levels[1].name')[0]!.code, 'duplicate');
  assert.equal(at(issues, 'levels[2].grades')[0]!.code, 'invalid-level');
  assert.equal(at(issues, 'entries[0].variants[0].level')[0]!.severity, 'info');
  assert.equal(at(issues, 'entries[0].variants[2].level')[0]!.code, 'invalid-level');
  assert.equal(at(issues, 'entries[0].variants[3].level')[0]!.code, 'duplicate');
  assert.equal(at(issues, 'entries[0].variants[4].content')[0]!.code, 'wrong-type');
});

test('selectors: a lone selector becomes a list, bad positions are refused, long context is cut to the part next to the quote', () => {
  const long = 'x'.repeat(1500);
  const { pack, issues } = validateVariantPack({
    version: 1,
    book: { identifier: 'x', modified: 'y' },
    entries: [
      {
        type: 'note',
        id: 'n',
        target: {
          source: 'c.xhtml',
          selector: [
            { type: 'TextQuoteSelector', exact: 'quote', prefix: `${long}abc`, suffix: `def${long}` },
            { type: 'TextPositionSelector', start: 5, end: 2 },
            { type: 'CssSelector', value: 'p', refinedBy: { type: 'TextQuoteSelector', exact: 'in p' } },
          ],
        },
        content: { xhtml: '<p>See <em>this</em>.</p>' },
      },
      { type: 'note', id: 'm', target: { source: 'c.xhtml', selector: [{ type: 'TextPositionSelector', start: -1, end: 2 }] }, content: 'x' },
    ],
  });
  assert.equal(pack.entries.length, 1, 'a target without one usable selector cannot be anchored: left out');
  const note = pack.entries[0]!;
  assert.ok(note.type === 'note');
  const [quote, css] = note.target.selector as unknown as [{ prefix: string; suffix: string }, { refinedBy: unknown }];
  assert.equal(quote.prefix.length, 1000);
  assert.ok(quote.prefix.endsWith('abc'));
  assert.ok(quote.suffix.startsWith('def'));
  assert.deepEqual(css.refinedBy, { type: 'TextQuoteSelector', exact: 'in p' });
  assert.deepEqual(note.content, { xhtml: '<p>See <em>this</em>.</p>' });
  assert.equal(at(issues, 'entries[0].target.selector[1]')[0]!.code, 'invalid-value');
  assert.equal(at(issues, 'entries[1].target.selector')[0]!.severity, 'error');
});

test('the validated pack is stable: validating it again finds nothing and changes nothing', () => {
  for (const name of ['pack-moby-dick.json', 'pack-partial.json', 'pack-future.json']) {
    const { pack } = validateVariantPack(readFixture(name));
    const again = validateVariantPack(JSON.parse(JSON.stringify(pack)));
    assert.deepEqual(again.pack, pack, name);
    assert.deepEqual(again.issues.filter((i) => i.severity !== 'info'), [], name);
  }
});

test('glossary pictures: data: images, https: and addresses next to the pack are kept; other schemes are refused', () => {
  const picture = (src: string) => ({ type: 'glossary', id: src.slice(0, 12), term: 'whale', definition: 'A sea animal.', picture: { src, alt: 'A whale' } });
  const { pack, issues } = validateVariantPack({
    version: 1,
    book: { identifier: 'x', modified: 'y' },
    entries: [picture('data:image/svg+xml;base64,PHN2Zy8+'), picture('https://example.org/w.png'), picture('pictures/whale.png'), picture('data:text/html,<script>'), picture('//evil.example/x.png'), picture('file:///etc/passwd')],
  });
  const kept = pack.entries.map((e) => (e.type === 'glossary' ? e.picture?.src ?? null : null));
  assert.deepEqual(kept, ['data:image/svg+xml;base64,PHN2Zy8+', 'https://example.org/w.png', 'pictures/whale.png', null, null, null]);
  assert.equal(issues.filter((i) => i.code === 'unsafe-url').length, 3);
});

test('too many entries: the first ones are read, and the pack says so', () => {
  const entries = Array.from({ length: PACK_LIMITS.entries + 5 }, (_, i) => ({ type: 'glossary', id: `g${i}`, term: `term${i}`, definition: 'd' }));
  const started = performance.now();
  const { pack, issues } = validateVariantPack({ version: 1, book: { identifier: 'x', modified: 'y' }, entries });
  assert.equal(pack.entries.length, PACK_LIMITS.entries);
  assert.equal(issues.filter((i) => i.code === 'too-many').length, 1);
  assert.ok(performance.now() - started < 2000);
});

test('createVariantPack starts an empty, valid pack for a book', () => {
  const pack = createVariantPack({ identifier: 'urn:uuid:1', modified: '2024-01-01T00:00:00Z' }, { title: 'Unit 3' });
  assert.deepEqual(validateVariantPack(pack), { pack, issues: [] });
});
