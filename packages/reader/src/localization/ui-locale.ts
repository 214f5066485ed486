import { LOCALE_STATUS_EVENT, configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../locales/locale-codes.js';
import { directionOf, type UiLocale } from './locale-choice.js';

/**
 * The one place that configures `@lit/localize` (runtime mode) for every
 * Attune element. Its active locale is global to the page: all Attune
 * elements on a page share one UI language, the one last asked for.
 *
 * Each package brings its own translations as a catalog: a static map of
 * `() => import('./locales/<locale>.js')`, so bundlers follow the imports and
 * nothing is fetched from anywhere but the page's own origin. The reader's
 * catalog is built in; `@attune/authoring` adds its own with
 * `addMessageCatalog`.
 */

export type TargetLocale = (typeof targetLocales)[number];

/** What a generated locale module exports (`src/locales/<locale>.ts`). */
export interface LocaleModule {
  templates: Record<string, unknown>;
}

/** A package's translations, one lazy module per target locale. */
export type MessageCatalog = Record<TargetLocale, () => Promise<LocaleModule>>;

const catalogs: MessageCatalog[] = [
  {
    es: () => import('../locales/es.js'),
    ar: () => import('../locales/ar.js'),
  },
];

/** One merged table per locale; catalogs added later are merged into the same object lit-localize holds. */
const merged = new Map<TargetLocale, Record<string, unknown>>();

function tableFor(locale: TargetLocale): Record<string, unknown> {
  let table = merged.get(locale);
  if (!table) merged.set(locale, (table = {}));
  return table;
}

async function loadLocale(locale: string): Promise<LocaleModule> {
  const target = locale as TargetLocale;
  const table = tableFor(target);
  const modules = await Promise.all(catalogs.map((catalog) => catalog[target]()));
  for (const module of modules) Object.assign(table, module.templates);
  return { templates: table };
}

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: loadLocale as Parameters<typeof configureLocalization>[0]['loadLocale'],
});

let pending: Promise<void> = Promise.resolve();
let requested: UiLocale = sourceLocale;

/** The UI language in force now. */
export function uiLocale(): UiLocale {
  return getLocale() as UiLocale;
}

/** `rtl` while the UI is in Arabic. */
export function uiDirection(): 'ltr' | 'rtl' {
  return directionOf(uiLocale());
}

/** The locale last asked for (it may still be loading). */
export function requestedUiLocale(): UiLocale {
  return requested;
}

/**
 * Switches every Attune element on the page to `locale`. Resolves once the
 * translations are loaded (elements re-render on their next update).
 */
export function requestUiLocale(locale: UiLocale): Promise<void> {
  requested = locale;
  pending = setLocale(locale);
  return pending;
}

/** Resolves when the last requested locale is loaded (or failed to load). */
export function uiLocaleSettled(): Promise<void> {
  return pending.catch(() => undefined);
}

/**
 * Adds a package's translations. When a translated locale is already in
 * force, they are loaded at once and the elements asked to render again.
 */
export async function addMessageCatalog(catalog: MessageCatalog): Promise<void> {
  catalogs.push(catalog);
  const active = getLocale();
  if (active === sourceLocale) return;
  const module = await catalog[active as TargetLocale]();
  Object.assign(tableFor(active as TargetLocale), module.templates);
  // The same event lit-localize sends when a locale is ready: @localized elements re-render.
  window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail: { status: 'ready', readyLocale: active } }));
}

export { directionOf };
