import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { VARIANT_PACK_SCHEMA_ID, validateVariantPack } from '../src/index.js';
import { readFixture } from './read-fixture.js';

// ajv is CommonJS; its 2020-12 build validates the draft the schema declares.
const Ajv2020 = createRequire(import.meta.url)('ajv/dist/2020').default;
const schema = JSON.parse(readFileSync(new URL('../schema/variant-pack.v1.schema.json', import.meta.url), 'utf8'));
const validateWithSchema = new Ajv2020({ strict: true, validateFormats: false }).compile(schema);

test('the package publishes the schema file by its documented subpath, with the id the code exports', () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  assert.equal(pkg.exports['./schema/variant-pack.v1.schema.json'], './schema/variant-pack.v1.schema.json');
  assert.ok(pkg.files.includes('schema'));
  assert.equal(schema.$id, VARIANT_PACK_SCHEMA_ID);
});

test('the schema accepts the good pack, and validateVariantPack finds nothing in it', () => {
  const json = readFixture('pack-moby-dick.json');
  assert.ok(validateWithSchema(json), JSON.stringify(validateWithSchema.errors));
  assert.deepEqual(validateVariantPack(json).issues, []);
});

test('the schema refuses the bad, partial and future packs, which validateVariantPack reports', () => {
  for (const name of ['pack-bad.json', 'pack-partial.json', 'pack-future.json']) {
    const json = readFixture(name);
    assert.equal(validateWithSchema(json), false, name);
    assert.notDeepEqual(validateVariantPack(json).issues, [], name);
  }
});

test('what validateVariantPack makes of any input is valid against the schema', () => {
  for (const name of ['pack-bad.json', 'pack-partial.json', 'pack-future.json', 'pack-moby-dick.json']) {
    const { pack } = validateVariantPack(readFixture(name));
    // The bad fixture has no book identifier to give; the schema rightly requires one.
    const candidate = pack.book.identifier ? pack : { ...pack, book: { identifier: 'unknown' } };
    assert.ok(validateWithSchema(candidate), `${name}: ${JSON.stringify(validateWithSchema.errors)}`);
  }
});
