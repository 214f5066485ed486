import {
  BookError, isBookError, openBook,
  type AttuneBook, type BookInput, type Contents, type Rendition, type RenditionLocation as Location, type RenditionOptions,
} from '@attune/book';
import type { RelocateDetail } from './events.js';

/** The parts of epubjs's view manager used to lay pages out again in place. */
interface EpubView {
  section?: { index: number };
  expand(): void;
  locationOf(target: string): { left: number; top: number };
  width(): number;
}
interface EpubManager {
  views: { all(): EpubView[] };
  moveTo(offset: { left: number; top: number }, width?: number): void;
}

export type SessionStatus = 'idle' | 'loading' | 'ready' | 'error';
export type Flow = 'paginated' | 'scrolled';

export interface SessionLocation extends RelocateDetail {
  /** Table-of-contents label of the section, when it has one. */
  label: string;
  atStart: boolean;
  atEnd: boolean;
}

export interface SessionState {
  status: SessionStatus;
  book?: AttuneBook;
  location?: SessionLocation;
  error?: { code: string; message: string };
}

type Listener = (state: SessionState) => void;

/** How long the reader has, from `open()` to the first page on screen (the contract says 10 s). */
export const OPEN_BUDGET_MS = 10_000;

/**
 * The reading engine behind `<attune-reader>`: opens a book, renders it with
 * epubjs into a container, turns pages and reports where the learner is. A
 * plain class (no lit): elements subscribe to its state.
 */
export class ReadingSession {
  private current: SessionState = { status: 'idle' };
  private readonly listeners = new Set<Listener>();
  private rendition: Rendition | undefined;
  private openCount = 0;
  private readonly contentCallbacks = new Set<(contents: Contents, index: number) => void>();
  private measuring: AbortController | undefined;

  get state(): SessionState {
    return this.current;
  }

  get book(): AttuneBook | undefined {
    return this.current.book;
  }

  /** The epubjs rendition, for elements that decorate the content (highlights, footnotes). */
  get view(): Rendition | undefined {
    return this.rendition;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called for every section document as it is shown. */
  onContent(callback: (contents: Contents, index: number) => void): () => void {
    this.contentCallbacks.add(callback);
    return () => this.contentCallbacks.delete(callback);
  }

  private set(state: SessionState): void {
    this.current = state;
    for (const listener of this.listeners) listener(state);
  }

  /**
   * Opens and shows a book. Always ends in `ready` or `error` within the
   * budget; a newer `open()` or `close()` makes an older one give up quietly.
   */
  async open(input: BookInput, container: HTMLElement | Promise<HTMLElement>, options: { flow: Flow; start?: string }): Promise<void> {
    const ticket = ++this.openCount;
    // The book open before this one is released once its rendition is gone.
    const previous = this.current.book;
    void this.teardown().then(() => previous?.destroy());
    this.set({ status: 'loading' });
    const started = performance.now();
    // Marks for performance tools (DevTools, `npm run bench`): where opening spends its time.
    performance.mark('attune:open');
    let book: AttuneBook | undefined;
    try {
      book = await openBook(input, { timeoutMs: OPEN_BUDGET_MS });
      performance.mark('attune:book-opened');
      if (ticket !== this.openCount) return book.destroy();
      this.current = { status: 'loading', book };
      // The container may still be rendering: the book was fetched meanwhile.
      this.rendition = this.render(book, await container, options.flow);
      const target = options.start ? book.resolveTarget(options.start) ?? undefined : undefined;
      await withDeadline(this.rendition.display(target), OPEN_BUDGET_MS - (performance.now() - started));
      performance.mark('attune:displayed');
      // epubjs reports the location a frame after display() resolves; ask for
      // it now so ready already knows where the learner is.
      const now = this.rendition.currentLocation() as unknown as Location | undefined;
      if (now?.start) this.relocated(book, now);
      performance.mark('attune:located');
      if (ticket !== this.openCount) return;
      this.set({ status: 'ready', book, location: this.current.location });
      const measuring = (this.measuring = new AbortController());
      const opened = book;
      // Exact positions are measured once the first page is painted and the
      // main thread is idle, so measuring never delays what the learner sees.
      requestIdleCallback(() => void opened.measurePositions(measuring.signal), { timeout: 2000 });
    } catch (error) {
      if (ticket !== this.openCount) return;
      const failed = book;
      void this.teardown().then(() => failed?.destroy());
      const bookError = isBookError(error)
        ? error
        : new BookError('package-invalid', `The book could not be shown (${String((error as Error)?.message ?? error)}).`, { cause: error });
      this.set({ status: 'error', error: { code: bookError.code, message: bookError.message } });
    }
  }

  private render(book: AttuneBook, container: HTMLElement, flow: Flow): Rendition {
    const fixed = book.metadata.layout === 'pre-paginated';
    const rendition = book.epub.renderTo(container, {
      width: '100%',
      height: '100%',
      // A real XHTML document (srcdoc re-parses as HTML and loses xml:lang, MathML namespaces).
      method: 'blobUrl',
      flow: fixed ? 'paginated' : flow === 'scrolled' ? 'scrolled-doc' : 'paginated',
      // Two pages side by side when there is room: lines stay a readable
      // length on a wide screen (the profile's line length narrows them further).
      spread: book.metadata.spread === 'none' ? 'none' : 'auto',
      minSpreadWidth: 960,
      allowScriptedContent: false,
    } as RenditionOptions & { method: string });
    rendition.hooks.content.register((contents: Contents) => {
      const index = (contents as unknown as { sectionIndex: number }).sectionIndex;
      for (const callback of this.contentCallbacks) callback(contents, index);
    });
    rendition.on('relocated', (location: Location) => this.relocated(book, location));
    return rendition;
  }

  /** The layout a section asks for: its itemref's rendition:layout-* override, else the book's. */
  layoutOf(index: number): 'pre-paginated' | 'reflowable' {
    const book = this.book;
    const properties = book?.sections[index]?.properties ?? [];
    if (properties.includes('rendition:layout-pre-paginated')) return 'pre-paginated';
    if (properties.includes('rendition:layout-reflowable')) return 'reflowable';
    return book?.metadata.layout ?? 'reflowable';
  }

  /**
   * Mixed spines (a reflowable book with fixed-layout pages, or the reverse):
   * epubjs lays out the whole rendition one way, so when the learner reaches
   * a section that asks for the other layout, switch and show it again.
   */
  private async matchLayout(book: AttuneBook, index: number): Promise<void> {
    const rendition = this.rendition as unknown as {
      _layout?: { name: string };
      layout(settings: object): void;
      determineLayoutProperties(metadata: object): Record<string, unknown>;
      display(target: string): Promise<void>;
    } | undefined;
    const wanted = this.layoutOf(index);
    if (!rendition?._layout || rendition._layout.name === wanted || this.switchingLayout) return;
    this.switchingLayout = true;
    try {
      const properties = book.sections[index]!.properties;
      const base = rendition.determineLayoutProperties((book.epub as unknown as { packaging: { metadata: object } }).packaging.metadata);
      rendition.layout({
        ...base,
        layout: wanted,
        spread: properties.includes('rendition:spread-none') ? 'none' : (base['spread'] ?? 'auto'),
      });
      await rendition.display(book.sections[index]!.href);
    } finally {
      this.switchingLayout = false;
    }
  }

  private switchingLayout = false;

  private relocated(book: AttuneBook, location: Location): void {
    const start = location.start;
    void this.matchLayout(book, start.index);
    // epubjs repeats 'relocated' after layout passes; one place, one report.
    if (start.cfi === this.current.location?.cfi) return;
    const section = book.sections[start.index];
    const page = start.displayed?.page ?? 1;
    const pages = Math.max(start.displayed?.total ?? 1, 1);
    const detail: SessionLocation = {
      href: section?.path ?? start.href,
      index: start.index,
      fraction: book.positions.fraction(start.index, (page - 1) / pages),
      cfi: start.cfi,
      page,
      pages,
      label: section?.label ?? '',
      atStart: location.atStart,
      atEnd: location.atEnd,
    };
    this.set({ ...this.current, location: detail });
  }

  /**
   * Runs a navigation and resolves once the new location is known (epubjs
   * reports it just after its own promise resolves), so callers and events
   * see the place they asked for.
   */
  private async navigate(move: (rendition: Rendition) => Promise<unknown>): Promise<void> {
    const rendition = this.rendition;
    if (!rendition) return;
    const before = this.current.location?.cfi;
    await move(rendition);
    const started = performance.now();
    while (this.current.location?.cfi === before && performance.now() - started < 1000 && this.rendition === rendition) {
      await delay(16);
    }
  }

  next(): Promise<void> {
    return this.navigate((r) => r.next());
  }

  prev(): Promise<void> {
    return this.navigate((r) => r.prev());
  }

  first(): Promise<void> {
    const first = this.book?.sections.find((s) => s.linear);
    return first ? this.navigate((r) => r.display(first.href)) : Promise.resolve();
  }

  last(): Promise<void> {
    const last = this.book?.sections.filter((s) => s.linear).pop();
    return last ? this.navigate((r) => r.display(last.href)) : Promise.resolve();
  }

  /** Goes to a book path (with or without #fragment), a bare #fragment, a spine href or a CFI. */
  async goTo(target: string): Promise<boolean> {
    const book = this.book;
    if (!book || !this.rendition) return false;
    const resolved = book.resolveTarget(target, this.current.location?.index ?? 0);
    if (!resolved) return false;
    await this.navigate((r) => r.display(resolved));
    return true;
  }

  /** Goes to a fraction of the book (0–1), e.g. from the progress slider. */
  async goToFraction(fraction: number): Promise<void> {
    const book = this.book;
    if (!book || !this.rendition) return;
    const { index } = book.positions.locate(fraction);
    const section = book.sections[index];
    if (section) await this.navigate((r) => r.display(section.href));
  }

  /** Switches between paginated and scrolled without losing the place. */
  async setFlow(flow: Flow): Promise<void> {
    if (!this.rendition || this.book?.metadata.layout === 'pre-paginated') return;
    const cfi = this.current.location?.cfi;
    this.rendition.flow(flow === 'scrolled' ? 'scrolled-doc' : 'paginated');
    if (cfi) await this.navigate((r) => r.display(cfi));
  }

  /** How many columns (pages) are side by side on screen: 2 in a spread. */
  columnsOnScreen(): number {
    const layout = (this.rendition as unknown as { _layout?: { divisor?: number } } | undefined)?._layout;
    return this.current.status === 'ready' && this.flowIsPaginated() ? Math.max(layout?.divisor ?? 1, 1) : 1;
  }

  private flowIsPaginated(): boolean {
    return (this.rendition as unknown as { settings?: { flow?: string } } | undefined)?.settings?.flow !== 'scrolled-doc';
  }

  /** The section documents on screen now. */
  contents(): Contents[] {
    const rendition = this.rendition as unknown as { manager?: unknown; getContents(): Contents[] } | undefined;
    return rendition?.manager ? rendition.getContents() : [];
  }

  /**
   * Lays the pages out again after text changed size or spacing, keeping the
   * same text on screen: the start of what was shown (its CFI) is shown again.
   */
  async relayout(): Promise<void> {
    const rendition = this.rendition;
    const book = this.book;
    const cfi = this.current.location?.cfi;
    if (!rendition || !book || this.current.status !== 'ready') return;
    // Measure the new text width now (epubjs would only notice on its next
    // resize check, after we had already scrolled to the old offset), then
    // scroll straight to the page holding the old start. rendition.display()
    // would do the same a frame later: epubjs runs its queue on
    // requestAnimationFrame, and a setting change should repaint at once.
    const manager = (rendition as unknown as { manager?: EpubManager }).manager;
    const views = manager?.views.all() ?? [];
    for (const view of views) view.expand();
    const index = cfi ? book.epub.spine.get(cfi)?.index : undefined;
    const view = views.find((v) => v.section?.index === index);
    if (cfi && manager && view) manager.moveTo(view.locationOf(cfi), view.width());
    else if (cfi) await rendition.display(cfi);
    const now = rendition.currentLocation() as unknown as Location | undefined;
    if (now?.start) this.relocated(book, now);
  }

  /** Re-lays out after the container changed size. */
  resize(): void {
    // epubjs's typings demand a size; without one it measures the container.
    const rendition = this.rendition as unknown as { manager?: { stage?: unknown }; resize(): void } | undefined;
    if (this.current.status === 'ready' && rendition?.manager?.stage) rendition.resize();
  }

  /**
   * Destroys the rendition; resolves when it is gone. epubjs starts a
   * rendition and attaches its views through its own task queue (on
   * animation frames); destroyed before those tasks ran, it throws from them.
   * So the destruction goes into the same queue, after them.
   */
  private teardown(): Promise<void> {
    this.measuring?.abort();
    this.measuring = undefined;
    const rendition = this.rendition as
      | (Rendition & { q?: { enqueue(task: () => void): Promise<unknown> }; manager?: { rendered?: boolean } })
      | undefined;
    this.rendition = undefined;
    if (!rendition) return Promise.resolve();
    // Views on screen: destroy now, so the next book never shares the container with them.
    if (rendition.manager?.rendered || !rendition.q) return Promise.resolve(rendition.destroy());
    return Promise.race([rendition.q.enqueue(() => rendition.destroy()), delay(OPEN_BUDGET_MS)]).then(() => undefined);
  }

  /** Closes the book and frees everything it held. */
  close(): void {
    this.openCount++;
    const book = this.current.book;
    void this.teardown().then(() => book?.destroy());
    this.set({ status: 'idle' });
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new BookError('timeout', `The first page did not appear within ${Math.round(OPEN_BUDGET_MS / 1000)} seconds.`)),
      Math.max(ms, 0),
    );
    work.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
