import type { SynthesisChunk, SynthesisRequest } from './espeak-runtime.js';

/** Who listens to a synthesis: its chunks in order, then `done` or `failed`. */
export interface SynthesisListener {
  chunk(chunk: SynthesisChunk): void;
  done(): void;
  failed(error: Error): void;
}

/**
 * One synthesis, as a stream that can be listened to late: a listener that
 * subscribes after chunks came (the next sentence synthesized while the
 * current one plays) gets them all, then the rest as they come.
 */
export class SynthesisJob {
  readonly chunks: SynthesisChunk[] = [];
  status: 'pending' | 'done' | 'failed' = 'pending';
  error: Error | null = null;
  /** Set by whoever runs it; true once nobody wants the result any more. */
  abandoned = false;
  private readonly listeners = new Set<SynthesisListener>();

  constructor(readonly request: SynthesisRequest) {}

  /** Replays what came so far, then streams; returns the unsubscribe function. */
  listen(listener: SynthesisListener): () => void {
    for (const chunk of this.chunks) listener.chunk(chunk);
    if (this.status === 'done') listener.done();
    else if (this.status === 'failed') listener.failed(this.error!);
    else this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves with all chunks when synthesis is over (for tests and tools). */
  result(): Promise<SynthesisChunk[]> {
    return new Promise((resolve, reject) => {
      const chunks: SynthesisChunk[] = [];
      this.listen({ chunk: (c) => chunks.push(c), done: () => resolve(chunks), failed: reject });
    });
  }

  push(chunk: SynthesisChunk): void {
    if (this.status !== 'pending') return;
    this.chunks.push(chunk);
    for (const listener of [...this.listeners]) listener.chunk(chunk);
  }

  finish(): void {
    if (this.status !== 'pending') return;
    this.status = 'done';
    for (const listener of [...this.listeners]) listener.done();
    this.listeners.clear();
  }

  fail(error: Error): void {
    if (this.status !== 'pending') return;
    this.status = 'failed';
    this.error = error;
    for (const listener of [...this.listeners]) listener.failed(error);
    this.listeners.clear();
  }
}
