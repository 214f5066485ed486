import type { TextModel } from '../anchoring/text-model.js';
import type { NoteEntry } from '../pack/variant-pack.js';
import { element, idFragment, insertionBlock, markLanguage, uniqueId } from './xhtml-elements.js';
import { MARK } from './markers.js';
import { contentNodes } from './sanitize-content.js';

/**
 * A teacher's note, as an `<aside role="note">` after the paragraph (or list,
 * or table, or swapped passage) it is about, so it is read right after that
 * text and a reader's stylesheet can float it beside it.
 */
export function insertNote(model: TextModel, end: number, entry: NoteEntry, label: string, language: string | undefined): Element | { failure: string } {
  const point = model.pointAtEnd(end);
  if (!point) return { failure: 'The note points at a place with no text.' };
  const doc = model.document;
  let block = insertionBlock(point.node, model.root);
  if (!block) return { failure: 'There is no paragraph to put the note after.' };
  // After a swapped passage, not inside its hidden original: the note shows with either text.
  // (Passages are swapped after notes are placed; a block swap moves notes out of the original.)
  block = block.closest(`[${MARK.passage}]`) ?? block;
  let after: Element = block;
  while (after.nextElementSibling?.hasAttribute(MARK.note) && after.nextSibling === after.nextElementSibling) after = after.nextElementSibling;
  const aside = element(doc, 'aside', {
    [MARK.note]: entry.id,
    [MARK.inserted]: '',
    id: uniqueId(doc, `attune-note-${idFragment(entry.id)}`),
    role: 'note',
    'aria-label': label,
  });
  aside.append(contentNodes(doc, entry.content).fragment);
  markLanguage(aside, language, block);
  after.after(aside);
  return aside;
}
