import {
  SpeechError, utteranceText,
  type BackendCapabilities, type ReadAloudListener, type SpeakEvents, type SpeakRequest, type SpeechBackend, type SpeechProblem, type VoiceInfo,
} from '@attune/speech';
import { espeakProsody } from './espeak-prosody.js';
import { defaultEspeakBaseUrl, type SynthesisRequest } from './espeak-runtime.js';
import { ESPEAK_SAMPLE_RATE, EspeakLoadError, InProcessSynthesizer, type EspeakSynthesizer } from './espeak-synthesizer.js';
import { chooseEspeakVoice, espeakVoiceInfos, espeakVoiceName } from './espeak-voice.js';
import type { SynthesisJob } from './synthesis-job.js';
import { UtterancePlayback } from './utterance-playback.js';
import { WorkerSynthesizer, defaultWorkerUrl } from './worker-synthesizer.js';

/** What the reader shows for this backend in its voice menu (translate it with the reader's strings). */
export const ESPEAK_BACKEND_LABEL = 'Offline voice (eSpeak NG)';

export interface EspeakBackendOptions {
  /**
   * Folder URL (ending in `/`) that serves `espeak-ng.js` and `espeak-ng.data`
   * from `@echogarden/espeak-ng-emscripten`; our own server, never a CDN.
   * Defaults to that package's folder (`defaultEspeakBaseUrl()`).
   */
  baseUrl?: string | URL;
  /** URL of `espeak-worker.js` from this package's `dist/` (`defaultWorkerUrl()`); for bundled apps. */
  workerUrl?: string | URL;
  /**
   * Where eSpeak runs: `worker` (default where there are Workers), `main`
   * (this thread; synthesis blocks it), or a synthesizer of your own.
   */
  synthesizer?: 'worker' | 'main' | EspeakSynthesizer;
  /** The context to play in; by default one at 22,050 Hz of its own, created at the first `speak()`/`warmUp()`. */
  context?: AudioContext;
  /** Called with what did not stop reading: a language no eSpeak voice speaks (`voice-missing`). */
  onProblem?: (problem: SpeechProblem) => void;
  /** Timings, for measurements and diagnostics. */
  trace?: (event: EspeakTraceEvent) => void;
  /** Sentences synthesized ahead and kept (2 by default). */
  prefetchLimit?: number;
}

/** A timing from the backend; `at` is `performance.now()`. */
export type EspeakTraceEvent =
  | { type: 'speak'; at: number; text: string; voice: string; fallback: boolean; prefetched: boolean }
  | { type: 'first-chunk'; at: number }
  /** `contextTime`: when the first sample was scheduled; `heardTime`: the audio clock less output latency when that was noticed. */
  | { type: 'audio-start'; at: number; contextTime: number; heardTime: number }
  /** `contextTime`: when the word's audio starts; `lateness`: seconds from then to the boundary. */
  | { type: 'boundary'; at: number; charIndex: number; contextTime: number; lateness: number }
  | { type: 'end'; at: number; contextTime: number };

/** The parts of a speak request that decide the audio (what `prefetch()` takes). */
export type PrefetchRequest = Pick<SpeakRequest, 'text' | 'lang' | 'voice' | 'rate' | 'pitch'>;

/** The engine as `follow()` needs it (a `ReadAloudEngine`). */
export interface FollowableEngine {
  subscribe(listener: ReadAloudListener): () => void;
}

interface Current {
  ticket: number;
  request: SpeakRequest;
  playback: UtterancePlayback;
  job: SynthesisJob;
  unlisten: () => void;
}

/**
 * An offline voice for `ReadAloudEngine`: eSpeak NG (compiled to
 * JavaScript, in a Worker) synthesizes each unit, Web Audio plays it, and
 * eSpeak's word events become word boundaries on the audio clock.
 *
 * - Voice: chosen by the unit's language (`chooseEspeakVoice`); a language
 *   eSpeak does not speak is read with the American English voice and
 *   reported once through `onProblem` (`voice-missing`).
 * - Rate and pitch are eSpeak's own (words per minute from the engine's
 *   0.5–3, pitch 0–100); volume is a gain node, changed live by `adjust()`.
 * - Pause and resume suspend and resume the AudioContext: the place in the
 *   word is kept.
 * - Audio starts after the first fraction of a second is synthesized, and
 *   `follow(engine)` synthesizes the next sentence while this one plays, so
 *   sentences follow without a gap.
 */
export class EspeakBackend implements SpeechBackend {
  readonly capabilities: BackendCapabilities = { pauseResume: true, ssml: false };
  readonly baseUrl: string;
  private readonly options: EspeakBackendOptions;
  private synthesizerInstance: EspeakSynthesizer | null = null;
  private context: AudioContext | null = null;
  private gain: GainNode | null = null;
  private current: Current | null = null;
  private ticket = 0;
  private paused = false;
  private readonly prefetched = new Map<string, SynthesisJob>();
  private readonly reportedLanguages = new Set<string>();

  constructor(options: EspeakBackendOptions = {}) {
    this.options = options;
    this.baseUrl = new URL(String(options.baseUrl ?? defaultEspeakBaseUrl()), globalThis.location?.href).href;
  }

  /** Lists the voices without loading eSpeak (the list is built in). */
  async voices(): Promise<VoiceInfo[]> {
    return espeakVoiceInfos();
  }

  /**
   * Null when this backend can speak here (Web Audio exists and eSpeak's
   * files are served at `baseUrl`), else why not. Downloads nothing big:
   * a HEAD request for each file.
   */
  async checkAvailability(): Promise<SpeechError | null> {
    if (!this.options.context && typeof AudioContext !== 'function') {
      return new SpeechError('no-voice', 'The offline voice cannot play sound here (no Web Audio).');
    }
    for (const file of ['espeak-ng.js', 'espeak-ng.data']) {
      const url = new URL(file, this.baseUrl);
      try {
        const response = await fetch(url, { method: 'HEAD' });
        if (!response.ok) return new SpeechError('no-voice', `The offline voice is not installed: ${url.href} answered ${response.status}.`);
      } catch (error) {
        return new SpeechError('no-voice', `The offline voice is not installed: ${url.href} could not be reached.`, { cause: error });
      }
    }
    return null;
  }

  /** True when `checkAvailability()` finds nothing missing: the reader may list "Offline voice (eSpeak NG)". */
  async isAvailable(): Promise<boolean> {
    return (await this.checkAvailability()) === null;
  }

  /**
   * Creates the AudioContext and starts loading eSpeak (about 25 MB, once).
   * Call it from the Play button's click or key handler, before `play()`:
   * the context is then created inside the user gesture, and loading
   * overlaps the section's preparation.
   */
  warmUp(): Promise<void> {
    this.audio();
    return this.synthesizer().ready().catch((error: unknown) => {
      throw this.loadError(error);
    });
  }

  speak(request: SpeakRequest, events: SpeakEvents): void {
    this.cancel();
    const ticket = this.ticket;
    const { context, gain } = this.audio();
    gain.gain.value = request.volume;
    const { synthesis, key, voice, fallback, prosody } = this.synthesisFor(request);
    if (fallback) this.reportMissingVoice(request.lang, espeakVoiceName(voice));
    const ready = this.prefetched.get(key);
    this.prefetched.delete(key);
    const job = ready && ready.status !== 'failed' ? ready : this.synthesizer().synthesize(synthesis);
    this.trace({ type: 'speak', at: performance.now(), text: request.text, voice: voice.id, fallback, prefetched: job === ready });

    const live = () => this.current?.ticket === ticket;
    const playback = new UtterancePlayback(
      context,
      gain,
      { sampleRate: ESPEAK_SAMPLE_RATE, playbackRate: prosody.playbackRate, lead: 0.03, startBuffer: 0.2 },
      {
        started: ({ contextTime, heardTime }) => {
          if (!live()) return;
          this.trace({ type: 'audio-start', at: performance.now(), contextTime, heardTime });
          events.start({ timing: 'words', voice: espeakVoiceName(voice) });
        },
        word: (word, { contextTime, lateness }) => {
          if (!live()) return;
          this.trace({ type: 'boundary', at: performance.now(), charIndex: word.charIndex, contextTime, lateness });
          events.boundary(word.charIndex);
        },
        ended: ({ contextTime }) => {
          if (!live()) return;
          this.current = null;
          this.trace({ type: 'end', at: performance.now(), contextTime });
          events.end();
        },
        failed: (error) => {
          if (!live()) return;
          this.current = null;
          events.error(error instanceof EspeakLoadError ? this.loadError(error) : new SpeechError('synthesis-failed', `The offline voice could not say this sentence (${error.message}).`, { cause: error }));
        },
      },
    );
    const current: Current = { ticket, request, playback, job, unlisten: () => {} };
    this.current = current;
    this.paused = false;
    let firstChunk = true;
    // A prefetched job replays its chunks at once, so `current` is set before listening.
    current.unlisten = job.listen({
      chunk: (chunk) => {
        if (firstChunk && live()) this.trace({ type: 'first-chunk', at: performance.now() });
        firstChunk = false;
        playback.chunk(chunk);
      },
      done: () => playback.done(),
      failed: (error) => playback.failed(error),
    });
    if (live() && context.state !== 'running') this.startContext(context, ticket, events);
  }

  /**
   * Starts synthesizing a sentence before it is asked for; `speak()` with
   * the same text, language, voice, rate and pitch then uses it.
   */
  prefetch(request: PrefetchRequest): void {
    const { synthesis, key } = this.synthesisFor(request);
    if (this.prefetched.has(key) || (this.current && keyOf(this.current.job.request) === key)) return;
    this.prefetched.set(key, this.synthesizer().synthesize(synthesis));
    const limit = this.options.prefetchLimit ?? 2;
    for (const [oldKey, job] of this.prefetched) {
      if (this.prefetched.size <= limit) break;
      job.abandoned = true;
      this.prefetched.delete(oldKey);
    }
  }

  /**
   * Synthesizes the engine's next sentence whenever one starts, so the
   * next one is ready when this one ends. Returns the unsubscribe function.
   * (What the engine will ask is known from its state: the next unit's
   * text as `utteranceText` makes it, its language, the settings.)
   */
  follow(engine: FollowableEngine): () => void {
    return engine.subscribe((state, event) => {
      if (event.type !== 'progress' || state.status !== 'playing' || state.progress?.boundaryKind !== 'sentence') return;
      const next = state.units[state.progress.sentenceIndex + 1];
      if (!next || next.audio) return;
      const text = utteranceText(next, { aliases: true }).text;
      if (!text.trim()) return;
      const { voice, rate, pitch } = state.settings;
      this.prefetch({ text, lang: next.lang || state.section?.language || '', voice, rate, pitch });
    });
  }

  cancel(): void {
    this.ticket++;
    const current = this.current;
    this.current = null;
    if (!current) return;
    current.unlisten();
    current.playback.stop();
    current.job.abandoned = true;
  }

  pause(): void {
    if (!this.context || this.paused) return;
    this.paused = true;
    this.current?.playback.pause();
    void this.context.suspend();
  }

  resume(): void {
    if (!this.context || !this.paused) return;
    this.paused = false;
    const ticket = this.ticket;
    void this.context.resume().then(() => {
      if (this.current?.ticket === ticket && !this.paused) this.current.playback.resume();
    });
  }

  /** Volume changes at once; rate and pitch need new audio (false: the engine restarts from the word). */
  adjust(settings: Pick<SpeakRequest, 'rate' | 'pitch' | 'volume'>): boolean {
    const current = this.current;
    if (!current) return false;
    if (settings.rate !== current.request.rate || settings.pitch !== current.request.pitch) return false;
    current.request = { ...current.request, volume: settings.volume };
    this.gain?.gain.setTargetAtTime(settings.volume, this.context!.currentTime, 0.02);
    return true;
  }

  /** Stops speaking, ends the worker and closes the AudioContext it created (not ones passed in). */
  dispose(): void {
    this.cancel();
    for (const job of this.prefetched.values()) job.abandoned = true;
    this.prefetched.clear();
    // A synthesizer or context passed in belongs to the caller.
    if (typeof this.options.synthesizer !== 'object') this.synthesizerInstance?.dispose();
    this.synthesizerInstance = null;
    if (this.context && !this.options.context) void this.context.close();
    this.context = null;
    this.gain = null;
  }

  // ── internals ────────────────────────────────────────────────────────

  /** What eSpeak is asked to do for a request, and the key prefetched jobs are found by. */
  private synthesisFor(request: PrefetchRequest) {
    const { voice, fallback } = chooseEspeakVoice(request.lang, request.voice);
    const prosody = espeakProsody(request);
    const synthesis: SynthesisRequest = { text: request.text, voice: voice.id, wpm: prosody.wpm, pitch: prosody.pitch };
    return { synthesis, key: keyOf(synthesis), voice, fallback, prosody };
  }

  private synthesizer(): EspeakSynthesizer {
    if (this.synthesizerInstance) return this.synthesizerInstance;
    const choice = this.options.synthesizer ?? (typeof Worker === 'function' ? 'worker' : 'main');
    this.synthesizerInstance =
      typeof choice === 'object'
        ? choice
        : choice === 'worker'
          ? new WorkerSynthesizer({ baseUrl: this.baseUrl, workerUrl: new URL(String(this.options.workerUrl ?? defaultWorkerUrl()), globalThis.location?.href).href })
          : new InProcessSynthesizer(this.baseUrl);
    return this.synthesizerInstance;
  }

  private audio(): { context: AudioContext; gain: GainNode } {
    if (!this.context || !this.gain) {
      const context = this.options.context ?? new AudioContext({ sampleRate: ESPEAK_SAMPLE_RATE });
      const gain = context.createGain();
      gain.connect(context.destination);
      this.context = context;
      this.gain = gain;
    }
    return { context: this.context, gain: this.gain };
  }

  /**
   * A context created before any user gesture stays suspended; resuming it
   * works once the page has had one (sticky activation). Without one,
   * reading stops with `not-allowed` so the reader can ask for a click.
   */
  private startContext(context: AudioContext, ticket: number, events: SpeakEvents): void {
    const activation = (globalThis.navigator as Navigator & { userActivation?: { hasBeenActive: boolean } } | undefined)?.userActivation;
    const blocked = () => new SpeechError('not-allowed', 'The browser blocked sound: press Play again (browsers only play sound after a click or a key press).');
    if (activation && !activation.hasBeenActive) {
      this.failCurrent(ticket, events, blocked());
      return;
    }
    const timer = setTimeout(() => {
      if (context.state !== 'running') this.failCurrent(ticket, events, blocked());
    }, 3000);
    void context.resume().then(
      () => clearTimeout(timer),
      (error: unknown) => {
        clearTimeout(timer);
        this.failCurrent(ticket, events, new SpeechError('not-allowed', 'The browser would not start sound for the offline voice.', { cause: error }));
      },
    );
  }

  private failCurrent(ticket: number, events: SpeakEvents, error: SpeechError): void {
    if (this.current?.ticket !== ticket || this.paused) return;
    this.cancel();
    events.error(error);
  }

  private loadError(error: unknown): SpeechError {
    const reason = error instanceof Error ? error.message : String(error);
    return new SpeechError('no-voice', `The offline voice (eSpeak NG) could not be loaded from ${this.baseUrl} (${reason}).`, { cause: error });
  }

  private reportMissingVoice(lang: string, used: string): void {
    const key = lang.toLowerCase();
    if (this.reportedLanguages.has(key)) return;
    this.reportedLanguages.add(key);
    this.options.onProblem?.({
      code: 'voice-missing',
      message: `The offline voice does not speak this language (${lang}); ${used} reads it instead.`,
      where: lang,
    });
  }

  private trace(event: EspeakTraceEvent): void {
    this.options.trace?.(event);
  }
}

function keyOf(request: SynthesisRequest): string {
  return `${request.voice}|${request.wpm}|${request.pitch}|${request.text}`;
}
