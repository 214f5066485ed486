import type { SpokenWord, SynthesisChunk } from './espeak-runtime.js';
import type { SynthesisListener } from './synthesis-job.js';

export interface PlaybackEvents {
  /** The first sample is being heard. `contextTime` is when it was scheduled to be. */
  started(info: { contextTime: number; heardTime: number }): void;
  /** A word is being heard: its audio starts at `contextTime`, `lateness` seconds ago. */
  word(word: SpokenWord, timing: { contextTime: number; lateness: number }): void;
  /** All audio has played; `contextTime` is when its last sample was scheduled to end. */
  ended(info: { contextTime: number }): void;
  failed(error: Error): void;
}

export interface PlaybackOptions {
  sampleRate: number;
  /** Played faster than synthesized (eSpeak's top speed exceeded). */
  playbackRate: number;
  /** Seconds between scheduling a source and its start, so it is not late. */
  lead: number;
  /** Audio (seconds) to have before starting, so streaming does not run dry. */
  startBuffer: number;
}

/** Where a stretch of the utterance's samples sits on the context's clock. */
interface Segment {
  sample: number;
  time: number;
}

/**
 * Plays one utterance on an AudioContext while it is being synthesized, and
 * tells the words as they are heard. Audio is scheduled on the context's
 * clock, gapless, in sources of about half a second; word times come from
 * eSpeak's audio positions placed on that same clock, and are checked
 * against `currentTime` (less the output latency) on every tick, so a late
 * timer makes a word late once but never shifts the ones after it, and a
 * suspended context (pause) holds everything where it is.
 */
export class UtterancePlayback implements SynthesisListener {
  private readonly pending: Int16Array[] = [];
  private pendingSamples = 0;
  private readonly words: SpokenWord[] = [];
  private readonly segments: Segment[] = [];
  private readonly sources = new Set<AudioBufferSourceNode>();
  private scheduledSamples = 0;
  /** Context time where the next source goes. */
  private nextTime = 0;
  private startTime: number | null = null;
  private startedReported = false;
  private finished = false;
  private stopped = false;
  private paused = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly context: BaseAudioContext,
    private readonly output: AudioNode,
    private readonly options: PlaybackOptions,
    private readonly events: PlaybackEvents,
  ) {}

  // ── SynthesisListener ──────────────────────────────────────────────

  chunk(chunk: SynthesisChunk): void {
    if (this.stopped) return;
    if (chunk.samples.length) {
      this.pending.push(chunk.samples);
      this.pendingSamples += chunk.samples.length;
    }
    this.words.push(...chunk.words);
    this.flush(false);
  }

  done(): void {
    if (this.stopped) return;
    this.finished = true;
    this.flush(true);
    if (this.scheduledSamples === 0) {
      // Nothing to hear (punctuation only): the utterance is over at once.
      this.startTime ??= this.context.currentTime;
      this.reportStart(this.startTime);
      this.finish();
    }
  }

  failed(error: Error): void {
    if (this.stopped) return;
    this.stop();
    this.events.failed(error);
  }

  // ── control ────────────────────────────────────────────────────────

  /** The context is being suspended: stop watching its clock. */
  pause(): void {
    this.paused = true;
    this.clearTimer();
  }

  /** The context runs again. */
  resume(): void {
    if (this.stopped) return;
    this.paused = false;
    this.tick();
  }

  /** Silences it at once; no events after this. */
  stop(): void {
    this.stopped = true;
    this.clearTimer();
    for (const source of this.sources) {
      source.onended = null;
      source.stop(); // every source here was started (or scheduled to start)
      source.disconnect();
    }
    this.sources.clear();
  }

  // ── internals ──────────────────────────────────────────────────────

  /** The context time being heard now. */
  private heardTime(): number {
    const context = this.context as BaseAudioContext & { outputLatency?: number; baseLatency?: number };
    return this.context.currentTime - (context.outputLatency ?? 0) - (context.baseLatency ?? 0);
  }

  /** Schedules buffered audio when there is enough of it, or when what is playing runs short. */
  private flush(force: boolean): void {
    if (this.stopped || this.pendingSamples === 0) return;
    const { sampleRate, playbackRate, lead, startBuffer } = this.options;
    const buffered = this.pendingSamples / sampleRate / playbackRate;
    const now = this.context.currentTime;
    if (!force && !this.finished) {
      if (this.startTime === null && buffered < startBuffer) return;
      if (this.startTime !== null && buffered < 0.5 && this.nextTime - now > 0.3) return;
    }
    const samples = new Float32Array(this.pendingSamples);
    let at = 0;
    for (const piece of this.pending) {
      for (let i = 0; i < piece.length; i++) samples[at + i] = piece[i]! / 32768;
      at += piece.length;
    }
    this.pending.length = 0;
    this.pendingSamples = 0;

    // Gapless after what is scheduled; if synthesis fell behind, resume a little ahead of now.
    let when = this.startTime === null ? now + lead : this.nextTime;
    if (when < now + 0.01) when = now + lead;
    if (this.startTime === null) this.startTime = when;
    this.segments.push({ sample: this.scheduledSamples, time: when });

    const buffer = this.context.createBuffer(1, samples.length, sampleRate);
    buffer.copyToChannel(samples, 0);
    const source = this.context.createBufferSource();
    source.buffer = buffer;
    source.playbackRate.value = playbackRate;
    source.connect(this.output);
    source.onended = () => {
      this.sources.delete(source);
      source.disconnect();
      if (!this.stopped && this.finished && this.sources.size === 0 && this.pendingSamples === 0) {
        this.reportStart(this.startTime!);
        this.emitDue(Infinity);
        this.finish();
      }
    };
    source.start(when);
    this.sources.add(source);
    this.scheduledSamples += samples.length;
    this.nextTime = when + samples.length / sampleRate / playbackRate;
    if (!this.paused && this.timer === undefined) this.tick();
  }

  /** The context time at which the audio at `ms` (eSpeak's audio position) plays. */
  private timeOf(ms: number): number {
    const sample = (ms / 1000) * this.options.sampleRate;
    let segment = this.segments[0]!;
    for (const s of this.segments) {
      if (s.sample <= sample) segment = s;
      else break;
    }
    return segment.time + (sample - segment.sample) / this.options.sampleRate / this.options.playbackRate;
  }

  private tick = (): void => {
    this.timer = undefined;
    if (this.stopped || this.paused) return;
    this.flush(false);
    if (this.startTime === null) return; // waiting for audio; chunk() calls back
    const heard = this.heardTime();
    if (heard >= this.startTime) this.reportStart(this.startTime);
    this.emitDue(heard);
    if (this.stopped) return;
    // Wake for the next word (or the start), at least every 50 ms to keep audio flowing.
    const next = !this.startedReported ? this.startTime : this.words[0] ? this.timeOf(this.words[0].time) : Infinity;
    const wait = Math.min(50, Math.max(4, (next - heard) * 1000));
    this.timer = setTimeout(this.tick, wait);
  };

  private reportStart(contextTime: number): void {
    if (this.startedReported) return;
    this.startedReported = true;
    this.events.started({ contextTime, heardTime: this.heardTime() });
  }

  /** Tells every word whose audio is at or before `heard` (Infinity: all that are left). */
  private emitDue(heard: number): void {
    if (!this.startedReported || this.segments.length === 0) return;
    const { sampleRate } = this.options;
    while (this.words.length && !this.stopped) {
      const next = this.words[0]!;
      const time = this.timeOf(next.time);
      if (heard !== Infinity) {
        // A word whose audio is not scheduled yet waits for it (its place on the clock is not known).
        if (!this.finished && (next.time / 1000) * sampleRate >= this.scheduledSamples) break;
        if (time > heard) break;
      }
      this.words.shift();
      this.events.word(next, { contextTime: time, lateness: this.heardTime() - time });
    }
  }

  private finish(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.clearTimer();
    this.events.ended({ contextTime: this.startTime === null ? this.context.currentTime : this.nextTime });
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
