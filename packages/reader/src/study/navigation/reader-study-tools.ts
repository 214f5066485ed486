import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { applyVariants, type VariantPack } from '@attune/adapt';
import type { AttuneBook, Contents } from '@attune/book';
import type { EffectiveSettings } from '@attune/profile';
import { bookSearchSource, type SearchSource } from '@attune/study';
import type { ReadingSession } from '../../reading-session.js';
import { attachFrameImages, ENLARGEABLE, enlargeableImages } from '../image-viewer/frame-images.js';
import type { AttuneImageViewer } from '../image-viewer/attune-image-viewer.js';
import { imageViewerMessages } from '../image-viewer/image-viewer-messages.js';
import type { SearchOpenDetail } from '../search/attune-search.js';
import { clearSearchMatch, rangeOfResult, showSearchMatch, styleSearchHighlight } from '../search/search-highlight.js';
import { searchMessages } from '../search/search-messages.js';
import { BackHistory } from './back-history.js';
import { navigationMessages, whereAmISentence } from './navigation-messages.js';
import { printedPageAt } from './printed-page.js';

/** What the study tools need from the reader element. */
export interface StudyToolsHost extends ReactiveControllerHost {
  readonly session: ReadingSession;
  announce(text: string): void;
  /** The Range where what is on screen starts. */
  startOfPage(): Range | null;
  /** Whether an element of a section frame begins on screen. */
  isOnScreen(element: Element): boolean;
  imageViewer(): AttuneImageViewer | null | undefined;
  /** The variant pack in use and the learner's settings, so search reads what is shown. */
  pack(): VariantPack | undefined;
  settings(): EffectiveSettings;
}

type FrameContents = Contents & { sectionIndex: number; on(event: string, listener: (...args: unknown[]) => void): void; cfiFromRange(range: Range): string };

/** Elements that start a block of text a screen reader can read from. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, dt, dd, blockquote, figure, td, th, pre, section, div';

/**
 * The reader's finding-your-way tools, as one controller: search results
 * opened and highlighted, the image viewer, "Where am I" and "Back". Kept
 * out of `<attune-reader>` so the element only wires them to its toolbar,
 * keys and frames.
 */
export class ReaderStudyTools implements ReactiveController {
  readonly history = new BackHistory();
  private book: AttuneBook | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly host: StudyToolsHost) {
    host.addController(this);
    this.history.subscribe(() => host.requestUpdate());
  }

  hostConnected(): void {
    this.unsubscribe = this.host.session.subscribe((state) => {
      // Places in another book mean nothing here.
      if (state.book !== this.book) {
        this.book = state.book;
        this.history.clear();
      }
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  private frames(): FrameContents[] {
    return this.host.session.contents() as FrameContents[];
  }

  /** What the reader adds to each section frame for these tools. */
  decorate(contents: Contents): void {
    const frame = contents as FrameContents;
    styleSearchHighlight(frame.document);
    attachFrameImages(frame.document, (image) => void this.host.imageViewer()?.show(image));
    // A link in the book is followed by epubjs itself; remember where it was followed from.
    frame.on('linkClicked', () => this.remember());
  }

  /** Remembers the place on screen before a jump (for "Back"). */
  remember(): void {
    const location = this.host.session.state.location;
    if (location) this.history.remember({ cfi: location.cfi, href: location.href, fraction: location.fraction, label: location.label });
  }

  /** Goes back to the place before the last jump; false when there is none. */
  async back(): Promise<boolean> {
    const place = this.history.take();
    if (!place) {
      this.host.announce(navigationMessages.nothingToGoBackTo);
      return false;
    }
    await this.host.session.goTo(place.cfi);
    const label = this.host.session.state.location?.label || place.label;
    this.host.announce(label ? navigationMessages.backTo(label) : navigationMessages.back);
    return true;
  }

  /** Announces (and returns) where the learner is: chapter, page and how far through the book. */
  whereAmI(): string {
    const { book, location } = this.host.session.state;
    if (!book || !location) return '';
    const doc = this.frames().find((c) => c.sectionIndex === location.index)?.document;
    const printedPage = doc
      ? printedPageAt({
          pageList: book.navigation.pageList,
          sectionPath: location.href,
          indexOfPath: (path) => book.indexOfPath(path),
          document: doc,
          start: this.host.startOfPage(),
          isOnScreen: (element) => this.host.isOnScreen(element),
        })
      : undefined;
    // A title's own closing stop or colon would double the sentence's ("The Spouter-Inn.. Page 3").
    const chapter = location.label.replace(/[\s.:;,。۔،؛]+$/u, '');
    const sentence = whereAmISentence({ chapter, printedPage, page: location.page, pages: location.pages, fraction: location.fraction });
    this.host.announce(sentence);
    return sentence;
  }

  /** A search source over the open book, as the learner sees it (the pack applied with their settings). */
  searchSource(): SearchSource | undefined {
    const book = this.host.session.book;
    if (!book) return undefined;
    const pack = this.host.pack();
    const content = this.host.settings().content;
    return bookSearchSource(book, {
      adapt: pack
        ? (doc, section) =>
            void applyVariants(doc, pack, {
              simplifiedText: content.simplifiedText,
              readingLevel: content.readingLevel,
              glossary: content.glossary,
              imageDescriptions: content.imageDescriptions,
            }, { href: section.href })
        : undefined,
    });
  }

  /**
   * Shows a search result: its section, the page with the match, the match
   * highlighted; announces which result of how many, and where. Resolves
   * with the match's Range (null when its text is no longer there).
   */
  async openResult({ result, position, count }: SearchOpenDetail): Promise<Range | null> {
    const session = this.host.session;
    this.remember();
    clearSearchMatch(this.frames().map((c) => c.document));
    if (session.state.location?.index !== result.sectionIndex) await session.goTo(result.href);
    const contents = this.frames().find((c) => c.sectionIndex === result.sectionIndex);
    const range = contents ? rangeOfResult(contents.document, result) : null;
    if (contents && range) {
      await session.goTo(contents.cfiFromRange(range));
      showSearchMatch(range);
    }
    const where = searchMessages.opened(position, count, result.chapter);
    this.host.announce(range ? where : `${where} ${searchMessages.notFoundOnPage}`);
    return range;
  }

  /** Removes the search highlight from the frames. */
  clearSearch(): void {
    clearSearchMatch(this.frames().map((c) => c.document));
  }

  /** Focuses the block of text holding a range (after opening a search result), so reading starts there. */
  focusRange(range: Range): void {
    const start = range.startContainer;
    const element = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
    const block = element?.closest(BLOCKS) as HTMLElement | null;
    if (!block) return;
    (block.ownerDocument.defaultView?.frameElement as HTMLElement | null)?.focus();
    if (!block.hasAttribute('tabindex')) block.setAttribute('tabindex', '-1');
    block.focus({ preventScroll: true });
  }

  /** Opens the focused image, or the first one on screen; false (and says so) when there is none. */
  openImage(): boolean {
    const docs = this.frames().map((c) => c.document);
    const focused = docs.map((d) => d.activeElement).find((el) => el?.hasAttribute(ENLARGEABLE));
    const image = focused ?? enlargeableImages(docs).find((el) => this.host.isOnScreen(el));
    if (!image) {
      this.host.announce(imageViewerMessages.noImage);
      return false;
    }
    void this.host.imageViewer()?.show(image);
    return true;
  }
}
