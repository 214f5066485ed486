import type { SpeechUnit } from './speech-unit.js';

/** Where reading is: a unit (sentence) and, inside it, a word (null: from the start of the sentence). */
export interface ReadAloudPosition {
  sentenceIndex: number;
  wordIndex?: number | null;
}

/**
 * The first unit at or after the start of `target` — a clicked word, a
 * selection, or the start of the visible page — and the word there.
 * Null when `target` comes after every unit or is in another document.
 */
export function locatePosition(units: readonly SpeechUnit[], target: Range): ReadAloudPosition | null {
  const node = target.startContainer;
  const offset = target.startOffset;
  for (let i = 0; i < units.length; i++) {
    const range = units[i]!.range ?? anchorRange(units[i]!);
    if (!range) continue;
    let where: number;
    try {
      where = range.comparePoint(node, offset);
    } catch {
      return null; // another document
    }
    if (where > 0) continue; // the target is after this unit
    if (where < 0) return { sentenceIndex: i, wordIndex: null };
    return { sentenceIndex: i, wordIndex: wordAt(units[i]!, node, offset) };
  }
  return null;
}

function anchorRange(unit: SpeechUnit): Range | null {
  if (!unit.anchor) return null;
  const range = unit.anchor.ownerDocument.createRange();
  range.selectNode(unit.anchor);
  return range;
}

function wordAt(unit: SpeechUnit, node: Node, offset: number): number | null {
  for (let w = 0; w < unit.words.length; w++) {
    const range = unit.words[w]!.range;
    if (range && range.comparePoint(node, offset) <= 0) return w;
  }
  return null;
}
