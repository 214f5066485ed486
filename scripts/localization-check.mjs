// What a package's translations test asks of its lit-localize project (reader
// and authoring): every message in the sources has an explicit id and a
// translation in every target locale, placeholders match, no translation is
// the English left in place, and the generated locale modules are what
// `lit-localize build` makes from the XLIFF now (nobody forgot to build).
// It uses lit-localize's own analysis (@lit/localize-tools), the same code
// `lit-localize extract` and `build` run.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';

/** The text of a message, placeholders written as their source expressions. */
export function messageText(message) {
  return message.contents.map((part) => (typeof part === 'string' ? part : `{${part.untranslatable}}`)).join('');
}

/** The translatable words alone (placeholders out), for comparing with the source. */
function wordsOf(message) {
  return message.contents.filter((part) => typeof part === 'string').join('').trim();
}

/**
 * Looks at a package's localization. `sameAsSource` lists ids whose
 * translation may equal the English (e.g. "{n}×", a name in parentheses).
 */
export function checkTranslations(packageDir, { sameAsSource = [] } = {}) {
  const config = readConfigFileAndWriteSchema(resolve(packageDir, 'lit-localize.json'));
  const localizer = new RuntimeLitLocalizer(config);
  const { messages, errors: analysisErrors } = localizer.extractSourceMessages();
  const { translations } = localizer.readTranslationsSync();
  const { errors: placeholderErrors } = localizer.validateTranslations();
  const allowed = new Set(sameAsSource);

  const problems = { analysis: analysisErrors.map((d) => (typeof d.messageText === 'string' ? d.messageText : d.messageText.messageText)) };
  problems.placeholders = placeholderErrors;
  // An id lit-localize made up from a hash: the call has no { id } and would lose its translation when the English changes.
  problems.generatedIds = messages.filter((m) => /^[sh][0-9a-f]{16}$/.test(m.name)).map((m) => `${m.file.fileName}: ${messageText(m)}`);
  problems.untranslated = {};
  problems.sameAsEnglish = {};
  for (const locale of config.targetLocales) {
    const translated = new Map((translations.get(locale) ?? []).map((m) => [m.name, m]));
    problems.untranslated[locale] = messages.filter((m) => !translated.has(m.name)).map((m) => `${m.name}: ${messageText(m)}`);
    problems.sameAsEnglish[locale] = messages
      .filter((m) => translated.has(m.name) && !allowed.has(m.name) && wordsOf(translated.get(m.name)) === wordsOf(m) && /\p{L}/u.test(wordsOf(m)))
      .map((m) => `${m.name}: ${messageText(m)}`);
  }
  return { config, messages, translations, problems };
}

/**
 * Builds the locale modules into a temporary folder and returns the files
 * whose committed copy differs (empty when `lit-localize build` was run).
 */
export async function staleLocaleModules(packageDir) {
  const config = readConfigFileAndWriteSchema(resolve(packageDir, 'lit-localize.json'));
  const committedDir = config.resolve(config.output.outputDir);
  const scratch = mkdtempSync(join(tmpdir(), 'attune-locales-'));
  try {
    const localeCodes = join(scratch, 'locale-codes.ts');
    const localizer = new RuntimeLitLocalizer({ ...config, output: { ...config.output, outputDir: scratch, localeCodesModule: localeCodes } });
    // lit-localize reports missing translations on the console; the translations test reports them better.
    const warn = console.warn;
    console.warn = () => {};
    try {
      await localizer.build();
    } finally {
      console.warn = warn;
    }
    return readdirSync(scratch).filter((file) => readFileSync(join(scratch, file), 'utf8') !== readFileSync(join(committedDir, file), 'utf8'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
