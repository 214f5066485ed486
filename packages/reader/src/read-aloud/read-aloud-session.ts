import type { AttuneBook, Contents } from '@attune/book';
import type { MathSettings, SpeechSettings } from '@attune/profile';
import { createMathSpeech } from '@attune/math';
import {
  BookSpeechResources, MediaOverlayBackend, ReadAloudEngine, SpeechHighlighter, WebSpeechBackend, chooseVoice,
  type ReadAloudState, type SpeechBackend, type SpeechSection,
} from '@attune/speech';
import { offlineVoice, systemVoices } from './offline-voice.js';

/** What the read-aloud session needs from the reader it serves. */
export interface ReadAloudHost {
  book(): AttuneBook | undefined;
  /** The section frames on screen now. */
  contents(): Contents[];
  /** The spine index of the section the learner is at. */
  currentIndex(): number | undefined;
  /** Shows a section and resolves with its frame's contents. */
  showSection(index: number): Promise<Contents | undefined>;
  /** The range at the start of what is on screen (to read "from the top of the page"). */
  topOfPage(): Range | null;
  /** Turns pages so that `range` is on screen. */
  reveal(range: Range): void;
  /** The learner's speech settings now. */
  settings(): SpeechSettings;
  /** The learner's math speech settings now (ClearSpeak or MathSpeak, verbosity). */
  mathSettings(): MathSettings;
}

type Listener = (state: ReadAloudState) => void;

/**
 * Read aloud for the reader: an @attune/speech engine bound to the open book
 * and its frames — recorded narration (Media Overlays) where the book has it,
 * synthesized speech elsewhere — with the spoken word highlighted in the
 * frame and kept on screen. Created on the first press of "Read aloud"; no
 * speech code runs for learners who never use it.
 */
export class ReadAloudSession {
  private engine: ReadAloudEngine | undefined;
  private engineBook: AttuneBook | undefined;
  private resources: BookSpeechResources | undefined;
  private highlighter: SpeechHighlighter | undefined;
  private readonly listeners = new Set<Listener>();
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly host: ReadAloudHost) {}

  get state(): ReadAloudState | undefined {
    return this.engine?.state;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A section as it is on screen: the frame's document, so highlights land there. */
  private async speechSection(book: AttuneBook, index: number, doc: Document, resources: BookSpeechResources): Promise<SpeechSection> {
    const path = book.sections[index]!.path;
    const [mediaOverlay, lexicons] = await Promise.all([
      resources.mediaOverlay(path).catch(() => null),
      book.sectionText(index).then((markup) => resources.lexicons(path, markup)).catch(() => []),
    ]);
    return { index, document: doc, path, language: book.metadata.language, mediaOverlay, lexicons };
  }

  /**
   * The voice for synthesized speech: the device's voice for the book's
   * language; the offline voice (when the embedder registered it) if the
   * device has none, or the learner chose it.
   */
  private async synthesizedSpeech(book: AttuneBook): Promise<SpeechBackend> {
    const chosen = this.host.settings().voice ?? null;
    const wantsOffline = chosen?.startsWith('eSpeak NG') ?? false;
    const hasSystemVoice = !!chooseVoice(await systemVoices(), book.metadata.language || 'en', chosen);
    if ((wantsOffline || !hasSystemVoice) && offlineVoice.load) {
      const { EspeakBackend } = await offlineVoice.load();
      const backend = new EspeakBackend(offlineVoice.options);
      void backend.warmUp?.();
      this.usingOfflineVoice = true;
      return backend;
    }
    this.usingOfflineVoice = false;
    return new WebSpeechBackend();
  }

  /** True when the offline voice is reading (for the UI to say so). */
  usingOfflineVoice = false;

  private async ensureEngine(book: AttuneBook): Promise<ReadAloudEngine> {
    if (this.engine && this.engineBook === book) return this.engine;
    this.dispose();
    const resources = new BookSpeechResources({ packageDocument: book.packageDocument, readText: (p) => book.source.text(p) });
    const speech = await this.synthesizedSpeech(book);
    const backend: SpeechBackend = new MediaOverlayBackend({
      fallback: speech,
      readResource: (p) => book.source.blob(p, book.packageDocument.byPath.get(p)?.mediaType || 'application/octet-stream'),
    });
    const math = this.host.mathSettings();
    const engine = new ReadAloudEngine({
      backend,
      settings: this.host.settings(),
      // Each <math> is one unit, spoken by speech-rule-engine (loaded only for books with math).
      mathSpeech: createMathSpeech({ style: math.style, verbosity: math.verbosity, bookLocale: book.metadata.language || 'en' }),
      host: {
        nextSection: async (current) => {
          const next = book.sections.findIndex((s, i) => i > current.index && s.linear);
          if (next < 0) return null;
          const contents = await this.host.showSection(next);
          return contents ? this.speechSection(book, next, contents.document, resources) : null;
        },
      },
    });
    this.unsubscribe = engine.subscribe((state, event) => {
      const doc = state.section?.document;
      if (event.type === 'section' || (doc && this.highlighter?.document !== doc)) {
        this.highlighter?.dispose();
        this.highlighter = doc ? new SpeechHighlighter(doc) : undefined;
      }
      this.highlighter?.show(state.progress);
      const range = state.progress?.wordRange ?? state.progress?.sentenceRange;
      if (range && (state.status === 'playing' || event.type === 'progress')) this.host.reveal(range);
      for (const listener of this.listeners) listener(state);
    });
    // The offline voice synthesizes the next sentence while one plays.
    (speech as { follow?(engine: unknown): () => void }).follow?.(engine);
    this.engine = engine;
    this.engineBook = book;
    this.resources = resources;
    return engine;
  }

  /**
   * Starts reading: from `from` (a word the learner chose, or their
   * selection) or from the top of the page. Call from a click or key
   * handler: browsers only make sound after a user gesture.
   */
  async play(from?: Range | null): Promise<void> {
    const book = this.host.book();
    const index = this.host.currentIndex();
    const all = this.host.contents() as (Contents & { sectionIndex: number })[];
    const contents = all.find((c) => c.sectionIndex === index) ?? all[0];
    if (!book || !contents) return;
    const engine = await this.ensureEngine(book);
    if (engine.state.section?.document !== contents.document) {
      await engine.setSection(await this.speechSection(book, contents.sectionIndex, contents.document, this.resources!));
    }
    const start = from ?? this.host.topOfPage();
    if (start) await engine.playFrom(start);
    else await engine.play();
  }

  private textEngine: ReadAloudEngine | undefined;

  /**
   * Reads a short text on its own (a glossary definition), with the same
   * voice choice as the book, without disturbing where the book's reading is.
   */
  async speakText(text: string, language: string): Promise<ReadAloudEngine | undefined> {
    const book = this.host.book();
    if (!book) return undefined;
    this.engine?.pause();
    this.textEngine?.dispose();
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.lang = language || 'en';
    const paragraph = doc.createElement('p');
    paragraph.textContent = text;
    doc.body.append(paragraph);
    const engine = new ReadAloudEngine({ backend: await this.synthesizedSpeech(book), settings: this.host.settings(), host: { nextSection: async () => null } });
    this.textEngine = engine;
    await engine.setSection({ index: -1, document: doc, language: doc.documentElement.lang });
    await engine.play();
    return engine;
  }

  pause(): void {
    this.engine?.pause();
  }

  resume(): Promise<void> {
    return this.engine?.resume() ?? Promise.resolve();
  }

  stop(): void {
    this.engine?.stop();
    this.highlighter?.clear?.();
  }

  /** Resolves false when there is no next sentence. */
  nextSentence(): Promise<boolean> {
    return this.engine?.nextSentence() ?? Promise.resolve(false);
  }

  /** Resolves false when there is no previous sentence. */
  previousSentence(): Promise<boolean> {
    return this.engine?.previousSentence() ?? Promise.resolve(false);
  }

  /** New speech settings (rate, voice, highlighting, skipping) apply at once. */
  /**
   * New speech settings apply at once. Returns false when reading had to
   * stop: switching between the device's voices and the offline voice needs
   * the other backend, which the next "Read aloud" builds.
   */
  updateSettings(settings: SpeechSettings): boolean {
    const wantsOffline = settings.voice?.startsWith('eSpeak NG') ?? false;
    if (this.engine && wantsOffline !== this.usingOfflineVoice && (wantsOffline || settings.voice)) {
      this.dispose();
      return false;
    }
    this.engine?.updateSettings(settings);
    return true;
  }

  /**
   * A section frame is (re)drawn while reading: the learner turned to another
   * section (read on from the top of their page), or the same section was laid
   * out again, e.g. after a resize (read on from the same sentence in the new
   * frame, where the highlights must now go).
   */
  async followSection(contents: Contents & { sectionIndex: number }): Promise<void> {
    const engine = this.engine;
    const book = this.host.book();
    const status = engine?.state.status;
    if (!engine || !book || (status !== 'playing' && status !== 'paused' && status !== 'loading')) return;
    if (engine.state.section?.document === contents.document) return;
    const sameSection = engine.state.section?.index === contents.sectionIndex;
    const position = sameSection ? engine.state.position : (this.host.topOfPage() ?? undefined);
    await engine.setSection(await this.speechSection(book, contents.sectionIndex, contents.document, this.resources!), position);
  }

  dispose(): void {
    this.textEngine?.dispose();
    this.textEngine = undefined;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.highlighter?.dispose();
    this.highlighter = undefined;
    this.engine?.dispose();
    this.engine = undefined;
    this.engineBook = undefined;
    this.resources = undefined;
  }
}
