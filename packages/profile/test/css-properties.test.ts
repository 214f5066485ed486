import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyPatch, createProfile, defaultSettings, DYSLEXIA_FRIENDLY, LOW_VISION, resolveProfile, toCssProperties, validateProfile } from '../src/index.js';
import { readFixture } from './read-fixture.js';

test('defaults: the exact properties (snapshot)', () => {
  assert.deepEqual(toCssProperties(defaultSettings()), {
    '--attune-user-font-size': '100%',
    '--attune-user-line-height': '1.5',
    '--attune-user-letter-spacing': '0em',
    '--attune-user-word-spacing': '0em',
    '--attune-user-paragraph-spacing': '1em',
    '--attune-user-max-line-length': '70ch',
    '--attune-user-text-align': 'start',
    '--attune-user-hyphens': 'manual',
    '--attune-user-color-scheme': 'light',
    '--attune-user-foreground': '#1a1a1a',
    '--attune-user-background': '#ffffff',
    '--attune-user-link': '#0b57d0',
    '--attune-user-focus': '#0b57d0',
    '--attune-user-highlight-word-background': '#4b4206',
    '--attune-user-highlight-word-foreground': '#ffffff',
    '--attune-user-highlight-sentence-background': '#a5910d',
    '--attune-user-highlight-sentence-foreground': '#1a1a1a',
    '--attune-user-line-focus': 'none',
    '--attune-user-line-focus-lines': '1',
    '--attune-user-ruler': 'rgb(165 145 13 / 0.35)',
    '--attune-user-mask': 'rgb(0 0 0 / 0.6)',
    '--attune-user-motion': 'no-preference',
  });
});

test('a full profile: the exact properties (snapshot)', () => {
  const { profile } = validateProfile(readFixture('profile-full.json'));
  assert.deepEqual(toCssProperties(resolveProfile(profile).settings), {
    '--attune-user-font-family': '"Atkinson Hyperlegible", Verdana, sans-serif',
    '--attune-user-font-size': '175%',
    '--attune-user-line-height': '1.8',
    '--attune-user-letter-spacing': '0.12em',
    '--attune-user-word-spacing': '0.16em',
    '--attune-user-paragraph-spacing': '2em',
    '--attune-user-max-line-length': '60ch',
    '--attune-user-text-align': 'start',
    '--attune-user-hyphens': 'manual',
    '--attune-user-color-scheme': 'light',
    '--attune-user-foreground': '#1a1a1a',
    '--attune-user-background': '#fff2c4',
    '--attune-user-link': '#1a1a1a',
    '--attune-user-focus': '#1a1a1a',
    '--attune-user-highlight-word-background': '#0a4076',
    '--attune-user-highlight-word-foreground': '#ffffff',
    '--attune-user-highlight-sentence-background': '#2b8cee',
    '--attune-user-highlight-sentence-foreground': '#1a1a1a',
    '--attune-user-line-focus': 'mask',
    '--attune-user-line-focus-lines': '3',
    '--attune-user-ruler': 'rgb(43 140 238 / 0.35)',
    '--attune-user-mask': 'rgb(0 0 0 / 0.6)',
    '--attune-user-motion': 'reduce',
  });
});

test('high contrast and the low-vision preset', () => {
  const settings = resolveProfile(applyPatch(createProfile({ id: 'x' }), LOW_VISION.patch)).settings;
  const css = toCssProperties(settings);
  assert.equal(css['--attune-user-foreground'], '#ffff00');
  assert.equal(css['--attune-user-background'], '#000000');
  assert.equal(css['--attune-user-link'], '#00ffff');
  assert.equal(css['--attune-user-color-scheme'], 'dark');
  assert.equal(css['--attune-user-font-size'], '200%');
  assert.equal(css['--attune-user-max-line-length'], '50ch');
  assert.equal(css['--attune-user-mask'], 'rgb(0 0 0 / 0.75)');
});

test('publisher font and alignment leave the book’s own style (no property at all)', () => {
  const css = toCssProperties({ ...defaultSettings(), display: { ...defaultSettings().display, fontFamily: 'publisher', textAlign: 'publisher' } });
  assert.equal('--attune-user-font-family' in css, false);
  assert.equal('--attune-user-text-align' in css, false);
  assert.equal('--attune-user-hyphens' in css, false);
});

test('justified text turns hyphenation on; numbers are written without float noise', () => {
  const display = { ...defaultSettings().display, textAlign: 'justify' as const, lineHeight: 0.1 + 0.2 + 1.2, letterSpacing: 0.1 + 0.02 };
  const css = toCssProperties({ ...defaultSettings(), display });
  assert.equal(css['--attune-user-hyphens'], 'auto');
  assert.equal(css['--attune-user-line-height'], '1.5');
  assert.equal(css['--attune-user-letter-spacing'], '0.12em');
});

test('every property is named --attune-user-* and every value is a non-empty string', () => {
  const settings = resolveProfile(applyPatch(createProfile({ id: 'x' }), DYSLEXIA_FRIENDLY.patch)).settings;
  for (const [name, value] of Object.entries(toCssProperties(settings))) {
    assert.match(name, /^--attune-user-[a-z-]+$/);
    assert.equal(typeof value, 'string');
    assert.notEqual(value, '');
  }
});

test('toCssProperties is pure: same input, same output, input untouched', () => {
  const settings = defaultSettings();
  const before = structuredClone(settings);
  assert.deepEqual(toCssProperties(settings), toCssProperties(settings));
  assert.deepEqual(settings, before);
});
