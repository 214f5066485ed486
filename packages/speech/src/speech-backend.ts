import type { SpeechUnit } from './speech-unit.js';

/**
 * A speech device: Web Speech, recorded Media Overlay audio, an offline
 * synthesizer. The engine asks it to speak one unit at a time and listens
 * for start, word boundaries and end; it never speaks two at once.
 */
export interface SpeechBackend {
  /** What it can do; the engine adapts (e.g. restarts from a word instead of pausing). */
  readonly capabilities: BackendCapabilities;
  /**
   * Starts speaking. Events for this request go to `events` until it ends,
   * errors or is cancelled; after `cancel()` no more events are sent for it.
   */
  speak(request: SpeakRequest, events: SpeakEvents): void;
  /** Stops the current request at once, silently. */
  cancel(): void;
  /** Only called when `capabilities.pauseResume` is true. */
  pause(): void;
  resume(): void;
  /** Voices it offers, for a voice picker. */
  voices(): Promise<VoiceInfo[]>;
  /** Settings changed while speaking: apply them live if possible; false means "restart to apply". */
  adjust?(settings: Pick<SpeakRequest, 'rate' | 'pitch' | 'volume'>): boolean;
  /** Releases audio elements, blob: URLs, workers. */
  dispose?(): void;
}

export interface BackendCapabilities {
  /** Pausing keeps the position inside an utterance. When false the engine resumes from the last word. */
  pauseResume: boolean;
  /** Takes `SpeakRequest.ssml` (phonemes and aliases). */
  ssml: boolean;
}

export interface VoiceInfo {
  /** What the profile stores in `speech.voice`. */
  name: string;
  lang: string;
  /** Works without a network. */
  local: boolean;
  default: boolean;
}

export interface SpeakRequest {
  unit: SpeechUnit;
  /** What to say, plain text (PLS aliases already substituted). Boundaries are offsets in this string. */
  text: string;
  /** The same as SSML, when the backend takes SSML. */
  ssml?: string;
  /** BCP 47 language to speak in (the unit's, else the book's). */
  lang: string;
  /** Preferred voice name (`speech.voice`); the backend may pick another one that speaks `lang`. */
  voice: string | null;
  /** 0.5–3, 1 is normal. */
  rate: number;
  /** 0.5–2, 1 is normal. */
  pitch: number;
  /** 0–1. */
  volume: number;
}

export interface SpeakEvents {
  /**
   * Audio started. `timing` says whether word boundaries are to be expected
   * (`tts`) or the unit is spoken as a whole (`whole`, recorded audio).
   */
  start(info: { timing: 'words' | 'whole'; voice?: string }): void;
  /** A word starts at `charIndex` of `SpeakRequest.text`. */
  boundary(charIndex: number): void;
  end(): void;
  error(error: SpeechError): void;
}

export type SpeechErrorCode = 'no-voice' | 'synthesis-failed' | 'audio-missing' | 'audio-unplayable' | 'not-allowed' | 'section-unavailable' | 'segmentation-failed';

/** A failure with a stable code and a sentence a learner or teacher can act on. */
export class SpeechError extends Error {
  constructor(
    readonly code: SpeechErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SpeechError';
  }
}
