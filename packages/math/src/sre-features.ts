import { DEFAULT_MATH_STYLE, DEFAULT_MATH_VERBOSITY, type MathStyle, type MathVerbosity } from './math-options.js';
import { MATHSPEAK_ONLY_LOCALES, type MathLocale } from './math-locale.js';

/** The speech-rule-engine `setupEngine` features Attune sets. */
export interface SreFeatures {
  locale: MathLocale;
  domain: 'clearspeak' | 'mathspeak';
  /** MathSpeak: `default` | `brief` | `sbrief`; ClearSpeak: its preference string, `default`. */
  style: string;
  modality: 'speech';
  /** `deep` puts speech and role prefixes on every node of enriched MathML; `none` only structures it. Plain speech is the same with both. */
  speech: 'none' | 'deep';
  /** Enriched MathML gets `data-semantic-owns`: each node's parts in navigation order. */
  structure: true;
}

/** MathSpeak's three verbosity levels are SRE styles of the `mathspeak` domain. */
const MATHSPEAK_STYLES: Record<MathVerbosity, string> = { verbose: 'default', brief: 'brief', superbrief: 'sbrief' };

/**
 * Maps the profile's math settings to SRE features. ClearSpeak has no
 * verbosity levels (verbosity only applies to MathSpeak), and locales
 * without ClearSpeak rules are read with MathSpeak; `style` says which
 * rule set is really used.
 */
export function sreFeatures(locale: MathLocale, style: MathStyle = DEFAULT_MATH_STYLE, verbosity: MathVerbosity = DEFAULT_MATH_VERBOSITY): { features: SreFeatures; style: MathStyle } {
  const used: MathStyle = style === 'ClearSpeak' && MATHSPEAK_ONLY_LOCALES.includes(locale) ? 'MathSpeak' : style;
  const features: SreFeatures = used === 'ClearSpeak'
    ? { locale, domain: 'clearspeak', style: 'default', modality: 'speech', speech: 'none', structure: true }
    : { locale, domain: 'mathspeak', style: MATHSPEAK_STYLES[verbosity], modality: 'speech', speech: 'none', structure: true };
  return { features, style: used };
}

export function sameFeatures(a: SreFeatures | undefined, b: SreFeatures): boolean {
  return !!a && a.locale === b.locale && a.domain === b.domain && a.style === b.style && a.speech === b.speech;
}
