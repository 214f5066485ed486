import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  applyPatch,
  createProfile,
  mergePatches,
  PRESETS,
  resolveProfile,
  validatePatch,
  validateProfile,
  WCAG_TEXT_SPACING,
} from '../src/index.js';

test('the WCAG text spacing preset has exactly the 1.4.12 values', () => {
  assert.deepEqual(WCAG_TEXT_SPACING.patch, { display: { lineHeight: 1.5, paragraphSpacing: 2, letterSpacing: 0.12, wordSpacing: 0.16 } });
});

test('the four presets exist, with ids, names and descriptions, and each patch is valid', () => {
  assert.deepEqual(PRESETS.map((p) => p.id), ['wcag-text-spacing', 'low-vision', 'dyslexia-friendly', 'reduce-distraction']);
  for (const preset of PRESETS) {
    assert.ok(preset.name && preset.description, preset.id);
    const { patch, issues } = validatePatch(preset.patch);
    assert.deepEqual(issues, [], preset.id);
    assert.deepEqual(patch, preset.patch, preset.id);
  }
});

test('presets never go below the WCAG 1.4.12 spacing they touch', () => {
  for (const preset of PRESETS) {
    const { display } = resolveProfile(applyPatch(createProfile({ id: 'x' }), preset.patch)).settings;
    if (preset.patch.display?.lineHeight !== undefined) assert.ok(display.lineHeight >= 1.5, preset.id);
    if (preset.patch.display?.letterSpacing !== undefined) assert.ok(display.letterSpacing >= 0.12, preset.id);
    if (preset.patch.display?.wordSpacing !== undefined) assert.ok(display.wordSpacing >= 0.16, preset.id);
    if (preset.patch.display?.paragraphSpacing !== undefined) assert.ok(display.paragraphSpacing >= 2, preset.id);
    if (preset.patch.display?.textAlign !== undefined) assert.notEqual(display.textAlign, 'justify', preset.id);
  }
});

test('applying a patch sets only its settings, as the learner’s, and does not change the input', () => {
  const start = validateProfile({ version: 1, id: 'x', display: { fontSize: 180, theme: 'dark' }, speech: { rate: 1.3 } }).profile;
  const before = structuredClone(start);
  const next = applyPatch(start, WCAG_TEXT_SPACING.patch);
  assert.deepEqual(start, before);
  assert.deepEqual(next.display, { fontSize: 180, theme: 'dark', lineHeight: 1.5, paragraphSpacing: 2, letterSpacing: 0.12, wordSpacing: 0.16 });
  assert.deepEqual(next.speech, { rate: 1.3 });
  assert.equal(resolveProfile(next).provenance['display.letterSpacing'].source, 'learner');
  assert.deepEqual(validateProfile(next).issues, []);
});

test('patches merge setting by setting, later ones winning', () => {
  const merged = mergePatches({ display: { fontSize: 150, theme: 'dark' } }, { display: { fontSize: 200 }, speech: { readAloud: true } }, {});
  assert.deepEqual(merged, { display: { fontSize: 200, theme: 'dark' }, speech: { readAloud: true } });
});
