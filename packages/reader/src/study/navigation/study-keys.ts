/**
 * Shortcuts of the reader's study commands, the same from the UI and from
 * inside the book: Ctrl+F (⌘F) search, Alt+← back, Alt+Shift+W where am I,
 * Alt+Shift+I enlarge the image nearest the top of the page, F3 / Shift+F3
 * next and previous search result.
 */
export type StudyCommand = 'search' | 'back' | 'where-am-i' | 'image' | 'next-result' | 'previous-result';

export function studyCommandForKey(event: Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>): StudyCommand | null {
  if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.code === 'KeyF') return 'search';
  if (event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.key === 'ArrowLeft') return 'back';
  if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey) {
    if (event.code === 'KeyW') return 'where-am-i';
    if (event.code === 'KeyI') return 'image';
  }
  if (event.key === 'F3' && !event.altKey && !event.ctrlKey && !event.metaKey) return event.shiftKey ? 'previous-result' : 'next-result';
  return null;
}
