import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CATALOG, validatePolicy, type ProfileIssue } from '../src/index.js';

const at = (issues: ProfileIssue[], path: string) => issues.find((i) => i.path === path);

test('a well-formed policy passes unchanged', () => {
  const json = {
    version: 1,
    mode: 'assessment',
    defaults: { display: { fontSize: 150 } },
    limits: [{ setting: 'display.fontSize', min: 150, reason: 'IEP minimum.' }],
    locks: [{ setting: 'content.simplifiedText', value: false, reason: 'Test mode.', when: 'assessment' }],
    accommodations: [{ id: 'large-print', source: 'iep' }],
  };
  const { policy, issues } = validatePolicy(json);
  assert.deepEqual(issues, []);
  assert.deepEqual(policy, json);
});

test('bad rules are left out one by one, each located and explained', () => {
  const { policy, issues } = validatePolicy({
    version: 1,
    mode: 'exam',
    defaults: { display: { fontSize: 50, theme: 'dark' }, speach: {} },
    limits: [
      { setting: 'display.theme', min: 1, reason: 'x' },
      { setting: 'display.fontSize', min: 300, max: 200, reason: 'x' },
      { setting: 'display.fontSize', min: 50, max: 250, reason: 'x' },
      { setting: 'display.fontsize', min: 150, reason: 'x' },
      { setting: 'speech.rate', reason: 'x' },
    ],
    locks: [
      { setting: 'speech.readAloud', value: 'yes', reason: 'x' },
      { setting: 'speech.readAloud', value: true },
      { setting: 'speech.readAloud', value: false, reason: 'other' },
    ],
    accommodations: [{ id: 'large-print', source: 'teacher' }, { id: 'large-pint', source: 'iep' }, { id: 'zoom', source: 'parent' }, { id: 'large-print', source: 'iep' }],
    extra: true,
  });
  assert.equal(policy.mode, 'learning');
  assert.match(at(issues, 'mode')!.message, /^mode: "exam" is not one of learning, assessment/);
  assert.deepEqual(policy.defaults, { display: { theme: 'dark' } });
  assert.match(at(issues, 'defaults.display.fontSize')!.message, /^defaults\.display\.fontSize: 50 is below the smallest size, 100%\. It was left out\./);
  assert.match(at(issues, 'defaults.speach')!.message, /Did you mean defaults\.speech\?/);
  assert.match(at(issues, 'limits[0].setting')!.message, /display\.theme is not a number/);
  assert.match(at(issues, 'limits[1]')!.message, /the minimum 300% is above the maximum 200%/);
  assert.deepEqual(policy.limits, [{ setting: 'display.fontSize', max: 250, reason: 'x' }]);
  assert.match(at(issues, 'limits[2].min')!.message, /50 is below the smallest size/);
  assert.match(at(issues, 'limits[3].setting')!.message, /Did you mean display\.fontSize\?/);
  assert.match(at(issues, 'limits[4]')!.message, /needs a min, a max or both/);
  assert.equal(at(issues, 'locks[0].value')?.code, 'wrong-type');
  assert.equal(at(issues, 'locks[1].reason')?.code, 'missing-field');
  assert.deepEqual(policy.locks, [
    { setting: 'speech.readAloud', value: true, reason: 'Your teacher set this.' },
    { setting: 'speech.readAloud', value: false, reason: 'other' },
  ]);
  assert.equal(at(issues, 'locks[1]')?.code, 'conflict');
  assert.equal(at(issues, 'accommodations[0]')?.code, 'tier-mismatch');
  assert.match(at(issues, 'accommodations[1].id')!.message, /not in the catalog.*Did you mean large-print\?/);
  assert.equal(at(issues, 'accommodations[2].source')?.code, 'not-allowed');
  assert.equal(at(issues, 'accommodations[3].id')?.code, 'duplicate');
  assert.deepEqual(policy.accommodations?.map((a) => a.id), ['large-print', 'zoom']);
  assert.equal(at(issues, 'extra')?.code, 'unknown-field');
});

test('not an object, or from a newer version', () => {
  assert.equal(validatePolicy('strict').issues[0]?.code, 'not-an-object');
  assert.equal(validatePolicy({ version: 4 }).issues[0]?.code, 'future-version');
  assert.equal(validatePolicy({}).issues[0]?.code, 'no-version');
});

test('accommodations are checked against the catalog passed in', () => {
  const catalog = { ...DEFAULT_CATALOG, accommodations: DEFAULT_CATALOG.accommodations.filter((a) => a.id !== 'zoom') };
  const { issues } = validatePolicy({ version: 1, accommodations: [{ id: 'zoom', source: 'teacher' }] }, catalog);
  assert.equal(issues[0]?.code, 'unknown-accommodation');
});
