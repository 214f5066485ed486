// A test double for the speech device: it records what the engine asks it
// to say and emits start / boundary / end when the test says so (or on its
// own, word by word, in `auto` mode). The engine under test is the real one.
import type { BackendCapabilities, SpeakEvents, SpeakRequest, SpeechBackend, VoiceInfo } from '../src/speech-backend.js';
import { SpeechError } from '../src/speech-backend.js';
import { splitWords } from '../src/split-text.js';
import type { SpeechScript, SpeechUnit } from '../src/speech-unit.js';

export class ScriptedBackend implements SpeechBackend {
  capabilities: BackendCapabilities = { pauseResume: false, ssml: false };
  readonly requests: SpeakRequest[] = [];
  readonly log: string[] = [];
  private current: { request: SpeakRequest; events: SpeakEvents } | null = null;
  /** Speak every request on its own: start, a boundary per word, end. */
  auto = false;
  /** In auto mode, send word boundaries (a voice without them sends none). */
  autoBoundaries = true;
  adjustLive = false;

  speak(request: SpeakRequest, events: SpeakEvents): void {
    this.requests.push(request);
    this.log.push(`speak:${request.text}`);
    this.current = { request, events };
    if (this.auto) {
      const mine = this.current;
      setTimeout(() => {
        if (this.current !== mine) return;
        events.start({ timing: 'words', voice: request.voice ?? 'default' });
        if (this.autoBoundaries) for (const w of splitWords(request.text, request.lang)) if (this.current === mine) events.boundary(w.start);
        if (this.current === mine) {
          this.current = null;
          events.end();
        }
      }, 0);
    }
  }
  cancel(): void {
    this.log.push('cancel');
    this.current = null;
  }
  pause(): void {
    this.log.push('pause');
  }
  resume(): void {
    this.log.push('resume');
  }
  async voices(): Promise<VoiceInfo[]> {
    return [{ name: 'Test voice', lang: 'en-US', local: true, default: true }];
  }
  adjust(): boolean {
    this.log.push('adjust');
    return this.adjustLive;
  }

  get last(): SpeakRequest {
    return this.requests[this.requests.length - 1]!;
  }
  /** The events of the request being spoken (they stay callable after cancel, to test that stale events are ignored). */
  events(): SpeakEvents {
    if (!this.current) throw new Error('nothing is being spoken');
    return this.current.events;
  }
  start(voice = 'default'): void {
    this.events().start({ timing: 'words', voice });
  }
  boundary(charIndex: number): void {
    this.events().boundary(charIndex);
  }
  end(): void {
    const events = this.events();
    this.current = null;
    events.end();
  }
  fail(code: 'synthesis-failed' | 'no-voice' = 'synthesis-failed'): void {
    this.events().error(new SpeechError(code, `failed: ${code}`));
  }
}

/** A fake Range: the engine only passes ranges through. */
export function fakeRange(label: string): Range {
  return { label } as unknown as Range;
}

/** A unit made from text, with words and fake ranges labelled by the text. */
export function textUnit(text: string, lang = 'en'): SpeechUnit {
  return {
    kind: 'text',
    text,
    lang,
    range: fakeRange(text),
    anchor: null,
    words: splitWords(text, lang).map((w) => ({ ...w, range: fakeRange(text.slice(w.start, w.end)) })),
    pronunciations: [],
  };
}

export function script(...sentences: string[]): SpeechScript {
  return { units: sentences.map((s) => textUnit(s)), problems: [] };
}

/** Resolves after pending timers and microtasks have run. */
export function tick(ms = 0): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
