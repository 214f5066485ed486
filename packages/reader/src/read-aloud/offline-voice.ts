import type { SpeechBackend } from '@attune/speech';

/**
 * The offline voice (eSpeak NG in @attune/speech-espeak) is GPL-3.0, so the
 * reader never imports it itself: an embedder who wants it registers a loader
 * (`AttuneReader.offlineVoice = { load: () => import('@attune/speech-espeak') }`),
 * and it is loaded only when a learner needs it — when the device has no
 * voice for the book's language, or the learner picked "eSpeak NG …".
 */
export interface OfflineVoiceModule {
  EspeakBackend: new (options?: Record<string, unknown>) => SpeechBackend & {
    warmUp?(): Promise<void>;
    follow?(engine: unknown): () => void;
  };
}

export interface OfflineVoice {
  load?: () => Promise<OfflineVoiceModule>;
  /** Passed to the backend (e.g. `baseUrl`, `workerUrl` in a bundled app). */
  options?: Record<string, unknown>;
}

export const offlineVoice: OfflineVoice = {};

let voicesAnswer: Promise<SpeechSynthesisVoice[]> | undefined;

/**
 * The device's voices. Chrome fills the list a moment after start, so the
 * first call waits for it briefly; the answer is kept (the reader asks when a
 * book opens, so "Read aloud" does not wait again).
 */
export function systemVoices(): Promise<SpeechSynthesisVoice[]> {
  if (typeof speechSynthesis === 'undefined') return Promise.resolve([]);
  const now = speechSynthesis.getVoices();
  if (now.length) return Promise.resolve(now);
  voicesAnswer ??= new Promise<SpeechSynthesisVoice[]>((resolve) => {
    const done = () => resolve(speechSynthesis.getVoices());
    speechSynthesis.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, 400);
  });
  return voicesAnswer;
}
