import type { RichText } from '../pack/variant-pack.js';
import { isXhtml } from '../pack/variant-pack.js';

/**
 * The text of pack content for measuring, without a DOM (so metrics run in
 * Node too). Tags are removed, block ends become paragraph breaks (so a
 * heading without a full stop still ends its sentence), entities are
 * decoded. Only for counting: what is shown goes through DOMPurify.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', shy: '\u00AD', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', eacute: 'é', egrave: 'è', aacute: 'á', agrave: 'à',
  iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß',
};

const BLOCK_TAGS = 'p|div|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|pre|table|tr|td|th|caption|figure|figcaption|section|article|aside|header|footer|nav|address|hr';

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The text of an XHTML fragment. */
export function textOfXhtml(xhtml: string): string {
  return decodeEntities(
    xhtml
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(script|style|rt|rp)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<br\b[^>]*>/gi, '\n')
      .replace(new RegExp(`</?(?:${BLOCK_TAGS})\\b[^>]*>`, 'gi'), '\n\n')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/[ \t\r\f\v\u00A0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text of plain or XHTML content. */
export function plainText(content: RichText): string {
  return isXhtml(content) ? textOfXhtml(content.xhtml) : content.trim();
}
