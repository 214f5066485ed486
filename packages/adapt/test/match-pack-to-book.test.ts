import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchPackToBook } from '../src/index.js';

const pack = { book: { identifier: 'urn:uuid:ABC', modified: '2012-01-18T12:47:00Z', title: 'Moby-Dick' } };

test('same identifier and modification date: the same edition', () => {
  assert.equal(matchPackToBook(pack, { identifier: 'urn:uuid:abc', modified: '2012-01-18T12:47:00Z' }).relation, 'same-edition');
});

test('same identifier, another dcterms:modified: a re-issued book, said in a sentence', () => {
  const m = matchPackToBook(pack, { identifier: 'urn:uuid:ABC', modified: '2020-05-01T00:00:00Z' });
  assert.equal(m.relation, 'reissued');
  assert.match(m.message, /re-issued/);
});

test('another identifier: another book; a pack without one: unknown', () => {
  assert.equal(matchPackToBook(pack, { identifier: 'urn:isbn:9780000000000' }).relation, 'other-book');
  assert.equal(matchPackToBook({ book: { identifier: '' } }, { identifier: 'x' }).relation, 'unknown');
});
