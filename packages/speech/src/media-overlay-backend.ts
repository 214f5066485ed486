import { SpeechError, type BackendCapabilities, type SpeakEvents, type SpeakRequest, type SpeechBackend, type VoiceInfo } from './speech-backend.js';
import type { AudioClip, SpeechProblem } from './speech-unit.js';

export interface MediaOverlayBackendOptions {
  /** Speaks units that have no recorded audio, or whose audio cannot be read or played. */
  fallback: SpeechBackend;
  /** A book file's bytes (`(path) => book.source.blob(path, type)`); rejects when it is missing. */
  readResource(path: string): Promise<Blob>;
  /** Told once per audio file that is missing or cannot be played. */
  onProblem?(problem: SpeechProblem): void;
  /** Makes the audio element (defaults to `new Audio()`). */
  createAudio?(): HTMLAudioElement;
}

/** Clips closer than this are one stretch of audio: playback runs on without a seek. */
const CONTIGUOUS_S = 0.25;

/**
 * Plays the recorded narration of Media Overlays, clip by clip
 * (`clipBegin`/`clipEnd` obeyed), on one audio element with blob: URLs of
 * the book's audio files. Units without audio, and clips whose file is
 * missing or unplayable, are spoken by the fallback voice instead, so a
 * TTS-only overlay or a book with missing audio still reads.
 */
export class MediaOverlayBackend implements SpeechBackend {
  private readonly fallback: SpeechBackend;
  private readonly options: MediaOverlayBackendOptions;
  private readonly urls = new Map<string, Promise<string | null>>();
  private readonly reported = new Set<string>();
  private audio: HTMLAudioElement | null = null;
  private mode: 'audio' | 'fallback' | 'none' = 'none';
  private ticket = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private clip: AudioClip | null = null;
  private finishClip: (() => void) | null = null;
  private pendingPause: ReturnType<typeof setTimeout> | undefined;

  constructor(options: MediaOverlayBackendOptions) {
    this.options = options;
    this.fallback = options.fallback;
  }

  /** Recorded audio pauses in place; synthesized fallback speech pauses as the fallback can. */
  get capabilities(): BackendCapabilities {
    return { pauseResume: this.mode !== 'fallback' || this.fallback.capabilities.pauseResume, ssml: this.fallback.capabilities.ssml };
  }

  /** The audio element playing (for tests and diagnostics). */
  get element(): HTMLAudioElement | null {
    return this.audio;
  }

  voices(): Promise<VoiceInfo[]> {
    return this.fallback.voices();
  }

  speak(request: SpeakRequest, events: SpeakEvents): void {
    const clip = request.unit.audio;
    const contiguous = this.lingeringAt(clip);
    this.cancel({ keepPlaying: contiguous });
    const ticket = this.ticket;
    if (!clip) {
      this.speakWithFallback(request, events);
      return;
    }
    this.mode = 'audio';
    void this.playClip(ticket, clip, request, events, contiguous);
  }

  private speakWithFallback(request: SpeakRequest, events: SpeakEvents): void {
    this.mode = 'fallback';
    if (!request.text.trim()) {
      // Audio of a par whose text is missing, and the audio failed too: nothing to say.
      queueMicrotask(() => events.end());
      return;
    }
    this.fallback.speak(request, events);
  }

  /** True when the element is playing on from the end of the last clip into `clip`. */
  private lingeringAt(clip: AudioClip | undefined): boolean {
    const audio = this.audio;
    const last = this.clip;
    if (!clip || !audio || !last || audio.paused || this.pendingPause === undefined) return false;
    return last.path === clip.path && last.clipEnd !== undefined && Math.abs(last.clipEnd - clip.clipBegin) < CONTIGUOUS_S;
  }

  private async playClip(ticket: number, clip: AudioClip, request: SpeakRequest, events: SpeakEvents, contiguous: boolean): Promise<void> {
    const url = await this.urlOf(clip.path);
    if (ticket !== this.ticket) return;
    if (!url) {
      this.speakWithFallback(request, events);
      return;
    }
    const audio = (this.audio ??= this.options.createAudio?.() ?? new Audio());
    try {
      if (audio.src !== url) {
        audio.src = url;
        await loaded(audio);
      }
      if (ticket !== this.ticket) return;
      audio.playbackRate = request.rate;
      audio.volume = request.volume;
      if (!contiguous) audio.currentTime = clip.clipBegin;
      this.clip = clip;
      if (audio.paused) await audio.play();
    } catch (error) {
      if (ticket !== this.ticket) return;
      if ((error as DOMException)?.name === 'NotAllowedError') {
        events.error(new SpeechError('not-allowed', 'The browser blocked playback: press Play again (browsers only play sound after a click or a key press).', { cause: error }));
        return;
      }
      this.report(clip.path, 'audio-unplayable', `The recorded audio “${clip.path}” cannot be played here; a synthesized voice reads instead.`);
      this.urls.set(clip.path, Promise.resolve(null));
      this.speakWithFallback(request, events);
      return;
    }
    if (ticket !== this.ticket) return;
    events.start({ timing: 'whole' });
    const finish = () => {
      if (ticket !== this.ticket || this.finishClip !== finish) return;
      this.clearTimer();
      this.finishClip = null;
      audio.removeEventListener('ended', finish);
      // Keep playing for a moment: if the next unit's clip follows on, it takes over without a seek.
      this.pendingPause = setTimeout(() => {
        this.pendingPause = undefined;
        if (ticket === this.ticket) audio.pause();
      }, 0);
      events.end();
    };
    this.finishClip = finish;
    audio.addEventListener('ended', finish);
    this.watchClipEnd(ticket);
  }

  /** Ends the clip at `clipEnd`: a timer set from the time left, checked against the element's clock. */
  private watchClipEnd(ticket: number): void {
    const audio = this.audio;
    const clip = this.clip;
    if (!audio || !clip || clip.clipEnd === undefined) return;
    this.clearTimer();
    const left = clip.clipEnd - audio.currentTime;
    if (left <= 0.01) {
      this.finishClip?.();
      return;
    }
    const wait = Math.max(10, Math.min(250, (left * 1000) / (audio.playbackRate || 1)));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (ticket === this.ticket && !audio.paused) this.watchClipEnd(ticket);
    }, wait);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private urlOf(path: string): Promise<string | null> {
    let url = this.urls.get(path);
    if (!url) {
      url = this.options.readResource(path).then(
        (blob) => URL.createObjectURL(blob),
        () => {
          this.report(path, 'audio-missing', `The recorded audio “${path}” is missing from the book; a synthesized voice reads instead.`);
          return null;
        },
      );
      this.urls.set(path, url);
    }
    return url;
  }

  private report(path: string, code: SpeechProblem['code'], message: string): void {
    if (this.reported.has(path)) return;
    this.reported.add(path);
    this.options.onProblem?.({ code, message, where: path });
  }

  cancel(options: { keepPlaying?: boolean } = {}): void {
    this.ticket++;
    this.clearTimer();
    if (this.pendingPause !== undefined) clearTimeout(this.pendingPause);
    this.pendingPause = undefined;
    if (this.finishClip && this.audio) this.audio.removeEventListener('ended', this.finishClip);
    this.finishClip = null;
    if (this.mode === 'fallback') this.fallback.cancel();
    if (!options.keepPlaying) this.audio?.pause();
    this.mode = 'none';
  }

  pause(): void {
    if (this.mode === 'fallback') {
      this.fallback.pause();
      return;
    }
    this.clearTimer();
    this.audio?.pause();
  }

  resume(): void {
    if (this.mode === 'fallback') {
      this.fallback.resume();
      return;
    }
    const audio = this.audio;
    if (!audio || this.mode !== 'audio') return;
    const ticket = this.ticket;
    void audio.play().then(() => this.watchClipEnd(ticket), () => undefined);
  }

  adjust(settings: { rate: number; volume: number; pitch: number }): boolean {
    if (this.mode === 'fallback') return this.fallback.adjust?.(settings) ?? false;
    if (this.audio) {
      this.audio.playbackRate = settings.rate;
      this.audio.volume = settings.volume;
      this.watchClipEnd(this.ticket);
    }
    return true;
  }

  dispose(): void {
    this.cancel();
    this.audio?.removeAttribute('src');
    this.audio?.load();
    this.audio = null;
    for (const url of this.urls.values()) void url.then((u) => u && URL.revokeObjectURL(u));
    this.urls.clear();
    this.fallback.dispose?.();
  }
}

function loaded(audio: HTMLAudioElement): Promise<void> {
  if (audio.readyState >= 1) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const ok = () => {
      audio.removeEventListener('error', bad);
      resolve();
    };
    const bad = () => {
      audio.removeEventListener('loadedmetadata', ok);
      reject(audio.error ?? new Error('audio error'));
    };
    audio.addEventListener('loadedmetadata', ok, { once: true });
    audio.addEventListener('error', bad, { once: true });
  });
}
