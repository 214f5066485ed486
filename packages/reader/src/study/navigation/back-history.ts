/**
 * "Back": the places the learner jumped away from (a link, a contents entry,
 * a printed page, a search result, a bookmark), most recent last. Page turns
 * are not jumps and are never remembered. A plain class with `subscribe`,
 * so the reader's Back button follows it.
 */

/** A place to come back to (what the reader reports after navigating). */
export interface BackPlace {
  cfi: string;
  href: string;
  fraction: number;
  label?: string;
}

/** How many places are kept; the oldest goes first. */
export const BACK_HISTORY_SIZE = 20;

export class BackHistory {
  private readonly places: BackPlace[] = [];
  private readonly listeners = new Set<(size: number) => void>();

  constructor(private readonly size = BACK_HISTORY_SIZE) {}

  /** How many places "Back" can go to. */
  get length(): number {
    return this.places.length;
  }

  /** The place "Back" goes to next, if any. */
  peek(): BackPlace | undefined {
    return this.places[this.places.length - 1];
  }

  /** Remembers where the learner was before a jump. The same place twice in a row is kept once. */
  remember(place: BackPlace | undefined): void {
    if (!place?.cfi) return;
    if (this.peek()?.cfi === place.cfi) return;
    this.places.push({ cfi: place.cfi, href: place.href, fraction: place.fraction, ...(place.label ? { label: place.label } : {}) });
    if (this.places.length > this.size) this.places.shift();
    this.notify();
  }

  /** Takes the most recent place (to go back to it). */
  take(): BackPlace | undefined {
    const place = this.places.pop();
    if (place) this.notify();
    return place;
  }

  /** Forgets everything (another book). */
  clear(): void {
    if (!this.places.length) return;
    this.places.length = 0;
    this.notify();
  }

  subscribe(listener: (size: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener(this.places.length);
  }
}
