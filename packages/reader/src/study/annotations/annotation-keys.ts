/**
 * Shortcuts of bookmarks and highlights, the same from the UI and from inside
 * the book: Alt+Shift+H moves focus to the selection toolbar (when text is
 * selected), Alt+Shift+B bookmarks the page (or removes its bookmark).
 */
export type AnnotationCommand = 'selection-toolbar' | 'bookmark';

export function annotationCommandForKey(event: Pick<KeyboardEvent, 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>): AnnotationCommand | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  if (event.code === 'KeyH') return 'selection-toolbar';
  if (event.code === 'KeyB') return 'bookmark';
  return null;
}
