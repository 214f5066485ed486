import { withConsoleCaptured } from './console-capture.js';
import { loadEngine, withEngine } from './load-math.js';
import type { MathLocale } from './math-locale.js';
import type { MathSpeechOptions } from './math-options.js';
import type { MathProblem } from './math-problem.js';
import { speechSetupFor } from './speak-math.js';

/** What warming up did. */
export interface MathWarmUp {
  locale: MathLocale;
  requestedLocale: string | undefined;
  fellBack: boolean;
  /** Milliseconds this call took (0-ish when the locale was already warm). */
  ms: number;
  problems: readonly MathProblem[];
}

// Covers the common rule paths (fractions, scripts, roots, fences, operators, tables).
const SAMPLE =
  '<math><mi>x</mi><mo>=</mo><mfrac><mrow><mo>-</mo><mi>b</mi><mo>±</mo><msqrt><msup><mi>b</mi><mn>2</mn></msup><mo>-</mo><mn>4</mn><mi>a</mi><mi>c</mi></msqrt></mrow>' +
  '<mrow><mn>2</mn><mi>a</mi></mrow></mfrac><mo>+</mo><msub><mi>A</mi><mrow><mi>i</mi><mi>j</mi></mrow></msub><mrow><mo>(</mo><mtable><mtr><mtd><mn>1</mn></mtd><mtd><mn>0</mn></mtd></mtr></mtable><mo>)</mo></mrow></math>';

const warm = new Map<string, Promise<MathWarmUp>>();

/**
 * Loads speech-rule-engine and the locale of a book, and runs one sample
 * expression so the first real one is quick. Call once when a section with
 * `<math>` opens (repeated calls for the same options return the first
 * result). Never rejects: problems (e.g. the engine could not load) are in
 * the result, and speech will report them again per expression.
 */
export function warmUp(locale?: string, options: Omit<MathSpeechOptions, 'locale'> = {}): Promise<MathWarmUp> {
  const key = `${locale ?? ''}\u0000${options.style ?? ''}\u0000${options.verbosity ?? ''}`;
  let done = warm.get(key);
  if (!done) {
    done = run(locale, options);
    warm.set(key, done);
    // A failed load may succeed later (after configureMath): try again next time.
    void done.then((w) => w.problems.some((p) => p.code === 'engine-unavailable') && warm.delete(key));
  }
  return done;
}

async function run(locale: string | undefined, options: Omit<MathSpeechOptions, 'locale'>): Promise<MathWarmUp> {
  const start = performance.now();
  try {
    await loadEngine();
    const setup = await speechSetupFor({ ...options, locale });
    const outcome = await withEngine(setup.features, (engine) => withConsoleCaptured(() => engine.sre.toSpeech(SAMPLE)));
    const problems = [...setup.problems];
    if ('error' in outcome) problems.push({ code: 'engine-failed', message: 'The math speech engine failed on its warm-up sample.', detail: String(outcome.error) });
    return { locale: setup.locale, requestedLocale: setup.requestedLocale, fellBack: setup.fellBack, ms: performance.now() - start, problems };
  } catch (error) {
    return {
      locale: 'en',
      requestedLocale: locale,
      fellBack: false,
      ms: performance.now() - start,
      problems: [{ code: 'engine-unavailable', message: (error as Error)?.message ?? 'Math speech could not be loaded.', detail: String((error as Error)?.cause ?? '') }],
    };
  }
}
