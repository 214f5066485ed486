import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkBrandContrast, type RefusedBrandPair } from './brand-contrast.js';

/**
 * Checks an element's brand colours once it is in the page and has
 * rendered, again when the system switches between light and dark (the
 * defaults a refused pair falls back to change), and whenever `check()` is
 * called (`<attune-reader>.refreshTheme()`, after the page changes its tokens).
 */
export class BrandContrastController implements ReactiveController {
  /** The pairs refused at the last check. */
  refused: RefusedBrandPair[] = [];
  private readonly scheme = matchMedia('(prefers-color-scheme: dark)');
  private readonly onSchemeChange = () => this.check();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.scheme.addEventListener('change', this.onSchemeChange);
    // After the first render the host's styles (and the page's tokens) are in force.
    void this.host.updateComplete.then(() => {
      if (this.host.isConnected) this.check();
    });
  }

  hostDisconnected(): void {
    this.scheme.removeEventListener('change', this.onSchemeChange);
  }

  check(): RefusedBrandPair[] {
    this.refused = checkBrandContrast(this.host);
    return this.refused;
  }
}
