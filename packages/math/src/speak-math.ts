import { withConsoleCaptured } from './console-capture.js';
import { configuredCacheSize, loadEngine, localeAvailability, withEngine } from './load-math.js';
import { FALLBACK_MATH_LOCALE, resolveMathLocale, type MathLocale } from './math-locale.js';
import type { MathSpeechOptions, MathStyle } from './math-options.js';
import { UNREADABLE_MATH, type MathProblem } from './math-problem.js';
import { checkMathml, mathmlSource, normalizeMathml } from './prepare-mathml.js';
import { SpeechCache } from './speech-cache.js';
import { sreFeatures, type SreFeatures } from './sre-features.js';

/** Speech for one expression, with what the UI should know about it. */
export interface MathSpeechResult {
  /** What to say: speech-rule-engine's words, or {@link UNREADABLE_MATH}. */
  text: string;
  /** The language `text` is in. */
  locale: MathLocale;
  /** The language tag that was asked for. */
  requestedLocale: string | undefined;
  /** True when the asked-for language has no math speech here and English was used — tell the learner. */
  fellBack: boolean;
  /** The rule set used: MathSpeak where the language has no ClearSpeak (Spanish, Catalan, Danish). */
  style: MathStyle;
  /** What went wrong, if anything (empty when the expression was read normally). Never printed to the console. */
  problems: readonly MathProblem[];
}

/** The engine setup and language an expression is spoken with. */
export interface SpeechSetup {
  locale: MathLocale;
  requestedLocale: string | undefined;
  fellBack: boolean;
  style: MathStyle;
  features: SreFeatures;
  problems: MathProblem[];
}

const cache = new SpeechCache<MathSpeechResult>(configuredCacheSize);

/**
 * Speaks a MathML expression (a string or a `<math>` element). Resolves
 * with `text` for every input — malformed MathML is spoken as "math
 * expression that could not be read" with the reason in `problems` — and
 * never rejects. Results are cached by (MathML, options).
 */
export async function speakMath(mathml: string | Element, options: MathSpeechOptions = {}): Promise<MathSpeechResult> {
  let source: string;
  try {
    source = normalizeMathml(mathmlSource(mathml));
  } catch (error) {
    return unreadable(englishSetup(options), { code: 'malformed-mathml', message: 'The math element could not be serialized, so it cannot be read.', detail: String(error) });
  }
  const key = `${options.locale ?? ''}\u0000${options.style ?? ''}\u0000${options.verbosity ?? ''}\u0000${source}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const result = await computeSpeech(source, options);
  // Files that failed to load may load later (after configureMath): do not remember those answers.
  if (!result.problems.some((p) => p.code === 'engine-unavailable' || p.code === 'locale-unavailable')) cache.set(key, result);
  return result;
}

/** The speech of a MathML expression as text (see {@link speakMath} for the details). */
export async function speak(mathml: string | Element, options: MathSpeechOptions = {}): Promise<string> {
  return (await speakMath(mathml, options)).text;
}

/** Forgets every cached speech (e.g. to measure, or after locale files were fixed). */
export function clearMathCache(): void {
  cache.clear();
}

/**
 * The language and engine setup for `options`: the requested locale if
 * SRE has rules for it and (in browsers) its file could be fetched, else
 * English — with the reason as a problem when a file was missing.
 */
export async function speechSetupFor(options: MathSpeechOptions): Promise<SpeechSetup> {
  const resolved = resolveMathLocale(options.locale);
  let locale = resolved.locale;
  let fellBack = resolved.fellBack;
  const problems: MathProblem[] = [];
  if (locale !== FALLBACK_MATH_LOCALE) {
    const available = await localeAvailability(locale);
    if (available !== true) {
      problems.push({ code: 'locale-unavailable', message: `Math speech in “${locale}” could not be loaded, so math is read in English.`, detail: available });
      locale = FALLBACK_MATH_LOCALE;
      fellBack = true;
    }
  }
  const { features, style } = sreFeatures(locale, options.style, options.verbosity);
  return { locale, requestedLocale: resolved.requested, fellBack, style, features, problems };
}

/** Speech for normalized MathML. */
async function computeSpeech(source: string, options: MathSpeechOptions): Promise<MathSpeechResult> {
  let setup: SpeechSetup | undefined;
  try {
    const engine = await loadEngine();
    setup = await speechSetupFor(options);
    const invalid = checkMathml(source, engine.validate);
    if (invalid) return unreadable(setup, invalid);
    const outcome = await withEngine(setup.features, (e) => withConsoleCaptured(() => e.sre.toSpeech(source)));
    if ('error' in outcome) return unreadable(setup, engineFailure(outcome.error, outcome.messages));
    const text = outcome.value.replace(/\s+/g, ' ').trim();
    if (!text) return unreadable(setup, { code: 'empty-math', message: 'The math element has nothing in it to read.' });
    const problems = [...setup.problems];
    if (outcome.messages.length) problems.push(engineWarning(outcome.messages));
    return { text, locale: setup.locale, requestedLocale: setup.requestedLocale, fellBack: setup.fellBack, style: setup.style, problems };
  } catch (error) {
    // Loading failed (MathLoadError) or something unforeseen: still an answer, never an exception.
    setup ??= englishSetup(options);
    const code = (error as { code?: string })?.code === 'engine-unavailable' ? 'engine-unavailable' : 'engine-failed';
    return unreadable(setup, { code, message: (error as Error)?.message ?? 'Math speech failed.', detail: String((error as Error)?.cause ?? error) });
  }
}

export function englishSetup(options: MathSpeechOptions): SpeechSetup {
  const resolved = resolveMathLocale(options.locale);
  const { features, style } = sreFeatures(FALLBACK_MATH_LOCALE, options.style, options.verbosity);
  return { locale: FALLBACK_MATH_LOCALE, requestedLocale: resolved.requested, fellBack: resolved.fellBack, style, features, problems: [] };
}

/** The result for an expression that cannot be read; the phrase is English, so `locale` says so. */
export function unreadable(setup: SpeechSetup, problem: MathProblem): MathSpeechResult {
  return {
    text: UNREADABLE_MATH,
    locale: FALLBACK_MATH_LOCALE,
    requestedLocale: setup.requestedLocale,
    fellBack: setup.fellBack,
    style: setup.style,
    problems: [...setup.problems, problem],
  };
}

/** SRE's errors repeat the whole expression; keep the start, for logs. */
function shorten(text: string, max = 300): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export function engineFailure(error: unknown, messages: readonly string[]): MathProblem {
  return {
    code: 'engine-failed',
    message: 'The math speech engine could not read this expression.',
    detail: [shorten(String((error as Error)?.message ?? error)), ...messages.map((m) => shorten(m))].join('\n'),
  };
}

export function engineWarning(messages: readonly string[]): MathProblem {
  return {
    code: 'engine-warning',
    message: 'The math speech engine reported a problem with this expression and read it as well as it could.',
    detail: messages.map((m) => shorten(m)).join('\n'),
  };
}
