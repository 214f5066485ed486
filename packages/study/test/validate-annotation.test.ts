import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAnnotation, validateAnnotations, validateColorLabels, compareAnnotations, placeOf, quoteOf, cfiOf, createBookmark, createHighlight, createNote, editAnnotation, snippetOf, studyBookOf } from '../src/index.js';
import { chapterOne, sampleAnnotations, selectionOn } from './annotations.js';

test('good annotations of all three kinds come back as they were', () => {
  const { annotations, skipped } = validateAnnotations(sampleAnnotations());
  assert.deepEqual(skipped, []);
  assert.deepEqual(annotations, sampleAnnotations());
});

test('a bad record is reported with the path to what is wrong and skipped; the others are kept', () => {
  const records: unknown[] = sampleAnnotations();
  const broken = structuredClone(records[1]) as any;
  broken.id = 'h2';
  delete broken.target.selector[0].exact;
  records.splice(3, 0, broken);
  records.push('not an object', { id: 'x', kind: 'scribble', created: '2026-01-01T10:00:00Z' });
  const { annotations, skipped } = validateAnnotations(records);
  assert.deepEqual(annotations.map((a) => a.id), ['b1', 'h1', 'n1', 'n2']);
  assert.deepEqual(skipped, [
    { path: 'annotations[3]', id: 'h2', message: 'annotations[3].target.selector[0].exact: missing' },
    { path: 'annotations[5]', message: 'annotations[5]: not an annotation object' },
    { path: 'annotations[6]', id: 'x', message: 'annotations[6].kind: "scribble" is not bookmark, highlight or note' },
  ]);
});

test('each kind of damage has its own located message', () => {
  const base = sampleAnnotations();
  const cases: [unknown, string][] = [
    [{ ...base[0], location: { ...chapterOne, cfi: '/6/8' } }, 'a.location.cfi: not an EPUB CFI ("epubcfi(…)")'],
    [{ ...base[0], created: 'yesterday' }, 'a.created: not a date and time (ISO 8601)'],
    [{ ...base[1], color: 'purple' }, 'a.color: not one of yellow, green, blue, pink'],
    [{ ...base[1], target: { source: 'c.xhtml', selector: [] } }, 'a.target.selector: missing (a list of selectors)'],
    [{ ...base[1], target: { source: 'c.xhtml', selector: [{ type: 'FragmentSelector', value: 'epubcfi(/6/2)' }] } }, 'a.target.selector: no TextQuoteSelector, CssSelector or TextPositionSelector to find the text by'],
    [{ ...base[1], target: { source: 'c.xhtml', selector: [{ type: 'TextPositionSelector', start: 5, end: 2 }] } }, 'a.target.selector[0].end: not a whole number of at least start'],
    [{ ...base[1], target: { source: '', selector: [{ type: 'CssSelector', value: 'p' }] } }, 'a.target.source: empty'],
    [{ ...base[2], location: chapterOne }, 'a: a note needs exactly one of target (a selection) and location (a place)'],
    [{ ...base[2], text: 'x'.repeat(50_001) }, 'a.text: longer than 50,000 characters'],
    [{ ...base[1], target: { source: 'c.xhtml', selector: [{ type: 'CssSelector', value: 'p', refinedBy: { type: 'TextQuoteSelector' } }] } }, 'a.target.selector[0].refinedBy.exact: missing'],
  ];
  for (const [value, message] of cases) assert.deepEqual(checkAnnotation(value, 'a'), { ok: false, message });
});

test('unknown fields are dropped, times made canonical, and selectors of other kinds kept as they came', () => {
  const value: any = { ...sampleAnnotations()[1], extra: '<script>', created: '2026-01-01T11:00:00+01:00', modified: undefined };
  value.target = { ...value.target, selector: [...value.target.selector, { type: 'RangeSelector', startSelector: { type: 'XPathSelector', value: '/p[1]' } }] };
  const result = checkAnnotation(value);
  assert.equal(result.ok, true);
  if (!result.ok) return;
  assert.equal('extra' in result.annotation, false);
  assert.equal(result.annotation.created, '2026-01-01T10:00:00.000Z');
  assert.equal(result.annotation.modified, '2026-01-01T10:00:00.000Z');
  assert.equal(result.annotation.kind === 'highlight' && result.annotation.target.selector.length, 5);
});

test('a repeated id keeps the first and reports the second', () => {
  const [a] = sampleAnnotations();
  const { annotations, skipped } = validateAnnotations([a, { ...a, snippet: 'again' }]);
  assert.equal(annotations.length, 1);
  assert.equal(skipped[0]!.message, 'annotations[1].id: "b1" appears twice; the first is kept');
});

test('colour labels: known colours kept and tidied, others reported', () => {
  const { labels, skipped } = validateColorLabels({ yellow: '  main   idea ', blue: 'vocabulary', purple: 'x', pink: 3, green: '  ' });
  assert.deepEqual(labels, { yellow: 'main idea', blue: 'vocabulary' });
  assert.deepEqual(skipped.map((s) => s.message), ['labels.purple: "purple" is not one of yellow, green, blue, pink', 'labels.pink: not text']);
  assert.equal(validateColorLabels({ yellow: 'x'.repeat(100) }).labels.yellow!.length, 60);
});

test('book order: by fraction, then offset within the section, then age', () => {
  const list = sampleAnnotations().reverse();
  list.sort(compareAnnotations);
  assert.deepEqual(list.map((a) => a.id), ['b1', 'h1', 'n1', 'n2']);
  assert.deepEqual(placeOf(list[1]!), { href: 'chapter_001.xhtml', chapter: 'Chapter 1. Loomings.', fraction: 0.02, within: 0.04, cfi: 'epubcfi(/6/8!/4/2[c001s0003]/1:10)', offset: 400 });
});

test('within a section, the place in the section orders, even when the book’s fractions were measured differently', () => {
  const [bookmark, highlight] = sampleAnnotations();
  const early = { ...highlight!, id: 'early', target: { ...(highlight as any).target, fraction: 0.3, within: 0.1 } };
  const late = { ...bookmark!, id: 'late', location: { ...bookmark!.kind === 'bookmark' ? bookmark.location : chapterOne, fraction: 0.2, within: 0.5 } };
  assert.deepEqual([late, early].sort(compareAnnotations).map((a) => a.id), ['early', 'late']);
  // Different sections: the book's fraction decides.
  const elsewhere = { ...late, location: { ...late.location, href: 'chapter_002.xhtml' } };
  assert.deepEqual([early, elsewhere].sort(compareAnnotations).map((a) => a.id), ['late', 'early']);
  assert.equal(checkAnnotation({ ...early, target: { ...early.target, within: 2 } }, 'a').ok, false);
});

test('quoteOf reads a direct TextQuoteSelector or a CSS selector’s refinement; cfiOf the EPUB CFI', () => {
  const target = selectionOn('the spleen', 10);
  assert.equal(quoteOf(target)!.exact, 'the spleen');
  assert.equal(quoteOf({ source: 'c', selector: [{ type: 'CssSelector', value: 'p', refinedBy: { type: 'TextQuoteSelector', exact: 'refined' } }] })!.exact, 'refined');
  assert.equal(cfiOf(target), 'epubcfi(/6/8!/4/2[c001s0003]/1:10)');
  assert.equal(cfiOf({ source: 'c', selector: [{ type: 'CssSelector', value: 'p' }] }), undefined);
});

test('created annotations validate, carry the edition, and edits change `modified` only', () => {
  const now = new Date('2026-02-01T09:00:00Z');
  const bookmark = createBookmark({ ...chapterOne, href: 'chapter_001.xhtml#top' }, '  Call me   Ishmael. ', { now, edition: '2020-01-01T00:00:00Z' });
  assert.equal(bookmark.location.href, 'chapter_001.xhtml');
  assert.equal(bookmark.snippet, 'Call me Ishmael.');
  assert.equal(bookmark.edition, '2020-01-01T00:00:00Z');
  const highlight = createHighlight(selectionOn('spleen', 5), 'green', { now });
  const note = createNote('why?', { target: highlight.target }, { now });
  const placeNote = createNote('here', { location: chapterOne }, { now });
  for (const a of [bookmark, highlight, note, placeNote]) assert.equal(checkAnnotation(a).ok, true, a.kind);
  assert.match(highlight.id, /^[0-9a-f-]{36}$/);
  const edited = editAnnotation(note, { text: 'because' }, new Date('2026-02-02T09:00:00Z'));
  assert.equal(edited.text, 'because');
  assert.equal(edited.created, note.created);
  assert.equal(edited.modified, '2026-02-02T09:00:00.000Z');
});

test('snippets are cut at a word', () => {
  assert.equal(snippetOf('one two three four', 10), 'one two…');
  assert.equal(snippetOf('short'), 'short');
});

test('a book is known by its identifier; one without is known by its title', () => {
  assert.deepEqual(studyBookOf({ identifier: 'urn:uuid:1', modified: '2020-01-01T00:00:00Z', title: 'T', language: 'ar', dir: 'rtl' }), {
    identifier: 'urn:uuid:1', modified: '2020-01-01T00:00:00Z', title: 'T', language: 'ar', dir: 'rtl',
  });
  assert.equal(studyBookOf({ identifier: ' ', title: 'Flatland' }).identifier, 'title:Flatland');
});
