/** The speech-rule-engine rule sets Attune offers (the profile's `math.style`). */
export type MathStyle = 'ClearSpeak' | 'MathSpeak';

/** How much MathSpeak says around structures (the profile's `math.verbosity`); ClearSpeak reads the same at every level. */
export type MathVerbosity = 'verbose' | 'brief' | 'superbrief';

/** How to speak one expression: the profile's math section plus the language of the text around it. */
export interface MathSpeechOptions {
  /** Defaults to ClearSpeak. */
  style?: MathStyle;
  /** Defaults to verbose. */
  verbosity?: MathVerbosity;
  /** A BCP 47 tag (`fr`, `es-MX`, `en-GB`): the `<math>` element's language, else the book's. Defaults to English. */
  locale?: string;
}

export const DEFAULT_MATH_STYLE: MathStyle = 'ClearSpeak';
export const DEFAULT_MATH_VERBOSITY: MathVerbosity = 'verbose';
