import type { Annotation, ColorLabels, HighlightColor } from '../model/annotation.js';
import { groupByChapter, type ChapterGroup } from '../model/annotation-groups.js';
import { quoteOf } from '../model/annotation-place.js';
import { HIGHLIGHT_UNDERLINES } from '../model/highlight-style.js';
import type { StudyBook } from '../model/study-book.js';
import { escapeHtml } from './escape-html.js';
import { ENGLISH_OUTLINE_STRINGS, type OutlineStrings } from './outline-strings.js';

export interface StudyOutlineInput {
  book: StudyBook;
  annotations: readonly Annotation[];
  /** Annotations whose text was not found in this edition: listed in their own section. */
  orphans?: readonly Annotation[];
  labels?: ColorLabels;
  strings?: OutlineStrings;
  /** When it was made (default now). */
  date?: Date;
}

/**
 * The study outline as a standalone, accessible HTML page: highlights and
 * notes grouped by chapter, then by colour (named in words, with the
 * learner's label), quotes marked with the book's language and direction,
 * landmarks and a heading per group. Everything from the book or the learner
 * is escaped. It needs no script and no file beside it.
 */
export function studyOutlineHtml(input: StudyOutlineInput): string {
  const s = input.strings ?? ENGLISH_OUTLINE_STRINGS;
  const labels = input.labels ?? {};
  const title = input.book.title?.trim() || input.book.identifier;
  const bookLang = langAttributes(input.book);
  const date = new Intl.DateTimeFormat(s.language, { dateStyle: 'long' }).format(input.date ?? new Date());
  const groups = groupByChapter(input.annotations);
  const orphans = input.orphans ?? [];
  const ids = new IdMaker();
  const chapterIds = groups.map((g) => ids.make(g.chapter || 'section'));

  const quote = (annotation: Annotation): string => {
    const text = annotation.kind === 'bookmark' ? annotation.snippet : annotation.target ? quoteOf(annotation.target)?.exact : undefined;
    return text ? `<blockquote${bookLang}><p>${escapeHtml(text)}</p></blockquote>` : '';
  };
  const note = (annotation: Annotation): string =>
    annotation.kind === 'note' ? `<p class="note"><strong>${escapeHtml(s.noteLabel)}</strong> ${paragraphs(annotation.text)}</p>` : '';
  const item = (annotation: Annotation, color?: HighlightColor) =>
    `<li${color ? ` class="highlight ${color}"` : ''}>${quote(annotation)}${note(annotation)}</li>`;

  const chapter = (group: ChapterGroup, id: string): string => {
    const parts: string[] = [];
    for (const { color, items } of group.highlights) {
      const hid = ids.make(`${id}-${color}`);
      parts.push(
        `<section aria-labelledby="${hid}"><h3 id="${hid}"><span class="swatch ${color}" aria-hidden="true"></span>${escapeHtml(s.highlightsHeading(s.colorNames[color], labels[color]))}</h3><ul>${items.map((a) => item(a, color)).join('')}</ul></section>`,
      );
    }
    if (group.notes.length) {
      const nid = ids.make(`${id}-notes`);
      parts.push(`<section aria-labelledby="${nid}"><h3 id="${nid}">${escapeHtml(s.notesHeading)}</h3><ul>${group.notes.map((a) => item(a)).join('')}</ul></section>`);
    }
    if (group.bookmarks.length) {
      const bid = ids.make(`${id}-bookmarks`);
      parts.push(`<section aria-labelledby="${bid}"><h3 id="${bid}">${escapeHtml(s.bookmarksHeading)}</h3><ul>${group.bookmarks.map((a) => item(a)).join('')}</ul></section>`);
    }
    return `<section aria-labelledby="${id}"><h2 id="${id}"${group.chapter ? bookLang : ''}>${escapeHtml(group.chapter || s.untitledChapter)}</h2>${parts.join('')}</section>`;
  };

  const body: string[] = [];
  if (groups.length === 0 && orphans.length === 0) body.push(`<p>${escapeHtml(s.empty)}</p>`);
  groups.forEach((g, i) => body.push(chapter(g, chapterIds[i]!)));
  let orphanId = '';
  if (orphans.length) {
    orphanId = ids.make('not-found');
    body.push(
      `<section aria-labelledby="${orphanId}"><h2 id="${orphanId}">${escapeHtml(s.orphansHeading)}</h2><p>${escapeHtml(s.orphansIntro)}</p><ul>${orphans
        .map((a) => item(a, a.kind === 'highlight' ? a.color : undefined))
        .join('')}</ul></section>`,
    );
  }
  const contents = [
    ...groups.map((g, i) => `<li><a href="#${chapterIds[i]}"${g.chapter ? bookLang : ''}>${escapeHtml(g.chapter || s.untitledChapter)}</a></li>`),
    ...(orphanId ? [`<li><a href="#${orphanId}">${escapeHtml(s.orphansHeading)}</a></li>`] : []),
  ];

  return `<!doctype html>
<html lang="${escapeHtml(s.language)}" dir="${s.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(s.documentTitle(title))}</title>
<style>${OUTLINE_CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(s.heading)}</h1>
<p class="book"><cite${bookLang}>${escapeHtml(title)}</cite></p>
<p>${escapeHtml(s.made(date))}</p>
</header>
${contents.length > 1 ? `<nav aria-labelledby="contents"><h2 id="contents">${escapeHtml(s.contentsHeading)}</h2><ol>${contents.join('')}</ol></nav>\n` : ''}<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}

function langAttributes(book: StudyBook): string {
  return `${book.language ? ` lang="${escapeHtml(book.language)}"` : ''}${book.dir ? ` dir="${book.dir}"` : ''}`;
}

/** A note's text with its line breaks kept. */
function paragraphs(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}

/** Unique, valid ids from chapter titles. */
class IdMaker {
  readonly #used = new Set<string>();
  make(from: string): string {
    const base = from.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'part';
    let id = base;
    for (let n = 2; this.#used.has(id); n++) id = `${base}-${n}`;
    this.#used.add(id);
    return id;
  }
}

const underline = (Object.entries(HIGHLIGHT_UNDERLINES) as [HighlightColor, string][])
  .map(([color, style]) => `.highlight.${color} blockquote{border-inline-start-style:${style === 'double' ? 'double' : style}}`)
  .join('');

/** Light and dark by the reader's system setting, forced colours respected; colours always have a word and a line style beside them. */
const OUTLINE_CSS = `
:root{color-scheme:light dark;--fg:#1a1a1a;--bg:#ffffff;--muted:#4a4a4a;--yellow:#8a6d00;--green:#1d6b2f;--blue:#1f5fa8;--pink:#a3226a}
@media (prefers-color-scheme:dark){:root{--fg:#f2f2f2;--bg:#161616;--muted:#c8c8c8;--yellow:#f0cf4a;--green:#6fd68a;--blue:#8fbcff;--pink:#ff8fcb}}
body{font:1.125rem/1.6 system-ui,sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;padding:1rem;max-width:48rem;overflow-wrap:anywhere}
h1,h2,h3{line-height:1.25}
a{color:inherit}
a:focus-visible{outline:3px solid currentColor;outline-offset:2px}
ul{list-style:none;padding:0}
li{margin:0 0 1rem}
blockquote{margin:0;padding-inline-start:1rem;border-inline-start:6px solid var(--muted)}
.highlight.yellow blockquote{border-color:var(--yellow)}
.highlight.green blockquote{border-color:var(--green)}
.highlight.blue blockquote{border-color:var(--blue)}
.highlight.pink blockquote{border-color:var(--pink)}
${underline}
.swatch{display:inline-block;width:1em;height:1em;margin-inline-end:.4em;vertical-align:-.1em;border:2px solid currentColor;border-radius:2px}
.swatch.yellow{background:var(--yellow)}.swatch.green{background:var(--green)}.swatch.blue{background:var(--blue)}.swatch.pink{background:var(--pink)}
.note{margin:.25rem 0 0}
@media (forced-colors:active){blockquote{border-color:CanvasText!important}.swatch{forced-color-adjust:none;background:CanvasText!important}}
@media print{body{max-width:none}a{text-decoration:none}}
`.trim();
