import type { VariantPack } from '@attune/adapt';

/**
 * Undo and redo over a variant pack. Packs are treated as immutable values:
 * every edit makes a new pack, and the history keeps the earlier ones.
 * Edits that share a `group` (typing in one field) within `groupWindowMs`
 * become one step, so "undo" takes back a word or a sentence, not a letter.
 * A plain class with `subscribe()`; the editor element renders it.
 */

export interface HistoryEdit {
  /** Edits with the same group close together in time are one undo step (e.g. `"entry:opening:variant:0"`). */
  group?: string;
}

export interface PackHistoryState {
  pack: VariantPack;
  canUndo: boolean;
  canRedo: boolean;
}

export class PackHistory {
  readonly #past: VariantPack[] = [];
  readonly #future: VariantPack[] = [];
  readonly #listeners = new Set<(state: PackHistoryState) => void>();
  readonly #limit: number;
  readonly #groupWindowMs: number;
  #present: VariantPack;
  #lastGroup: string | undefined;
  #lastAt = 0;

  constructor(pack: VariantPack, options: { limit?: number; groupWindowMs?: number } = {}) {
    this.#present = pack;
    this.#limit = options.limit ?? 200;
    this.#groupWindowMs = options.groupWindowMs ?? 1500;
  }

  get pack(): VariantPack {
    return this.#present;
  }

  get canUndo(): boolean {
    return this.#past.length > 0;
  }

  get canRedo(): boolean {
    return this.#future.length > 0;
  }

  subscribe(listener: (state: PackHistoryState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Records a new version of the pack. */
  apply(pack: VariantPack, edit: HistoryEdit = {}): void {
    if (pack === this.#present) return;
    const now = Date.now();
    const continuing = edit.group !== undefined && edit.group === this.#lastGroup && now - this.#lastAt < this.#groupWindowMs && this.#future.length === 0;
    if (!continuing) {
      this.#past.push(this.#present);
      if (this.#past.length > this.#limit) this.#past.shift();
    }
    this.#future.length = 0;
    this.#present = pack;
    this.#lastGroup = edit.group;
    this.#lastAt = now;
    this.#emit();
  }

  /** Starts over from `pack` with no history (another book was opened). */
  reset(pack: VariantPack): void {
    this.#past.length = 0;
    this.#future.length = 0;
    this.#present = pack;
    this.#lastGroup = undefined;
    this.#emit();
  }

  /** Goes back one step; false when there is nothing to undo. */
  undo(): boolean {
    const previous = this.#past.pop();
    if (!previous) return false;
    this.#future.push(this.#present);
    this.#present = previous;
    this.#lastGroup = undefined;
    this.#emit();
    return true;
  }

  /** Goes forward one step; false when there is nothing to redo. */
  redo(): boolean {
    const next = this.#future.pop();
    if (!next) return false;
    this.#past.push(this.#present);
    this.#present = next;
    this.#lastGroup = undefined;
    this.#emit();
    return true;
  }

  #emit(): void {
    const state = { pack: this.#present, canUndo: this.canUndo, canRedo: this.canRedo };
    for (const listener of this.#listeners) listener(state);
  }
}
