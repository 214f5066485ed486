// @attune/math: MathML → speech and keyboard exploration with speech-rule-engine.
// Nothing here imports speech-rule-engine: it loads on the first speak(),
// explore(), warmUp() or loadMath(), so a book without math loads none of it.

// Speech
export { speak, speakMath, clearMathCache } from './speak-math.js';
export type { MathSpeechResult } from './speak-math.js';
export { warmUp } from './warm-up.js';
export type { MathWarmUp } from './warm-up.js';
export type { MathSpeechOptions, MathStyle, MathVerbosity } from './math-options.js';
export { DEFAULT_MATH_STYLE, DEFAULT_MATH_VERBOSITY } from './math-options.js';

// Exploration
export { explore, MathExplorer } from './math-explorer.js';
export type { ExploreOptions, MathDirection, MathFocus, MathMove } from './math-explorer.js';
export { focusRange, mathTokens } from './focus-range.js';

// Read aloud (@attune/speech)
export { createMathSpeech, elementLanguage } from './math-speech-adapter.js';
export type { MathSpeechFunction, MathSpeechAdapterOptions } from './math-speech-adapter.js';

// Loading, languages, problems
export { containsMath } from './contains-math.js';
export { loadMath, configureMath, isMathLoaded } from './load-math.js';
export type { MathConfiguration, MathEngineInfo } from './load-math.js';
export { MATH_LOCALES, MATHSPEAK_ONLY_LOCALES, resolveMathLocale } from './math-locale.js';
export type { MathLocale, ResolvedMathLocale } from './math-locale.js';
export { UNREADABLE_MATH, MathLoadError } from './math-problem.js';
export type { MathProblem, MathProblemCode } from './math-problem.js';
