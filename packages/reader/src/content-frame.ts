import { isNoteReference } from '@attune/book';

/**
 * What the reader adds to each section frame epubjs creates, so the frame is
 * as accessible as the book allows: a title for the frame, a viewport that
 * lets learners zoom (epubjs writes `user-scalable=no`), a visible focus
 * indicator, and note references that open as pop-ups.
 */
export interface FrameOptions {
  title: string;
  onNoteReference(link: HTMLAnchorElement): void;
  /** A link out of the book (http:, https:, mailto:) was followed. */
  onExternalLink(href: string): void;
  /** The frame got keyboard focus with nothing inside focused (Tab into the book). */
  onFrameFocus(): void;
  onKeydown(event: KeyboardEvent): void;
}

const FRAME_STYLE = `
/* The ring takes the learner's theme focus colour (contrast checked against
   the theme's page by @attune/profile); without a theme the page is white. */
:focus-visible { outline: 3px solid var(--attune-user-focus, #0b5cad) !important; outline-offset: 2px !important; }
@media (forced-colors: active) { :focus-visible { outline-color: Highlight !important; } }
[data-attune-error] { color: inherit; }
img[data-attune-missing] { min-width: 1em; min-height: 1em; outline: 1px dashed currentColor; }
`;

/** Removes the zoom blocks from a viewport meta (WCAG 1.4.4, axe `meta-viewport`). */
export function allowZoom(content: string): string {
  return content
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part && !/^(user-scalable|maximum-scale|minimum-scale)\s*=/.test(part))
    .join(', ');
}

function fixViewport(doc: Document): void {
  for (const meta of doc.querySelectorAll('meta[name="viewport"]')) {
    const content = meta.getAttribute('content') ?? '';
    const fixed = allowZoom(content);
    if (fixed !== content) meta.setAttribute('content', fixed);
  }
}

/** The part of epubjs's Contents this module touches. */
interface FrameContents {
  document: Document;
  viewport(options?: object): unknown;
}

export function decorateFrame(contents: FrameContents, options: FrameOptions): void {
  const doc = contents.document;
  const frame = doc.defaultView?.frameElement as HTMLIFrameElement | null;
  if (frame) {
    frame.title = options.title;
    // The frame is a stop in the tab order so keyboard users can reach the text.
    frame.setAttribute('tabindex', '0');
  }
  const style = doc.createElementNS('http://www.w3.org/1999/xhtml', 'style');
  style.setAttribute('data-attune', 'frame');
  style.textContent = FRAME_STYLE;
  (doc.head ?? doc.documentElement).appendChild(style);

  // epubjs writes `user-scalable=no` into the viewport on every layout. Ask
  // this frame's Contents for a zoomable one instead, so the meta is written
  // once, right (rewriting it afterwards cost ~30 ms of layout at first paint).
  fixViewport(doc);
  const setViewport = contents.viewport.bind(contents);
  contents.viewport = (viewportOptions?: { scalable?: string }) =>
    setViewport(viewportOptions?.scalable === 'no' ? { ...viewportOptions, scalable: 'yes' } : viewportOptions);

  doc.addEventListener(
    'click',
    (event) => {
      const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (link && isNoteReference(link)) {
        // Before epubjs's own link handler turns it into a page turn.
        event.preventDefault();
        event.stopImmediatePropagation();
        options.onNoteReference(link);
      } else if (link && /^(https?|mailto):/i.test(link.getAttribute('href') ?? '')) {
        // The frame may not open windows (its sandbox has no allow-popups),
        // so the reader opens links out of the book itself.
        event.preventDefault();
        event.stopImmediatePropagation();
        options.onExternalLink(link.getAttribute('href')!);
      }
    },
    true,
  );
  doc.addEventListener('keydown', (event) => options.onKeydown(event));
  // Tabbing into the frame focuses its window, and the <body> has no visible
  // ring; move focus to the first block shown, where a screen reader should start.
  doc.defaultView?.addEventListener('focus', () => {
    if (!doc.activeElement || doc.activeElement === doc.body) options.onFrameFocus();
  });
}
