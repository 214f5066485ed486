import { isTextQuoteSelector, type PackEntry, type SectionTarget } from '@attune/adapt';
import { plainText } from '@attune/adapt/readability';

/** Entries in words, for lists, headings and the merge view. */

export function shorten(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

/** The book's text an entry points at (its TextQuoteSelector), if it stores one. */
export function quoteOf(target: SectionTarget): string {
  return target.selector.find(isTextQuoteSelector)?.exact ?? '';
}

/** A short name for an entry: its passage, term or picture. */
export function entryName(entry: PackEntry): string {
  switch (entry.type) {
    case 'glossary':
      return entry.term || entry.id;
    case 'description':
      return shorten(entry.alt || entry.id);
    default:
      return shorten(quoteOf(entry.target) || entry.id);
  }
}

/** What an entry says, in one short line (to compare two versions of it). */
export function entryContent(entry: PackEntry): string {
  switch (entry.type) {
    case 'simplified':
      return entry.variants.map((v) => `${v.level}: ${shorten(plainText(v.content), 80)}`).join(' · ');
    case 'glossary':
      return shorten([entry.definition, entry.example].filter(Boolean).join(' — '), 120);
    case 'description':
      return shorten([entry.alt, entry.longDescription ? plainText(entry.longDescription) : ''].filter(Boolean).join(' — '), 120);
    case 'note':
      return shorten(plainText(entry.content), 120);
  }
}
