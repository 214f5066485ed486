import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createProfile, resolveProfile, validatePolicy, validateProfile, type TeacherPolicy } from '@attune/profile';
import { plainSummary } from '../src/profile-builder/plain-summary.js';
import { rulesOf, setAccommodation, setDefault, setRules } from '../src/profile-builder/policy-edits.js';

const sample = (name: string) => JSON.parse(readFileSync(new URL(`../../../content/profiles/${name}.json`, import.meta.url), 'utf8'));

function summaryOf(json: { profile: unknown; policy: unknown }): string[] {
  const { profile } = validateProfile(json.profile);
  const { policy } = validatePolicy(json.policy);
  return plainSummary(resolveProfile(profile, policy), policy);
}

test('the low-vision sample reads as sentences a family understands', () => {
  const lines = summaryOf(sample('low-vision'));
  assert.ok(lines.includes('Text can be read aloud, and each sentence is highlighted as it is read.'), lines.join('\n'));
  assert.ok(lines.includes('Text is shown at 250% of its normal size.'));
  assert.ok(lines.includes('Text size is never below 200%.'));
  assert.ok(lines.includes('Text uses the Atkinson Hyperlegible font.'));
  assert.ok(lines.includes('Pages are black with yellow text, for high contrast.'));
  assert.ok(lines.includes('A reading ruler marks the line being read.'));
  assert.ok(lines.includes('Line length is never above 60 characters.'));
  assert.ok(lines.includes('Image descriptions is always on. Picture descriptions are part of your IEP, so they are always on.') || lines.some((l) => l.startsWith('Image descriptions is always on.')));
  assert.ok(lines.some((l) => l.startsWith('From the IEP: Large print, Colour contrast, Image descriptions, Text-to-speech, and Line reader')));
  assert.ok(lines.includes('Also in the plan, outside the reader: Breaks.'));
});

test('locks that apply only in tests say so', () => {
  const lines = summaryOf(sample('dyslexia'));
  assert.ok(lines.some((l) => l.startsWith('During tests, simplified text is off.')), lines.join('\n'));
  assert.ok(lines.some((l) => l.startsWith('Read aloud is always on.')));
});

test('a learner with no plan gets one plain sentence about read-aloud and the defaults', () => {
  const lines = plainSummary(resolveProfile(createProfile({ id: 'x' })), undefined);
  assert.deepEqual(lines, ['Text can be read aloud, and each word is highlighted as it is read.', 'Hard words can be looked up on the page.', 'Pictures come with a written description, which is read aloud too.']);
});

test('policy edits: accommodations, starting values, and one limit and lock per setting with a shared reason', () => {
  let policy: TeacherPolicy = { version: 1 };
  policy = setAccommodation(policy, 'large-print', { source: 'iep', note: '' });
  assert.deepEqual(policy.accommodations, [{ id: 'large-print', source: 'iep' }], 'an empty note is left out');
  policy = setDefault(policy, 'display.lineHeight', 1.8);
  policy = setRules(policy, 'display.fontSize', { min: 150, reason: 'Your IEP says so.', source: 'iep', when: 'always' });
  policy = setRules(policy, 'speech.readAloud', { lock: true, reason: 'Always there for you.', source: 'teacher', when: 'always' });
  assert.deepEqual(policy.defaults, { display: { lineHeight: 1.8 } });
  assert.deepEqual(policy.limits, [{ setting: 'display.fontSize', min: 150, reason: 'Your IEP says so.', source: 'iep' }]);
  assert.deepEqual(policy.locks, [{ setting: 'speech.readAloud', value: true, reason: 'Always there for you.' }]);
  assert.deepEqual(rulesOf(policy, 'display.fontSize'), { min: 150, reason: 'Your IEP says so.', source: 'iep', when: 'always' });
  policy = setRules(policy, 'display.fontSize', { reason: '', source: 'teacher', when: 'always' });
  policy = setDefault(policy, 'display.lineHeight', undefined);
  assert.deepEqual(policy.limits, []);
  assert.deepEqual(policy.defaults, {});
  assert.equal(validatePolicy(policy).issues.filter((i) => i.severity !== 'info').length, 0);
});
