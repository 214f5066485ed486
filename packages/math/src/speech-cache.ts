/** A bounded map that forgets the least recently used entry first. */
export class SpeechCache<V> {
  readonly #entries = new Map<string, V>();
  /** `capacity` is asked on every insertion, so a configured size applies at once. */
  constructor(private readonly capacity: () => number) {}

  get(key: string): V | undefined {
    const value = this.#entries.get(key);
    if (value !== undefined) {
      // Re-insert so the entry becomes the most recent.
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    while (this.#entries.size > Math.max(0, this.capacity())) this.#entries.delete(this.#entries.keys().next().value!);
  }

  clear(): void {
    this.#entries.clear();
  }
}
