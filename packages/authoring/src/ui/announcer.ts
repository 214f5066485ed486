import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * A polite live region for an element: `announce()` says a sentence to
 * screen readers. The region is emptied first, so the same sentence said
 * twice ("Undone.", "Undone.") is read twice.
 */
export class Announcer implements ReactiveController {
  #text = '';
  #frame = 0;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  announce(message: string): void {
    cancelAnimationFrame(this.#frame);
    this.#text = '';
    this.#host.requestUpdate();
    this.#frame = requestAnimationFrame(() => {
      this.#text = message;
      this.#host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
  }

  render() {
    return html`<p class="visually-hidden" role="status">${this.#text}</p>`;
  }
}
