import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createProfile, defaultSettings, PROFILE_VERSION, resolveProfile, validateProfile, type ProfileIssue } from '../src/index.js';
import { readFixture } from './read-fixture.js';

const at = (issues: ProfileIssue[], path: string) => issues.find((i) => i.path === path);

test('a complete, valid profile loads unchanged with no issues (colours and language tags canonicalised)', () => {
  const json = readFixture('profile-full.json') as Record<string, any>;
  const { profile, issues } = validateProfile(json);
  assert.deepEqual(issues, []);
  assert.equal(profile.id, 'learner-7f3a');
  assert.equal(profile.displayName, 'Maya López');
  assert.equal(profile.display.customForeground, '#1a1a1a');
  assert.equal(profile.display.customBackground, '#fff2c4');
  assert.equal(profile.language.ui, 'es-MX');
  assert.equal(profile.content.readingLevel, 4);
  assert.equal(profile.speech.voice, 'Google español de Estados Unidos');
  assert.equal(profile.updatedAt, '2025-10-02T14:03:00.000Z');
  assert.deepEqual(profile.readingAids, json.readingAids);
});

test('a partial profile keeps what it has; everything else is the default', () => {
  const { profile, issues } = validateProfile({ version: 1, id: 'p', display: { fontSize: 150 } });
  assert.deepEqual(issues, []);
  assert.deepEqual(profile.display, { fontSize: 150 });
  assert.deepEqual(profile.speech, {});
  const settings = resolveProfile(profile).settings;
  assert.equal(settings.display.fontSize, 150);
  assert.equal(settings.display.lineHeight, defaultSettings().display.lineHeight);
});

test('one bad field never costs the rest: each is reported where it is and falls back', () => {
  const { profile, issues } = validateProfile(readFixture('profile-bad.json'));
  assert.equal(profile.id, 'learner-bad');
  assert.equal(profile.displayName, 'Jordan');
  // Kept: the valid neighbours of bad fields.
  assert.equal(profile.display.letterSpacing, 0.12);
  assert.equal(profile.readingAids.lineFocus, true);
  assert.equal(profile.content.glossary, false);
  assert.equal(profile.language.content, null);
  // Refused: fall back to defaults (absent from the sparse profile).
  for (const key of ['fontSize', 'lineHeight', 'theme', 'customForeground'] as const) assert.equal(profile.display[key], undefined, key);
  assert.equal(profile.readingAids.lineFocusLines, undefined);
  assert.deepEqual(profile.speech, {});

  assert.equal(at(issues, 'display.fontSize')?.message, 'display.fontSize: 900 is above the largest size, 400%. Using the default, 100%.');
  assert.equal(at(issues, 'display.fontSize')?.code, 'out-of-range');
  assert.match(at(issues, 'display.lineHeight')!.message, /^display\.lineHeight: expected a number from 1 to 3, got "double"\./);
  assert.match(at(issues, 'display.fontSzie')!.message, /not a setting Attune knows.*Did you mean display\.fontSize\?/);
  assert.equal(at(issues, 'display.fontSzie')?.severity, 'warning');
  assert.match(at(issues, 'display.theme')!.message, /"neon" is not one of "light", "sepia", "dark", "high-contrast" or "custom"/);
  assert.equal(at(issues, 'display.customForeground')?.code, 'invalid-color');
  assert.equal(at(issues, 'readingAids.lineFocusLines')?.code, 'not-whole-number');
  assert.match(at(issues, 'speech')!.message, /expected an object of speech settings, got "loud"/);
  assert.match(at(issues, 'content.readingLevel')!.message, /0 is below the smallest grade level, 1/);
  assert.equal(at(issues, 'language.ui')?.code, 'invalid-language');
  assert.equal(at(issues, 'favouriteColour')?.code, 'unknown-field');
  for (const i of issues) assert.ok(i.message.startsWith(`${i.path}: `), i.message);
});

test('a profile from a newer Attune is read as far as this version understands, and says so', () => {
  const { profile, issues } = validateProfile(readFixture('profile-future.json'));
  const future = at(issues, 'version');
  assert.equal(future?.code, 'future-version');
  assert.equal(future?.severity, 'warning');
  assert.match(future!.message, /newer Attune \(profile version 2; this Attune reads version 1\)/);
  assert.equal(profile.version, PROFILE_VERSION);
  assert.equal(profile.display.fontSize, 200);
  assert.equal(profile.speech.readAloud, true);
  // Unknown parts are expected from a newer version: reported as info, not as mistakes.
  assert.equal(at(issues, 'display.syllableDots')?.severity, 'info');
  assert.equal(at(issues, 'braille')?.severity, 'info');
});

test('not a profile at all: default settings and one clear issue, no exception', () => {
  for (const json of [null, 42, 'profile', [1, 2], undefined]) {
    const { profile, issues } = validateProfile(json);
    assert.deepEqual(profile, createProfile({ id: '' }));
    assert.equal(issues.length, 1);
    assert.equal(issues[0]!.code, 'not-an-object');
  }
});

test('missing id and odd top-level values are reported', () => {
  const { profile, issues } = validateProfile({ version: 1, displayName: 7, updatedAt: 'yesterday' });
  assert.equal(profile.id, '');
  assert.equal(at(issues, 'id')?.code, 'missing-field');
  assert.equal(at(issues, 'displayName')?.code, 'wrong-type');
  assert.equal(at(issues, 'updatedAt')?.code, 'wrong-type');
  const long = validateProfile({ version: 1, id: 'x', displayName: 'n'.repeat(150) });
  assert.equal(long.profile.displayName.length, 100);
  assert.equal(at(long.issues, 'displayName')?.code, 'too-long');
});

test('an unreadable custom colour pair is refused as a pair, with a 7:1 alternative in the message', () => {
  const { profile, issues } = validateProfile({ version: 1, id: 'c', display: { theme: 'custom', customForeground: '#777777', customBackground: '#888888' } });
  assert.equal(profile.display.theme, 'custom');
  assert.equal(profile.display.customForeground, undefined);
  assert.equal(profile.display.customBackground, undefined);
  const low = issues.find((i) => i.code === 'low-contrast');
  assert.match(low!.message, /contrast of 1\.2\d:1; text needs at least 4\.5:1/);
  assert.match(low!.message, /Try #[0-9a-f]{6} on #[0-9a-f]{6} \((7|8|9|1\d)(\.\d+)?:1\)/);
  // A single custom colour is checked against the default partner.
  const one = validateProfile({ version: 1, id: 'c', display: { customBackground: '#222222' } });
  assert.equal(one.issues[0]?.code, 'low-contrast');
  assert.equal(one.issues[0]?.path, 'display.customBackground');
});

test('nullable settings accept null; numbers reject NaN-like values', () => {
  const ok = validateProfile({ version: 1, id: 'n', speech: { voice: null }, content: { readingLevel: null } });
  assert.deepEqual(ok.issues, []);
  assert.equal(ok.profile.speech.voice, null);
  const bad = validateProfile({ version: 1, id: 'n', display: { fontSize: null, lineLength: 60.5 }, speech: { rate: '1.5' } });
  assert.deepEqual(bad.issues.map((i) => i.code), ['wrong-type', 'not-whole-number', 'wrong-type']);
});

test('validation is fast enough to run on every load', () => {
  const json = readFixture('profile-full.json');
  const start = performance.now();
  for (let i = 0; i < 1000; i += 1) validateProfile(json);
  const perProfile = (performance.now() - start) / 1000;
  assert.ok(perProfile < 1, `validateProfile took ${perProfile.toFixed(3)} ms`);
});
