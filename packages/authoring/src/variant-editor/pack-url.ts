import type { VariantPack } from '@attune/adapt';

/**
 * The pack being edited as a `blob:` URL, because `<attune-reader>` takes
 * its pack by URL (`variants`). Each new version gets a new URL; the old one
 * is revoked once the reader has had time to fetch it.
 */
export class PackUrl {
  #current: string | undefined;

  /** A URL for this version of the pack (the previous URL is revoked shortly after). */
  update(pack: VariantPack): string {
    const previous = this.#current;
    this.#current = URL.createObjectURL(new Blob([JSON.stringify(pack)], { type: 'application/json' }));
    if (previous) setTimeout(() => URL.revokeObjectURL(previous), 10_000);
    return this.#current;
  }

  /** Revokes the current URL. */
  dispose(): void {
    if (this.#current) URL.revokeObjectURL(this.#current);
    this.#current = undefined;
  }
}
