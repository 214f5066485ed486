/**
 * Selecting text in the book by keyboard. Chromium (without caret
 * browsing) does not move or extend a selection with Shift+arrows in text
 * that is not editable, and a page of a book has no caret until something
 * is clicked. So the reader does it: the selection starts at the focused
 * block (the reader focuses the first block on screen after a page turn or
 * a jump) and Shift with ←/→ extends it by a character, with Ctrl by a
 * word, Shift+↑/↓ by a line, Shift+Home/End to the line's ends. ←/→ follow
 * the screen (`Selection.modify` with left/right), so they do the right
 * thing in right-to-left text too.
 */

type Alter = [direction: 'left' | 'right' | 'forward' | 'backward', granularity: 'character' | 'word' | 'line' | 'lineboundary'];

function alterFor(event: KeyboardEvent): Alter | null {
  if (!event.shiftKey || event.altKey || event.metaKey) return null;
  const word = event.ctrlKey;
  switch (event.key) {
    case 'ArrowRight':
      return ['right', word ? 'word' : 'character'];
    case 'ArrowLeft':
      return ['left', word ? 'word' : 'character'];
    case 'ArrowDown':
      return word ? null : ['forward', 'line'];
    case 'ArrowUp':
      return word ? null : ['backward', 'line'];
    case 'End':
      return word ? null : ['forward', 'lineboundary'];
    case 'Home':
      return word ? null : ['backward', 'lineboundary'];
    default:
      return null;
  }
}

type ModifiableSelection = Selection & { modify(alter: 'extend' | 'move', direction: string, granularity: string): void };

/** The first text in an element that shows something. */
function firstText(element: Element): Text | null {
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT, { acceptNode: (n) => ((n as Text).data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
  return walker.nextNode() as Text | null;
}

/** Handles a selection key in a section frame (keydown, capture phase); true when it did. */
export function extendSelectionByKey(event: KeyboardEvent, doc: Document): boolean {
  const alter = alterFor(event);
  if (!alter) return false;
  const target = event.target as Element | null;
  // Form fields in the book keep their own keys.
  if (target?.closest?.('input, textarea, select, [contenteditable]')) return false;
  const selection = doc.getSelection() as ModifiableSelection | null;
  if (!selection || typeof selection.modify !== 'function') return false;
  const focused = doc.activeElement;
  const inFocus = focused && focused !== doc.body && focused !== doc.documentElement ? focused : null;
  if (!selection.rangeCount || (inFocus && !inFocus.contains(selection.anchorNode) && selection.isCollapsed)) {
    // Nothing selected yet: start at the focused block's first word.
    const text = inFocus ? firstText(inFocus) : null;
    if (!text) return false;
    selection.collapse(text, text.data.length - text.data.trimStart().length);
  }
  event.preventDefault();
  selection.modify('extend', alter[0], alter[1]);
  return true;
}
