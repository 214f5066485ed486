import type { SynthesisChunk, SynthesisRequest } from './espeak-runtime.js';
import { QueuedSynthesizer } from './espeak-synthesizer.js';
import type { SynthesisJob } from './synthesis-job.js';

/** Messages to the worker (`espeak-worker.ts`). */
export type ToEspeakWorker = { type: 'load'; baseUrl: string } | { type: 'synthesize'; id: number; request: SynthesisRequest };

/** Messages from the worker. */
export type FromEspeakWorker =
  | { type: 'loaded' }
  | { type: 'load-failed'; message: string }
  | { type: 'chunk'; id: number; chunk: SynthesisChunk }
  | { type: 'done'; id: number }
  | { type: 'failed'; id: number; message: string };

/**
 * The worker script next to this module: `espeak-worker.js` in `dist/`, or
 * `espeak-worker.ts` when the sources are served as they are (the test
 * server compiles TypeScript on the fly). Bundlers that do not follow
 * `new Worker(new URL(…))` need the worker as an entry point of its own and
 * its URL passed as `workerUrl`.
 */
export function defaultWorkerUrl(): string {
  const here = new URL(import.meta.url);
  const name = here.pathname.endsWith('.ts') ? './espeak-worker.ts' : './espeak-worker.js';
  return new URL(name, here).href;
}

/**
 * eSpeak NG in a module Worker of its own, so synthesis never blocks the
 * page. Audio comes back in chunks while eSpeak is still working, so
 * playback can start after the first tenth of a second is ready.
 */
export class WorkerSynthesizer extends QueuedSynthesizer {
  private worker: Worker | null = null;
  private loading: Promise<void> | null = null;
  private nextId = 1;
  private readonly running = new Map<number, { job: SynthesisJob; settle: () => void }>();

  constructor(private readonly options: { baseUrl: string; workerUrl: string }) {
    super();
  }

  ready(): Promise<void> {
    this.loading ??= new Promise<void>((resolve, reject) => {
      const worker = new Worker(this.options.workerUrl, { type: 'module', name: 'attune-espeak' });
      this.worker = worker;
      worker.onmessage = ({ data }: MessageEvent<FromEspeakWorker>) => {
        if (data.type === 'loaded') resolve();
        else if (data.type === 'load-failed') reject(new Error(data.message));
        else this.receive(data);
      };
      // A worker script that cannot be fetched or parsed ends up here, not in a message.
      worker.onerror = (event) => {
        event.preventDefault();
        const error = new Error(`The offline voice's worker failed (${event.message || this.options.workerUrl}).`);
        reject(error);
        for (const { job, settle } of this.running.values()) {
          job.fail(error);
          settle();
        }
        this.running.clear();
      };
      this.post({ type: 'load', baseUrl: this.options.baseUrl });
    });
    return this.loading;
  }

  protected run(job: SynthesisJob): Promise<void> {
    const id = this.nextId++;
    return new Promise((settle) => {
      this.running.set(id, { job, settle });
      this.post({ type: 'synthesize', id, request: job.request });
    });
  }

  private receive(message: Exclude<FromEspeakWorker, { type: 'loaded' | 'load-failed' }>): void {
    const entry = this.running.get(message.id);
    if (!entry) return;
    if (message.type === 'chunk') {
      entry.job.push(message.chunk);
      return;
    }
    this.running.delete(message.id);
    if (message.type === 'done') entry.job.finish();
    else entry.job.fail(new Error(message.message));
    entry.settle();
  }

  private post(message: ToEspeakWorker): void {
    this.worker!.postMessage(message);
  }

  override dispose(): void {
    super.dispose();
    this.worker?.terminate();
    this.worker = null;
    const error = new Error('The offline voice was closed.');
    for (const { job, settle } of this.running.values()) {
      job.fail(error);
      settle();
    }
    this.running.clear();
  }
}
