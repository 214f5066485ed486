import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseVariant, parseGradeBand, type LevelDefinition, type Variant } from '../src/index.js';

const v = (level: string): Variant => ({ level, content: level });
const levels: LevelDefinition[] = [{ name: 'Level A', grades: 'K-1' }, { name: 'Level B' }, { name: 'Level C' }];

test('grade bands: single grades, ranges, K, "grade" and dashes of every kind', () => {
  assert.deepEqual(parseGradeBand('3-5'), { min: 3, max: 5 });
  assert.deepEqual(parseGradeBand('4'), { min: 4, max: 4 });
  assert.deepEqual(parseGradeBand('K-2'), { min: 0, max: 2 });
  assert.deepEqual(parseGradeBand('Grades 6–8'), { min: 6, max: 8 });
  assert.deepEqual(parseGradeBand('5 to 3'), { min: 3, max: 5 });
  assert.equal(parseGradeBand('Level A'), null);
  assert.equal(parseGradeBand('99'), null);
});

test('a grade chooses the narrowest band that holds it', () => {
  const variants = [v('3-5'), v('4'), v('6-8')];
  assert.equal(chooseVariant(variants, 4)!.variant.level, '4');
  assert.equal(chooseVariant(variants, 5)!.variant.level, '3-5');
  assert.equal(chooseVariant(variants, 7)!.how, 'band');
});

test('never harder than the learner’s grade when an easier one exists; else the simplest', () => {
  const variants = [v('2-3'), v('6-8')];
  const five = chooseVariant(variants, 5)!;
  assert.equal(five.variant.level, '2-3');
  assert.equal(five.how, 'nearest-easier');
  const one = chooseVariant([v('4-5'), v('6')], 1)!;
  assert.equal(one.variant.level, '4-5');
  assert.equal(one.how, 'simplest');
});

test('null picks the simplest: lowest band, then named levels in their order', () => {
  assert.equal(chooseVariant([v('6-8'), v('3-5')], null)!.variant.level, '3-5');
  assert.equal(chooseVariant([v('Level C'), v('Level B')], null, levels)!.variant.level, 'Level B');
  assert.equal(chooseVariant([v('Level C'), v('Level A')], null, levels)!.variant.level, 'Level A');
});

test('a named level chooses that variant; a named level with grades also answers a grade', () => {
  const variants = [v('Level A'), v('Level B'), v('3-5')];
  assert.equal(chooseVariant(variants, 'level b', levels)!.variant.level, 'Level B');
  assert.equal(chooseVariant(variants, 'Level B', levels)!.how, 'named');
  assert.equal(chooseVariant(variants, 1, levels)!.variant.level, 'Level A');
  assert.equal(chooseVariant(variants, '4', levels)!.variant.level, '3-5');
});

test('a named level the passage does not have gives no variant (the book’s text stays)', () => {
  assert.equal(chooseVariant([v('Level A')], 'Level Z', levels), null);
  assert.equal(chooseVariant([], 4), null);
});
