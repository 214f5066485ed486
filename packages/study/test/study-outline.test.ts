import { test } from 'node:test';
import assert from 'node:assert/strict';
import { studyOutlineHtml, groupByChapter, type Annotation } from '../src/index.js';
import { sampleAnnotations, selectionOn } from './annotations.js';

const book = { identifier: 'urn:uuid:moby', title: 'Moby-Dick <or> The Whale', language: 'en-US', dir: 'ltr' as const };

function withMore(): Annotation[] {
  return [
    ...sampleAnnotations(),
    { id: 'h2', kind: 'highlight', created: '2026-01-01T11:00:00.000Z', modified: '2026-01-01T11:00:00.000Z', color: 'blue', target: selectionOn('Ishmael', 8, 0.02) },
    { id: 'h3', kind: 'highlight', created: '2026-01-01T11:00:00.000Z', modified: '2026-01-01T11:00:00.000Z', color: 'yellow', target: { ...selectionOn('whaling voyage', 90, 0.3, 'chapter_040.xhtml'), chapter: 'Chapter 40. Midnight' } },
  ];
}

test('groups by chapter in book order, then colour in the order of the palette', () => {
  const groups = groupByChapter(withMore());
  assert.deepEqual(groups.map((g) => g.chapter), ['Chapter 1. Loomings.', 'Chapter 40. Midnight', 'Chapter 50.']);
  assert.deepEqual(groups[0]!.highlights.map((h) => [h.color, h.items.map((a) => a.id)]), [['yellow', ['h1']], ['blue', ['h2']]]);
  assert.deepEqual(groups[0]!.notes.map((a) => a.id), ['n1']);
  assert.deepEqual(groups[0]!.bookmarks.map((a) => a.id), ['b1']);
});

test('the outline page: landmarks, headings per chapter and colour, colour in words with its label, quotes in the book’s language', () => {
  const html = studyOutlineHtml({ book, annotations: withMore(), labels: { yellow: 'main idea' }, date: new Date('2026-11-25T12:00:00Z') });
  assert.match(html, /^<!doctype html>\n<html lang="en" dir="ltr">/);
  assert.match(html, /<title>Study outline: Moby-Dick &lt;or&gt; The Whale<\/title>/);
  assert.match(html, /<main>/);
  assert.match(html, /<nav aria-labelledby="contents"><h2 id="contents">Chapters<\/h2><ol><li><a href="#chapter-1-loomings" lang="en-US" dir="ltr">Chapter 1. Loomings.<\/a>/);
  assert.match(html, /<h1>Study outline<\/h1>/);
  assert.match(html, /Made on November 25, 2026/);
  assert.match(html, /<h2 id="chapter-1-loomings" lang="en-US" dir="ltr">Chapter 1. Loomings.<\/h2>/);
  assert.match(html, /<h3 id="chapter-1-loomings-yellow"><span class="swatch yellow" aria-hidden="true"><\/span>Yellow highlights: main idea<\/h3>/);
  assert.match(html, /<h3 id="chapter-1-loomings-blue">.*Blue highlights<\/h3>/);
  assert.match(html, /<blockquote lang="en-US" dir="ltr"><p>It is a way I have of driving off the spleen<\/p><\/blockquote>/);
  // The learner's note is escaped: no markup of theirs gets into the page.
  assert.match(html, /<strong>Note:<\/strong> Ishmael goes to sea &lt;when&gt; he is &quot;grim&quot;./);
  assert.doesNotMatch(html, /<when>/);
  // Each chapter once; the later chapters after the first.
  assert.ok(html.indexOf('Chapter 40. Midnight</h2>') > html.indexOf('Loomings.</h2>'));
  assert.ok(html.indexOf('Chapter 50.</h2>') > html.indexOf('Chapter 40. Midnight</h2>'));
  // Ids are unique.
  const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
  assert.equal(new Set(ids).size, ids.length);
});

test('right-to-left books: quotes carry dir="rtl" and the book’s language; orphans have their own section; strings can be translated', () => {
  const arabic = { identifier: 'urn:ar', title: 'ريجيم', language: 'ar', dir: 'rtl' as const };
  const [, highlight] = sampleAnnotations();
  const strings = {
    language: 'fr', dir: 'ltr' as const, documentTitle: (t: string) => `Plan d’étude : ${t}`, heading: 'Plan d’étude', made: (d: string) => `Fait le ${d}`,
    contentsHeading: 'Chapitres', untitledChapter: 'Sans titre', colorNames: { yellow: 'Jaune', green: 'Vert', blue: 'Bleu', pink: 'Rose' },
    highlightsHeading: (c: string, l: string | undefined) => `Surlignages ${c.toLowerCase()}${l ? ` : ${l}` : ''}`, notesHeading: 'Notes', bookmarksHeading: 'Signets',
    noteLabel: 'Note :', orphansHeading: 'Introuvables dans cette édition', orphansIntro: 'Le livre a changé.', empty: 'Rien.',
  };
  const html = studyOutlineHtml({ book: arabic, annotations: [], orphans: [highlight!], strings, date: new Date('2026-11-25T12:00:00Z') });
  assert.match(html, /<html lang="fr" dir="ltr">/);
  assert.match(html, /<cite lang="ar" dir="rtl">ريجيم<\/cite>/);
  assert.match(html, /<h2 id="not-found">Introuvables dans cette édition<\/h2><p>Le livre a changé.<\/p><ul><li class="highlight yellow"><blockquote lang="ar" dir="rtl">/);
  assert.match(html, /Fait le 25 novembre 2026/);
});

test('an empty outline says so', () => {
  const html = studyOutlineHtml({ book, annotations: [] });
  assert.match(html, /<main>\n<p>No highlights, notes or bookmarks yet.<\/p>\n<\/main>/);
  assert.doesNotMatch(html, /<nav/);
});
