// The teacher's elements' strings: every msg() has an explicit id and a
// natural translation in Spanish and Arabic, placeholders intact, and the
// generated locale modules are built from the XLIFF as it is now.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
// A plain .mjs module of the repository's scripts, shared with @attune/reader.
import { checkTranslations, staleLocaleModules } from '../../../scripts/localization-check.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** Translations that rightly read as the English: the plan's abbreviation, "Original" in Spanish. */
const SAME_AS_SOURCE = ['authoring.builder.sources.iep', 'authoring.summary.planNames.iep', 'authoring.readability.original'];

const { config, messages, problems } = checkTranslations(packageDir, { sameAsSource: SAME_AS_SOURCE });

test('lit-localize reads every message in the authoring sources, each with an explicit id', () => {
  assert.deepEqual(problems.analysis, []);
  assert.deepEqual(problems.generatedIds, []);
  const ids = new Set(messages.map((m: { name: string }) => m.name));
  for (const id of ['authoring.builder.title', 'authoring.editor.undo', 'authoring.richText.commands.strong', 'authoring.summary.ruler', 'authoring.editor.delete.glossary']) {
    assert.ok(ids.has(id), `${id} is extracted`);
  }
  assert.deepEqual([...config.targetLocales].sort(), ['ar', 'es']);
});

for (const locale of ['es', 'ar']) {
  test(`every authoring message is translated into ${locale}, none left in English`, () => {
    assert.deepEqual(problems.untranslated[locale], [], `untranslated in ${locale}`);
    assert.deepEqual(problems.sameAsEnglish[locale], []);
  });
}

test('placeholders in every translation are those of the English', () => {
  assert.deepEqual(problems.placeholders, []);
});

test('the locale modules in src/locales are built from the XLIFF as it is (npx lit-localize build)', async () => {
  assert.deepEqual(await staleLocaleModules(packageDir), []);
});
