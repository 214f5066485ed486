import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ProvenanceSource } from '@attune/profile';
import { chooseUiLocale } from './locale-choice.js';
import { requestUiLocale, requestedUiLocale, uiLocaleSettled } from './ui-locale.js';

/** The element a controller serves: a lit element (an HTMLElement that updates). */
type Host = ReactiveControllerHost & HTMLElement;

/** The `lang` of the element or of its nearest ancestor with one, across shadow roots; null when none says. */
export function pageLanguageOf(element: Element): string | null {
  let node: Element | null = element;
  while (node) {
    const found = node.closest('[lang]');
    if (found) return found.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * True inside another Attune element's shadow root (the reader's own
 * preferences panel, the builder's preview reader): such an element follows
 * the UI language its host chose instead of choosing one.
 */
export function followsHostLocale(element: Element): boolean {
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    if (root.host.localName.startsWith('attune-')) return true;
  }
  return false;
}

/**
 * Chooses the page's UI language for a top-level Attune element: from the
 * learner's profile when someone set `language.ui`, otherwise from the
 * element's `lang` (or the page's), otherwise English. It looks again when
 * the element is connected, when a `lang` attribute on the page changes and
 * when the host calls `apply()` (a new profile).
 */
export class UiLocaleController implements ReactiveController {
  private observer: MutationObserver | undefined;

  constructor(
    private readonly host: Host,
    /** The resolved `language.ui` and who set it; undefined for elements without a learner profile. */
    private readonly profileLanguage: () => { language: string; source: ProvenanceSource } | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => void this.apply());
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    void this.apply();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Asks for this element's UI language; resolves once it is loaded. */
  apply(): Promise<void> {
    if (!this.host.isConnected || followsHostLocale(this.host)) return uiLocaleSettled();
    const locale = chooseUiLocale({ profile: this.profileLanguage(), pageLanguage: pageLanguageOf(this.host) });
    if (locale === requestedUiLocale()) return uiLocaleSettled();
    return requestUiLocale(locale).catch((error: unknown) => {
      // The translations could not be loaded (e.g. a bundle without them): the UI stays in the language it had.
      console.warn(`Attune could not load its “${locale}” translations; the interface stays as it was.`, error);
    });
  }
}
