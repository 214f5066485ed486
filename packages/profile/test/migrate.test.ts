import { test } from 'node:test';
import assert from 'node:assert/strict';
import { migrateProfile, PROFILE_MIGRATIONS, PROFILE_VERSION, resolveProfile, validateProfile, type ProfileMigration } from '../src/index.js';
import { readFixture } from './read-fixture.js';

test('a profile written in the first version-1 shape (few fields, sections missing) still loads in full', () => {
  const { profile, issues } = validateProfile(readFixture('profile-v1-first.json'));
  assert.deepEqual(issues, []);
  assert.equal(profile.id, 'learner-0001');
  assert.deepEqual(profile.readingAids, {});
  assert.deepEqual(profile.language, {});
  const { settings } = resolveProfile(profile);
  assert.equal(settings.display.fontSize, 150);
  assert.equal(settings.display.theme, 'sepia');
  assert.equal(settings.speech.rate, 1.2);
  // Settings that the first shape did not have take their defaults.
  assert.equal(settings.readingAids.lineFocusLines, 1);
  assert.equal(settings.speech.volume, 1);
  assert.equal(settings.language.ui, 'en');
});

test('a current profile passes through untouched', () => {
  const json = readFixture('profile-full.json');
  const result = migrateProfile(json);
  assert.equal(result.fromVersion, PROFILE_VERSION);
  assert.equal(result.version, PROFILE_VERSION);
  assert.deepEqual(result.applied, []);
  assert.deepEqual(result.issues, []);
  assert.deepEqual(result.json, json);
});

test('the shipped migrations form an unbroken chain up to the current version', () => {
  const froms = PROFILE_MIGRATIONS.map((m) => m.from).sort((a, b) => a - b);
  froms.forEach((from, i) => assert.equal(from, i + 1));
  assert.equal(froms.length, PROFILE_VERSION - 1);
});

test('a missing version is read as the current one; a version written as text is accepted', () => {
  const missing = migrateProfile({ id: 'x' });
  assert.equal(missing.version, PROFILE_VERSION);
  assert.equal(missing.issues[0]?.code, 'no-version');
  assert.equal(missing.issues[0]?.severity, 'info');
  const text = migrateProfile({ id: 'x', version: '1' });
  assert.equal(text.fromVersion, 1);
  assert.equal(text.json['version'], 1);
  const nonsense = migrateProfile({ id: 'x', version: 'latest' });
  assert.equal(nonsense.issues[0]?.code, 'invalid-version');
  assert.equal(nonsense.version, PROFILE_VERSION);
});

// The schema will grow; these steps stand in for future ones to prove the chain runs in order.
const renameSize: ProfileMigration = {
  from: 1,
  description: 'display.fontSize became display.textScale (a multiple, not a percent).',
  migrate(json) {
    const display = { ...(json['display'] as Record<string, unknown>) };
    if (typeof display['fontSize'] === 'number') display['textScale'] = display['fontSize'] / 100;
    delete display['fontSize'];
    return { ...json, display };
  },
};
const addSection: ProfileMigration = {
  from: 2,
  description: 'added the braille section.',
  migrate: (json) => ({ ...json, braille: { grade: 2 } }),
};

test('steps run in order from the stored version to the target, each reported', () => {
  const result = migrateProfile(readFixture('profile-v1-first.json'), { migrations: [addSection, renameSize], targetVersion: 3 });
  assert.equal(result.fromVersion, 1);
  assert.equal(result.version, 3);
  assert.deepEqual(result.applied, [renameSize.description, addSection.description]);
  assert.deepEqual(result.json['display'], { textScale: 1.5, theme: 'sepia' });
  assert.deepEqual(result.json['braille'], { grade: 2 });
  assert.equal(result.json['version'], 3);
  assert.deepEqual(result.issues.map((i) => i.code), ['migrated', 'migrated']);
  assert.match(result.issues[0]!.message, /^version: updated from version 1 to 2: display\.fontSize became/);
});

test('a missing step is reported and the JSON is passed on as it is, never thrown away', () => {
  const result = migrateProfile({ version: 1, id: 'x' }, { migrations: [addSection], targetVersion: 3 });
  assert.equal(result.version, 1);
  assert.equal(result.issues[0]?.code, 'invalid-version');
  assert.match(result.issues[0]!.message, /no way is known to update a version 1 profile/);
});

test('migration does not change its input', () => {
  const json = { version: 1, id: 'x', display: { fontSize: 150 } };
  const copy = structuredClone(json);
  migrateProfile(json, { migrations: [renameSize], targetVersion: 2 });
  assert.deepEqual(json, copy);
});
