/**
 * Which keys turn pages, in the direction the book progresses. In a
 * right-to-left book (Arabic, Hebrew, Japanese vertical text) the next page
 * is to the left, so ArrowLeft goes forward.
 */
export type PageAction = 'next' | 'prev' | 'first' | 'last';

export function pageActionForKey(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>, dir: 'ltr' | 'rtl', flow: 'paginated' | 'scrolled'): PageAction | null {
  // Shift with an arrow, Home or End extends a selection (keyboard users
  // select text to read from, to highlight or to write a variant for).
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  switch (event.key) {
    case 'ArrowRight':
      return dir === 'rtl' ? 'prev' : 'next';
    case 'ArrowLeft':
      return dir === 'rtl' ? 'next' : 'prev';
    // In scrolled flow PageUp/PageDown/Home/End keep their native scrolling.
    case 'PageDown':
      return flow === 'paginated' ? 'next' : null;
    case 'PageUp':
      return flow === 'paginated' ? 'prev' : null;
    case 'Home':
      return flow === 'paginated' ? 'first' : null;
    case 'End':
      return flow === 'paginated' ? 'last' : null;
    default:
      return null;
  }
}
