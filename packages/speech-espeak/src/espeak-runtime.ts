import { espeakInput } from './espeak-text.js';
import { skippedWords } from './skipped-words.js';

// eSpeak NG in this realm (a Worker, Node, or the page as a fallback). No
// @attune/speech here: a Worker loads this file and should stay small.

/** What to synthesize: text, an eSpeak voice id, speed and pitch in eSpeak's units. */
export interface SynthesisRequest {
  text: string;
  /** eSpeak voice id (`gmw/en-US`), from `chooseEspeakVoice()`. */
  voice: string;
  /** Words per minute, 80–450. */
  wpm: number;
  /** 0–100, 50 is normal. */
  pitch: number;
}

/** A word as eSpeak says it, in the request's text and the synthesized audio. */
export interface SpokenWord {
  /** UTF-16 offset of the word in `SynthesisRequest.text`. */
  charIndex: number;
  /** UTF-16 length of what eSpeak took as the word (may be 0). */
  length: number;
  /** Milliseconds from the start of the audio. */
  time: number;
  /** The word had no event of its own (eSpeak joined it to a neighbour); its time is interpolated. */
  estimated?: boolean;
}

/** A piece of audio as eSpeak hands it out during synthesis, with the words that start in it. */
export interface SynthesisChunk {
  /** 16-bit mono PCM at `EspeakRuntime.sampleRate`. */
  samples: Int16Array;
  words: SpokenWord[];
}

/** The parts of the Emscripten module's `eSpeakNGWorker` that are used. */
interface EspeakNGWorker {
  readonly samplerate: number;
  set_voice(name: string): number;
  set_rate(wpm: number): void;
  set_pitch(pitch: number): void;
  synthesize(text: string, callback: (samples: Int16Array, events: EspeakEvent[]) => boolean | void): void;
}

interface EspeakEvent {
  type: string;
  /** 1-based, in code points of the input. */
  text_position: number;
  /** In code points. */
  word_length: number;
  /** Milliseconds of audio before the event. */
  audio_position: number;
}

interface EspeakModule {
  eSpeakNGWorker: new () => EspeakNGWorker;
}

type EspeakModuleFactory = (options?: Record<string, unknown>) => Promise<EspeakModule>;

/**
 * Where eSpeak NG's files (`espeak-ng.js`, `espeak-ng.data`) are when nothing
 * says otherwise: the `@echogarden/espeak-ng-emscripten` folder, found by
 * `import.meta.resolve` where the platform can (Node, a page with an import
 * map), else as npm lays out this repository (`/node_modules/…` next to
 * `packages/`), relative to this file in `src/` or `dist/`.
 */
export function defaultEspeakBaseUrl(): string {
  const meta = import.meta as ImportMeta & { resolve?: (specifier: string) => string };
  if (typeof meta.resolve === 'function') {
    try {
      return new URL('./', meta.resolve('@echogarden/espeak-ng-emscripten')).href;
    } catch {
      // A browser without an import map cannot resolve a package name: use the path below.
    }
  }
  return new URL('../../../node_modules/@echogarden/espeak-ng-emscripten/', import.meta.url).href;
}

/**
 * eSpeak NG loaded and ready to synthesize. Its script is imported from
 * `baseUrl`, and its voice data (`espeak-ng.data`, 24 MB) is read from the
 * same folder here and handed over through the module's
 * `getPreloadedPackage` hook. The module's own loader would find the data
 * next to its script too (its built-in `locateFile` uses `import.meta.url`
 * and replaces one passed in), but when that fails it only logs and never
 * settles; reading it here turns a missing file into an error. There is no
 * `.wasm` file: this build is wasm2js (plain JavaScript).
 */
export class EspeakRuntime {
  private voice = '';

  private constructor(private readonly worker: EspeakNGWorker) {}

  /** Imports `espeak-ng.js` and reads `espeak-ng.data` from `baseUrl` (a folder URL ending in `/`). */
  static async load(baseUrl: string): Promise<EspeakRuntime> {
    const script = new URL('espeak-ng.js', baseUrl).href;
    const [{ default: factory }, data] = await Promise.all([
      import(/* @vite-ignore */ script) as Promise<{ default: EspeakModuleFactory }>,
      readFile(new URL('espeak-ng.data', baseUrl)),
    ]);
    const module = await factory({
      getPreloadedPackage: () => data,
      print: () => {},
      printErr: () => {},
    });
    return new EspeakRuntime(new module.eSpeakNGWorker());
  }

  /** 22,050 Hz for every eSpeak NG voice. */
  get sampleRate(): number {
    return this.worker.samplerate;
  }

  /**
   * Synthesizes `request.text`, handing out audio and words as eSpeak makes
   * them (about 0.1 s of audio a chunk). Synchronous: in a page, call it
   * from a Worker.
   */
  synthesize(request: SynthesisRequest, onChunk: (chunk: SynthesisChunk) => void): void {
    if (request.voice !== this.voice) {
      const code = this.worker.set_voice(request.voice);
      if (code !== 0) throw new Error(`eSpeak NG has no voice "${request.voice}" (error ${code}).`);
      this.voice = request.voice;
    }
    this.worker.set_rate(request.wpm);
    this.worker.set_pitch(request.pitch);
    const input = espeakInput(request.text);
    let previous: SpokenWord | null = null;
    this.worker.synthesize(input.text, (samples, events) => {
      const words: SpokenWord[] = [];
      for (const event of events) {
        if (event.type !== 'word') continue;
        const charIndex = input.offsetOf(event.text_position);
        const end = input.offsetOf(event.text_position + event.word_length);
        const word: SpokenWord = { charIndex, length: Math.max(0, end - charIndex), time: event.audio_position };
        if (previous) words.push(...skippedWords(request.text, previous, word));
        words.push(word);
        previous = word;
      }
      onChunk({ samples, words });
      return false; // true would stop synthesis
    });
  }
}

/** A file's bytes: fetched over HTTP(S), read from disk for a file: URL (Node). */
async function readFile(url: URL): Promise<ArrayBuffer> {
  if (url.protocol === 'file:') {
    // Not a literal, so that bundlers for the browser leave Node's fs alone.
    const fsName = 'node:fs/promises';
    const fs = (await import(/* @vite-ignore */ fsName)) as { readFile(path: URL): Promise<Uint8Array> };
    const bytes = await fs.readFile(url);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.href} could not be loaded (HTTP ${response.status}).`);
  return response.arrayBuffer();
}
