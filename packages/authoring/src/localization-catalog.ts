import { addMessageCatalog } from '@attune/reader/localization';

/**
 * The teacher's elements' translations, added to the page's one
 * `@lit/localize` set-up (the reader's): Attune elements share a UI
 * language. Static imports, so bundlers ship the locale modules with the
 * package and nothing is fetched from elsewhere.
 */
void addMessageCatalog({
  es: () => import('./locales/es.js'),
  ar: () => import('./locales/ar.js'),
});
