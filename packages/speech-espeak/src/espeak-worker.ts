// The module Worker that runs eSpeak NG for `WorkerSynthesizer`: loads it
// once, then synthesizes one request at a time, posting audio as it comes.
import { EspeakRuntime } from './espeak-runtime.js';
import type { FromEspeakWorker, ToEspeakWorker } from './worker-synthesizer.js';

/** The worker's global scope, as far as it is used (the DOM lib has no worker types). */
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<ToEspeakWorker>) => void) | null;
  postMessage(message: FromEspeakWorker, transfer?: Transferable[]): void;
};

let runtime: Promise<EspeakRuntime> | null = null;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

scope.onmessage = ({ data }) => {
  if (data.type === 'load') {
    runtime ??= EspeakRuntime.load(data.baseUrl);
    runtime.then(
      () => scope.postMessage({ type: 'loaded' }),
      (error: unknown) => scope.postMessage({ type: 'load-failed', message: messageOf(error) }),
    );
    return;
  }
  const { id, request } = data;
  if (!runtime) {
    scope.postMessage({ type: 'failed', id, message: 'eSpeak NG was asked to speak before it was loaded.' });
    return;
  }
  void runtime.then((espeak) => {
    try {
      espeak.synthesize(request, (chunk) => scope.postMessage({ type: 'chunk', id, chunk }, [chunk.samples.buffer]));
      scope.postMessage({ type: 'done', id });
    } catch (error) {
      scope.postMessage({ type: 'failed', id, message: messageOf(error) });
    }
  }, (error: unknown) => scope.postMessage({ type: 'failed', id, message: messageOf(error) }));
};
