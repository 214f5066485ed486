import { uiLocale } from './ui-locale.js';

/**
 * Numbers and plurals in the UI language. A sentence with a count has one
 * message per plural category the languages need (English: one, other;
 * Arabic also: zero, two, few, many); `Intl.PluralRules` picks the form, so
 * no sentence is ever put together from pieces.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, () => string>> & { other: () => string };

const rules = new Map<string, Intl.PluralRules>();

/** The form of a sentence for `count` in the UI language. */
export function plural(count: number, forms: PluralForms): string {
  const locale = uiLocale();
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return (forms[rule.select(count)] ?? forms.other)();
}

/** A number written the UI language's way (Arabic uses Arabic-Indic digits). */
export function formatUiNumber(value: number, options: Intl.NumberFormatOptions = { maximumFractionDigits: 2 }): string {
  return new Intl.NumberFormat(uiLocale(), options).format(value);
}

/** "a, b and c" in the UI language. */
export function formatUiList(items: string[], type: Intl.ListFormatType = 'conjunction'): string {
  return new Intl.ListFormat(uiLocale(), { type }).format(items);
}
