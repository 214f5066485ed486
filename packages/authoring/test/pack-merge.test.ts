import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createVariantPack, type PackEntry } from '@attune/adapt';
import { applyMerge, planMerge, sameContent } from '../src/variant-editor/pack-merge.js';

const book = { identifier: 'urn:isbn:9781449328030' };
const note = (id: string, content: string): PackEntry => ({ type: 'note', id, target: { source: 'ch01.xhtml', selector: [{ type: 'TextQuoteSelector', exact: 'EPUB' }] }, content });

test('a merge adds new entries, leaves equal ones and lists differing ones as conflicts', () => {
  const mine = { ...createVariantPack(book), levels: [{ name: 'Level A' }], entries: [note('same', 'Hi'), note('both', 'Mine'), note('only-mine', 'x')] };
  const theirs = { ...createVariantPack(book), levels: [{ name: 'Level A' }, { name: 'Level B' }], entries: [note('same', 'Hi'), note('both', 'Theirs'), note('only-theirs', 'y')] };
  const plan = planMerge(mine, theirs);
  assert.deepEqual(plan.added.map((e) => e.id), ['only-theirs']);
  assert.equal(plan.unchanged, 1);
  assert.deepEqual(plan.conflicts.map((c) => c.id), ['both']);
  assert.deepEqual(plan.levelsAdded, [{ name: 'Level B' }]);

  const kept = applyMerge(mine, plan);
  assert.deepEqual(kept.entries.map((e) => [e.id, e.type === 'note' && e.content]), [['same', 'Hi'], ['both', 'Mine'], ['only-mine', 'x'], ['only-theirs', 'y']]);
  const taken = applyMerge(mine, plan, { both: 'theirs' });
  assert.equal(taken.entries.find((e) => e.id === 'both')!.type === 'note' && (taken.entries.find((e) => e.id === 'both') as { content: string }).content, 'Theirs');
  assert.deepEqual(taken.levels.map((l) => l.name), ['Level A', 'Level B']);
});

test('content is compared whatever order its keys were written in', () => {
  assert.equal(sameContent({ a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 }), true);
  assert.equal(sameContent({ a: [1, 2] }, { a: [2, 1] }), false);
});

test('merging a pack into an empty one gives that pack', () => {
  const theirs = { ...createVariantPack(book), levels: [{ name: 'A', grades: '1-2' }], entries: [note('n1', 'One'), note('n2', 'Two')] };
  const merged = applyMerge(createVariantPack(book), planMerge(createVariantPack(book), theirs));
  assert.deepEqual(merged, theirs);
});
