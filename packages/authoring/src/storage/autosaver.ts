/**
 * Saves a value soon after each change: `delayMs` after the last change, and
 * never later than `maxWaitMs` after the first unsaved one, so steady typing
 * is still saved every second and a crash loses at most that much. A plain
 * class: elements call `schedule()` on every change and `flush()` when they
 * go away or the page is hidden.
 */

export type SaveStatus =
  | { state: 'saved'; at: Date }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'idle' }
  | { state: 'failed'; error: unknown };

export interface AutosaverOptions {
  delayMs?: number;
  maxWaitMs?: number;
}

export class Autosaver<T> {
  readonly #save: (value: T) => Promise<void>;
  readonly #delayMs: number;
  readonly #maxWaitMs: number;
  readonly #listeners = new Set<(status: SaveStatus) => void>();
  #pending: { value: T } | undefined;
  #firstPendingAt = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<void> = Promise.resolve();
  #status: SaveStatus = { state: 'idle' };

  constructor(save: (value: T) => Promise<void>, options: AutosaverOptions = {}) {
    this.#save = save;
    this.#delayMs = options.delayMs ?? 400;
    this.#maxWaitMs = options.maxWaitMs ?? 900;
  }

  get status(): SaveStatus {
    return this.#status;
  }

  /** True while a change is waiting to be saved or being saved. */
  get busy(): boolean {
    return this.#pending !== undefined || this.#status.state === 'saving';
  }

  /** Calls `listener` with every status change; returns a function that stops it. */
  subscribe(listener: (status: SaveStatus) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Records a change; it is saved shortly. */
  schedule(value: T): void {
    const now = Date.now();
    if (!this.#pending) this.#firstPendingAt = now;
    this.#pending = { value };
    this.#setStatus({ state: 'pending' });
    clearTimeout(this.#timer);
    const due = Math.min(now + this.#delayMs, this.#firstPendingAt + this.#maxWaitMs);
    this.#timer = setTimeout(() => void this.flush(), Math.max(0, due - now));
  }

  /** Saves what is waiting now; resolves when every save started so far has finished. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    const pending = this.#pending;
    this.#pending = undefined;
    if (pending) {
      // Saves run one after another, so an older value never lands after a newer one.
      this.#running = this.#running.then(async () => {
        this.#setStatus({ state: 'saving' });
        try {
          await this.#save(pending.value);
          if (!this.#pending) this.#setStatus({ state: 'saved', at: new Date() });
        } catch (error) {
          this.#setStatus({ state: 'failed', error });
        }
      });
    }
    return this.#running;
  }

  /** Forgets what is waiting, without saving it (e.g. another book was opened after a flush). */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#pending = undefined;
  }

  #setStatus(status: SaveStatus): void {
    this.#status = status;
    for (const listener of this.#listeners) listener(status);
  }
}
