/**
 * The public events of `<attune-reader>` (the embedding contract). All are
 * CustomEvents that bubble and cross shadow roots (`composed`).
 */
export interface ReadyDetail {
  title: string;
  language: string;
  /** Page progression: in `rtl` books "next" goes left. */
  dir: 'ltr' | 'rtl';
  /** Number of sections (spine items). */
  sections: number;
}

export interface ErrorDetail {
  /** Stable reason, e.g. `not-a-zip`, `container-missing`, `timeout`. */
  code: string;
  /** A sentence a teacher understands: what is wrong and what to do. */
  message: string;
}

export interface RelocateDetail {
  /** Book path of the section shown, e.g. `OEBPS/chapter-3.xhtml`. */
  href: string;
  /** Spine index of that section. */
  index: number;
  /** How far through the book, 0–1. */
  fraction: number;
  /** EPUB CFI of the start of what is shown, for bookmarks. */
  cfi: string;
  /** Screen page within the section (1-based) and how many it has. */
  page: number;
  pages: number;
}

declare global {
  interface HTMLElementEventMap {
    'attune-ready': CustomEvent<ReadyDetail>;
    'attune-error': CustomEvent<ErrorDetail>;
    'attune-relocate': CustomEvent<RelocateDetail>;
  }
}

/** Creates a contract event: bubbles and composed, so embedders can listen anywhere above the element. */
export function contractEvent<K extends 'attune-ready' | 'attune-error' | 'attune-relocate'>(
  type: K,
  detail: HTMLElementEventMap[K]['detail'],
): CustomEvent<HTMLElementEventMap[K]['detail']> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}
