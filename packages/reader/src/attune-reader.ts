import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { extractNote, type BookInput } from '@attune/book';
import type { LearnerProfile, ProvenanceSource, ResolvedProfile, TeacherPolicy } from '@attune/profile';
import { fontLocation } from './display/bundled-fonts.js';
import { bandFor, visibleLines, type LineBox } from './line-focus.js';
import { ReaderDisplay } from './display/reader-display.js';
import { ADAPTATION_FRAME_CSS, ReaderAdaptations, type PackProblem } from './adaptations/reader-adaptations.js';
import { contractEvent } from './events.js';
import { decorateFrame } from './content-frame.js';
import { icons } from './icons.js';
import { pageActionForKey, type PageAction } from './page-keys.js';
import type { Flow, SessionState } from './reading-session.js';
import { SessionController } from './session-controller.js';
import { buttonStyles, uiTokens, visuallyHiddenRules } from './ui-tokens.js';
import { learnerThemeGuard } from './theming/learner-theme-guard.js';
import { BrandContrastController } from './theming/brand-contrast-controller.js';
import type { RefusedBrandPair } from './theming/brand-contrast.js';
import { uiDirection, uiLocale, uiLocaleSettled } from './localization/ui-locale.js';
import { UiLocaleController } from './localization/ui-locale-controller.js';
import { formatUiNumber } from './localization/plural.js';
import { bookProblemMessage, readAloudProblemMessage } from './localization/problem-messages.js';
import './attune-toc.js';
import './attune-progress.js';
import './attune-footnote.js';
import './preferences/attune-preferences.js';
import './read-aloud/attune-read-aloud.js';
import { ReadAloudSession } from './read-aloud/read-aloud-session.js';
import { offlineVoice, systemVoices, type OfflineVoice } from './read-aloud/offline-voice.js';
import { MathExploration } from './math/math-exploration.js';
import { configureMath } from '@attune/math';
import type { ReadAloudCommandDetail } from './read-aloud/attune-read-aloud.js';
import type { AttunePreferences, PreferencesChangeDetail } from './preferences/attune-preferences.js';
import type { AttuneToc, TocSelectDetail } from './attune-toc.js';
import type { AttuneFootnote } from './attune-footnote.js';
import type { ProgressSeekDetail } from './attune-progress.js';
import './study/search/attune-search.js';
import './study/image-viewer/attune-image-viewer.js';
import type { AttuneSearch, SearchOpenDetail } from './study/search/attune-search.js';
import type { AttuneImageViewer } from './study/image-viewer/attune-image-viewer.js';
import { ReaderStudyTools } from './study/navigation/reader-study-tools.js';
import { studyCommandForKey } from './study/navigation/study-keys.js';
import { navigationMessages } from './study/navigation/navigation-messages.js';
import { searchMessages } from './study/search/search-messages.js';
import { studyIcons } from './study/navigation/study-icons.js';
import { StudySession, DEFAULT_LEARNER_ID } from './study/study-session.js';
import './study/annotations/attune-selection-toolbar.js';
import './study/annotations/attune-note-dialog.js';
import './study/annotations/attune-annotations.js';
import type { AttuneAnnotations, AnnotationsCommandDetail } from './study/annotations/attune-annotations.js';
import type { AttuneNoteDialog } from './study/annotations/attune-note-dialog.js';
import type { AttuneSelectionToolbar, SelectionCommandDetail } from './study/annotations/attune-selection-toolbar.js';
import { annotationMessages } from './study/annotations/annotation-messages.js';
import { annotationCommandForKey } from './study/annotations/annotation-keys.js';
import { annotationIcons } from './study/annotations/study-icons.js';
import { downloadFile } from './study/annotations/download-file.js';
import { highlightPaints } from './study/annotations/highlight-paint.js';
import { quoteOf, type Annotation, type Note } from '@attune/study';

export interface ProfileChangeDetail {
  /** The effective settings the reader now uses. */
  settings: ResolvedProfile['settings'];
  /** Who set each value (learner, teacher, IEP, default), and locks with their reasons. */
  provenance: ResolvedProfile['provenance'];
}

/** A problem with the variant pack (`variants`); the book is still readable. */
export interface VariantsErrorDetail extends PackProblem {}

export interface LinkOpenDetail {
  /** The link's address, outside the book. */
  href: string;
}

export interface ProfileErrorDetail {
  /** What was wrong, located ("display.fontSize: 900 is above the largest size, 400%…"). */
  messages: string[];
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-reader': AttuneReader;
  }
  interface HTMLElementEventMap {
    'attune-profile-change': CustomEvent<ProfileChangeDetail>;
    'attune-profile-error': CustomEvent<ProfileErrorDetail>;
    'attune-link-open': CustomEvent<LinkOpenDetail>;
    'attune-variants-error': CustomEvent<VariantsErrorDetail>;
  }
}

/** The offline voice's name in the profile (its label is translated). */
const OFFLINE_VOICE_NAME = 'eSpeak NG';

/** "Chapter 2, page 3 of 10", whole in the UI language, its numbers written its way. */
function pageAnnouncement(label: string, page: number, pages: number): string {
  const [at, of] = [formatUiNumber(page), formatUiNumber(pages)];
  return label
    ? msg(str`${label}, page ${at} of ${of}`, { id: 'reader.announce.labelledPage', desc: 'label is the chapter title.' })
    : msg(str`Page ${at} of ${of}`, { id: 'reader.announce.page' });
}

/**
 * "For example: " before a glossary example that is read aloud. The voice
 * speaks the glossary's language, so the words are said only in that
 * language: the UI's translation when they match, the English when the
 * glossary is English, and nothing otherwise.
 */
function exampleLeadIn(spokenLanguage: string): string {
  const spoken = spokenLanguage.toLowerCase().split('-')[0];
  if (spoken === uiLocale()) return msg('For example: ', { id: 'adaptations.forExample', desc: 'Read aloud before a glossary word’s example sentence.' });
  return spoken === 'en' ? 'For example: ' : '';
}

function errorCodeLine(code: string): string {
  return msg(str`Error code: ${code}`, { id: 'reader.error.code' });
}

/** Elements that start a block of text a screen reader can read from. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, dt, dd, blockquote, figure, td, th, pre, section, div';

/** Below this width the contents panel covers the text instead of sitting beside it. */
const NARROW_WIDTH = 720;

/**
 * An accessible EPUB reader in one element.
 *
 * ```html
 * <script type="module" src="…/@attune/reader/index.js"></script>
 * <attune-reader src="book.epub"></attune-reader>
 * ```
 *
 * @attr src - URL of an `.epub` file or of an unpacked publication folder (ending in `/`).
 * @attr variants - URL of a variant-pack JSON (simplified passages, glossary).
 * @attr flow - `paginated` (default) or `scrolled`.
 * @attr profile-src - URL of a learner-profile JSON.
 * @attr no-study-tools - Turns off bookmarks, highlights, notes and the saved last position (on by default). Study data is kept per learner (the profile's `id`) and per book, on the device.
 * @prop profile - The learner profile (a LearnerProfile from @attune/profile).
 * @prop policy - The teacher's policy for this learner (defaults, limits, locks).
 * @prop {AttuneBook | undefined} book - The open book (metadata, navigation, positions), once ready.
 * @fires attune-profile-change - The learner's settings were applied; detail `{ settings, provenance }`.
 * @fires attune-variants-error - The variant pack could not be used, or only partly (other book, re-issued book, invalid entries); detail `{ code, message }`. The book stays readable.
 * @fires attune-link-open - A link out of the book was followed; detail `{ href }`. Cancel it to open the link your own way (by default it opens in a new tab).
 * @fires attune-profile-error - The profile or policy had problems (bad fields fell back to defaults); detail `{ messages }`.
 * @fires attune-ready - The first section is on screen; detail `{ title, language, dir, sections }`.
 * @fires attune-error - The book cannot be opened; detail `{ code, message }`.
 * @fires attune-relocate - After every navigation; detail `{ href, index, fraction, cfi, page, pages }`.
 * @fires attune-annotation-change - A bookmark, highlight or note was added, changed, deleted or imported, or colour labels changed; detail `{ action, annotations, labels, learnerId, book }` (annotations use W3C Web Annotation selectors, see @attune/study).
 * @csspart base - The reader's frame: toolbar, text and position bar.
 * @csspart toolbar - The bar of buttons above the text.
 * @csspart button - Every toolbar button.
 * @csspart toc-panel - The contents panel.
 * @csspart annotations-panel - The "Notes and highlights" panel.
 * @csspart selection-toolbar - The toolbar shown over selected text (highlight, add note, copy).
 * @csspart preferences-panel - The panel holding <attune-preferences>.
 * @csspart search-panel - The search panel: the search field, progress and results (<attune-search>).
 * @csspart viewer - The area the book is drawn in.
 * @csspart progress - The position bar below the text.
 * @csspart error - The message shown when a book cannot be opened.
 * @csspart line-focus - The reading ruler or mask band over the lines being read.
 * @cssprop --attune-color-background - Background of the reader UI.
 * @cssprop --attune-color-foreground - Text colour of the reader UI.
 * @cssprop --attune-color-accent - Accent (current chapter, pressed buttons).
 * @cssprop --attune-color-focus - Focus ring colour (3:1 against the background, or the default is used).
 * @cssprop --attune-color-muted - Secondary text (position bar details, hints); 4.5:1 against the background.
 * @cssprop --attune-color-surface - Background of panels and raised areas.
 * @cssprop --attune-color-border - Borders of buttons, panels and fields (3:1 against the background).
 * @cssprop --attune-color-accent-foreground - Text on the accent colour (pressed buttons); 4.5:1 against the accent.
 * @cssprop --attune-font-ui - Font of the reader UI.
 * @cssprop --attune-radius - Corner radius of buttons and panels.
 */
@localized()
@customElement('attune-reader')
export class AttuneReader extends LitElement {
  static override styles = [
    uiTokens,
    buttonStyles,
    learnerThemeGuard,
    css`
      :host {
        display: block;
        position: relative;
        height: 100%;
        min-height: 20rem;
        container-type: inline-size;
      }
      /* The host's display would otherwise beat the hidden attribute. */
      :host([hidden]) {
        display: none;
      }
      .reader {
        display: grid;
        grid-template-rows: auto 1fr auto;
        height: 100%;
        min-height: inherit;
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem;
        padding: 0.5rem;
        border-bottom: 1px solid var(--_border);
        min-width: 0;
      }
      .title {
        flex: 1;
        min-width: 0;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
        font-weight: 600;
        margin: 0;
        font-size: 1rem;
      }
      /* With room for it, the title is never cut to a letter: it moves to the
         next row with the page turns instead. Narrow readers keep the rows short. */
      @container (min-width: 40rem) {
        .title {
          flex-basis: 12rem;
          min-width: 12rem;
        }
      }
      .turns {
        display: flex;
        gap: 0.5rem;
      }
      /* The page-turn buttons follow the book's direction (as the arrow keys
         do), whatever the UI's: in a right-to-left book "Next page" points left. */
      .turns[dir='rtl'] svg {
        transform: scaleX(-1);
      }
      .main {
        position: relative;
        display: flex;
        min-height: 0;
      }
      .side-panel {
        flex: 0 0 18rem;
        max-width: 100%;
        overflow: auto;
        border-inline-end: 1px solid var(--_border);
        background: var(--_bg);
        padding: 0.5rem;
        box-sizing: border-box;
      }
      .preferences-panel,
      .annotations-panel,
      .search-panel {
        flex-basis: 22rem;
      }
      button[aria-disabled='true'] {
        opacity: 0.6;
      }
      .selection-toolbar {
        position: absolute;
        z-index: 3;
      }
      .side-panel[hidden] {
        display: none;
      }
      .side-panel h2 {
        font-size: 1rem;
        margin: 0.25rem 0.5rem 0.5rem;
      }
      @container (max-width: ${NARROW_WIDTH}px) {
        .side-panel {
          position: absolute;
          inset: 0;
          z-index: 2;
          flex-basis: auto;
        }
        .label-text {
          ${visuallyHiddenRules}
        }
      }
      .page-jump {
        margin: 1rem 0.5rem 0;
        padding-top: 0.75rem;
        border-top: 1px solid var(--_border);
      }
      .page-jump-row {
        display: flex;
        gap: 0.5rem;
        margin-top: 0.25rem;
      }
      .page-jump input {
        font: inherit;
        min-height: 44px;
        width: 6rem;
        padding: 0 0.5rem;
        color: var(--_fg);
        background: var(--_bg);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      .page-message:empty {
        display: none;
      }
      .viewer {
        position: relative;
        flex: 1;
        min-width: 0;
        overflow: hidden;
      }
      .line-focus {
        position: absolute;
        pointer-events: none;
        z-index: 1;
        border-radius: 4px;
        transition: top 0.12s ease-out, height 0.12s ease-out;
      }
      .line-focus.mask {
        /* Everything but the band is dimmed; the viewer clips the shadow. */
        box-shadow: 0 0 0 200vmax var(--attune-user-mask, rgb(0 0 0 / 0.6));
      }
      .line-focus.ruler {
        background: var(--attune-user-ruler, rgb(255 214 0 / 0.25));
        outline: 2px solid var(--_focus);
      }
      @media (forced-colors: active) {
        .line-focus.ruler,
        .line-focus.mask {
          outline: 3px solid Highlight;
          background: transparent;
        }
      }
      .viewer > .book {
        position: absolute;
        inset: 0;
        /* Books are written for a light page: without a learner theme the
           frame must not show black text over the reader's dark background. */
        color-scheme: light;
        background: Canvas;
      }
      :host([data-attune-themed]) .viewer > .book {
        background: var(--_bg);
      }
      .status,
      .error {
        position: absolute;
        inset: 0;
        display: flex;
        flex-direction: column;
        align-items: center;
        justify-content: center;
        gap: 1rem;
        padding: 1.5rem;
        text-align: center;
        background: var(--_bg);
        z-index: 1;
      }
      .spinner {
        width: 2.5rem;
        height: 2.5rem;
        border-radius: 50%;
        border: 4px solid var(--_border);
        border-top-color: var(--_accent);
        animation: spin 1s linear infinite;
      }
      @keyframes spin {
        to {
          transform: rotate(360deg);
        }
      }
      .error h2 {
        margin: 0;
        font-size: 1.25rem;
      }
      .error p {
        margin: 0;
        max-width: 36rem;
      }
      .error .code {
        color: var(--_muted);
        font-size: 0.9rem;
      }
      attune-progress {
        padding: 0.25rem 0.75rem;
        border-top: 1px solid var(--_border);
      }
    `,
  ];

  /** URL of an `.epub` file or of an unpacked publication folder. */
  @property({ reflect: true }) src = '';
  /** URL of a variant-pack JSON. */
  @property({ reflect: true }) variants = '';
  /** `paginated` or `scrolled`. */
  @property({ reflect: true }) flow: Flow = 'paginated';
  /** URL of a learner-profile JSON; fetched into `profile`. */
  @property({ attribute: 'profile-src', reflect: true }) profileSrc = '';
  /** The learner profile. */
  @property({ attribute: false }) profile: LearnerProfile | undefined = undefined;
  /** The teacher's policy for this learner. */
  @property({ attribute: false }) policy: TeacherPolicy | undefined = undefined;
  /** Turns off bookmarks, highlights, notes and the saved last position. */
  @property({ type: Boolean, attribute: 'no-study-tools', reflect: true }) noStudyTools = false;

  /**
   * The offline voice, for devices with no voice for the book's language
   * (GPL-3.0, so never imported by the reader itself):
   * `AttuneReader.offlineVoice = { load: () => import('@attune/speech-espeak') }`.
   */
  static get offlineVoice(): OfflineVoice {
    return offlineVoice;
  }
  static set offlineVoice(value: OfflineVoice) {
    Object.assign(offlineVoice, value);
  }

  /**
   * Where speech-rule-engine's locale files (its lib/mathmaps folder) are
   * served from, for math speech; our own server, never a CDN.
   */
  static set mathLocaleUrl(url: string) {
    configureMath({ localeUrl: url });
  }

  /** Where the bundled reading fonts are served from (default: the package's fonts/ folder). */
  static get fontBaseUrl(): string {
    return fontLocation.base;
  }
  static set fontBaseUrl(url: string) {
    fontLocation.base = new URL(url, document.baseURI).href;
  }

  /** The side panel that is open, if any. */
  @state() private panel: 'toc' | 'preferences' | 'search' | 'annotations' | null = null;
  @state() private announcement = '';
  @state() private pageMessage = '';
  /** The line-focus band, in viewer coordinates; null when line focus is off. */
  @state() private band: LineBox | null = null;
  private lines: LineBox[] = [];
  private lineIndex = 0;
  /** Where the band starts on a new page: the top, or the bottom after going back. */
  private lineFocusFrom: 'first' | 'last' = 'first';
  @query('.viewer > .book') private bookContainer!: HTMLElement;
  @query('attune-toc') private toc?: AttuneToc;
  @query('attune-footnote') private footnote!: AttuneFootnote;
  @query('.toc-toggle') private tocToggle?: HTMLButtonElement;
  @query('.preferences-toggle') private preferencesToggle?: HTMLButtonElement;
  @query('attune-preferences') private preferences?: AttunePreferences;
  @query('attune-search') private searchPanel?: AttuneSearch;
  @query('.search-toggle') private searchToggle?: HTMLButtonElement;
  @query('attune-image-viewer') private imageViewer?: AttuneImageViewer;
  @query('attune-annotations') private annotationsPanel?: AttuneAnnotations;
  @query('.annotations-toggle') private annotationsToggle?: HTMLButtonElement;
  @query('attune-selection-toolbar') private selectionToolbar?: AttuneSelectionToolbar;
  @query('attune-note-dialog') private noteDialog!: AttuneNoteDialog;

  private readonly controller = new SessionController(this, (state, previous) => this.onSessionChange(state, previous));
  /** Brand colours below WCAG contrast are refused (see THEMING.md). */
  private readonly brandContrast = new BrandContrastController(this);
  private readonly display = new ReaderDisplay();
  private readonly adaptations = new ReaderAdaptations();
  /** Search results, the image viewer, "Where am I" and "Back". */
  private readonly study = new ReaderStudyTools({
    session: this.controller.session,
    addController: (c) => this.addController(c),
    removeController: (c) => this.removeController(c),
    requestUpdate: () => this.requestUpdate(),
    get updateComplete() {
      return Promise.resolve(true);
    },
    announce: (text) => this.announce(text),
    startOfPage: () => this.rangeAtLocation(),
    isOnScreen: (element) => this.startsOnScreen(element),
    imageViewer: () => this.imageViewer,
    pack: () => this.adaptations.pack,
    settings: () => this.display.resolved.settings,
  });
  private packReported: Promise<unknown> | undefined;
  /** Bookmarks, highlights, notes and the last position (study/study-session.ts). */
  private readonly notes = new StudySession({
    session: this.controller.session,
    addController: (c) => this.addController(c),
    removeController: (c) => this.removeController(c),
    requestUpdate: () => this.requestUpdate(),
    get updateComplete() {
      return Promise.resolve(true);
    },
    enabled: () => !this.noStudyTools,
    learnerId: () => this.display.learner.id || DEFAULT_LEARNER_ID,
    display: () => this.display.resolved.settings.display,
    announce: (text) => this.announce(text),
    goTo: (target) => this.goTo(target),
    startOfPage: () => this.rangeAtLocation(),
    isRangeOnScreen: (range) => this.rangeOnScreen(range),
    // A place the embedder put on `src` (book.epub#chapter-3, or a CFI) wins over the last position.
    startTarget: () => (this.src.includes('#') ? decodeURIComponent(this.src.slice(this.src.indexOf('#') + 1)) || undefined : undefined),
    dispatchEvent: (event) => this.dispatchEvent(event),
  });
  /** Read aloud; its engine is made on the first press of "Read aloud". */
  private readonly readAloud = new ReadAloudSession({
    book: () => this.book,
    contents: () => this.controller.session.contents(),
    currentIndex: () => this.state.location?.index,
    showSection: async (index) => {
      const section = this.book?.sections[index];
      if (!section) return undefined;
      await this.controller.session.goTo(section.path);
      return this.controller.session.contents().find((c) => (c as unknown as { sectionIndex: number }).sectionIndex === index);
    },
    topOfPage: () => this.rangeAtLocation(),
    reveal: (range) => this.revealRange(range),
    settings: () => this.display.resolved.settings.speech,
    mathSettings: () => this.display.resolved.settings.math,
  });
  /** Math in the book: explorable by keyboard, spoken with speech-rule-engine. */
  private readonly math = new MathExploration({
    settings: () => this.display.resolved.settings.math,
    announce: (text) => this.announce(text),
  });
  @state() private readAloudStatus: 'idle' | 'loading' | 'playing' | 'paused' | 'ended' | 'error' = 'idle';
  /** What the learner should know about reading aloud, in the UI language at render time. */
  @state() private readAloudNotice: (() => string) | null = null;
  /** Voices for the open book's language (the device's, and the offline one when registered). */
  @state() private voiceChoices: { name: string; label: string }[] = [];
  private resizeObserver: ResizeObserver | undefined;
  private navigationByUser = false;
  /** The page's UI language: from the profile when someone chose it, else the `lang` around the reader. */
  private readonly uiLanguage = new UiLocaleController(this, () => ({
    language: this.display.resolved.settings.language.ui,
    source: this.display.resolved.provenance['language.ui'].source,
  }));

  constructor() {
    super();
    this.readAloud.subscribe((state) => {
      this.readAloudStatus = state.status;
      const error = state.status === 'error' ? state.error : undefined;
      this.readAloudNotice = error
        ? () => readAloudProblemMessage(error)
        : state.wordBoundaries === 'unavailable'
          ? () => msg('This voice can’t highlight words, so it highlights each sentence.', { id: 'readAloud.sentencesOnly' })
          : null;
      const word = state.progress?.wordRange ?? state.progress?.sentenceRange;
      if (word) this.followLine(word);
    });
    this.controller.session.onContent((contents, index) => {
      const book = this.controller.session.book;
      const label = book?.sections[index]?.label;
      void this.display.applyToFrame(contents.document, this.controller.session.layoutOf(index) === 'pre-paginated');
      this.adaptFrame(contents.document, index);
      this.math.attach(contents.document, book?.metadata.language ?? '');
      void this.readAloud.followSection(contents as typeof contents & { sectionIndex: number });
      contents.document.addEventListener('click', (event) => this.onContentClickWhileReading(event));
      decorateFrame(contents, {
        title: `${book?.metadata.title || msg('Book', { id: 'reader.book' })}${label ? ` — ${label}` : ''}`,
        onNoteReference: (link) => void this.openNote(link),
        onExternalLink: (href) => this.openExternalLink(href),
        onFrameFocus: () => this.focusContent(),
        onKeydown: (event) => this.onContentKeydown(event),
      });
      this.study.decorate(contents);
      this.notes.decorate(contents);
    });
  }

  /** Opens a book from bytes or a File (file picker, drag and drop). `src` is for URLs. */
  open(input: BookInput): Promise<void> {
    // Fetching and unpacking start now; the book is drawn once the element has rendered.
    return this.controller.session.open(input, this.updateComplete.then(() => this.bookContainer), { flow: this.flow });
  }

  /** Turns to the next page (or section) in reading order. */
  async next(): Promise<void> {
    this.navigationByUser = true;
    this.notes.navigated();
    await this.controller.session.next();
  }

  /** Turns to the previous page. */
  async prev(): Promise<void> {
    this.navigationByUser = true;
    this.notes.navigated();
    await this.controller.session.prev();
  }

  /** Goes to a book path (`OEBPS/ch3.xhtml#sec2`), a spine href, a `#fragment` or an EPUB CFI. Resolves false when the target is not in the book. */
  async goTo(target: string): Promise<boolean> {
    this.navigationByUser = true;
    this.notes.navigated();
    // A jump (contents, printed page, a link, a bookmark): "Back" returns here.
    this.study.remember();
    return this.controller.session.goTo(target);
  }

  /** Returns to the place before the last jump (link, contents, page, search result, bookmark); false when there is none. Alt+← does the same. */
  back(): Promise<boolean> {
    return this.study.back();
  }

  /** Announces where the learner is (chapter, printed page or screen, percentage) and returns the sentence. Alt+Shift+W does the same. */
  whereAmI(): string {
    return this.study.whereAmI();
  }

  /** Opens the search panel, with `query` searched for when given. Ctrl+F does the same. */
  async openSearch(query?: string): Promise<void> {
    if (this.panel !== 'search') await this.togglePanel('search');
    else this.searchPanel?.focus();
    if (query !== undefined) await this.searchPanel?.search(query);
  }

  /** The study tools' shortcuts (see study-keys.ts); true when the key was one. */
  private studyKey(event: KeyboardEvent, origin: Element | null | undefined, ownKeys: string): boolean {
    const command = studyCommandForKey(event);
    // Alt+← in a text field belongs to the field.
    if (!command || (command === 'back' && origin?.closest?.(ownKeys))) return false;
    if ((command === 'next-result' || command === 'previous-result') && !this.searchPanel?.found.length) return false;
    event.preventDefault();
    const contentHadFocus = this.shadowRoot?.activeElement?.localName === 'iframe';
    if (command === 'search') void this.openSearch();
    else if (command === 'back') void this.back().then((moved) => moved && contentHadFocus && this.focusContent());
    else if (command === 'where-am-i') this.whereAmI();
    else if (command === 'image') this.study.openImage();
    else if (command === 'next-result') this.searchPanel?.nextResult();
    else this.searchPanel?.previousResult();
    return true;
  }

  private async onSearchOpen(event: CustomEvent<SearchOpenDetail>): Promise<void> {
    const range = await this.study.openResult(event.detail);
    // On a narrow screen the panel covers the text: close it and read from the match.
    if (this.isNarrow()) {
      this.panel = null;
      await this.updateComplete;
      if (range) this.study.focusRange(range);
      else this.focusContent();
    }
  }

  /** Goes to a printed page from the book's page list (e.g. `"12"` or `"xiv"`). Resolves false when the book has no such page. */
  async goToPage(page: string): Promise<boolean> {
    const wanted = page.trim().toLowerCase();
    const entry = this.book?.navigation.pageList.find((p) => p.label.trim().toLowerCase() === wanted);
    if (!entry) return false;
    return this.goTo(entry.href);
  }

  /**
   * Measures the page's `--attune-color-*` brand colours again (the reader
   * does so itself once it has rendered and when the system switches between
   * light and dark). Call it after changing the tokens. Pairs below WCAG AA
   * contrast fall back to Attune's defaults, with a console warning; returns
   * the refused pairs (empty when every brand colour is used).
   */
  refreshTheme(): RefusedBrandPair[] {
    return this.brandContrast.check();
  }

  /** The open book (metadata, navigation, positions), once ready. */
  get book() {
    return this.controller.session.book;
  }

  /** Current state: `idle`, `loading`, `ready` or `error`, with location or error. */
  get state(): SessionState {
    return this.controller.session.state;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onHostKeydown);
    if (this.hasUpdated && this.src) {
      // Moved in the DOM: reopen where the learner was.
      void this.controller.session.open(this.src, this.bookContainer, { flow: this.flow, start: this.controller.lastPlace });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onHostKeydown);
    this.resizeObserver?.disconnect();
  }

  protected override firstUpdated(): void {
    let frame = 0;
    this.resizeObserver = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => this.controller.session.resize());
    });
    this.resizeObserver.observe(this.bookContainer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) void this.open(this.src);
    if (changed.has('profile') || changed.has('policy')) void this.applyProfile();
  }

  /** The learner's effective settings, with who set each value. */
  get settings(): ResolvedProfile {
    return this.display.resolved;
  }

  /** Who set a setting (learner, teacher, iep or default). */
  settingSource(path: keyof ResolvedProfile['provenance']): ProvenanceSource {
    return this.display.resolved.provenance[path].source;
  }

  /**
   * Applies the profile to the UI and every frame at once; when text changes
   * size or spacing, pages are laid out again with the same text on screen.
   */
  private async applyProfile(): Promise<void> {
    const change = this.display.update(this.profile, this.policy);
    if (change.issues.some((i) => i.severity !== 'info')) {
      this.dispatchEvent(
        new CustomEvent<ProfileErrorDetail>('attune-profile-error', {
          detail: { messages: change.issues.filter((i) => i.severity !== 'info').map((i) => i.message) },
          bubbles: true,
          composed: true,
        }),
      );
    }
    this.display.applyToHost(this);
    void this.uiLanguage.apply();
    if (!this.readAloud.updateSettings(change.resolved.settings.speech)) this.readAloudStatus = 'idle';
    this.math.forget();
    const session = this.controller.session;
    await Promise.all(
      session.contents().map((c) => this.display.applyToFrame(c.document, session.layoutOf((c as unknown as { sectionIndex: number }).sectionIndex) === 'pre-paginated')),
    );
    const adapted = this.adaptOpenFrames();
    if (change.relayout || adapted) await this.controller.session.relayout();
    this.refreshLineFocus('same');
    // Highlight colours follow the learner's theme.
    this.notes.repaint();
    this.dispatchEvent(
      new CustomEvent<ProfileChangeDetail>('attune-profile-change', {
        detail: { settings: change.resolved.settings, provenance: change.resolved.provenance },
        bubbles: true,
        composed: true,
      }),
    );
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('variants')) void this.loadVariants();
    if (changed.has('flow') && changed.get('flow') !== undefined) void this.controller.session.setFlow(this.flow);
    if (changed.has('profileSrc') && this.profileSrc) void this.loadProfile(this.profileSrc);
  }

  /** Loads the `variants` pack (once the book is open, to check it is for this book) and applies it. */
  private async loadVariants(): Promise<void> {
    if (!this.variants) {
      this.adaptations.clear();
    } else {
      // A pack is checked against the book: wait for it (ready starts this again).
      if (this.state.status !== 'ready') return;
      const book = this.book;
      // Loading the same pack for the same book again gives the same promise: report once.
      const loading = this.adaptations.load(this.variants, book);
      const first = loading !== this.packReported;
      this.packReported = loading;
      const problems = await loading;
      if (book !== this.book) return;
      if (first) {
        for (const problem of problems) {
          this.dispatchEvent(new CustomEvent<VariantsErrorDetail>('attune-variants-error', { detail: problem, bubbles: true, composed: true }));
        }
      }
    }
    if (this.adaptOpenFrames()) await this.controller.session.relayout();
    this.notes.repaint();
  }

  /** Adapts the sections on screen again (new pack or new settings); true when any changed. */
  private adaptOpenFrames(): boolean {
    let changed = false;
    for (const contents of this.controller.session.contents()) {
      const index = (contents as unknown as { sectionIndex: number }).sectionIndex;
      const report = this.adaptFrame(contents.document, index);
      if (report && !report.reused) changed = true;
    }
    return changed;
  }

  /** Applies the pack to one section frame and wires its switches and glossary words. */
  private adaptFrame(doc: Document, index: number) {
    const section = this.book?.sections[index];
    if (!section || !this.adaptations.pack) return null;
    const report = this.adaptations.applyTo(doc, section.href, this.display.resolved.settings);
    if (!doc.querySelector('style[data-attune="adaptations"]')) {
      const style = doc.createElementNS('http://www.w3.org/1999/xhtml', 'style');
      style.setAttribute('data-attune', 'adaptations');
      style.textContent = ADAPTATION_FRAME_CSS;
      (doc.head ?? doc.documentElement).appendChild(style);
      doc.addEventListener('click', (event) => this.onAdaptedClick(event), true);
      doc.addEventListener('keydown', (event) => {
        const word = (event.target as Element | null)?.closest?.('[data-attune-glossary]');
        if (word && (event.key === 'Enter' || event.key === ' ')) {
          event.preventDefault();
          event.stopImmediatePropagation();
          void this.openGlossary(word as HTMLElement);
        }
      }, true);
    }
    return report;
  }

  private onAdaptedClick(event: MouseEvent): void {
    const target = event.target as Element | null;
    const button = target?.closest?.('button[data-attune-passage-switch]');
    if (button) {
      event.preventDefault();
      event.stopImmediatePropagation();
      this.adaptations.toggle(button);
      // The other text may be longer or shorter: lay the pages out again (and draw highlights on what is shown).
      void this.controller.session.relayout().then(() => {
        this.notes.repaint();
        (button as HTMLElement).focus({ preventScroll: true });
      });
      return;
    }
    const word = target?.closest?.('[data-attune-glossary]');
    if (word) {
      event.preventDefault();
      event.stopImmediatePropagation();
      void this.openGlossary(word as HTMLElement);
    }
  }

  /** Shows a glossary word's definition in the note dialog; closing it returns to the word. */
  private async openGlossary(word: HTMLElement): Promise<void> {
    const entry = this.adaptations.glossaryEntry(word.getAttribute('data-attune-glossary') ?? '');
    if (!entry) return;
    const spokenLanguage = this.adaptations.pack?.language ?? this.book?.metadata.language ?? 'en';
    const example = entry.example ? `${exampleLeadIn(spokenLanguage)}${entry.example}` : '';
    const spoken = [entry.term, entry.definition, example].filter(Boolean).join('. ');
    await this.footnote.show(this.adaptations.glossaryContent(entry, document), {
      label: entry.term,
      returnFocus: word,
      lang: this.adaptations.pack?.language ?? this.book?.metadata.language,
      // Read-aloud can read the definition, in the pack's language.
      readAloud: this.display.resolved.settings.speech.readAloud
        ? () => void this.readAloud.speakText(spoken, spokenLanguage)
        : undefined,
    });
  }

  private async loadProfile(url: string): Promise<void> {
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      const json = await response.json();
      // A profile file may hold the learner's profile alone, or { profile, policy }.
      if (json && typeof json === 'object' && 'profile' in json) {
        this.policy = json.policy;
        this.profile = json.profile;
      } else {
        this.profile = json;
      }
    } catch (error) {
      this.dispatchEvent(
        new CustomEvent<ProfileErrorDetail>('attune-profile-error', {
          detail: { messages: [`The learner profile at ${url} could not be loaded (${(error as Error).message}). Reading goes on with default settings.`] },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }

  private onSessionChange(state: SessionState, previous: SessionState): void {
    // Another book (or none): reading aloud the old one stops.
    if (state.book !== previous.book) {
      this.readAloud.dispose();
      this.readAloudStatus = 'idle';
      this.readAloudNotice = null;
    }

    if (state.status === 'ready' && previous.status !== 'ready' && state.book) {
      // A pack is checked against the book it is used with.
      if (this.variants) void this.loadVariants();
      void this.listVoices(state.book.metadata.language);
      const m = state.book.metadata;
      this.dispatchEvent(contractEvent('attune-ready', { title: m.title, language: m.language, dir: m.dir, sections: state.book.sections.length }));
    }
    if (state.status === 'error' && previous.status !== 'error' && state.error) {
      this.dispatchEvent(contractEvent('attune-error', { code: state.error.code, message: state.error.message }));
    }
    const location = state.location;
    if (location && state.status === 'ready' && (location !== previous.location || previous.status !== 'ready')) {
      const { label, atStart, atEnd, ...detail } = location;
      this.dispatchEvent(contractEvent('attune-relocate', detail));
      if (this.navigationByUser) {
        this.announce(this.flow === 'scrolled' ? label : pageAnnouncement(label, location.page, location.pages));
      }
      this.navigationByUser = false;
      requestAnimationFrame(() => this.refreshLineFocus(this.lineFocusFrom));
      this.lineFocusFrom = 'first';
      // A frame drawn while the pack was still loading is adapted now
      // (applying again to an adapted frame costs nothing).
      if (this.adaptations.pack && this.adaptOpenFrames()) void this.controller.session.relayout();
    }
  }

  /**
   * Measures the lines on screen and places the line-focus band: at the top
   * of a new page, at the bottom after going back, or on the same line.
   */
  private refreshLineFocus(at: 'first' | 'last' | 'same'): void {
    const aids = this.display.resolved.settings.readingAids;
    const frame = this.bookContainer?.querySelector('iframe');
    const viewer = this.renderRoot.querySelector('.viewer');
    if (!aids.lineFocus || !frame || !viewer || this.state.status !== 'ready') {
      this.band = null;
      return;
    }
    this.lines = visibleLines(frame, viewer, this.controller.session.columnsOnScreen());
    const count = aids.lineFocusLines;
    if (at === 'first') this.lineIndex = 0;
    else if (at === 'last') this.lineIndex = Math.max(0, this.lines.length - count);
    else this.lineIndex = Math.min(this.lineIndex, Math.max(0, this.lines.length - count));
    this.band = bandFor(this.lines, this.lineIndex, count);
  }

  /** Moves the line-focus band one line; past the page's end it turns the page. */
  private moveLineFocus(step: 1 | -1): void {
    const count = this.display.resolved.settings.readingAids.lineFocusLines;
    const next = this.lineIndex + step;
    if (next < 0) {
      this.lineFocusFrom = 'last';
      this.runAction('prev');
    } else if (next > this.lines.length - count) {
      this.runAction('next');
    } else {
      this.lineIndex = next;
      this.band = bandFor(this.lines, next, count);
    }
  }

  /** ↑/↓ move the line-focus band when it is on. */
  private lineFocusKey(event: KeyboardEvent): boolean {
    if (!this.band || event.altKey || event.ctrlKey || event.metaKey) return false;
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return false;
    event.preventDefault();
    this.moveLineFocus(event.key === 'ArrowDown' ? 1 : -1);
    return true;
  }

  /** The Range at the start of what is on screen, or null. */
  private rangeAtLocation(): Range | null {
    const cfi = this.state.location?.cfi;
    const contents = this.controller.session.contents()[0] as unknown as { range(cfi: string): Range } | undefined;
    try {
      return cfi && contents ? contents.range(cfi) : null;
    } catch {
      return null; // a CFI epubjs cannot map back: reading starts at the section's start
    }
  }

  /** Where a Range is, in viewer coordinates. */
  private rectInViewer(range: Range): DOMRect | null {
    const frame = range.startContainer.ownerDocument?.defaultView?.frameElement;
    const viewer = this.renderRoot.querySelector('.viewer');
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    if (!frame || !viewer || !rect) return null;
    const f = frame.getBoundingClientRect();
    const v = viewer.getBoundingClientRect();
    return new DOMRect(f.left + rect.left - v.left, f.top + rect.top - v.top, rect.width, rect.height);
  }

  /** Turns the page when read-aloud reaches text that is not on screen. */
  private revealRange(range: Range): void {
    const rect = this.rectInViewer(range);
    const viewer = this.renderRoot.querySelector('.viewer');
    if (!rect || !viewer) return;
    const visible = rect.left >= -1 && rect.right <= viewer.clientWidth + 1 && rect.top >= -1 && rect.bottom <= viewer.clientHeight + 1;
    if (visible) return;
    const contents = this.controller.session.contents()[0] as unknown as { cfiFromRange(range: Range): string } | undefined;
    if (contents) void this.controller.session.goTo(contents.cfiFromRange(range));
  }

  /** Line focus follows the spoken line. */
  private followLine(range: Range): void {
    if (!this.band) return;
    const rect = this.rectInViewer(range);
    if (!rect) return;
    const middle = rect.top + rect.height / 2;
    const line = this.lines.findIndex((l) => middle >= l.top && middle <= l.top + l.height && rect.left >= l.left - 2 && rect.left <= l.left + l.width + 2);
    if (line < 0 || line === this.lineIndex) return;
    this.lineIndex = line;
    this.band = bandFor(this.lines, line, this.display.resolved.settings.readingAids.lineFocusLines);
  }

  /** "Read aloud" and its controls. */
  private async onReadAloudCommand(event: CustomEvent<ReadAloudCommandDetail>): Promise<void> {
    const { command, value } = event.detail;
    const status = this.readAloudStatus;
    if (command === 'toggle') {
      if (status === 'playing' || status === 'loading') this.readAloud.pause();
      else if (status === 'paused') await this.readAloud.resume();
      else await this.readAloud.play(this.selectionStart());
    } else if (command === 'previous') await this.readAloud.previousSentence();
    else if (command === 'next') await this.readAloud.nextSentence();
    else if (command === 'stop') this.readAloud.stop();
    else if (command === 'rate' && typeof value === 'number') {
      // The learner's speed is a profile setting: it follows them to the next book.
      this.profile = { ...this.display.learner, speech: { ...this.display.learner.speech, rate: value } };
    } else if (command === 'voice' && typeof value === 'string') {
      this.profile = { ...this.display.learner, speech: { ...this.display.learner.speech, voice: value || null } };
    }
  }

  /** The voices a learner can pick for this book's language. */
  private async listVoices(language: string): Promise<void> {
    const primary = (language || 'en').split('-')[0]!.toLowerCase();
    const voices = (await systemVoices())
      .filter((v) => v.lang.toLowerCase().split(/[-_]/)[0] === primary)
      .map((v) => ({ name: v.name, label: v.name }));
    if (offlineVoice.load) voices.push({ name: OFFLINE_VOICE_NAME, label: OFFLINE_VOICE_NAME });
    this.voiceChoices = voices;
  }

  /** While reading, a click in the text reads on from the word clicked. */
  private onContentClickWhileReading(event: MouseEvent): void {
    if (this.readAloudStatus !== 'playing' && this.readAloudStatus !== 'paused') return;
    const target = event.target as Element | null;
    if (target?.closest?.('a, button, [role="button"], input, select, textarea, summary')) return;
    const doc = (target?.ownerDocument ?? null) as Document | null;
    const range = doc?.caretRangeFromPoint?.(event.clientX, event.clientY);
    if (!range) return;
    void this.readAloud.play(range);
  }

  /** "Read from here": where the learner selected text in the book, if they did. */
  private selectionStart(): Range | null {
    for (const contents of this.controller.session.contents()) {
      const selection = contents.document.getSelection();
      if (selection && selection.rangeCount && !selection.isCollapsed) {
        const range = selection.getRangeAt(0).cloneRange();
        range.collapse(true);
        return range;
      }
    }
    return null;
  }

  /** Read-aloud keyboard shortcuts (Alt+Shift+R, ←, →, S), from anywhere in the reader. */
  private readAloudKey(event: KeyboardEvent): boolean {
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return false;
    const command = ({ KeyR: 'toggle', ArrowLeft: 'previous', ArrowRight: 'next', KeyS: 'stop' } as const)[event.code as 'KeyR'];
    if (!command || !this.display.resolved.settings.speech.readAloud) return false;
    event.preventDefault();
    void this.onReadAloudCommand(new CustomEvent('attune-read-aloud-command', { detail: { command } }));
    return true;
  }

  /** Also waits for a UI language being loaded, and the render in it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await uiLocaleSettled();
    return (await super.getUpdateComplete()) && result;
  }

  /** Polite announcement for screen readers (page turns). */
  private announce(text: string): void {
    // Alternate a trailing space so the same words are announced again.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  private runAction(action: PageAction): void {
    this.navigationByUser = true;
    this.notes.navigated();
    const session = this.controller.session;
    const contentHadFocus = this.shadowRoot?.activeElement?.localName === 'iframe';
    const move = action === 'next' ? session.next() : action === 'prev' ? session.prev() : action === 'first' ? session.first() : session.last();
    void move.then(() => {
      // Keyboard users reading in the text stay in it: on the new page's
      // first block (a new section is also a new frame, the old focus gone).
      if (contentHadFocus) requestAnimationFrame(() => this.focusContent());
    });
  }

  private readonly onHostKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || this.state.status !== 'ready') return;
    // Keys inside the reader's controls keep their own meaning (slider, tree, dialog).
    this.onReadingKey(event, event.composedPath()[0] as Element | undefined, 'input, textarea, select, [role="tree"], dialog, [contenteditable]');
  };

  private onContentKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented) return;
    // Keys inside the book's own form fields stay theirs.
    this.onReadingKey(event, event.target as Element | null, 'input, textarea, select, [contenteditable]');
  }

  /**
   * The reading keys, the same from the reader's UI and from inside the book:
   * Escape closes a side panel, then read-aloud shortcuts, line focus (↑/↓)
   * and page turns in the book's direction.
   */
  private onReadingKey(event: KeyboardEvent, origin: Element | null | undefined, ownKeys: string): void {
    if (event.key === 'Escape' && this.panel && !origin?.closest?.('dialog')) {
      this.closePanel();
      event.preventDefault();
      return;
    }
    if (this.readAloudKey(event)) return;
    if (this.studyKey(event, origin, ownKeys)) return;
    if (this.annotationKey(event)) return;
    if (origin?.closest?.(ownKeys)) return;
    if (this.lineFocusKey(event)) return;
    const action = pageActionForKey(event, this.book?.metadata.dir ?? 'ltr', this.flow);
    if (action) {
      event.preventDefault();
      this.runAction(action);
    }
  }

  /** Bookmarks, highlights and notes of the open book, in book order (empty with `no-study-tools`). */
  get annotations(): readonly Annotation[] {
    return this.notes.annotations;
  }

  /** Resolves once the open book's study data is loaded and the last position restored. */
  get studyReady(): Promise<void> {
    return this.notes.ready;
  }

  /** Alt+Shift+H: to the selection toolbar; Alt+Shift+B: bookmark the page. */
  private annotationKey(event: KeyboardEvent): boolean {
    const command = this.noStudyTools ? null : annotationCommandForKey(event);
    if (!command) return false;
    event.preventDefault();
    if (command === 'bookmark') void this.notes.toggleBookmark();
    else if (this.notes.selection) void this.updateComplete.then(() => this.selectionToolbar?.focus());
    else this.announce(annotationMessages.selectFirst);
    return true;
  }

  /** Is any of a section frame's Range inside the viewer? */
  private rangeOnScreen(range: Range): boolean {
    const rect = this.rectInViewer(range);
    const viewer = this.renderRoot.querySelector('.viewer');
    return !!rect && !!viewer && rect.right > 0 && rect.left < viewer.clientWidth && rect.bottom > 0 && rect.top < viewer.clientHeight;
  }

  /** Where the selection toolbar goes: under the selection, or above it near the bottom; never past the viewer's edges. */
  private selectionToolbarStyle(range: Range): string {
    const viewer = this.renderRoot.querySelector('.viewer');
    const rects = [...range.getClientRects()];
    const first = this.rectInViewer(range);
    if (!viewer || !first || !rects.length) return 'top:0.5rem;left:0.5rem';
    const lastRect = rects[rects.length - 1]!;
    const bottom = first.top + (lastRect.bottom - rects[0]!.top);
    const below = bottom + 8;
    const top = below + 64 < viewer.clientHeight ? below : Math.max(4, first.top - 72);
    const width = Math.min(viewer.clientWidth - 16, 560);
    const left = Math.max(8, Math.min(first.left, viewer.clientWidth - 8 - width));
    return `top:${Math.round(top)}px;left:${Math.round(left)}px;max-width:${Math.max(0, viewer.clientWidth - 16)}px`;
  }

  /**
   * Back to the text after the selection toolbar: the frame, on the block
   * where the selection ended, with the caret there (or, after Escape, the
   * selection as it was).
   */
  private focusText(range: Range | undefined, keepSelection = false): void {
    if (!range) return this.focusContent();
    const end = range.endContainer;
    const element = end.nodeType === Node.ELEMENT_NODE ? (end as Element) : end.parentElement;
    const block = element?.closest(BLOCKS) as HTMLElement | null;
    const doc = range.endContainer.ownerDocument;
    (doc?.defaultView?.frameElement as HTMLElement | null)?.focus();
    if (block) {
      if (!block.hasAttribute('tabindex')) block.setAttribute('tabindex', '-1');
      block.focus({ preventScroll: true });
    }
    // Focus moved the caret: put it back where the selection ended, so Shift+arrows go on from there.
    const caret = range.cloneRange();
    if (!keepSelection) caret.collapse(false);
    doc?.getSelection()?.removeAllRanges();
    doc?.getSelection()?.addRange(caret);
  }

  /** Runs a study command; anything that goes wrong is said, never left as an unhandled failure. */
  private async studyCommand(run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (error) {
      this.announce(annotationMessages.failed((error as Error).message ?? String(error)));
    }
  }

  private onSelectionCommand(event: CustomEvent<SelectionCommandDetail>): Promise<void> {
    return this.studyCommand(() => this.runSelectionCommand(event.detail));
  }

  private async runSelectionCommand({ command, color }: SelectionCommandDetail): Promise<void> {
    const range = this.notes.selection?.range.cloneRange();
    if (command === 'highlight' && color) {
      // Back to the text at once (saving can take a moment): the caret where the selection ended.
      const saved = this.notes.highlightSelection(color);
      this.focusText(range);
      await saved;
    } else if (command === 'note') {
      // Text Attune inserted cannot carry a note: the note goes at the place instead (and the learner is told).
      if (!this.notes.selectionIsAnnotatable()) this.announce(annotationMessages.insertedText);
      await this.writeNote(this.notes.selectionIsAnnotatable() ? 'selection' : 'place');
      this.focusText(range);
    } else {
      const text = this.notes.selection?.range.toString() ?? '';
      let copied = false;
      try {
        await navigator.clipboard.writeText(text);
        copied = true;
      } catch {
        // The Clipboard API needs permission; the frame's own copy command needs none.
        copied = !!range && !!range.startContainer.ownerDocument?.execCommand('copy');
      }
      this.announce(copied ? annotationMessages.copied : annotationMessages.copyFailed);
    }
  }

  /** Opens the note dialog for the selection, or for the place on screen; saves what is written. */
  private async writeNote(on: 'selection' | 'place', returnFocus: HTMLElement | null = null): Promise<void> {
    const book = this.book?.metadata;
    const quote = on === 'selection' ? this.notes.selection?.text ?? '' : this.state.location?.label ?? '';
    const text = await this.noteDialog.show({ quote, on, lang: book?.language, dir: book?.dir, returnFocus });
    if (text !== null) await this.notes.addNote(text, on === 'selection' && this.notes.selection ? 'selection' : 'place');
  }

  private onAnnotationsCommand(event: CustomEvent<AnnotationsCommandDetail>): Promise<void> {
    return this.studyCommand(() => this.runAnnotationsCommand(event.detail));
  }

  private async runAnnotationsCommand(detail: AnnotationsCommandDetail): Promise<void> {
    const panel = this.annotationsPanel;
    switch (detail.command) {
      case 'go': {
        const found = await this.notes.goToAnnotation(detail.annotation);
        if (found === false) return;
        // On a narrow screen the panel covers the text: close it and read from the passage.
        if (this.isNarrow()) {
          this.panel = null;
          await this.updateComplete;
        }
        if (found) this.study.focusRange(found);
        else this.focusContent();
        return;
      }
      case 'edit': {
        const note = detail.annotation as Note;
        const quote = note.target ? quoteOf(note.target)?.exact ?? '' : note.location?.chapter ?? '';
        const book = this.book?.metadata;
        const text = await this.noteDialog.show({ quote, on: note.target ? 'selection' : 'place', text: note.text, lang: book?.language, dir: book?.dir });
        if (text !== null) await this.notes.editNote(note, text);
        // Back on the note's Edit button.
        await panel?.focusItem(note.id, '.edit');
        return;
      }
      case 'delete':
        await this.notes.delete(detail.annotation);
        await panel?.focusUndo();
        return;
      case 'undo': {
        const restored = await this.notes.undoDelete();
        if (restored) await panel?.focusItem(restored.id);
        return;
      }
      case 'note-here':
        await this.writeNote('place');
        // Back on "Add a note here".
        panel?.shadowRoot?.querySelector<HTMLElement>('.note-here')?.focus();
        return;
      case 'labels':
        await this.notes.setLabels(detail.labels);
        return;
      case 'export': {
        const file = this.notes.exportFile(detail.format);
        if (file) downloadFile(file, this.renderRoot as ShadowRoot);
        return;
      }
      case 'import': {
        const report = await this.notes.importText(await detail.file.text());
        panel?.showImportReport(report.message, report.skipped);
        return;
      }
    }
  }

  private isNarrow(): boolean {
    return this.getBoundingClientRect().width <= NARROW_WIDTH;
  }

  /** Opens a side panel (closing the other) and moves focus into it; the same button closes it. */
  private async togglePanel(name: 'toc' | 'preferences' | 'search' | 'annotations'): Promise<void> {
    if (this.panel === name) return this.closePanel();
    this.panel = name;
    await this.updateComplete;
    const target = name === 'toc' ? this.toc : name === 'search' ? this.searchPanel : name === 'annotations' ? this.annotationsPanel : this.preferences;
    await target?.updateComplete;
    target?.focus();
  }

  /** Closes the open side panel and returns focus to the button that opened it. */
  private closePanel(): void {
    const toggle =
      this.panel === 'toc' ? this.tocToggle : this.panel === 'search' ? this.searchToggle : this.panel === 'annotations' ? this.annotationsToggle : this.preferencesToggle;
    this.panel = null;
    void this.updateComplete.then(() => toggle?.focus());
  }

  private onPreferencesChange(event: CustomEvent<PreferencesChangeDetail>): void {
    // The event goes on to embedders (composed) so they can store the profile.
    this.profile = event.detail.profile;
  }

  private async onTocSelect(event: CustomEvent<TocSelectDetail>): Promise<void> {
    event.stopPropagation();
    if (this.isNarrow()) this.panel = null;
    await this.goTo(event.detail.href);
    this.focusContent();
  }

  private async onSeek(event: CustomEvent<ProgressSeekDetail>): Promise<void> {
    this.navigationByUser = true;
    this.notes.navigated();
    await this.controller.session.goToFraction(event.detail.fraction);
  }

  private async onGoToPage(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('page') as HTMLInputElement;
    const pages = this.book?.navigation.pageList ?? [];
    if (await this.goToPage(input.value)) {
      this.pageMessage = '';
      if (this.isNarrow()) this.panel = null;
      this.focusContent();
    } else {
      const [asked, first, last] = [input.value, pages[0]?.label ?? '', pages[pages.length - 1]?.label ?? ''];
      this.pageMessage = msg(str`There is no page “${asked}”. Pages run from ${first} to ${last}.`, { id: 'reader.pageJump.noSuchPage' });
      input.focus();
    }
  }

  private renderPageJump(): TemplateResult | typeof nothing {
    const pages = this.book?.navigation.pageList ?? [];
    if (!pages.length) return nothing;
    return html`<form class="page-jump" @submit=${this.onGoToPage}>
      <label for="page-input">${msg('Go to printed page', { id: 'reader.pageJump.label' })}</label>
      <div class="page-jump-row">
        <input id="page-input" name="page" inputmode="numeric" autocomplete="off" required
          aria-describedby=${this.pageMessage ? 'page-message' : nothing}
          aria-invalid=${this.pageMessage ? 'true' : 'false'} />
        <button type="submit" part="button">${msg('Go', { id: 'reader.pageJump.go' })}</button>
      </div>
      <p id="page-message" class="page-message" role="alert">${this.pageMessage}</p>
    </form>`;
  }

  /**
   * Moves focus into the book frame, onto the first block of text now shown,
   * so a screen reader starts reading where the page starts (not at the top
   * of the chapter).
   */
  focusContent(): void {
    const frame = this.bookContainer?.querySelector('iframe');
    if (!frame) return;
    frame.focus();
    const cfi = this.state.location?.cfi;
    const contents = this.controller.session.contents()[0] as unknown as { range(cfi: string): Range } | undefined;
    let start: Node | null = null;
    try {
      start = cfi && contents ? contents.range(cfi).startContainer : null;
    } catch {
      start = null; // a CFI epubjs cannot map back: the frame itself keeps focus
    }
    const element = (start?.nodeType === Node.ELEMENT_NODE ? (start as Element) : start?.parentElement) ?? null;
    let block = element?.closest(BLOCKS) as HTMLElement | null;
    if (!block || block === block.ownerDocument.body) return;
    // A paragraph that began on the previous page: start at the first block
    // that begins on this one, so the focused text is what is on screen.
    if (!this.startsOnScreen(block)) block = this.firstBlockOnScreen(block) ?? block;
    if (!block.hasAttribute('tabindex')) block.setAttribute('tabindex', '-1');
    block.focus({ preventScroll: true });
  }

  /** Does the element's first line box lie inside the viewer? */
  private startsOnScreen(element: Element): boolean {
    const frame = element.ownerDocument.defaultView?.frameElement;
    const viewer = this.renderRoot.querySelector('.viewer');
    const first = element.getClientRects()[0];
    if (!frame || !viewer || !first) return false;
    const f = frame.getBoundingClientRect();
    const v = viewer.getBoundingClientRect();
    const left = f.left + first.left;
    const top = f.top + first.top;
    return left >= v.left - 1 && left < v.right && top >= v.top - 1 && top < v.bottom;
  }

  /** The first block after `from` (in document order) that begins on screen. */
  private firstBlockOnScreen(from: Element): HTMLElement | null {
    const doc = from.ownerDocument;
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_ELEMENT, {
      acceptNode: (node) => ((node as Element).matches(BLOCKS) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
    });
    walker.currentNode = from;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (from.contains(node)) continue;
      if (this.startsOnScreen(node as Element)) return node as HTMLElement;
    }
    return null;
  }

  /**
   * A link out of the book opens in a new tab, unless the embedder handles
   * `attune-link-open` (cancelable) itself.
   */
  private openExternalLink(href: string): void {
    const event = new CustomEvent<LinkOpenDetail>('attune-link-open', { detail: { href }, bubbles: true, composed: true, cancelable: true });
    if (this.dispatchEvent(event)) window.open(href, '_blank', 'noopener,noreferrer');
  }

  private async openNote(link: HTMLAnchorElement): Promise<void> {
    const book = this.book;
    if (!book) return;
    const target = book.pathOfUrl(link.href);
    const [path, id] = (target ?? '').split('#', 2) as [string, string | undefined];
    let note: Element | null = null;
    if (id) {
      const index = book.indexOfPath(path);
      const sameDocument = index === this.state.location?.index;
      const doc = sameDocument ? link.ownerDocument : index >= 0 ? await book.sectionDocument(index).catch(() => null) : null;
      note = doc?.getElementById(id) ?? null;
    }
    if (!note) {
      // Not a note we can lift out: follow the link as the book meant.
      if (target) await this.goTo(target);
      return;
    }
    const marker = (link.textContent ?? '').trim();
    await this.footnote.show(extractNote(note, document), {
      label: /^[\p{L}\p{N}]{1,6}$/u.test(marker) ? msg(str`Note ${marker}`, { id: 'reader.note.numbered', desc: 'marker is the note’s number or letter in the book.' }) : msg('Note', { id: 'reader.note' }),
      returnFocus: link,
      lang: this.book?.metadata.language || undefined,
      dir: this.book?.metadata.dir === 'rtl' ? 'rtl' : 'ltr',
    });
  }

  private renderStatus(state: SessionState): TemplateResult | typeof nothing {
    if (state.status === 'loading') {
      return html`<div class="status" role="status"><div class="spinner" aria-hidden="true"></div><p>${msg('Opening the book…', { id: 'reader.status.opening' })}</p></div>`;
    }
    if (state.status === 'error' && state.error) {
      return html`<div class="error" role="alert" part="error">
        <h2>${msg('This book can’t be opened', { id: 'reader.error.heading' })}</h2>
        <p>${bookProblemMessage(state.error)}</p>
        <p class="code">${errorCodeLine(state.error.code)}</p>
      </div>`;
    }
    if (state.status === 'idle') {
      return html`<div class="status"><p>${msg('No book is open.', { id: 'reader.status.noBook' })}</p></div>`;
    }
    return nothing;
  }

  protected override render(): TemplateResult {
    const state = this.state;
    const book = state.book;
    const ready = state.status === 'ready';
    const location = state.location;
    const bookDir = book?.metadata.dir === 'rtl' ? 'rtl' : 'ltr';
    const bookLanguage = book?.metadata.language || nothing;
    const title = book?.metadata.title ?? '';
    // The UI speaks the UI language (lang, dir) on its own container, never on
    // the host, whose lang the embedder sets; the book keeps its own below.
    return html`
      <div class="reader" part="base" lang=${uiLocale()} dir=${uiDirection()}>
        <div class="toolbar" part="toolbar">
          <button
            class="toc-toggle"
            part="button"
            type="button"
            aria-expanded=${String(this.panel === 'toc')}
            aria-controls="toc-panel"
            ?disabled=${!ready}
            @click=${() => this.togglePanel('toc')}
          >
            ${icons.contents}<span class="label-text">${msg('Contents', { id: 'reader.contents' })}</span>
          </button>
          <button
            class="preferences-toggle"
            part="button"
            type="button"
            aria-expanded=${String(this.panel === 'preferences')}
            aria-controls="preferences-panel"
            @click=${() => this.togglePanel('preferences')}
          >
            ${icons.preferences}<span class="label-text">${msg('Preferences', { id: 'reader.preferences' })}</span>
          </button>
          <button
            class="search-toggle"
            part="button"
            type="button"
            aria-expanded=${String(this.panel === 'search')}
            aria-controls="search-panel"
            aria-keyshortcuts="Control+F"
            ?disabled=${!ready}
            @click=${() => this.togglePanel('search')}
          >
            ${studyIcons.search}<span class="label-text">${searchMessages.search}</span>
          </button>
          <!-- aria-disabled, not disabled: with nowhere to go back to it stays a tab stop and says so when pressed. -->
          <button class="back" part="button" type="button" aria-keyshortcuts="Alt+ArrowLeft" ?disabled=${!ready}
            aria-disabled=${String(!this.study.history.length)} @click=${() => void this.back()}>
            ${studyIcons.back}<span class="label-text">${navigationMessages.back}</span>
          </button>
          <button class="where-am-i" part="button" type="button" aria-keyshortcuts="Alt+Shift+W" ?disabled=${!ready} @click=${() => this.whereAmI()}>
            ${studyIcons.whereAmI}<span class="label-text">${navigationMessages.whereAmI}</span>
          </button>
          ${this.noStudyTools
            ? nothing
            : html`<button class="bookmark-toggle" part="button" type="button" aria-pressed=${String(ready && this.notes.bookmarksOnScreen().length > 0)}
                  aria-keyshortcuts="Alt+Shift+B" ?disabled=${!ready} @click=${() => void this.notes.toggleBookmark()}>
                  ${annotationIcons.bookmark}<span class="label-text">${annotationMessages.bookmarkPage}</span>
                </button>
                <button class="annotations-toggle" part="button" type="button" aria-expanded=${String(this.panel === 'annotations')}
                  aria-controls="annotations-panel" ?disabled=${!ready} @click=${() => this.togglePanel('annotations')}>
                  ${annotationIcons.notes}<span class="label-text">${annotationMessages.panel}</span>
                </button>`}
          ${this.display.resolved.settings.speech.readAloud
            ? html`<attune-read-aloud
                ?data-attune-reduce-motion=${this.display.reducedMotion}
                status=${this.readAloudStatus}
                notice=${this.readAloudNotice?.() ?? ''}
                .rate=${this.display.resolved.settings.speech.rate}
                .voices=${this.voiceChoices.map((v) =>
                  v.name === OFFLINE_VOICE_NAME ? { ...v, label: msg('Offline voice (eSpeak NG)', { id: 'readAloud.offlineVoice' }) } : v,
                )}
                voice=${this.display.resolved.settings.speech.voice ?? ''}
                ?disabled=${!ready}
                @attune-read-aloud-command=${this.onReadAloudCommand}
              ></attune-read-aloud>`
            : nothing}
          <p class="title" lang=${bookLanguage} dir="auto">${title}</p>
          <div class="turns" dir=${bookDir}>
            <button part="button" type="button" ?disabled=${!ready || location?.atStart} @click=${this.prev}>
              ${icons.prev}<span class="label-text">${msg('Previous page', { id: 'reader.previousPage' })}</span>
            </button>
            <button part="button" type="button" ?disabled=${!ready || location?.atEnd} @click=${this.next}>
              <span class="label-text">${msg('Next page', { id: 'reader.nextPage' })}</span>${icons.next}
            </button>
          </div>
        </div>
        <div class="main">
          <section
            id="preferences-panel"
            class="side-panel preferences-panel"
            part="preferences-panel"
            aria-labelledby="preferences-heading"
            ?hidden=${this.panel !== 'preferences'}
          >
            <h2 id="preferences-heading">${msg('Preferences', { id: 'reader.preferences' })}</h2>
            ${this.panel === 'preferences'
              ? html`<attune-preferences
                  ?data-attune-reduce-motion=${this.display.reducedMotion}
                  .profile=${this.display.learner}
                  .policy=${this.display.policy}
                  ?no-preview=${!this.isNarrow() && ready}
                  @attune-preferences-change=${this.onPreferencesChange}
                ></attune-preferences>`
              : nothing}
          </section>
          <section
            id="toc-panel"
            class="side-panel toc-panel"
            part="toc-panel"
            aria-labelledby="toc-heading"
            ?hidden=${this.panel !== 'toc' || !ready}
          >
            <h2 id="toc-heading">${msg('Contents', { id: 'reader.contents' })}</h2>
            ${this.panel === 'toc'
              ? // Built when opened: a 400-entry tree is wasted work at first paint.
                html`<attune-toc
                  ?data-attune-reduce-motion=${this.display.reducedMotion}
                  .items=${book?.navigation.toc ?? []}
                  current-href=${location?.href ?? ''}
                  book-lang=${book?.metadata.language ?? ''}
                  @attune-toc-select=${this.onTocSelect}
                ></attune-toc>`
              : nothing}
            ${this.renderPageJump()}
          </section>
          <section
            id="search-panel"
            class="side-panel search-panel"
            part="search-panel"
            aria-labelledby="search-heading"
            ?hidden=${this.panel !== 'search' || !ready}
          >
            <h2 id="search-heading">${searchMessages.search}</h2>
            <!-- Kept while closed: the results (and a search still running) are there when it opens again. -->
            <attune-search
              ?data-attune-reduce-motion=${this.display.reducedMotion}
              .source=${() => this.study.searchSource()}
              .scope=${book}
              book-lang=${book?.metadata.language ?? ''}
              @attune-search-open=${this.onSearchOpen}
              @attune-search-clear=${() => this.study.clearSearch()}
            ></attune-search>
          </section>
          ${this.noStudyTools
            ? nothing
            : html`<section id="annotations-panel" class="side-panel annotations-panel" part="annotations-panel" aria-labelledby="annotations-heading"
                ?hidden=${this.panel !== 'annotations' || !ready}>
                <h2 id="annotations-heading">${annotationMessages.panel}</h2>
                ${this.panel === 'annotations'
                  ? html`<attune-annotations
                      ?data-attune-reduce-motion=${this.display.reducedMotion}
                      .annotations=${this.notes.annotations}
                      .orphans=${new Map([...this.notes.orphans].map(([id, o]) => [id, o.message]))}
                      .labels=${this.notes.labels}
                      .paints=${highlightPaints(this.display.resolved.settings.display)}
                      .damaged=${this.notes.damaged}
                      .deleted=${this.notes.lastDeleted}
                      problem=${this.notes.problem}
                      book-lang=${book?.metadata.language ?? ''}
                      book-dir=${bookDir}
                      @attune-annotations-command=${this.onAnnotationsCommand}
                    ></attune-annotations>`
                  : nothing}
              </section>`}
          <div class="viewer" part="viewer" role="region" aria-label=${title ? msg(str`Book: ${title}`, { id: 'reader.viewer.titled' }) : msg('Book', { id: 'reader.book' })}>
            <div class="book" lang=${bookLanguage} dir=${bookDir}></div>
            ${this.band
              ? html`<div
                  class="line-focus ${this.display.resolved.settings.readingAids.lineFocusStyle}"
                  part="line-focus"
                  aria-hidden="true"
                  style="left:${this.band.left}px;top:${this.band.top}px;width:${this.band.width}px;height:${this.band.height}px"
                ></div>`
              : nothing}
            ${ready && !this.noStudyTools && this.notes.selection && this.rangeOnScreen(this.notes.selection.range)
              ? html`<attune-selection-toolbar
                  class="selection-toolbar"
                  part="selection-toolbar"
                  ?data-attune-reduce-motion=${this.display.reducedMotion}
                  style=${this.selectionToolbarStyle(this.notes.selection.range)}
                  .labels=${this.notes.labels}
                  .paints=${highlightPaints(this.display.resolved.settings.display)}
                  @attune-selection-command=${this.onSelectionCommand}
                  @attune-selection-dismiss=${() => this.focusText(this.notes.selection?.range, true)}
                ></attune-selection-toolbar>`
              : nothing}
            ${this.renderStatus(state)}
          </div>
        </div>
        <attune-progress
          ?data-attune-reduce-motion=${this.display.reducedMotion}
          part="progress"
          .fraction=${location?.fraction ?? 0}
          section-label=${location?.label ?? ''}
          section-lang=${book?.metadata.language ?? ''}
          .page=${location?.page ?? 0}
          .pages=${location?.pages ?? 0}
          .minutesLeft=${book && location ? book.positions.minutesLeft(location.index, location.pages ? (location.page - 1) / location.pages : 0) : -1}
          ?hidden=${!ready}
          @attune-progress-seek=${this.onSeek}
        ></attune-progress>
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
        <attune-footnote ?data-attune-reduce-motion=${this.display.reducedMotion}></attune-footnote>
        <attune-image-viewer ?data-attune-reduce-motion=${this.display.reducedMotion}></attune-image-viewer>
        <attune-note-dialog ?data-attune-reduce-motion=${this.display.reducedMotion}></attune-note-dialog>
      </div>
    `;
  }
}
