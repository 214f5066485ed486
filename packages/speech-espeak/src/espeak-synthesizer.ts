import { EspeakRuntime, type SynthesisChunk, type SynthesisRequest } from './espeak-runtime.js';
import { SynthesisJob } from './synthesis-job.js';

/** eSpeak NG's output rate, the same for every voice. */
export const ESPEAK_SAMPLE_RATE = 22_050;

/**
 * Something that runs eSpeak NG: in a Worker (`WorkerSynthesizer`, the
 * default in a page) or in this realm (`InProcessSynthesizer`: Node, tests,
 * pages without workers). Jobs run one at a time in the order asked.
 */
export interface EspeakSynthesizer {
  /** Loads eSpeak NG (once; every call returns the same promise). Rejects when its files cannot be loaded. */
  ready(): Promise<void>;
  /** Queues a synthesis. A job marked `abandoned` before its turn is skipped (it stays pending). */
  synthesize(request: SynthesisRequest): SynthesisJob;
  /** Stops the worker, if any; later jobs fail. */
  dispose(): void;
}

/** eSpeak NG itself could not be loaded (its files are missing or broken), as opposed to one synthesis failing. */
export class EspeakLoadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EspeakLoadError';
  }
}

/** Runs jobs one after another, each when the previous one is over. */
export abstract class QueuedSynthesizer implements EspeakSynthesizer {
  private queue: Promise<void> = Promise.resolve();
  protected disposed = false;

  abstract ready(): Promise<void>;
  protected abstract run(job: SynthesisJob): Promise<void>;

  synthesize(request: SynthesisRequest): SynthesisJob {
    const job = new SynthesisJob(request);
    this.queue = this.queue.then(async () => {
      if (job.abandoned) return;
      if (this.disposed) return job.fail(new Error('The offline voice was closed.'));
      try {
        await this.ready();
      } catch (error) {
        return job.fail(new EspeakLoadError(error instanceof Error ? error.message : String(error), { cause: error }));
      }
      try {
        await this.run(job);
      } catch (error) {
        job.fail(error instanceof Error ? error : new Error(String(error)));
      }
    });
    return job;
  }

  dispose(): void {
    this.disposed = true;
  }
}

/**
 * eSpeak NG in this realm. Synthesis blocks the thread it runs on (about
 * 0.1 s for a 1 s sentence), so a page should prefer `WorkerSynthesizer`.
 */
export class InProcessSynthesizer extends QueuedSynthesizer {
  private loading: Promise<EspeakRuntime> | null = null;

  constructor(private readonly baseUrl: string) {
    super();
  }

  ready(): Promise<void> {
    this.loading ??= EspeakRuntime.load(this.baseUrl);
    return this.loading.then(() => undefined);
  }

  protected async run(job: SynthesisJob): Promise<void> {
    const runtime = await this.loading!;
    // Synthesis blocks this thread, so chunks could not be played while it runs anyway: handing
    // them out afterwards lets playback schedule its start on the clock as it is then.
    const chunks: SynthesisChunk[] = [];
    runtime.synthesize(job.request, (chunk) => chunks.push(chunk));
    for (const chunk of chunks) job.push(chunk);
    job.finish();
  }
}
