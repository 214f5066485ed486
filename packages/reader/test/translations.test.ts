// The reader's UI strings: every msg() has an explicit id and a natural
// translation in Spanish and Arabic, placeholders intact, and the generated
// locale modules are built from the XLIFF as it is now.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
// A plain .mjs module of the repository's scripts, shared with @attune/authoring.
import { checkTranslations, staleLocaleModules } from '../../../scripts/localization-check.mjs';
import { chooseUiLocale, directionOf, supportedUiLocale } from '../src/localization/locale-choice.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** Translations that rightly read as the English: numbers with a sign, a name with its own name, "Normal". */
const SAME_AS_SOURCE = [
  'preferences.value.times',
  'preferences.value.pitch',
  'preferences.value.em',
  'preferences.option.languageName',
  'readAloud.speed.times',
  'readAloud.speed.normal',
];

const { config, messages, problems } = checkTranslations(packageDir, { sameAsSource: SAME_AS_SOURCE });

test('lit-localize reads every message in the reader sources', () => {
  assert.deepEqual(problems.analysis, []);
  // The reader's own strings, at least: toolbar, read aloud, progress, preferences.
  const ids = new Set(messages.map((m: { name: string }) => m.name));
  for (const id of ['reader.contents', 'reader.nextPage', 'readAloud.play', 'progress.slider', 'preferences.label.uiLanguage', 'toc.label']) {
    assert.ok(ids.has(id), `${id} is extracted`);
  }
  assert.ok(messages.length > 200, `${messages.length} messages`);
});

test('every message has an explicit, stable id', () => {
  assert.deepEqual(problems.generatedIds, []);
});

test('the target locales are Spanish and Arabic', () => {
  assert.equal(config.sourceLocale, 'en');
  assert.deepEqual([...config.targetLocales].sort(), ['ar', 'es']);
});

for (const locale of ['es', 'ar']) {
  test(`every message is translated into ${locale}`, () => {
    assert.deepEqual(problems.untranslated[locale], [], `untranslated in ${locale}`);
  });

  test(`no ${locale} translation is the English left in place`, () => {
    assert.deepEqual(problems.sameAsEnglish[locale], []);
  });
}

test('placeholders in every translation are those of the English', () => {
  assert.deepEqual(problems.placeholders, []);
});

test('the locale modules in src/locales are built from the XLIFF as it is (npx lit-localize build)', async () => {
  assert.deepEqual(await staleLocaleModules(packageDir), []);
});

test('the UI language: the profile when someone chose it, else the page, else English; by primary subtag', () => {
  assert.equal(chooseUiLocale({}), 'en');
  assert.equal(chooseUiLocale({ pageLanguage: 'es' }), 'es');
  assert.equal(chooseUiLocale({ pageLanguage: 'es-MX' }), 'es');
  assert.equal(chooseUiLocale({ pageLanguage: 'AR_eg' }), 'ar');
  assert.equal(chooseUiLocale({ pageLanguage: 'fr' }), 'en');
  // Nobody chose: the profile's default "en" does not beat the page.
  assert.equal(chooseUiLocale({ profile: { language: 'en', source: 'default' }, pageLanguage: 'es' }), 'es');
  assert.equal(chooseUiLocale({ profile: { language: 'ar', source: 'learner' }, pageLanguage: 'es' }), 'ar');
  assert.equal(chooseUiLocale({ profile: { language: 'es-419', source: 'teacher' } }), 'es');
  // A chosen language Attune has no UI for gives English, not the page's language.
  assert.equal(chooseUiLocale({ profile: { language: 'fr', source: 'learner' }, pageLanguage: 'es' }), 'en');
  assert.equal(supportedUiLocale(''), undefined);
  assert.equal(directionOf('ar'), 'rtl');
  assert.equal(directionOf('ar-EG'), 'rtl');
  assert.equal(directionOf('es'), 'ltr');
});
