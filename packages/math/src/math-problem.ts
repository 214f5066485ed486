/** What is spoken for an expression that could not be read. */
export const UNREADABLE_MATH = 'math expression that could not be read';

/**
 * Stable codes of what can go wrong with one expression. None of them stops
 * reading: the expression is spoken as {@link UNREADABLE_MATH} (or, for
 * `engine-warning`, as well as the engine could).
 */
export type MathProblemCode =
  /** Not well-formed XML (unclosed or mismatched tags, stray `&` or `<`, several roots, empty). */
  | 'malformed-mathml'
  /** Well-formed, but its root is not `<math>`. */
  | 'not-mathml'
  /** A `<math>` with nothing to say. */
  | 'empty-math'
  /** speech-rule-engine threw on this expression. */
  | 'engine-failed'
  /** speech-rule-engine read the expression but complained (e.g. an unknown entity); its messages are in `detail`. */
  | 'engine-warning'
  /** The engine or its English locale files could not be loaded (browser: wrong `localeUrl`). */
  | 'engine-unavailable'
  /** The requested language has rules but its locale file could not be loaded; English was used. */
  | 'locale-unavailable';

/** A problem with one expression, as a value: a stable code and a sentence a teacher can act on. */
export interface MathProblem {
  code: MathProblemCode;
  message: string;
  /** The engine's or parser's own words, for logs. */
  detail?: string;
}

/** Thrown only by {@link loadMath} (speak and explore turn it into a problem). */
export class MathLoadError extends Error {
  readonly code: 'engine-unavailable';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MathLoadError';
    this.code = 'engine-unavailable';
  }
}
