import type { ProvenanceSource } from '@attune/profile';
import { allLocales, sourceLocale } from '../locales/locale-codes.js';

/**
 * Which language Attune's own buttons and messages are in. Pure, so the rule
 * is tested in Node: the learner's profile when someone actually chose a
 * language there, otherwise the language of the page around the element,
 * otherwise English. A tag Attune has no translation for falls back by its
 * primary subtag (`es-MX` → `es`), then to English.
 */

/** A language Attune's UI is translated into (`en`, `es`, `ar`). */
export type UiLocale = (typeof allLocales)[number];

/** Every UI language, the source language first. */
export const UI_LOCALES: readonly UiLocale[] = [sourceLocale, ...allLocales.filter((l) => l !== sourceLocale)];

/** Scripts written right to left, by primary subtag (only `ar` among ours today; the rest keep the rule true when a locale is added). */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** The UI language for a BCP 47 tag, or undefined when Attune has none for it. */
export function supportedUiLocale(tag: string | null | undefined): UiLocale | undefined {
  const wanted = (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (!wanted) return undefined;
  const primary = wanted.split('-')[0];
  return allLocales.find((l) => l === wanted) ?? allLocales.find((l) => l === primary);
}

/** What the choice is made from. */
export interface UiLocaleSources {
  /** The resolved `language.ui` setting and who set it (`default` means nobody chose). */
  profile?: { language: string; source: ProvenanceSource };
  /** The `lang` of the element or of its nearest ancestor with one (the embedding page's language). */
  pageLanguage?: string | null;
}

export function chooseUiLocale({ profile, pageLanguage }: UiLocaleSources): UiLocale {
  if (profile && profile.source !== 'default') return supportedUiLocale(profile.language) ?? sourceLocale;
  if (pageLanguage) return supportedUiLocale(pageLanguage) ?? sourceLocale;
  return sourceLocale;
}

/** `rtl` for Arabic (and any right-to-left language added later), otherwise `ltr`. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(locale.toLowerCase().split('-')[0]!) ? 'rtl' : 'ltr';
}
