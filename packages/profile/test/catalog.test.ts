import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOMMODATION_TIERS, DEFAULT_CATALOG, QTI_PNP_FEATURES, TIER_ASSIGNED_BY, validateCatalog, validatePatch } from '../src/index.js';

test('the built-in catalog passes its own checks with no issues', () => {
  const { catalog, issues } = validateCatalog(DEFAULT_CATALOG);
  assert.deepEqual(issues, []);
  assert.equal(catalog.accommodations.length, DEFAULT_CATALOG.accommodations.length);
});

test('every accommodation’s patch is a valid patch', () => {
  for (const entry of DEFAULT_CATALOG.accommodations) {
    const { patch, issues } = validatePatch(entry.patch, `${entry.id}.patch.`);
    assert.deepEqual(issues, [], entry.id);
    assert.deepEqual(patch, entry.patch, entry.id);
  }
});

test('ids are unique kebab-case; names and explanations are plain text; QTI names are real or ext:', () => {
  const ids = DEFAULT_CATALOG.accommodations.map((a) => a.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const entry of DEFAULT_CATALOG.accommodations) {
    assert.match(entry.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(entry.name.length > 2 && entry.name.length < 50, entry.id);
    assert.ok(entry.explanation.length > 20 && entry.explanation.endsWith('.'), entry.id);
    assert.ok((ACCOMMODATION_TIERS as readonly string[]).includes(entry.tier), entry.id);
    assert.ok((QTI_PNP_FEATURES as readonly string[]).includes(entry.qtiPnp) || entry.qtiPnp.startsWith('ext:'), entry.id);
    // A resource that changes nothing in Attune must say why (it is recorded only, or always on).
    if (Object.keys(entry.patch).length === 0) assert.ok(entry.note, `${entry.id} needs a note`);
  }
});

test('the common IEP/504 reading resources are all there, in all three tiers', () => {
  const ids = new Set(DEFAULT_CATALOG.accommodations.map((a) => a.id));
  for (const id of [
    'text-to-speech', 'read-aloud-math', 'large-print', 'zoom', 'color-contrast', 'color-overlay', 'masking',
    'line-reader', 'simplified-language', 'glossary', 'illustration-glossary', 'translated-glossary', 'translations',
    'breaks', 'reduced-distraction', 'keyboard-navigation', 'extended-time',
  ]) assert.ok(ids.has(id), id);
  for (const tier of ACCOMMODATION_TIERS) {
    assert.ok(DEFAULT_CATALOG.accommodations.some((a) => a.tier === tier), tier);
    assert.ok(TIER_ASSIGNED_BY[tier].length > 0);
  }
});

test('the catalog is plain data: it survives a JSON round trip unchanged', () => {
  assert.deepEqual(JSON.parse(JSON.stringify(DEFAULT_CATALOG)), DEFAULT_CATALOG);
  const { catalog, issues } = validateCatalog(JSON.parse(JSON.stringify(DEFAULT_CATALOG)));
  assert.deepEqual(issues, []);
  assert.deepEqual(catalog, DEFAULT_CATALOG);
});

test('a district catalog with mistakes is checked entry by entry', () => {
  const { catalog, issues } = validateCatalog({
    id: 'district-9',
    name: 'District 9',
    accommodations: [
      { id: 'ok-one', name: 'OK', explanation: 'Fine.', tier: 'universal-tool', qtiPnp: 'line-reader', patch: { readingAids: { lineFocus: true } } },
      { id: 'ok-one', name: 'Again', explanation: 'Dup.', tier: 'universal-tool', qtiPnp: 'line-reader', patch: {} },
      { id: 'Bad Id', name: 'x', explanation: 'x', tier: 'universal-tool', qtiPnp: 'spoken', patch: {} },
      { id: 'bad-tier', name: 'x', explanation: 'x', tier: 'optional', qtiPnp: 'spoken', patch: {} },
      { id: 'bad-patch', name: 'x', explanation: 'x', tier: 'accommodation', qtiPnp: 'speaking', patch: { display: { fontSize: 1000 } } },
      'nope',
    ],
  });
  assert.deepEqual(catalog.accommodations.map((a) => a.id), ['ok-one', 'bad-patch']);
  assert.deepEqual(catalog.accommodations[1]!.patch, {});
  assert.deepEqual(issues.map((i) => [i.path, i.code]), [
    ['accommodations[1].id', 'duplicate'],
    ['accommodations[2].id', 'wrong-type'],
    ['accommodations[3].tier', 'not-allowed'],
    ['accommodations[4].qtiPnp', 'not-allowed'],
    ['accommodations[4].patch.display.fontSize', 'out-of-range'],
    ['accommodations[5]', 'not-an-object'],
  ]);
  assert.equal(validateCatalog([]).issues[0]?.code, 'not-an-object');
});
