import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BackHistory } from '../src/study/navigation/back-history.js';
import { studyCommandForKey } from '../src/study/navigation/study-keys.js';
import { whereAmISentence } from '../src/study/navigation/navigation-messages.js';

const place = (n: number) => ({ cfi: `epubcfi(/6/${n}!/4)`, href: `ch${n}.xhtml`, fraction: n / 100, label: `Chapter ${n}` });
const key = (k: Partial<KeyboardEvent>) => ({ key: '', code: '', altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...k });

test('Back remembers places most recent first, once each in a row, at most 20, and tells its listeners', () => {
  const history = new BackHistory();
  const sizes: number[] = [];
  history.subscribe((size) => sizes.push(size));
  history.remember(place(1));
  history.remember(place(1));
  history.remember(place(2));
  history.remember(undefined);
  assert.equal(history.length, 2);
  assert.equal(history.take()!.cfi, place(2).cfi);
  assert.equal(history.take()!.cfi, place(1).cfi);
  assert.equal(history.take(), undefined);
  assert.deepEqual(sizes, [1, 2, 1, 0]);
  for (let n = 0; n < 25; n++) history.remember(place(n));
  assert.equal(history.length, 20);
  assert.equal(history.peek()!.cfi, place(24).cfi);
  history.clear();
  assert.equal(history.length, 0);
});

test('the study shortcuts', () => {
  assert.equal(studyCommandForKey(key({ key: 'f', code: 'KeyF', ctrlKey: true })), 'search');
  assert.equal(studyCommandForKey(key({ key: 'f', code: 'KeyF', metaKey: true })), 'search');
  assert.equal(studyCommandForKey(key({ key: 'ArrowLeft', altKey: true })), 'back');
  // Alt+Shift+← is read-aloud's "previous sentence", not Back.
  assert.equal(studyCommandForKey(key({ key: 'ArrowLeft', altKey: true, shiftKey: true })), null);
  assert.equal(studyCommandForKey(key({ key: 'W', code: 'KeyW', altKey: true, shiftKey: true })), 'where-am-i');
  assert.equal(studyCommandForKey(key({ key: 'I', code: 'KeyI', altKey: true, shiftKey: true })), 'image');
  assert.equal(studyCommandForKey(key({ key: 'F3' })), 'next-result');
  assert.equal(studyCommandForKey(key({ key: 'F3', shiftKey: true })), 'previous-result');
  assert.equal(studyCommandForKey(key({ key: 'ArrowLeft' })), null);
  assert.equal(studyCommandForKey(key({ key: 'f', code: 'KeyF' })), null);
});

test('Where am I is one sentence for each case, the percentage written by Intl', () => {
  assert.equal(whereAmISentence({ chapter: 'Chapter 3. The Carpet-Bag', printedPage: '12', page: 1, pages: 9, fraction: 0.081 }), 'Chapter 3. The Carpet-Bag. Page 12. 8% through the book.');
  assert.equal(whereAmISentence({ chapter: '', printedPage: 'xiv', page: 1, pages: 9, fraction: 0 }), 'Page xiv. 0% through the book.');
  assert.equal(whereAmISentence({ chapter: 'Loomings', page: 2, pages: 18, fraction: 0.013 }), 'Loomings. Screen 2 of 18 in this chapter. 1% through the book.');
  assert.equal(whereAmISentence({ chapter: '', page: 1, pages: 1, fraction: 1 }), 'Screen 1 of 1 in this section. 100% through the book.');
});
