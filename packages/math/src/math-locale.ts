/**
 * The spoken languages speech-rule-engine 4.1.5 ships rules for (its
 * `lib/mathmaps`, without the braille codes `nemeth` and `euro`).
 */
export const MATH_LOCALES = ['af', 'ca', 'da', 'de', 'en', 'es', 'fr', 'hi', 'it', 'ko', 'nb', 'nn', 'sv'] as const;
export type MathLocale = (typeof MATH_LOCALES)[number];

/** Locales whose rules have no ClearSpeak; speech-rule-engine reads them with MathSpeak. */
export const MATHSPEAK_ONLY_LOCALES: readonly MathLocale[] = ['ca', 'da', 'es'];

export const FALLBACK_MATH_LOCALE: MathLocale = 'en';

/** Languages that have rules under another code. */
const ALIASES: Record<string, MathLocale> = { no: 'nb' };

export interface ResolvedMathLocale {
  /** The locale the speech will be in. */
  locale: MathLocale;
  /** The tag that was asked for, as given (undefined when none was). */
  requested: string | undefined;
  /** True when a language was asked for that has no math rules, so English is used. */
  fellBack: boolean;
}

/**
 * Picks the math speech locale for a BCP 47 tag: its primary language when
 * speech-rule-engine has rules for it, else English — reported as a fallback
 * so the UI can tell the learner. No tag at all means English, and is not a
 * fallback.
 */
export function resolveMathLocale(tag: string | null | undefined): ResolvedMathLocale {
  const requested = tag?.trim() || undefined;
  if (!requested) return { locale: FALLBACK_MATH_LOCALE, requested: undefined, fellBack: false };
  const primary = requested.split(/[-_]/)[0]!.toLowerCase();
  const locale = ALIASES[primary] ?? (MATH_LOCALES as readonly string[]).find((l) => l === primary);
  return locale ? { locale: locale as MathLocale, requested, fellBack: false } : { locale: FALLBACK_MATH_LOCALE, requested, fellBack: true };
}
