import { locatePosition, type ReadAloudPosition } from './locate-position.js';
import type { MediaOverlay } from './media-overlay.js';
import { mediaOverlayScript } from './media-overlay-script.js';
import type { PronunciationLexicon } from './pronunciation-lexicon.js';
import {
  DEFAULT_READ_ALOUD_SETTINGS, mergeReadAloudSettings, type HighlightGranularity, type ReadAloudSettings,
} from './read-aloud-settings.js';
import { segmentDocument, type MathSpeech } from './segment-document.js';
import { SpeechError, type SpeechBackend } from './speech-backend.js';
import type { SpeechProblem, SpeechScript, SpeechUnit } from './speech-unit.js';
import { unitSsml, utteranceText, type UtteranceText } from './utterance-text.js';

export type ReadAloudStatus = 'idle' | 'loading' | 'playing' | 'paused' | 'ended' | 'error';

/** One section (spine item) as the host gives it to the engine. */
export interface SpeechSection {
  /** Spine index (or any number the host uses to find the next one). */
  index: number;
  /** The document to read: the one in the section iframe, so highlights land where the learner looks. */
  document?: Document;
  /** Book path of the section, needed with a Media Overlay. */
  path?: string;
  /** The book's language, for text that does not say its own. */
  language?: string;
  /** The section's Media Overlay: its recorded audio is played instead of synthesized speech. */
  mediaOverlay?: MediaOverlay | null;
  /** PLS lexicons linked from the section. */
  lexicons?: readonly PronunciationLexicon[];
  /** Units made elsewhere; when given, the document is not segmented. */
  script?: SpeechScript;
}

/** What the engine asks of the reader it serves. */
export interface ReadAloudHost {
  /**
   * The section after `current` — typically shown first, so its document
   * is the iframe's — or null at the end of the book.
   */
  nextSection(current: SpeechSection): Promise<SpeechSection | null>;
  /** The section before `current`, for "previous sentence" at a section's start. */
  previousSection?(current: SpeechSection): Promise<SpeechSection | null>;
}

export interface ReadAloudOptions {
  backend: SpeechBackend;
  host?: ReadAloudHost;
  settings?: Partial<ReadAloudSettings>;
  /** Speech for `<math>` (from @attune/math); `alttext` is read without it. */
  mathSpeech?: MathSpeech;
  /** Makes a section's units; the default segments its document or follows its Media Overlay. */
  prepare?: (section: SpeechSection, settings: ReadAloudSettings) => Promise<SpeechScript>;
  /**
   * A voice that says nothing about words for this long after its audio
   * starts (at rate 1) is taken to give no word boundaries.
   */
  boundaryTimeoutMs?: number;
}

export type BoundaryKind = 'sentence' | 'word';

/** Where speech is, for highlighting and for keeping the spoken word on screen. */
export interface ReadAloudProgress {
  section: SpeechSection;
  sentenceIndex: number;
  unit: SpeechUnit;
  /** The sentence (null for alt text and for an overlay fragment that is missing). */
  sentenceRange: Range | null;
  wordIndex: number | null;
  wordRange: Range | null;
  /** `word` when a word boundary moved the word; `sentence` when a unit started or was navigated to. */
  boundaryKind: BoundaryKind;
  /** What to highlight: the learner's choice, lowered to `sentence` when the voice gives no word boundaries. */
  highlight: HighlightGranularity;
}

/** Whether the current voice reports word boundaries: the UI says so when it does not. */
export type WordBoundarySupport = 'unknown' | 'available' | 'unavailable';

export interface ReadAloudState {
  status: ReadAloudStatus;
  section: SpeechSection | null;
  units: readonly SpeechUnit[];
  position: { sentenceIndex: number; wordIndex: number | null };
  progress: ReadAloudProgress | null;
  settings: Readonly<ReadAloudSettings>;
  wordBoundaries: WordBoundarySupport;
  error: SpeechError | null;
  /** What went wrong in the current section without stopping reading. */
  problems: readonly SpeechProblem[];
}

export type ReadAloudEvent =
  | { type: 'status'; previous: ReadAloudStatus }
  | { type: 'progress' }
  | { type: 'section' }
  | { type: 'settings' }
  | { type: 'word-boundaries' }
  | { type: 'problem'; problem: SpeechProblem };

export type ReadAloudListener = (state: ReadAloudState, event: ReadAloudEvent) => void;

/** The default `prepare`: follow the Media Overlay when there is one, else segment the document. */
export function prepareSection(section: SpeechSection, settings: ReadAloudSettings, mathSpeech?: MathSpeech): Promise<SpeechScript> {
  if (section.script) return Promise.resolve(section.script);
  const doc = section.document;
  if (!doc) return Promise.reject(new SpeechError('section-unavailable', `Section ${section.index + 1} has no document to read.`));
  const options = { ...settings, language: section.language, lexicons: section.lexicons, mathSpeech };
  if (section.mediaOverlay && section.path) return mediaOverlayScript(doc, section.mediaOverlay, section.path, options);
  return segmentDocument(doc, options);
}

/**
 * Read aloud: a state machine over a section's units that drives a speech
 * backend and reports progress for highlighting. A plain class; elements
 * reach it through a controller and `subscribe()`.
 *
 * idle → loading → playing ⇄ paused → … → ended; any → error; stop() → idle.
 */
export class ReadAloudEngine {
  private readonly backend: SpeechBackend;
  private readonly host: ReadAloudHost | undefined;
  private readonly prepare: (section: SpeechSection, settings: ReadAloudSettings) => Promise<SpeechScript>;
  private readonly boundaryTimeoutMs: number;
  private readonly listeners = new Set<ReadAloudListener>();
  private current: ReadAloudState;
  private script: SpeechScript | null = null;
  /** Bumped by anything that makes in-flight speech or loading obsolete. */
  private ticket = 0;
  /** Paused inside the backend (true) or by cancelling (false). */
  private pausedInBackend = false;
  private boundaryTimer: ReturnType<typeof setTimeout> | undefined;
  private boundarySeen = false;
  private readonly voiceSupport = new Map<string, WordBoundarySupport>();
  private currentVoice = '';
  /** pause() arrived while the section was loading: stay paused once it is ready. */
  private pauseWhenLoaded = false;

  constructor(options: ReadAloudOptions) {
    this.backend = options.backend;
    this.host = options.host;
    this.boundaryTimeoutMs = options.boundaryTimeoutMs ?? 1500;
    const mathSpeech = options.mathSpeech;
    this.prepare = options.prepare ?? ((section, settings) => prepareSection(section, settings, mathSpeech));
    this.current = {
      status: 'idle',
      section: null,
      units: [],
      position: { sentenceIndex: 0, wordIndex: null },
      progress: null,
      settings: mergeReadAloudSettings(DEFAULT_READ_ALOUD_SETTINGS, options.settings ?? {}),
      wordBoundaries: 'unknown',
      error: null,
      problems: [],
    };
  }

  get state(): ReadAloudState {
    return this.current;
  }

  /** Calls `listener(state, event)` on every change; returns the unsubscribe function. */
  subscribe(listener: ReadAloudListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Reads `section` from now on (the learner opened another chapter). Playing
   * goes on in the new section at `position` (its start by default); the
   * section the engine itself asked the host for needs no call.
   */
  async setSection(section: SpeechSection, position?: ReadAloudPosition | Range): Promise<void> {
    const playing = this.current.status === 'playing' || this.current.status === 'loading';
    const ticket = this.cancel();
    this.update({ section, units: [], problems: [], progress: null, position: { sentenceIndex: 0, wordIndex: null } }, { type: 'section' });
    this.script = null;
    if (playing || position !== undefined) await this.load(ticket, position, playing ? 'playing' : this.restingStatus());
  }

  /** Starts (or goes on) reading: from `position` when given, else where reading stands. */
  async play(position?: ReadAloudPosition | Range): Promise<void> {
    if (!this.current.section) throw new Error('ReadAloudEngine.play(): call setSection() first.');
    if (this.current.status === 'paused' && position === undefined) return this.resume();
    const ticket = this.cancel();
    this.pauseWhenLoaded = false;
    if (this.current.status === 'ended' && position === undefined) this.update({ position: { sentenceIndex: 0, wordIndex: null } });
    await this.load(ticket, position, 'playing');
  }

  /** Reads from a clicked word or the top of the visible page (a Range), or a unit and word index. */
  playFrom(position: ReadAloudPosition | Range): Promise<void> {
    return this.play(position);
  }

  pause(): void {
    const { status } = this.current;
    if (status === 'loading') {
      this.pauseWhenLoaded = true;
      this.setStatus('paused');
      return;
    }
    if (status !== 'playing') return;
    this.clearBoundaryTimer();
    if (this.backend.capabilities.pauseResume) {
      this.backend.pause();
      this.pausedInBackend = true;
    } else {
      this.cancel();
      this.pausedInBackend = false;
    }
    this.setStatus('paused');
  }

  resume(): void {
    if (this.current.status !== 'paused') return;
    this.pauseWhenLoaded = false;
    if (!this.script) {
      void this.load(this.cancel(), undefined, 'playing');
      return;
    }
    this.setStatus('playing');
    if (this.pausedInBackend) {
      this.pausedInBackend = false;
      this.backend.resume();
      return;
    }
    const { sentenceIndex, wordIndex } = this.current.position;
    this.speak(this.ticket, sentenceIndex, wordIndex);
  }

  /** Stops speaking; the position is kept, so play() goes on from this sentence. */
  stop(): void {
    this.cancel();
    this.update({ progress: null });
    this.setStatus('idle');
  }

  /** Moves to the next sentence (and, while playing, on into the next section). Returns false at the end. */
  async nextSentence(): Promise<boolean> {
    if (!this.script) return false;
    const next = this.current.position.sentenceIndex + 1;
    const playing = this.current.status === 'playing';
    if (next >= this.script.units.length) {
      if (!playing) return false;
      await this.continueToNextSection(this.cancel());
      return true;
    }
    this.moveTo(next, playing);
    return true;
  }

  /** Moves to the previous sentence (into the previous section when the host can give it). */
  async previousSentence(): Promise<boolean> {
    if (!this.script) return false;
    const previous = this.current.position.sentenceIndex - 1;
    const playing = this.current.status === 'playing';
    if (previous < 0) {
      const section = this.current.section;
      if (!section || !this.host?.previousSection) return false;
      const ticket = this.cancel();
      const status = this.current.status;
      this.setStatus('loading');
      let before: SpeechSection | null;
      try {
        before = await this.host.previousSection(section);
      } catch (error) {
        return this.fail(ticket, new SpeechError('section-unavailable', 'The previous section could not be opened.', { cause: error })), false;
      }
      if (ticket !== this.ticket) return false;
      if (!before) {
        this.setStatus(status === 'loading' ? 'idle' : status);
        if (playing) this.speak(ticket, 0, null);
        return false;
      }
      this.update({ section: before, units: [], problems: [], progress: null }, { type: 'section' });
      this.script = null;
      await this.load(ticket, { sentenceIndex: Number.MAX_SAFE_INTEGER }, playing ? 'playing' : this.restingStatus(status));
      return true;
    }
    this.moveTo(previous, playing);
    return true;
  }

  /**
   * Changes settings (from the learner profile's `speech` section). Voice,
   * rate, pitch and volume apply at once; skipping rules re-segment the
   * section and keep the place.
   */
  async updateSettings(patch: Partial<ReadAloudSettings>): Promise<void> {
    const before = this.current.settings;
    const settings = mergeReadAloudSettings(before, patch);
    this.update({ settings }, { type: 'settings' });
    const changed = (key: keyof ReadAloudSettings) => before[key] !== settings[key];
    if (changed('voice')) this.refreshWordBoundaries(settings.voice ?? '');
    const resegment = changed('skipPageNumbers') || changed('skipNoteReferences') || changed('readAltText');
    const playing = this.current.status === 'playing';
    if (resegment && this.script && this.current.section) {
      const unit = this.script.units[this.current.position.sentenceIndex];
      const ticket = playing ? this.cancel() : this.ticket;
      // The word (else the sentence) being read is found again by its place in the document.
      const word = this.current.progress?.wordRange;
      const anchor = word && isRange(word) ? word : unit?.range && isRange(unit.range) ? unit.range : null;
      this.script = null;
      await this.load(ticket, anchor ?? this.current.position, playing ? 'playing' : this.restingStatus());
      return;
    }
    if (playing && (changed('voice') || changed('rate') || changed('pitch') || changed('volume'))) {
      const live = !changed('voice') && this.backend.adjust?.({ rate: settings.rate, pitch: settings.pitch, volume: settings.volume });
      if (!live) {
        const { sentenceIndex, wordIndex } = this.current.position;
        this.speak(this.cancel(), sentenceIndex, wordIndex);
      }
    }
    if (changed('highlight') && this.current.progress) this.update({ progress: { ...this.current.progress, highlight: this.highlightNow() } }, { type: 'progress' });
  }

  /** The position of a Range in the current section (for "read from here"), or null. */
  positionOf(target: Range): ReadAloudPosition | null {
    return this.script ? locatePosition(this.script.units, target) : null;
  }

  /** Stops and forgets listeners. The backend belongs to the caller. */
  dispose(): void {
    this.cancel();
    this.listeners.clear();
  }

  // ── internals ────────────────────────────────────────────────────────

  private emit(event: ReadAloudEvent): void {
    for (const listener of this.listeners) listener(this.current, event);
  }

  private update(patch: Partial<ReadAloudState>, event?: ReadAloudEvent): void {
    this.current = { ...this.current, ...patch };
    if (event) this.emit(event);
  }

  private setStatus(status: ReadAloudStatus, error: SpeechError | null = null): void {
    const previous = this.current.status;
    if (previous === status && error === this.current.error) return;
    this.update({ status, error }, { type: 'status', previous });
  }

  private restingStatus(status = this.current.status): ReadAloudStatus {
    return status === 'paused' ? 'paused' : 'idle';
  }

  /** Makes everything in flight obsolete and silences the backend; returns the new ticket. */
  private cancel(): number {
    this.ticket++;
    this.clearBoundaryTimer();
    this.pausedInBackend = false;
    this.backend.cancel();
    return this.ticket;
  }

  private fail(ticket: number, error: SpeechError): void {
    if (ticket !== this.ticket) return;
    this.cancel();
    this.setStatus('error', error);
  }

  /** Prepares the section if needed, places the position, then plays or rests. */
  private async load(ticket: number, position: ReadAloudPosition | Range | undefined, then: ReadAloudStatus): Promise<void> {
    const section = this.current.section;
    if (!section) return;
    if (!this.script) {
      if (then === 'playing') this.setStatus('loading');
      let script: SpeechScript;
      try {
        script = await this.prepare(section, this.current.settings);
      } catch (error) {
        const speechError = error instanceof SpeechError ? error : new SpeechError('segmentation-failed', `This section could not be prepared for reading aloud (${String((error as Error)?.message ?? error)}).`, { cause: error });
        this.fail(ticket, speechError);
        return;
      }
      if (ticket !== this.ticket) return;
      this.script = script;
      this.update({ units: script.units, problems: script.problems });
      for (const problem of script.problems) this.emit({ type: 'problem', problem });
    }
    const units = this.script.units;
    let target = this.current.position;
    if (position !== undefined) {
      const located = isRange(position) ? locatePosition(units, position) : position;
      target = located
        ? { sentenceIndex: Math.max(0, Math.min(located.sentenceIndex, units.length - 1)), wordIndex: located.wordIndex ?? null }
        : { sentenceIndex: units.length, wordIndex: null };
    }
    const wanted = then === 'playing' && this.pauseWhenLoaded ? 'paused' : then;
    this.pauseWhenLoaded = false;
    if (wanted !== 'playing') {
      this.update({ position: { sentenceIndex: Math.min(target.sentenceIndex, Math.max(0, units.length - 1)), wordIndex: target.wordIndex } });
      this.setStatus(wanted);
      this.reportPosition();
      return;
    }
    this.setStatus('playing');
    this.speak(ticket, target.sentenceIndex, target.wordIndex);
  }

  private moveTo(index: number, playing: boolean): void {
    if (playing) {
      this.speak(this.cancel(), index, null);
      return;
    }
    if (this.current.status === 'paused') this.cancel();
    this.update({ position: { sentenceIndex: index, wordIndex: null } });
    this.reportPosition();
  }

  /** Progress for where the position stands, without speech (navigation while paused or idle). */
  private reportPosition(): void {
    const unit = this.script?.units[this.current.position.sentenceIndex];
    const section = this.current.section;
    if (!unit || !section) return;
    const wordIndex = this.current.position.wordIndex;
    this.publishProgress(section, this.current.position.sentenceIndex, unit, wordIndex, 'sentence');
  }

  private publishProgress(section: SpeechSection, sentenceIndex: number, unit: SpeechUnit, wordIndex: number | null, boundaryKind: BoundaryKind): void {
    const progress: ReadAloudProgress = {
      section,
      sentenceIndex,
      unit,
      sentenceRange: unit.range,
      wordIndex,
      wordRange: wordIndex === null ? null : unit.words[wordIndex]?.range ?? null,
      boundaryKind,
      highlight: this.highlightNow(),
    };
    this.update({ progress, position: { sentenceIndex, wordIndex } }, { type: 'progress' });
  }

  private highlightNow(): HighlightGranularity {
    const chosen = this.current.settings.highlight;
    return chosen === 'word' && this.current.wordBoundaries === 'unavailable' ? 'sentence' : chosen;
  }

  /** Speaks unit `index` from word `wordIndex`; past the last unit, goes on into the next section. */
  private speak(ticket: number, index: number, wordIndex: number | null): void {
    if (ticket !== this.ticket) return;
    const section = this.current.section;
    const units = this.script?.units ?? [];
    if (!section) return;
    if (index >= units.length) {
      void this.continueToNextSection(ticket);
      return;
    }
    const unit = units[index]!;
    const from = wordIndex !== null ? unit.words[wordIndex]?.start ?? 0 : 0;
    const utterance: UtteranceText = utteranceText(unit, { from, aliases: true });
    if (!utterance.text.trim() && !unit.audio) {
      this.speak(ticket, index + 1, null);
      return;
    }
    const settings = this.current.settings;
    this.update({ position: { sentenceIndex: index, wordIndex } });
    let lastWord = wordIndex;
    let started = false;
    let boundaries = 0;
    const live = () => ticket === this.ticket;
    this.boundarySeen = false;
    this.backend.speak(
      {
        unit,
        text: utterance.text,
        ssml: this.backend.capabilities.ssml ? unitSsml(unit, { from }) : undefined,
        lang: unit.lang || section.language || '',
        voice: settings.voice,
        rate: settings.rate,
        pitch: settings.pitch,
        volume: settings.volume,
      },
      {
        start: (info) => {
          if (!live() || started) return;
          started = true;
          if (info.timing === 'words') this.watchBoundaries(ticket, unit, info.voice ?? settings.voice ?? '');
          this.publishProgress(section, index, unit, wordIndex, 'sentence');
        },
        boundary: (charIndex) => {
          if (!live()) return;
          boundaries++;
          this.boundaryArrived();
          const offset = utterance.toUnitOffset(charIndex);
          const word = wordIndexAt(unit, offset);
          if (word === null || word === lastWord) return;
          lastWord = word;
          this.publishProgress(section, index, unit, word, 'word');
        },
        end: () => {
          if (!live()) return;
          this.clearBoundaryTimer();
          if (started && boundaries === 0 && unit.words.length > 1 && this.current.wordBoundaries !== 'available' && this.watching) {
            this.markWordBoundaries('unavailable');
          }
          this.watching = false;
          this.speak(ticket, index + 1, null);
        },
        error: (error) => {
          if (!live()) return;
          this.fail(ticket, error);
        },
      },
    );
  }

  private watching = false;

  /** Starts watching for the first word boundary of a voice whose support is not known. */
  private watchBoundaries(ticket: number, unit: SpeechUnit, voice: string): void {
    this.clearBoundaryTimer();
    if (voice !== this.currentVoice) this.refreshWordBoundaries(voice);
    this.watching = false;
    if (unit.words.length < 2 || this.current.wordBoundaries === 'available') return;
    this.watching = true;
    const wait = this.boundaryTimeoutMs / this.current.settings.rate;
    this.boundaryTimer = setTimeout(() => {
      this.boundaryTimer = undefined;
      if (ticket === this.ticket && !this.boundarySeen && this.current.status === 'playing') this.markWordBoundaries('unavailable');
    }, wait);
  }

  private boundaryArrived(): void {
    this.boundarySeen = true;
    this.clearBoundaryTimer();
    if (this.current.wordBoundaries !== 'available') this.markWordBoundaries('available');
  }

  private clearBoundaryTimer(): void {
    if (this.boundaryTimer !== undefined) clearTimeout(this.boundaryTimer);
    this.boundaryTimer = undefined;
  }

  private refreshWordBoundaries(voice: string): void {
    this.currentVoice = voice;
    const known = this.voiceSupport.get(voice) ?? 'unknown';
    if (known !== this.current.wordBoundaries) this.update({ wordBoundaries: known }, { type: 'word-boundaries' });
  }

  private markWordBoundaries(support: WordBoundarySupport): void {
    this.voiceSupport.set(this.currentVoice, support);
    if (support === this.current.wordBoundaries) return;
    this.update({ wordBoundaries: support }, { type: 'word-boundaries' });
    const progress = this.current.progress;
    if (progress && progress.highlight !== this.highlightNow()) this.update({ progress: { ...progress, highlight: this.highlightNow() } }, { type: 'progress' });
  }

  /** The end of a section: ask the host for the next one and go on, or end. */
  private async continueToNextSection(ticket: number): Promise<void> {
    const section = this.current.section;
    if (ticket !== this.ticket || !section) return;
    if (!this.host) {
      this.finish();
      return;
    }
    this.setStatus('loading');
    let next: SpeechSection | null;
    try {
      next = await this.host.nextSection(section);
    } catch (error) {
      this.fail(ticket, new SpeechError('section-unavailable', 'The next section could not be opened, so reading stopped.', { cause: error }));
      return;
    }
    if (ticket !== this.ticket) return;
    if (!next) {
      this.finish();
      return;
    }
    this.script = null;
    this.update({ section: next, units: [], problems: [], progress: null, position: { sentenceIndex: 0, wordIndex: null } }, { type: 'section' });
    await this.load(ticket, { sentenceIndex: 0 }, 'playing');
  }

  private finish(): void {
    this.update({ progress: null }, { type: 'progress' });
    this.setStatus('ended');
  }
}

function isRange(value: unknown): value is Range {
  return typeof value === 'object' && value !== null && 'startContainer' in value && 'comparePoint' in value;
}

/** The word at or before a unit offset. */
function wordIndexAt(unit: SpeechUnit, offset: number): number | null {
  let found: number | null = null;
  for (let i = 0; i < unit.words.length; i++) {
    if (unit.words[i]!.start <= offset) found = i;
    else break;
  }
  // A boundary in the spaces before the first word is the first word.
  return found ?? (unit.words.length ? 0 : null);
}
