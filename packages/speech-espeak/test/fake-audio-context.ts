// A stand-in for AudioContext in Node: a clock that runs in real time while
// the context is running and stands still while it is suspended, and buffer
// sources that "end" when that clock passes their end. Nothing is heard.

interface FakeSource {
  buffer: { length: number; sampleRate: number } | null;
  playbackRate: { value: number };
  onended: (() => void) | null;
  startedAt: number | null;
  stopped: boolean;
  connect(): void;
  disconnect(): void;
  start(when?: number): void;
  stop(): void;
}

export class FakeAudioContext {
  state: 'running' | 'suspended' | 'closed' = 'running';
  readonly destination = {};
  readonly outputLatency = 0;
  readonly baseLatency = 0;
  readonly sources: FakeSource[] = [];
  readonly gains: { gain: { value: number } }[] = [];
  private elapsed = 0;
  private since: number | null = performance.now();
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(readonly sampleRate = 22_050) {
    this.timer = setInterval(() => this.endSources(), 2);
    this.timer.unref?.();
  }

  get currentTime(): number {
    return (this.elapsed + (this.since === null ? 0 : performance.now() - this.since)) / 1000;
  }

  suspend(): Promise<void> {
    if (this.since !== null) this.elapsed += performance.now() - this.since;
    this.since = null;
    this.state = 'suspended';
    return Promise.resolve();
  }

  resume(): Promise<void> {
    if (this.since === null) this.since = performance.now();
    this.state = 'running';
    return Promise.resolve();
  }

  close(): Promise<void> {
    void this.suspend();
    this.state = 'closed';
    clearInterval(this.timer);
    return Promise.resolve();
  }

  createGain() {
    const gain = {
      gain: { value: 1, setTargetAtTime(value: number) { this.value = value; } },
      connect() {},
      disconnect() {},
    };
    this.gains.push(gain);
    return gain;
  }

  createBuffer(_channels: number, length: number, sampleRate: number) {
    return { length, sampleRate, duration: length / sampleRate, copyToChannel() {} };
  }

  createBufferSource(): FakeSource {
    const source: FakeSource = {
      buffer: null,
      playbackRate: { value: 1 },
      onended: null,
      startedAt: null,
      stopped: false,
      connect() {},
      disconnect() {},
      start(when = 0) {
        source.startedAt = when;
      },
      stop() {
        source.stopped = true;
      },
    };
    this.sources.push(source);
    return source;
  }

  /** Seconds of audio scheduled, at playback speed. */
  get scheduledSeconds(): number {
    return this.sources.reduce((sum, s) => sum + (s.buffer ? s.buffer.length / s.buffer.sampleRate / s.playbackRate.value : 0), 0);
  }

  private endSources(): void {
    const now = this.currentTime;
    for (const source of this.sources) {
      if (source.startedAt === null || source.stopped || !source.buffer) continue;
      if (now >= source.startedAt + source.buffer.length / source.buffer.sampleRate / source.playbackRate.value) {
        source.stopped = true;
        source.onended?.();
      }
    }
  }
}

/** The fake as the backend's `context` option takes it. */
export function fakeContext(): { fake: FakeAudioContext; context: AudioContext } {
  const fake = new FakeAudioContext();
  return { fake, context: fake as unknown as AudioContext };
}
