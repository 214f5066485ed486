import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildProfileJsonSchema, SETTING_PATHS, SETTING_RULES, validateProfile } from '../src/index.js';
import { readFixture } from './read-fixture.js';

// ajv is CommonJS; its 2020-12 build validates the draft the schema declares.
const Ajv2020 = createRequire(import.meta.url)('ajv/dist/2020').default;
const published = JSON.parse(readFileSync(new URL('../schema/learner-profile.v1.schema.json', import.meta.url), 'utf8'));
const validateWithSchema = new Ajv2020({ strict: true, validateFormats: false }).compile(published);

test('the published schema file is exactly what the setting rules generate (run `npm run schema` after changing a rule)', () => {
  assert.deepEqual(published, buildProfileJsonSchema());
});

test('the package exports the schema file by its documented subpath', () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  assert.equal(pkg.exports['./schema/learner-profile.v1.schema.json'], './schema/learner-profile.v1.schema.json');
  assert.ok(pkg.files.includes('schema'));
});

test('every setting is in the schema with its range, default and description', () => {
  for (const path of SETTING_PATHS) {
    const [section, key] = path.split('.') as [string, string];
    const property = published.properties[section].properties[key];
    const rule = SETTING_RULES[path];
    assert.ok(property, path);
    assert.deepEqual(property.default, rule.default, path);
    assert.equal(property.description, rule.description, path);
    if (rule.kind === 'number') {
      assert.equal(property.minimum, rule.min, path);
      assert.equal(property.maximum, rule.max, path);
    }
    if (rule.kind === 'enum') assert.deepEqual(property.enum, [...rule.values], path);
  }
});

test('the schema and validateProfile agree on the fixtures', () => {
  for (const name of ['profile-full.json', 'profile-v1-first.json']) {
    const json = readFixture(name);
    assert.ok(validateWithSchema(json), `${name}: ${JSON.stringify(validateWithSchema.errors)}`);
    assert.deepEqual(validateProfile(json).issues, [], name);
  }
  for (const name of ['profile-bad.json', 'profile-future.json']) {
    const json = readFixture(name);
    assert.equal(validateWithSchema(json), false, name);
    assert.notDeepEqual(validateProfile(json).issues, [], name);
  }
});

test('what validateProfile produces from bad input is itself valid against the schema', () => {
  for (const name of ['profile-bad.json', 'profile-future.json', 'profile-full.json']) {
    const { profile } = validateProfile(readFixture(name));
    // The bad fixture loses its id nowhere; a profile without id would rightly fail `required`.
    assert.ok(validateWithSchema(profile), `${name}: ${JSON.stringify(validateWithSchema.errors)}`);
  }
});
