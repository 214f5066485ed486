import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeForMatching } from '@attune/adapt/anchoring';
import { excerptOf, findMatches, foldForSearch, prepareQuery, searchAll, searchBook, SearchError, type SearchSectionText, type SearchSource } from '../src/index.js';

/** A section as the text model gives it: normalized text, and the book's characters at the same offsets. */
function section(index: number, chapter: string, written: string, language = 'en'): SearchSectionText {
  const text = normalizeForMatching(written);
  // The fixture writes no invisible characters, so after collapsing spaces the offsets of both agree.
  const original = written.replace(/\s+/g, ' ').trim();
  return { index, href: `OEBPS/ch${index}.xhtml`, source: `ch${index}.xhtml`, chapter, language, text, originalText: (s, e) => original.slice(s, e) };
}

function sourceOf(sections: SearchSectionText[], delays: number[] = []): SearchSource & { loaded: number[] } {
  const loaded: number[] = [];
  return {
    loaded,
    sectionCount: sections.length,
    async load(index) {
      loaded.push(index);
      await new Promise((r) => setTimeout(r, delays[index] ?? 0));
      const s = sections[index];
      if (!s) throw new Error(`no section ${index}`);
      return s;
    },
  };
}

const BOOK = [
  section(0, 'Loomings', 'Call me Ishmael. Some years ago — never mind how long precisely — having little money.'),
  section(1, 'The Carpet-Bag', 'I stuffed a shirt or two into my old carpet-bag, tucked it under my arm.'),
  section(2, 'Café', 'He ordered a CAFÉ crème at the café; “it’s fine,” he said.'),
  section(3, 'عربي', 'هذا كِتَابٌ جميل. الكتاب على الطاولة.', 'ar'),
];

test('folding ignores case, accents, ligatures and Arabic marks, and maps back to the source', () => {
  assert.equal(foldForSearch('CAFÉ ﬁsh').text, 'cafe fish');
  const folded = foldForSearch('كِتَابٌ', 'ar');
  assert.equal(folded.text, 'كتاب');
  assert.deepEqual([...folded.from!], [0, 2, 4, 5]);
  // Plain ASCII: lower-cased, offsets unchanged.
  assert.deepEqual(foldForSearch('Call ME').from, null);
  assert.equal(foldForSearch('Call ME').text, 'call me');
  assert.equal(foldForSearch('Straße').text, 'strasse');
  // Turkish lower-cases I to dotless ı.
  assert.equal(foldForSearch('KIŞ', 'tr').text, 'kıs');
  assert.equal(foldForSearch('KIŞ', 'en').text, 'kis');
});

test('findMatches gives offsets in the text as written, across accents and curly quotes', () => {
  const text = BOOK[2]!.text;
  const q = prepareQuery('cafe');
  assert.ok(!('code' in q));
  const matches = findMatches(text, q.folded);
  assert.equal(matches.length, 2);
  assert.deepEqual(matches.map((m) => BOOK[2]!.originalText(m.start, m.end)), ['CAFÉ', 'café']);
  const quote = prepareQuery('"it\'s fine,"');
  assert.ok(!('code' in quote));
  const [m] = findMatches(text, quote.folded);
  assert.equal(BOOK[2]!.originalText(m!.start, m!.end), '“it’s fine,”');
  // Whitespace differences in the query do not matter.
  const spaced = prepareQuery('  call   me\nishmael ');
  assert.ok(!('code' in spaced));
  assert.equal(findMatches(BOOK[0]!.text, spaced.folded).length, 1);
});

test('an excerpt has whole words either side, as the book writes them', () => {
  const s = BOOK[0]!;
  const at = s.text.indexOf('never mind');
  const ex = excerptOf(s, at, at + 'never mind'.length, 20);
  assert.equal(ex.match, 'never mind');
  assert.match(ex.before, /^… .*ago — $/);
  assert.match(ex.after, /^ how long .* …$/);
  assert.ok(!/\S…|…\S/.test(ex.before + ex.after), 'no word is cut');
});

test('searchBook yields one update per section with progress, results in book order with chapter, excerpt and a target', async () => {
  const updates = [];
  for await (const update of searchBook(sourceOf(BOOK), 'carpet-bag')) updates.push(update);
  assert.deepEqual(updates.map((u) => u.sectionsDone), [1, 2, 3, 4]);
  assert.ok(updates.every((u) => u.sectionsTotal === 4));
  assert.equal(updates.at(-1)!.done, true);
  assert.equal(updates.filter((u) => u.done).length, 1);
  const results = updates.flatMap((u) => u.results);
  assert.equal(results.length, 1);
  const [r] = results;
  assert.equal(r!.chapter, 'The Carpet-Bag');
  assert.equal(r!.href, 'OEBPS/ch1.xhtml');
  assert.equal(r!.excerpt.match, 'carpet-bag');
  const [quote, position] = r!.target.selector;
  assert.equal(quote.exact, 'carpet-bag');
  assert.equal(BOOK[1]!.text.slice(position.start, position.end), 'carpet-bag');
  assert.equal(quote.prefix, BOOK[1]!.text.slice(position.start - 32, position.start));
});

test('Arabic is found without its vowel marks, in the section language', async () => {
  const { results } = await searchAll(sourceOf(BOOK), 'كتاب');
  assert.equal(results.length, 2);
  assert.deepEqual(results.map((r) => r.excerpt.match), ['كِتَابٌ', 'كتاب']);
  assert.ok(results.every((r) => r.language === 'ar'));
});

test('the cap stops the search and says so', async () => {
  const many = [section(0, 'A', 'the '.repeat(50)), section(1, 'B', 'the '.repeat(50))];
  const source = sourceOf(many);
  const { results, last } = await searchAll(source, 'the', { limit: 30 });
  assert.equal(results.length, 30);
  assert.equal(last!.capped, true);
  assert.equal(last!.done, true);
  assert.deepEqual(results.map((r) => r.ordinal), [...Array(30).keys()]);
});

test('an AbortSignal stops the search: no update after it, no further section loaded', async () => {
  const sections = Array.from({ length: 20 }, (_, i) => section(i, `Chapter ${i}`, `text of chapter ${i} with a whale`));
  const source = sourceOf(sections, sections.map(() => 5));
  const controller = new AbortController();
  const seen: number[] = [];
  for await (const update of searchBook(source, 'whale', { signal: controller.signal })) {
    seen.push(update.sectionsDone);
    if (update.sectionsDone === 3) controller.abort();
  }
  assert.deepEqual(seen, [1, 2, 3]);
  // The section after the current one is read ahead; nothing beyond it.
  assert.ok(Math.max(...source.loaded) <= 3, `loaded ${source.loaded}`);
});

test('a section that cannot be read is reported and the rest is searched', async () => {
  const broken: SearchSource = {
    sectionCount: 3,
    async load(index) {
      if (index === 1) throw new Error('The section “OEBPS/ch1.xhtml” is missing from the book.');
      return BOOK[index === 2 ? 1 : 0]!;
    },
  };
  const { results, last } = await searchAll(broken, 'carpet');
  assert.equal(results.length, 1);
  assert.deepEqual(last!.skipped, [{ index: 1, message: 'The section “OEBPS/ch1.xhtml” is missing from the book.' }]);
});

test('an empty or overlong query is refused with a code and a sentence', async () => {
  await assert.rejects(searchAll(sourceOf(BOOK), '   '), (e: unknown) => e instanceof SearchError && e.code === 'empty-query');
  await assert.rejects(searchAll(sourceOf(BOOK), 'x'.repeat(501)), (e: unknown) => e instanceof SearchError && e.code === 'query-too-long' && /500/.test(e.message));
});
