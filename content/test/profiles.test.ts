import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_CATALOG,
  changePreference,
  findAccommodation,
  learnerMayChange,
  resolveProfile,
  validatePolicy,
  validateProfile,
  type LearnerProfile,
  type ResolvedProfile,
  type TeacherPolicy,
} from '@attune/profile';
import { measureReadability } from '@attune/adapt/readability';
import { profilesDir, readCatalog } from '../build.mjs';

// The sample learners, as `<attune-reader profile-src>` loads them:
// `{ profile, policy }`. Each must load without a single issue, and each
// must do what its (sample) IEP or plan asks.

const { profiles } = readCatalog() as { profiles: { id: string; title: string }[] };

interface Sample {
  profile: LearnerProfile;
  policy: TeacherPolicy;
}

function load(id: string): Sample {
  const json = JSON.parse(readFileSync(join(profilesDir, `${id}.json`), 'utf8'));
  assert.deepEqual(Object.keys(json).sort(), ['policy', 'profile'], `${id}.json is { profile, policy }`);
  const p = validateProfile(json.profile);
  const q = validatePolicy(json.policy);
  assert.deepEqual(p.issues.map((i) => `${i.severity} ${i.path}: ${i.message}`), [], `${id}: profile`);
  assert.deepEqual(q.issues.map((i) => `${i.severity} ${i.path}: ${i.message}`), [], `${id}: policy`);
  return { profile: p.profile, policy: q.policy };
}

function resolve(id: string, mode: 'learning' | 'assessment' = 'learning'): ResolvedProfile {
  const { profile, policy } = load(id);
  const resolved = resolveProfile(profile, policy, { mode });
  assert.deepEqual(resolved.issues.map((i) => i.message), [], `${id}: resolving`);
  return resolved;
}

test('the six sample learners are listed: dyslexia, low vision, blind, ADHD, English learner, motor', () => {
  assert.deepEqual(profiles.map((p) => p.id).sort(), ['adhd', 'dyslexia', 'english-learner', 'low-vision', 'motor-switch', 'screen-reader']);
});

for (const { id } of profiles) {
  test(`${id}: profile and policy validate with no issues at all`, () => {
    load(id);
  });

  test(`${id}: accommodations come from the catalog and from the plan; every lock and limit gives the learner a reason they can read`, () => {
    const { policy } = load(id);
    assert.ok((policy.accommodations ?? []).length >= 3, 'at least three accommodations');
    for (const a of policy.accommodations ?? []) {
      const entry = findAccommodation(DEFAULT_CATALOG, a.id);
      assert.ok(entry, a.id);
      // The plan (IEP or 504) assigns accommodations; the English learner's supports come from the teacher's language plan.
      if (entry.tier === 'accommodation') assert.ok(a.source === 'iep' || a.source === '504-plan', `${a.id} is written in a plan`);
    }
    const rules = [...(policy.locks ?? []), ...(policy.limits ?? [])];
    assert.ok(rules.length >= 1, 'at least one lock or limit');
    for (const rule of rules) {
      assert.match(rule.reason, /^[A-Z].{15,130}\.$/, `${rule.setting}: one sentence`);
      assert.doesNotMatch(rule.reason, /\b(setting|policy|display\.|speech\.|content\.|provenance|accommodation)\b/i, `${rule.setting}: no jargon`);
      const r = measureReadability(rule.reason, { language: 'en' });
      assert.ok(r.supported && r.fleschKincaidGrade <= 8, `${rule.setting}: "${rule.reason}" reads at grade ${r.supported ? r.fleschKincaidGrade : '?'}`);
    }
  });
}

test('dyslexia (Maya): spacing and read-aloud; simpler passages at her level while learning, never on a reading test', () => {
  const learning = resolve('dyslexia');
  const s = learning.settings;
  assert.equal(s.display.letterSpacing, 0.12);
  assert.equal(s.display.wordSpacing, 0.16);
  assert.ok(s.display.lineHeight >= 1.5);
  assert.equal(s.display.textAlign, 'start');
  assert.equal(s.display.fontFamily, 'lexend', 'her own choice of font is kept');
  assert.equal(s.speech.readAloud, true);
  assert.equal(learning.provenance['speech.readAloud'].locked, true);
  assert.equal(learning.provenance['speech.readAloud'].source, 'iep');
  assert.equal(s.content.simplifiedText, true);
  assert.equal(s.content.readingLevel, 5);
  assert.equal(resolve('dyslexia', 'assessment').settings.content.simplifiedText, false);
});

test('low vision (Jordan): text never below 200%, high contrast, descriptions always on', () => {
  const resolved = resolve('low-vision');
  const { profile } = load('low-vision');
  assert.equal(resolved.settings.display.fontSize, 250);
  assert.equal(resolved.settings.display.theme, 'high-contrast');
  assert.equal(resolved.settings.display.fontFamily, 'atkinson-hyperlegible');
  const smaller = changePreference(profile, resolved, 'display.fontSize', 150);
  assert.equal(smaller.ok, false);
  if (!smaller.ok) {
    assert.equal(smaller.error.code, 'below-minimum');
    assert.match(smaller.error.message, /at least twice the normal size/);
  }
  assert.equal(learnerMayChange(resolved, 'content.imageDescriptions'), false);
});

test('blind screen-reader user (Sam): descriptions and alt text always read, page numbers kept, math in MathSpeak', () => {
  const resolved = resolve('screen-reader');
  const s = resolved.settings;
  assert.equal(s.content.imageDescriptions, true);
  assert.equal(s.speech.readAltText, true);
  assert.equal(learnerMayChange(resolved, 'speech.readAltText'), false);
  assert.equal(s.speech.skipPageNumbers, false, 'the class says “turn to page 4”');
  assert.equal(s.math.style, 'MathSpeak', 'his own choice wins over the accommodation’s ClearSpeak');
  assert.equal(s.speech.highlight, 'none');
});

test('ADHD (Alex): no motion, a mask around the lines being read, short lines', () => {
  const resolved = resolve('adhd');
  const s = resolved.settings;
  assert.equal(s.display.reducedMotion, true);
  assert.equal(learnerMayChange(resolved, 'display.reducedMotion'), false);
  assert.equal(s.readingAids.lineFocus, true);
  assert.equal(s.readingAids.lineFocusStyle, 'mask');
  assert.equal(s.readingAids.lineFocusLines, 2, 'his own choice within the support');
  assert.equal(s.readingAids.masking, true);
  assert.ok(s.display.lineLength <= 65);
});

test('English learner (Lucía): picture glossary with Spanish, Level A passages; no translations or simpler passages on a reading test', () => {
  const learning = resolve('english-learner');
  const s = learning.settings;
  assert.equal(s.language.content, 'es');
  assert.equal(s.content.glossary, true);
  assert.equal(s.content.glossaryPictures, true);
  assert.equal(s.content.keywordTranslation, true);
  assert.equal(s.content.simplifiedText, true);
  assert.equal(s.content.readingLevel, 3, 'grade 3 picks the "Level A" (grades 2-3) variants');
  const test = resolve('english-learner', 'assessment').settings;
  assert.equal(test.content.keywordTranslation, false);
  assert.equal(test.content.simplifiedText, false);
});

test('motor, keyboard and switch (Priya): read-aloud always there, no motion, larger text', () => {
  const resolved = resolve('motor-switch');
  assert.equal(resolved.settings.speech.readAloud, true);
  assert.equal(learnerMayChange(resolved, 'speech.readAloud'), false);
  assert.equal(resolved.settings.display.reducedMotion, true);
  assert.equal(resolved.settings.display.fontSize, 150);
  assert.ok(resolved.accommodations.some((a) => a.id === 'keyboard-navigation'));
});
