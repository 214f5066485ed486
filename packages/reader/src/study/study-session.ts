import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describeTarget, sameSource, TextModel } from '@attune/adapt/anchoring';
import type { AttuneBook, Contents } from '@attune/book';
import type { DisplaySettings } from '@attune/profile';
import { isStoreError } from '@attune/profile/store';
import {
  anchorAnnotations,
  compareAnnotations,
  createBookmark,
  createHighlight,
  createNote,
  editAnnotation,
  EPUB_CFI,
  isSelectionAnnotation,
  mergeAnnotations,
  openStudyStore,
  readWebAnnotations,
  studyBookOf,
  studyOutlineHtml,
  webAnnotationJson,
  snippetOf,
  type Annotation,
  type ColorLabels,
  type HighlightColor,
  type Note,
  type OrphanAnnotation,
  type PlacedAnnotation,
  type SelectionTarget,
  type SkippedRecord,
  type StudyBook,
  type StudyLocation,
  type StudyStore,
} from '@attune/study';
import type { ReadingSession } from '../reading-session.js';
import { highlightCss, highlightPaints, paintFrame, styleFrameHighlights } from './annotations/highlight-paint.js';
import { extendSelectionByKey } from './annotations/keyboard-selection.js';
import { annotationMessages as t, colorWithLabel, outlineStrings } from './annotations/annotation-messages.js';

/** What changed, as `attune-annotation-change` reports it to embedders. */
export interface AnnotationChangeDetail {
  action: 'add' | 'update' | 'delete' | 'import' | 'labels';
  /** The annotations added, changed or deleted (W3C-selector targets; see @attune/study). */
  annotations: Annotation[];
  /** The learner's colour labels after the change. */
  labels: ColorLabels;
  /** Whose and which book (the package's unique identifier). */
  learnerId: string;
  book: string;
}

declare global {
  interface HTMLElementEventMap {
    'attune-annotation-change': CustomEvent<AnnotationChangeDetail>;
  }
}

/** What the study session needs from the reader element. */
export interface StudySessionHost extends ReactiveControllerHost {
  readonly session: ReadingSession;
  /** False when the embedder turned the study tools off. */
  enabled(): boolean;
  /** The learner these annotations belong to (the profile's id). */
  learnerId(): string;
  display(): Pick<DisplaySettings, 'theme' | 'customForeground' | 'customBackground'>;
  announce(text: string): void;
  /** A jump the learner asked for (Back returns from it). */
  goTo(target: string): Promise<boolean>;
  /** The Range where what is on screen starts. */
  startOfPage(): Range | null;
  /** Whether a Range of a section frame is on screen. */
  isRangeOnScreen(range: Range): boolean;
  /** A fragment, href or CFI the embedder put on `src`: reading starts there, not at the last position. */
  startTarget(): string | undefined;
  dispatchEvent(event: Event): boolean;
}

type FrameContents = Contents & { sectionIndex: number; cfiFromRange(range: Range): string; range(cfi: string): Range };

/** The learner's text selection in a section frame. */
export interface StudySelection {
  range: Range;
  text: string;
  sectionIndex: number;
}

/** A file to download. */
export interface StudyFile {
  name: string;
  type: string;
  text: string;
}

/** What an import did, for the panel to show. */
export interface ImportReport {
  ok: boolean;
  message: string;
  skipped: SkippedRecord[];
}

/** The last position is saved this long after the learner stops turning pages. */
export const POSITION_SAVE_DELAY_MS = 600;

/** The learner id used when the reader has no profile with an id. */
export const DEFAULT_LEARNER_ID = 'default';

/**
 * Bookmarks, highlights, notes and the last position in `<attune-reader>`:
 * loads and saves them (@attune/study's IndexedDB store, per learner and per
 * book), re-anchors selections in every section shown and paints them,
 * follows the learner's text selection, and reports each change as
 * `attune-annotation-change`. A ReactiveController, so the element only
 * wires it to its toolbar, panel and keys.
 */
export class StudySession implements ReactiveController {
  /** In book order. */
  annotations: Annotation[] = [];
  labels: ColorLabels = {};
  /** Selections whose text was not found in this edition, by annotation id. */
  readonly orphans = new Map<string, OrphanAnnotation>();
  /** Stored records that could not be read (set aside by the store). */
  damaged: SkippedRecord[] = [];
  /** The last storage failure, for the panel (empty when all is saved). */
  problem = '';
  selection: StudySelection | null = null;
  /** The last deletion, until it is undone or another happens. */
  lastDeleted: Annotation | null = null;

  private store: Promise<StudyStore | undefined> | undefined;
  private book: AttuneBook | undefined;
  private studyBook: StudyBook | undefined;
  private learner = '';
  /** Positions are saved only once the stored one was restored (or there was none), never over it with the book's first page. */
  private positionsReady = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingPosition: StudyLocation | undefined;
  private loading: Promise<void> | undefined;
  private unsubscribe: (() => void) | undefined;
  private readonly placed = new Map<number, PlacedAnnotation[]>();
  /** Navigations the learner or the embedder asked for (the last position is not restored over one). */
  private navigations = 0;
  /** The count when the open book started loading: a navigation since then means someone chose where to be. */
  private navigationsAtLoad = 0;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly host: StudySessionHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = this.host.session.subscribe((state) => {
      if (state.status === 'loading') this.navigationsAtLoad = this.navigations;
      if (state.status === 'ready' && state.book && state.book !== this.book) void this.openBook(state.book);
      if (state.status !== 'ready' && state.book !== this.book && this.book) this.forgetBook();
      if (state.status === 'ready' && state.location) this.onRelocate();
    });
    addEventListener('pagehide', this.flush);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    removeEventListener('pagehide', this.flush);
    this.flush();
  }

  /** A new learner on the same book: their annotations and position. */
  hostUpdate(): void {
    if (this.book && this.host.enabled() && this.host.learnerId() !== this.learner) void this.openBook(this.book);
  }

  /** The reader calls this for every navigation asked of it (page turn, jump, seek). */
  navigated(): void {
    this.navigations++;
  }

  /** Listeners hear every change of annotations, labels, orphans and selection (the panel re-renders). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.host.requestUpdate();
    for (const listener of this.listeners) listener();
  }

  private openStore(): Promise<StudyStore | undefined> {
    this.store ??= openStudyStore().catch((error) => {
      this.problem = t.storageProblem(isStoreError(error) ? error.message : String(error));
      return undefined;
    });
    return this.store;
  }

  /** Runs a store write; a failure is shown and announced (what is on screen stays). */
  private async save(what: (store: StudyStore) => Promise<unknown>, retry = true): Promise<boolean> {
    const store = await this.openStore();
    if (!store) return false;
    try {
      await what(store);
      this.problem = '';
      return true;
    } catch (error) {
      // The database was deleted or upgraded in another tab ("delete all my data"): open it again, once.
      if (retry && isStoreError(error) && error.code === 'closed') {
        this.store = undefined;
        return this.save(what, false);
      }
      this.problem = t.storageProblem(isStoreError(error) ? error.message : String(error));
      this.host.announce(this.problem);
      this.changed();
      return false;
    }
  }

  private forgetBook(): void {
    this.flush();
    this.book = undefined;
    this.studyBook = undefined;
    this.annotations = [];
    this.orphans.clear();
    this.placed.clear();
    this.selection = null;
    this.positionsReady = false;
    this.changed();
  }

  /** Loads the learner's data for a book that just opened, goes to the last position, and paints what is on screen. */
  private openBook(book: AttuneBook): Promise<void> {
    if (!this.host.enabled()) return Promise.resolve();
    const learner = this.host.learnerId();
    const firstTime = book !== this.book;
    const navigationsBefore = this.navigationsAtLoad;
    this.flush();
    this.book = book;
    this.learner = learner;
    this.studyBook = studyBookOf(book.metadata);
    this.positionsReady = false;
    // Nothing of the previous learner (or book) stays on screen while this one's data loads, even if it cannot.
    this.annotations = [];
    this.labels = {};
    this.damaged = [];
    this.lastDeleted = null;
    this.orphans.clear();
    this.repaint();
    this.loading = (async () => {
      const store = await this.openStore();
      let last: StudyLocation | undefined;
      if (store) {
        try {
          const data = await store.loadBook(learner, this.studyBook!.identifier);
          if (this.book !== book || this.learner !== learner) return;
          this.annotations = data.annotations;
          this.labels = data.labels;
          this.damaged = data.skipped;
          last = data.lastPosition;
        } catch (error) {
          this.problem = t.storageProblem(isStoreError(error) ? error.message : String(error));
        }
      }
      // Back to where this learner was, unless the embedder asked for a place or someone moved meanwhile.
      const here = this.host.session.state.location;
      const start = this.host.startTarget();
      const untouched = this.navigations === navigationsBefore;
      if (firstTime && untouched && this.host.session.book === book) {
        if (start) await this.host.session.goTo(start);
        else if (last && here && here.cfi !== last.cfi) await this.host.session.goTo(last.cfi);
      }
      this.positionsReady = true;
      this.orphans.clear();
      this.repaint();
      void this.findOrphans(book);
      this.changed();
    })();
    return this.loading;
  }

  /** Resolves once the open book's study data is loaded (for tests and embedders). */
  get ready(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }

  private onRelocate(): void {
    const location = this.host.session.state.location;
    if (!location || !this.positionsReady || !this.book || !this.host.enabled()) return;
    this.pendingPosition = { cfi: location.cfi, href: location.href, fraction: location.fraction, ...(location.label ? { chapter: location.label } : {}) };
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(this.flush, POSITION_SAVE_DELAY_MS);
    // The bookmark toggle follows the page.
    this.host.requestUpdate();
  }

  /** Saves the pending position now (page hidden, element removed, book closed). */
  readonly flush = (): void => {
    clearTimeout(this.saveTimer);
    const position = this.pendingPosition;
    const book = this.studyBook;
    this.pendingPosition = undefined;
    if (!position || !book) return;
    const learner = this.learner;
    void this.save((store) => store.setLastPosition(learner, book.identifier, position));
  };

  // ——— frames ———

  private frames(): FrameContents[] {
    return this.host.session.contents() as FrameContents[];
  }

  /** What the reader adds to each section frame: the highlight style, the highlights, selection tracking. */
  decorate(contents: Contents): void {
    const frame = contents as FrameContents;
    // Shift+arrows select from where the learner is reading (for copying too, so also without the study tools).
    frame.document.addEventListener('keydown', (event) => extendSelectionByKey(event, frame.document), true);
    if (!this.host.enabled()) return;
    styleFrameHighlights(frame.document, highlightCss(highlightPaints(this.host.display())));
    this.paintSection(frame);
    let pending = 0;
    frame.document.addEventListener('selectionchange', () => {
      // Settles first: a drag or Shift+arrows fires many of these.
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() => this.readSelection(frame));
    });
  }

  /** Re-anchors and repaints every frame on screen (after loading, a change, a variant swap or a new theme). */
  repaint(): void {
    if (!this.host.enabled()) return;
    const css = highlightCss(highlightPaints(this.host.display()));
    for (const frame of this.frames()) {
      styleFrameHighlights(frame.document, css);
      this.paintSection(frame);
    }
  }

  private paintSection(frame: FrameContents): void {
    const section = this.book?.sections[frame.sectionIndex];
    if (!section) return;
    const { placed, orphans } = anchorAnnotations(frame.document, section.href, this.annotations);
    this.placed.set(frame.sectionIndex, placed);
    for (const orphan of orphans) this.orphans.set(orphan.annotation.id, orphan);
    for (const p of placed) this.orphans.delete(p.annotation.id);
    paintFrame(frame.document, placed);
  }

  /** Anchors every selection in its section (from the book, not the screen), so the panel lists orphans of chapters not yet shown. */
  private async findOrphans(book: AttuneBook): Promise<void> {
    const bySection = new Map<number, Annotation[]>();
    for (const a of this.annotations.filter(isSelectionAnnotation)) {
      const index = book.sections.findIndex((s) => sameSource(a.target.source, s.href) || sameSource(a.target.source, s.path));
      if (index < 0) {
        this.orphans.set(a.id, { annotation: a, message: t.notFoundInBook });
        continue;
      }
      bySection.set(index, [...(bySection.get(index) ?? []), a]);
    }
    for (const [index, list] of bySection) {
      const doc = await book.sectionDocument(index).catch(() => null);
      if (!doc || this.book !== book) return;
      const { orphans } = anchorAnnotations(doc, book.sections[index]!.href, list);
      for (const orphan of orphans) this.orphans.set(orphan.annotation.id, orphan);
    }
    this.changed();
  }

  private readSelection(frame: FrameContents): void {
    const selection = frame.document.getSelection();
    const range = selection && selection.rangeCount && !selection.isCollapsed ? selection.getRangeAt(0) : null;
    const text = range?.toString().replace(/\s+/g, ' ').trim() ?? '';
    const before = this.selection;
    this.selection = range && text ? { range: range.cloneRange(), text, sectionIndex: frame.sectionIndex } : null;
    if (!!before !== !!this.selection || (before && this.selection && before.text !== this.selection.text)) this.changed();
  }

  /** Forgets the selection (and clears it in the frame), as after highlighting it. */
  clearSelection(): void {
    const doc = this.selection?.range.startContainer.ownerDocument;
    const end = this.selection?.range.cloneRange();
    this.selection = null;
    if (doc && end) {
      // The caret stays at the end of what was selected, so Shift+arrows can go on from there.
      end.collapse(false);
      doc.getSelection()?.removeAllRanges();
      doc.getSelection()?.addRange(end);
    }
    this.changed();
  }

  // ——— making and changing annotations ———

  /**
   * Annotations point at the book's own text, which a simplified passage or
   * a teacher's note inserted by Attune is not; such a selection is refused
   * with a sentence saying what to do.
   */
  /** Whether the selection can be highlighted or noted (it is the book's own text). */
  selectionIsAnnotatable(): boolean {
    return !!this.selection && !this.touchesInsertedText(this.selection);
  }

  private touchesInsertedText(selection: StudySelection): boolean {
    const inserted = '[data-attune-variant], [data-attune-inserted]';
    const { startContainer, endContainer, commonAncestorContainer } = selection.range;
    const inside = (node: Node) => !!(node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(inserted);
    if (inside(startContainer) || inside(endContainer)) return true;
    const common = commonAncestorContainer.nodeType === 1 ? (commonAncestorContainer as Element) : null;
    return !!common && [...common.querySelectorAll(inserted)].some((el) => selection.range.intersectsNode(el));
  }

  private selectionTarget(selection: StudySelection): SelectionTarget | undefined {
    if (this.touchesInsertedText(selection)) {
      this.host.announce(t.insertedText);
      return undefined;
    }
    const book = this.book;
    const section = book?.sections[selection.sectionIndex];
    const doc = selection.range.startContainer.ownerDocument;
    if (!book || !section || !doc) return undefined;
    // The range's own document: the reader may have drawn the section again since (a panel opened, the window resized).
    const model = TextModel.of(doc);
    const target: SelectionTarget = describeTarget(selection.range, section.href, { model });
    const frame = this.frames().find((f) => f.document === doc);
    try {
      if (frame) target.selector.push({ type: 'FragmentSelector', conformsTo: EPUB_CFI, value: frame.cfiFromRange(selection.range) });
    } catch {
      // No CFI for this range: the text selectors are enough to find it.
    }
    const location = this.host.session.state.location;
    const { start } = model.offsetsOf(selection.range);
    const within = model.text.length ? Math.min(1, start / model.text.length) : 0;
    target.fraction = Math.min(1, book.positions.fraction(selection.sectionIndex, within));
    target.within = within;
    const chapter = section.label ?? (location?.index === selection.sectionIndex ? location.label : '');
    if (chapter) target.chapter = chapter;
    return target;
  }

  private edition(): { edition?: string } {
    return this.studyBook?.modified ? { edition: this.studyBook.modified } : {};
  }

  private emit(action: AnnotationChangeDetail['action'], annotations: Annotation[]): void {
    this.host.dispatchEvent(
      new CustomEvent<AnnotationChangeDetail>('attune-annotation-change', {
        detail: { action, annotations, labels: { ...this.labels }, learnerId: this.learner, book: this.studyBook?.identifier ?? '' },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private async put(annotation: Annotation, action: 'add' | 'update'): Promise<void> {
    this.annotations = [...this.annotations.filter((a) => a.id !== annotation.id), annotation].sort(compareAnnotations);
    this.repaint();
    this.changed();
    const book = this.studyBook!;
    const learner = this.learner;
    await this.save((store) => store.putAnnotation(learner, book.identifier, annotation));
    this.emit(action, [annotation]);
  }

  /** Highlights the selection in a colour; resolves with the highlight (undefined with no selection). */
  async highlightSelection(color: HighlightColor): Promise<Annotation | undefined> {
    const selection = this.selection;
    const target = selection && this.selectionTarget(selection);
    if (!target) return undefined;
    const highlight = createHighlight(target, color, this.edition());
    this.clearSelection();
    await this.put(highlight, 'add');
    this.host.announce(t.highlighted(colorWithLabel(color, this.labels[color])));
    return highlight;
  }

  /** Adds a note on the selection, or at the current place when nothing is selected. */
  async addNote(text: string, on: 'selection' | 'place'): Promise<Annotation | undefined> {
    let note: Note | undefined;
    if (on === 'selection' && this.selection) {
      const target = this.selectionTarget(this.selection);
      if (target) note = createNote(text, { target }, this.edition());
      this.clearSelection();
    }
    if (!note) {
      // At the place on screen (also when the selection could not take a note): what was written is kept.
      const location = this.currentLocation();
      if (location) note = createNote(text, { location }, this.edition());
    }
    if (!note) return undefined;
    await this.put(note, 'add');
    this.host.announce(t.noteSaved);
    return note;
  }

  async editNote(note: Note, text: string): Promise<void> {
    await this.put(editAnnotation(note, { text }), 'update');
    this.host.announce(t.noteSaved);
  }

  async delete(annotation: Annotation): Promise<void> {
    this.annotations = this.annotations.filter((a) => a.id !== annotation.id);
    this.orphans.delete(annotation.id);
    this.lastDeleted = annotation;
    this.repaint();
    this.changed();
    const book = this.studyBook!;
    const learner = this.learner;
    await this.save((store) => store.deleteAnnotation(learner, book.identifier, annotation.id));
    this.emit('delete', [annotation]);
  }

  /** Puts back the last deleted annotation. */
  async undoDelete(): Promise<Annotation | undefined> {
    const annotation = this.lastDeleted;
    if (!annotation) return undefined;
    this.lastDeleted = null;
    await this.put(annotation, 'add');
    this.host.announce(t.restored);
    return annotation;
  }

  async setLabels(labels: ColorLabels): Promise<void> {
    const learner = this.learner;
    let saved: ColorLabels = labels;
    await this.save(async (store) => (saved = await store.setColorLabels(learner, labels)));
    this.labels = saved;
    this.changed();
    this.emit('labels', []);
  }

  // ——— bookmarks ———

  private currentLocation(): StudyLocation | undefined {
    const location = this.host.session.state.location;
    if (!location) return undefined;
    const within = location.pages > 1 ? (location.page - 1) / location.pages : 0;
    return { cfi: location.cfi, href: location.href, fraction: location.fraction, within, ...(location.label ? { chapter: location.label } : {}) };
  }

  /** The bookmarks whose place is on screen now. */
  bookmarksOnScreen(): Annotation[] {
    const location = this.host.session.state.location;
    if (!location) return [];
    const frame = this.frames().find((f) => f.sectionIndex === location.index);
    return this.annotations.filter((a) => {
      if (a.kind !== 'bookmark' || !sameSource(a.location.href, location.href)) return false;
      if (a.location.cfi === location.cfi) return true;
      try {
        const range = frame?.range(a.location.cfi);
        return !!range && this.host.isRangeOnScreen(range);
      } catch {
        return false;
      }
    });
  }

  /** Adds a bookmark at the page on screen, or removes the ones on it; resolves true when the page is now bookmarked. */
  async toggleBookmark(): Promise<boolean> {
    const here = this.bookmarksOnScreen();
    if (here.length) {
      for (const bookmark of here) await this.delete(bookmark);
      this.lastDeleted = null;
      this.host.announce(t.bookmarkRemoved);
      return false;
    }
    const location = this.currentLocation();
    if (!location) return false;
    await this.put(createBookmark(location, this.textAtStartOfPage(), this.edition()), 'add');
    this.host.announce(t.bookmarkAdded);
    return true;
  }

  /** The first words on screen, for the bookmark's snippet. */
  private textAtStartOfPage(): string {
    const start = this.host.startOfPage();
    if (!start) return '';
    const doc = start.startContainer.ownerDocument;
    if (!doc) return '';
    const model = TextModel.of(doc);
    const at = model.offsetOfPoint(start.startContainer, start.startOffset, 'start');
    return snippetOf(model.originalText(at, at + 200));
  }

  // ——— going to one ———

  /** Shows an annotation: its section and page, the passage focused; false when its text is gone. */
  async goToAnnotation(annotation: Annotation): Promise<Range | false | null> {
    if (!isSelectionAnnotation(annotation)) {
      const location = annotation.kind === 'bookmark' ? annotation.location : annotation.location!;
      await this.host.goTo(location.cfi);
      this.host.announce(t.jumpedTo(location.chapter || snippetOf(annotation.kind === 'bookmark' ? annotation.snippet : '', 60) || ''));
      return null;
    }
    const book = this.book;
    const index = book?.sections.findIndex((s) => sameSource(annotation.target.source, s.href) || sameSource(annotation.target.source, s.path)) ?? -1;
    if (!book || index < 0 || this.orphans.has(annotation.id)) {
      this.host.announce(t.notFoundInBook);
      return false;
    }
    // One jump for "Back" (from where the learner was), however many steps it takes to show the passage.
    const sameSection = this.host.session.state.location?.index === index;
    if (!sameSection) await this.host.goTo(book.sections[index]!.href);
    const placed = this.placed.get(index)?.find((p) => p.annotation.id === annotation.id);
    const frame = this.frames().find((f) => f.sectionIndex === index);
    if (!placed || !frame) {
      this.host.announce(t.notFoundInBook);
      return false;
    }
    const cfi = frame.cfiFromRange(placed.range);
    await (sameSection ? this.host.goTo(cfi) : this.host.session.goTo(cfi));
    this.host.announce(t.jumpedTo(annotation.target.chapter || snippetOf(placed.range.toString(), 60)));
    return placed.range;
  }

  // ——— export and import ———

  private fileBase(): string {
    const title = (this.studyBook?.title || 'book').normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60);
    return `${title || 'book'}-study`;
  }

  /** The study outline as a web page, or as W3C Web Annotation JSON. */
  exportFile(kind: 'html' | 'json'): StudyFile | undefined {
    const book = this.studyBook;
    if (!book) return undefined;
    if (kind === 'json') {
      return { name: `${this.fileBase()}.jsonld`, type: 'application/ld+json', text: webAnnotationJson(book, this.annotations, this.labels) };
    }
    const orphans = this.annotations.filter((a) => this.orphans.has(a.id));
    const found = this.annotations.filter((a) => !this.orphans.has(a.id));
    return {
      name: `${this.fileBase()}.html`,
      type: 'text/html',
      text: studyOutlineHtml({ book, annotations: found, orphans, labels: this.labels, strings: outlineStrings() }),
    };
  }

  /** Reads a Web Annotation file into this book: validated, merged by id (newer wins), what was skipped said and why. */
  async importText(text: string): Promise<ImportReport> {
    const book = this.studyBook;
    if (!book) return { ok: false, message: t.notFoundInBook, skipped: [] };
    const read = readWebAnnotations(text, book);
    if (!read.ok) return { ok: false, message: read.message, skipped: [] };
    const merge = mergeAnnotations(this.annotations, read.annotations);
    const learner = this.learner;
    const saved = await this.save((store) => store.putAnnotations(learner, book.identifier, merge.toSave));
    if (!saved && this.problem) return { ok: false, message: this.problem, skipped: read.skipped };
    const ids = new Set(merge.toSave.map((a) => a.id));
    this.annotations = [...this.annotations.filter((a) => !ids.has(a.id)), ...merge.toSave].sort(compareAnnotations);
    // Labels from the file fill in colours the learner has not labelled here.
    const newLabels = { ...read.labels, ...this.labels };
    if (JSON.stringify(newLabels) !== JSON.stringify(this.labels)) await this.setLabels(newLabels);
    this.repaint();
    if (this.book) void this.findOrphans(this.book);
    this.changed();
    this.emit('import', merge.toSave);
    return { ok: true, message: t.imported(merge.added, merge.updated, merge.unchanged), skipped: read.skipped };
  }
}
