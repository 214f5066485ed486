import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchQuote, normalizeForMatching, sameSource } from '../src/anchoring/index.js';

// Anchoring's text matching runs on strings: these tests need no DOM.
const CHAPTER = normalizeForMatching(`Call me Ishmael. Some years ago—never mind how long precisely—having little or no money in my purse,
  and nothing particular to interest me on shore, I thought I would sail about a little and see the watery part of the world.
  It is a way I have of driving off the spleen and regulating the circulation. There now is your insular city of the
  Manhattoes, belted round by wharves as Indian isles by coral reefs—commerce surrounds it with her surf. Right and left,
  the streets take you waterward. Look at the crowds of water-gazers there. Circumambulate the city of a dreamy Sabbath
  afternoon. Look at the crowds of water-gazers there.`);

test('normalizing: spaces collapse, invisible characters go, quotes and dashes fold, lengths are kept', () => {
  assert.equal(normalizeForMatching('  It’s\u00AD a  “long”\n\tway—isn\u2060’t it…  '), 'It\'s a "long" way-isn\'t it.');
  assert.equal(normalizeForMatching(' prefix ', false), ' prefix ');
});

test('an exact quote is found where it is, with no edits and full score', () => {
  const m = matchQuote(CHAPTER, { exact: 'I thought I would sail about a little' })!;
  assert.equal(CHAPTER.slice(m.start, m.end), 'I thought I would sail about a little');
  assert.equal(m.errors, 0);
  assert.equal(m.ambiguous, false);
});

test('typographic changes of a re-issue (curly to straight quotes, dashes) still match exactly', () => {
  const m = matchQuote(CHAPTER, { exact: 'coral reefs--commerce'.replace('--', '-') })!;
  assert.equal(m.errors, 0);
  const dash = matchQuote(CHAPTER, { exact: 'coral reefs—commerce' })!;
  assert.equal(dash.start, m.start);
});

test('a repeated sentence: prefix and suffix choose the right one; without them it is flagged ambiguous', () => {
  const exact = 'Look at the crowds of water-gazers there.';
  const first = CHAPTER.indexOf(exact);
  const second = CHAPTER.lastIndexOf(exact);
  assert.notEqual(first, second);
  assert.equal(matchQuote(CHAPTER, { exact, prefix: 'dreamy Sabbath afternoon. ' })!.start, second);
  assert.equal(matchQuote(CHAPTER, { exact, suffix: ' Circumambulate' })!.start, first);
  const bare = matchQuote(CHAPTER, { exact })!;
  assert.equal(bare.start, first);
  assert.equal(bare.ambiguous, true);
  // A position hint decides too (a TextPositionSelector's start).
  assert.equal(matchQuote(CHAPTER, { exact }, { hint: second - 3 })!.start, second);
});

test('approximate: a sentence with a few characters changed is found, with the number of edits', () => {
  const edited = 'It is a way I have of driving away the spleen and regulating my circulation.';
  const m = matchQuote(CHAPTER, { exact: edited, prefix: 'the watery part of the world. ' })!;
  assert.ok(m);
  assert.equal(CHAPTER.slice(m.start, m.end), 'It is a way I have of driving off the spleen and regulating the circulation.');
  assert.ok(m.errors > 0 && m.errors <= 8, `${m.errors} edits`);
  assert.ok(m.score < 1);
});

test('approximate: text that is not there is not found, however long', () => {
  assert.equal(matchQuote(CHAPTER, { exact: 'The ship sailed from Nantucket on a cold Christmas morning.' }), null);
  assert.equal(matchQuote(CHAPTER, { exact: 'x'.repeat(900) }), null);
});

test('approximate: a short quote with an edit counts only when its context agrees', () => {
  assert.equal(matchQuote(CHAPTER, { exact: 'Cal me Ishmael' }), null, 'no context: too risky');
  const m = matchQuote(CHAPTER, { exact: 'Cal me Ishmael.', suffix: ' Some years ago' });
  assert.ok(m);
  assert.equal(CHAPTER.slice(m.start, m.end), 'Call me Ishmael.');
  assert.equal(matchQuote(CHAPTER, { exact: 'Cal me Ishmael.', suffix: ' Nothing like this' }), null);
});

test('a long passage edited in the middle is found by its head and tail, quickly', () => {
  const body = CHAPTER.slice(0, 600);
  assert.equal(body.length, 600);
  const exact = body.replace('regulating the circulation', 'keeping my blood moving').replace('Indian isles', 'South Sea islands');
  assert.ok(exact.length > 512);
  const started = performance.now();
  const m = matchQuote(CHAPTER, { exact })!;
  const ms = performance.now() - started;
  assert.ok(m, 'found');
  assert.equal(m.start, 0);
  assert.ok(Math.abs(m.end - 600) <= 2, `ends at ${m.end}`);
  assert.ok(m.errors > 0);
  assert.ok(ms < 50, `${ms.toFixed(1)} ms`);
});

test('a long passage rewritten throughout is not taken for the original', () => {
  const exact = CHAPTER.slice(0, 600).split(' ').reverse().join(' ');
  assert.equal(matchQuote(CHAPTER, { exact: `Call me Ishmael. ${exact}` }), null);
});

test('the allowed edits are a setting: 0 means exact matches only', () => {
  const edited = 'It is a way I have of driving away the spleen and regulating the circulation.';
  assert.ok(matchQuote(CHAPTER, { exact: edited }));
  assert.equal(matchQuote(CHAPTER, { exact: edited }, { maxErrorRatio: 0 }), null);
});

test('section hrefs match with or without folders, escapes and fragments', () => {
  assert.ok(sameSource('chapter_001.xhtml', 'OPS/chapter_001.xhtml'));
  assert.ok(sameSource('text/chapter-1.xhtml#ch1', 'epub/text/chapter-1.xhtml'));
  assert.ok(sameSource('./a%20b.xhtml', 'a b.xhtml'));
  assert.ok(!sameSource('chapter_001.xhtml', 'chapter_0011.xhtml'));
  assert.ok(!sameSource('1.xhtml', 'chapter_1.xhtml'));
});
