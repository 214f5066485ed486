/**
 * `@attune/reader/localization`: the UI language that every Attune element
 * on a page shares (one `@lit/localize` set-up), the rule that chooses it,
 * and numbers and plurals in it. A door of its own, without the elements,
 * so `@attune/authoring`'s pure modules (and their Node tests) can use it.
 */
export { chooseUiLocale, supportedUiLocale, directionOf, UI_LOCALES, type UiLocale, type UiLocaleSources } from './locale-choice.js';
export { addMessageCatalog, requestUiLocale, uiLocale, uiDirection, uiLocaleSettled, type MessageCatalog, type LocaleModule } from './ui-locale.js';
export { UiLocaleController, pageLanguageOf, followsHostLocale } from './ui-locale-controller.js';
export { plural, formatUiNumber, formatUiList, type PluralForms } from './plural.js';
