import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  changePreference,
  createProfile,
  defaultSettings,
  learnerMayChange,
  resetPreference,
  resolveProfile,
  SETTING_PATHS,
  validatePolicy,
  type LearnerProfile,
  type TeacherPolicy,
} from '../src/index.js';
import { readFixture } from './read-fixture.js';

const iepPolicy = (): TeacherPolicy => {
  const { policy, issues } = validatePolicy(readFixture('policy-iep.json'));
  assert.deepEqual(issues, []);
  return policy;
};
const learner = (patch: Partial<LearnerProfile> = {}): LearnerProfile => ({ ...createProfile({ id: 'l1', displayName: 'Sam' }), ...patch });

test('with no policy, every value is the default or the learner’s, and provenance covers every setting', () => {
  const resolved = resolveProfile(learner({ display: { fontSize: 130 } }));
  assert.deepEqual(Object.keys(resolved.provenance).sort(), [...SETTING_PATHS].sort());
  assert.deepEqual(resolved.provenance['display.fontSize'], { source: 'learner', locked: false });
  assert.deepEqual(resolved.provenance['display.lineHeight'], { source: 'default', locked: false });
  assert.equal(resolved.settings.display.fontSize, 130);
  assert.deepEqual({ ...resolved.settings, display: { ...resolved.settings.display, fontSize: 100 } }, defaultSettings());
  assert.equal(resolved.mode, 'learning');
  assert.deepEqual(resolved.issues, []);
});

test('teacher defaults, then accommodations, then the learner: each layer and its source', () => {
  const resolved = resolveProfile(learner({ speech: { highlight: 'sentence' } }), iepPolicy());
  const { settings, provenance } = resolved;
  // Teacher default that nothing overrides.
  assert.equal(settings.display.theme, 'sepia');
  assert.deepEqual(provenance['display.theme'], { source: 'teacher', locked: false });
  // Large print (IEP) overrides the teacher's 125% default.
  assert.equal(settings.display.fontSize, 200);
  assert.equal(provenance['display.fontSize'].source, 'iep');
  assert.equal(provenance['display.fontSize'].accommodation, 'large-print');
  assert.equal(provenance['display.fontSize'].min, 150);
  // A 504 plan counts as an IEP-level source; the learner's own choice still wins where nothing is locked.
  assert.equal(settings.speech.highlight, 'sentence');
  assert.equal(provenance['speech.highlight'].source, 'learner');
  // Glossary was turned on by the teacher.
  assert.deepEqual(provenance['content.glossary'], { source: 'teacher', locked: false, accommodation: 'glossary' });
  assert.deepEqual(
    resolved.accommodations.map((a) => [a.id, a.source, a.tier, a.qtiPnp]),
    [
      ['large-print', 'iep', 'accommodation', 'text-appearance'],
      ['text-to-speech', '504-plan', 'designated-support', 'spoken'],
      ['glossary', 'teacher', 'universal-tool', 'glossary-on-screen'],
    ],
  );
});

test('a floor holds the learner’s choice up, keeps what they asked for, and gives the reason', () => {
  const resolved = resolveProfile(learner({ display: { fontSize: 110 } }), iepPolicy());
  assert.equal(resolved.settings.display.fontSize, 150);
  assert.deepEqual(resolved.provenance['display.fontSize'], {
    source: 'teacher',
    locked: false,
    reason: 'Your IEP says text is always at least 150% so you can read it comfortably.',
    min: 150,
    requested: 110,
  });
  assert.equal(learnerMayChange(resolved, 'display.fontSize'), true);
  // Above the floor, the learner's value stands.
  assert.equal(resolveProfile(learner({ display: { fontSize: 300 } }), iepPolicy()).settings.display.fontSize, 300);
});

test('a ceiling and an IEP-sourced limit', () => {
  const policy: TeacherPolicy = {
    version: 1,
    limits: [{ setting: 'speech.rate', max: 1.5, min: 0.75, reason: 'Faster than this is hard to follow.', source: 'iep' }],
  };
  const fast = resolveProfile(learner({ speech: { rate: 2.5 } }), policy);
  assert.equal(fast.settings.speech.rate, 1.5);
  assert.equal(fast.provenance['speech.rate'].source, 'iep');
  assert.equal(fast.provenance['speech.rate'].requested, 2.5);
  assert.equal(fast.provenance['speech.rate'].max, 1.5);
  assert.equal(resolveProfile(learner(), policy).settings.speech.rate, 1);
});

test('locks fix values with their reason, whatever the learner chose', () => {
  const resolved = resolveProfile(learner({ speech: { readAloud: false } }), iepPolicy());
  assert.equal(resolved.settings.speech.readAloud, true);
  assert.deepEqual(resolved.provenance['speech.readAloud'], {
    source: 'iep',
    locked: true,
    reason: 'Your IEP says read-aloud is always there for you.',
    requested: false,
  });
  assert.equal(learnerMayChange(resolved, 'speech.readAloud'), false);
});

test('an assessment-mode lock applies only in assessment mode (from the policy or the options)', () => {
  const wantsSimple = learner({ content: { simplifiedText: true } });
  const learning = resolveProfile(wantsSimple, iepPolicy());
  assert.equal(learning.settings.content.simplifiedText, true);
  assert.equal(learning.provenance['content.simplifiedText'].locked, false);

  const assessment = resolveProfile(wantsSimple, iepPolicy(), { mode: 'assessment' });
  assert.equal(assessment.mode, 'assessment');
  assert.equal(assessment.settings.content.simplifiedText, false);
  assert.deepEqual(assessment.provenance['content.simplifiedText'], {
    source: 'teacher',
    locked: true,
    reason: 'During a test the passages are shown as written.',
    requested: true,
  });
  const viaPolicy = resolveProfile(wantsSimple, { ...iepPolicy(), mode: 'assessment' });
  assert.equal(viaPolicy.settings.content.simplifiedText, false);
});

test('a lock over a floor: the lock wins and the learner’s original request is kept', () => {
  const policy: TeacherPolicy = {
    version: 1,
    limits: [{ setting: 'display.fontSize', min: 150, reason: 'floor' }],
    locks: [{ setting: 'display.fontSize', value: 250, reason: 'Test form is printed at 250%.', when: 'assessment' }],
  };
  const resolved = resolveProfile(learner({ display: { fontSize: 120 } }), policy, { mode: 'assessment' });
  assert.equal(resolved.settings.display.fontSize, 250);
  assert.equal(resolved.provenance['display.fontSize'].requested, 120);
  assert.equal(resolved.provenance['display.fontSize'].reason, 'Test form is printed at 250%.');
});

test('an unreadable custom pair assembled from two sources is replaced by a readable one', () => {
  const policy: TeacherPolicy = { version: 1, defaults: { display: { theme: 'custom', customForeground: '#595959' } } };
  const resolved = resolveProfile(learner({ display: { customBackground: '#3a3a3a' } }), policy);
  assert.equal(resolved.issues[0]?.code, 'low-contrast');
  const { customForeground, customBackground } = resolved.settings.display;
  assert.notDeepEqual([customForeground, customBackground], ['#595959', '#3a3a3a']);
  assert.equal(resolved.provenance['display.customForeground'].source, 'default');
  assert.ok(resolved.provenance['display.customForeground'].reason);
});

test('values that skipped validation are not trusted; unknown accommodations are reported', () => {
  const bad = learner({ display: { fontSize: 9000 } });
  const resolved = resolveProfile(bad, { version: 1, accommodations: [{ id: 'teleportation', source: 'iep' }] });
  assert.equal(resolved.settings.display.fontSize, 100);
  assert.deepEqual(resolved.issues.map((i) => i.code).sort(), ['out-of-range', 'unknown-accommodation']);
});

test('changePreference refuses locked settings and values outside limits, with the reason', () => {
  const policy = iepPolicy();
  const profile = learner();
  const resolved = resolveProfile(profile, policy);
  const locked = changePreference(profile, resolved, 'speech.readAloud', false);
  assert.equal(locked.ok, false);
  assert.equal(!locked.ok && locked.error.code, 'locked');
  assert.match(!locked.ok ? locked.error.message : '', /Your IEP says read-aloud is always there for you\./);

  const low = changePreference(profile, resolved, 'display.fontSize', 120);
  assert.equal(!low.ok && low.error.code, 'below-minimum');
  assert.match(!low.ok ? low.error.message : '', /^display\.fontSize: 120% is below the lowest allowed for you, 150%\. Your IEP says/);

  const invalid = changePreference(profile, resolved, 'display.lineHeight', 7);
  assert.equal(!invalid.ok && invalid.error.code, 'invalid-value');

  const fine = changePreference(profile, resolved, 'display.fontSize', 180);
  assert.ok(fine.ok);
  assert.equal(fine.ok && fine.profile.display.fontSize, 180);
  assert.equal(profile.display.fontSize, undefined, 'the input profile is not changed');
  if (fine.ok) {
    const again = resolveProfile(fine.profile, policy);
    assert.equal(again.settings.display.fontSize, 180);
    assert.equal(again.provenance['display.fontSize'].source, 'learner');
    const reset = resetPreference(fine.profile, 'display.fontSize');
    assert.equal(resolveProfile(reset, policy).provenance['display.fontSize'].accommodation, 'large-print');
  }
});
