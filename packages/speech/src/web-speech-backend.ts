import { primaryLanguage } from './pronunciation-lexicon.js';
import { SpeechError, type BackendCapabilities, type SpeakEvents, type SpeakRequest, type SpeechBackend, type VoiceInfo } from './speech-backend.js';
import { splitLongText } from './split-text.js';

/** The parts of a Web Speech voice used to choose one (so choosing can be tested without a browser). */
export interface VoiceLike {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

const normalizeTag = (tag: string) => tag.replace(/_/g, '-').toLowerCase();

/**
 * The voice for text in `lang`: the learner's `preferred` voice when it
 * speaks that language, else the best voice for the language (exact tag
 * before language only; the default and on-device voices first). Null
 * when no voice speaks it — the browser then picks by `utterance.lang`.
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], lang: string, preferred: string | null): V | null {
  const wanted = normalizeTag(lang);
  const primary = wanted ? primaryLanguage(wanted) : '';
  const named = preferred ? voices.find((v) => v.name === preferred) : undefined;
  if (named && (!primary || primaryLanguage(normalizeTag(named.lang)) === primary)) return named;
  if (!primary) return named ?? voices.find((v) => v.default) ?? voices[0] ?? null;
  const rank = (v: V) => (v.default ? 2 : 0) + (v.localService ? 1 : 0);
  const best = (list: V[]) => list.sort((a, b) => rank(b) - rank(a))[0] ?? null;
  return (
    best(voices.filter((v) => normalizeTag(v.lang) === wanted)) ??
    best(voices.filter((v) => primaryLanguage(normalizeTag(v.lang)) === primary)) ??
    null
  );
}

export interface WebSpeechBackendOptions {
  /** Defaults to the page's `speechSynthesis`. */
  synthesis?: SpeechSynthesis;
  /** Defaults to the page's `SpeechSynthesisUtterance`. */
  Utterance?: typeof SpeechSynthesisUtterance;
  /**
   * Longer text is spoken as several utterances: some Chrome voices stop
   * after about 15 seconds of one utterance.
   */
  maxUtteranceLength?: number;
  /** How long to wait for the voice list, which Chrome fills in after page load. */
  voicesTimeoutMs?: number;
}

/**
 * Read aloud with the browser's speech synthesis (`speechSynthesis`). One
 * utterance per unit, voice chosen by the text's language, `boundary`
 * events as word progress. Pausing cancels and the engine resumes from the
 * last word: `speechSynthesis.pause()` is unreliable in Chrome (Android
 * ignores it; network voices lose their place).
 */
export class WebSpeechBackend implements SpeechBackend {
  readonly capabilities: BackendCapabilities = { pauseResume: false, ssml: false };
  private readonly synthesis: SpeechSynthesis;
  private readonly Utterance: typeof SpeechSynthesisUtterance;
  private readonly maxLength: number;
  private readonly voicesTimeoutMs: number;
  private ticket = 0;
  /** Held so Chrome does not garbage-collect a speaking utterance and drop its events. */
  private speaking: SpeechSynthesisUtterance | null = null;

  constructor(options: WebSpeechBackendOptions = {}) {
    const synthesis = options.synthesis ?? globalThis.speechSynthesis;
    const Utterance = options.Utterance ?? globalThis.SpeechSynthesisUtterance;
    if (!synthesis || !Utterance) throw new SpeechError('no-voice', 'This browser cannot speak text (it has no speech synthesis).');
    this.synthesis = synthesis;
    this.Utterance = Utterance;
    this.maxLength = options.maxUtteranceLength ?? 250;
    this.voicesTimeoutMs = options.voicesTimeoutMs ?? 1000;
  }

  async voices(): Promise<VoiceInfo[]> {
    return (await this.loadVoices()).map((v) => ({ name: v.name, lang: v.lang, local: v.localService, default: v.default }));
  }

  private loadVoices(): Promise<SpeechSynthesisVoice[]> {
    const now = this.synthesis.getVoices();
    if (now.length) return Promise.resolve(now);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.synthesis.removeEventListener('voiceschanged', done);
        resolve(this.synthesis.getVoices());
      };
      const timer = setTimeout(done, this.voicesTimeoutMs);
      this.synthesis.addEventListener('voiceschanged', done);
    });
  }

  speak(request: SpeakRequest, events: SpeakEvents): void {
    this.cancel();
    const ticket = this.ticket;
    void this.loadVoices().then((voices) => {
      if (ticket !== this.ticket) return;
      if (voices.length === 0) {
        events.error(new SpeechError('no-voice', 'This device has no speech voices. Install a voice in the system settings, or choose the offline voice.'));
        return;
      }
      const voice = chooseVoice(voices, request.lang, request.voice);
      const pieces = splitLongText(request.text, this.maxLength);
      let started = false;
      const speakPiece = (i: number) => {
        const piece = pieces[i];
        if (!piece) {
          this.speaking = null;
          events.end();
          return;
        }
        const utterance = new this.Utterance(request.text.slice(piece.start, piece.end));
        if (voice) utterance.voice = voice;
        utterance.lang = voice?.lang ?? request.lang;
        utterance.rate = request.rate;
        utterance.pitch = request.pitch;
        utterance.volume = request.volume;
        utterance.onstart = () => {
          if (ticket !== this.ticket || started) return;
          started = true;
          events.start({ timing: 'words', voice: voice?.name ?? '' });
        };
        utterance.onboundary = (event) => {
          if (ticket !== this.ticket) return;
          if (event.name && event.name !== 'word') return;
          events.boundary(piece.start + event.charIndex);
        };
        utterance.onend = () => {
          if (ticket === this.ticket) speakPiece(i + 1);
        };
        utterance.onerror = (event) => {
          // `interrupted` / `canceled` follow our own cancel(); the ticket has moved on.
          if (ticket !== this.ticket) return;
          this.speaking = null;
          events.error(speechErrorOf(event.error));
        };
        this.speaking = utterance;
        this.synthesis.speak(utterance);
      };
      speakPiece(0);
    });
  }

  cancel(): void {
    this.ticket++;
    this.speaking = null;
    if (this.synthesis.speaking || this.synthesis.pending) this.synthesis.cancel();
  }

  pause(): void {
    this.synthesis.pause();
  }

  resume(): void {
    this.synthesis.resume();
  }
}

function speechErrorOf(code: string): SpeechError {
  switch (code) {
    case 'not-allowed':
      return new SpeechError('not-allowed', 'The browser blocked speech: press Play again (browsers only speak after a click or a key press).');
    case 'language-unavailable':
    case 'voice-unavailable':
      return new SpeechError('no-voice', 'No voice on this device speaks this language. Install one in the system settings, or choose another voice.');
    default:
      return new SpeechError('synthesis-failed', `The speech voice failed (${code || 'unknown error'}). Try again, or choose another voice.`);
  }
}
