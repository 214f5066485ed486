import type { SpeechUnit } from './speech-unit.js';

/**
 * The text a speech engine is given for a unit, and the way back from its
 * character offsets to the unit's (for word boundaries). Aliases from PLS
 * lexicons replace the words they stand for, so an engine that cannot read
 * SSML (Web Speech in Chrome) still says them right; the highlight stays on
 * the words as printed.
 */
export interface UtteranceText {
  text: string;
  /** Offset in the unit's text of an offset in `text`. */
  toUnitOffset(offset: number): number;
}

interface Piece {
  unitStart: number;
  unitEnd: number;
  outStart: number;
  outEnd: number;
  /** Replaced text maps as a whole to its start. */
  replaced: boolean;
}

/**
 * The unit's text from `from` (a unit offset, e.g. a word to resume at),
 * with aliases substituted when `aliases` is true.
 */
export function utteranceText(unit: SpeechUnit, options: { from?: number; aliases?: boolean } = {}): UtteranceText {
  let from = Math.max(0, Math.min(options.from ?? 0, unit.text.length));
  const spans = options.aliases === false ? [] : unit.pronunciations.filter((p) => p.alias !== undefined && p.end > from);
  // Starting inside an alias starts at the alias.
  for (const span of spans) if (span.start < from && from < span.end) from = span.start;
  const pieces: Piece[] = [];
  let text = '';
  let at = from;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) {
      pieces.push({ unitStart: at, unitEnd: span.start, outStart: text.length, outEnd: text.length + span.start - at, replaced: false });
      text += unit.text.slice(at, span.start);
    }
    pieces.push({ unitStart: span.start, unitEnd: span.end, outStart: text.length, outEnd: text.length + span.alias!.length, replaced: true });
    text += span.alias!;
    at = span.end;
  }
  if (at < unit.text.length) {
    pieces.push({ unitStart: at, unitEnd: unit.text.length, outStart: text.length, outEnd: text.length + unit.text.length - at, replaced: false });
    text += unit.text.slice(at);
  }
  return {
    text,
    toUnitOffset(offset: number): number {
      const piece = pieces.find((p) => offset >= p.outStart && offset < p.outEnd) ?? pieces[pieces.length - 1];
      if (!piece) return from;
      if (piece.replaced) return piece.unitStart;
      return Math.min(piece.unitEnd, piece.unitStart + Math.max(0, offset - piece.outStart));
    },
  };
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`);

/**
 * SSML 1.1 for the unit from `from`: `<phoneme>` for phoneme
 * pronunciations, `<sub>` for aliases, for engines that speak SSML.
 */
export function unitSsml(unit: SpeechUnit, options: { from?: number } = {}): string {
  const from = options.from ?? 0;
  let body = '';
  let at = from;
  for (const span of unit.pronunciations) {
    if (span.start < at) continue;
    body += escapeXml(unit.text.slice(at, span.start));
    const word = escapeXml(unit.text.slice(span.start, span.end));
    if (span.phoneme) body += `<phoneme alphabet="${escapeXml(span.alphabet ?? 'ipa')}" ph="${escapeXml(span.phoneme)}">${word}</phoneme>`;
    else body += `<sub alias="${escapeXml(span.alias ?? '')}">${word}</sub>`;
    at = span.end;
  }
  body += escapeXml(unit.text.slice(at));
  const lang = unit.lang ? ` xml:lang="${escapeXml(unit.lang)}"` : '';
  return `<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis"${lang}>${body}</speak>`;
}
