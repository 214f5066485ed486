import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTermMatcher, englishInflections, glossaryForms, type GlossaryEntry } from '../src/index.js';

const entry = (term: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({ type: 'glossary', id: term, term, definition: `${term} means…`, ...extra });

test('regular English inflections: plurals, -ed and -ing with the usual spelling changes', () => {
  assert.deepEqual(englishInflections('harpoon').sort(), ['harpooned', 'harpooning', 'harpoons']);
  assert.ok(englishInflections('circumambulate').includes('circumambulating'));
  assert.ok(englishInflections('circumambulate').includes('circumambulated'));
  assert.ok(englishInflections('bury').includes('buries') && englishInflections('bury').includes('buried'));
  assert.ok(englishInflections('wharf').includes('wharves'));
  assert.ok(englishInflections('box').includes('boxes'));
  assert.ok(englishInflections('stop').includes('stopped') && englishInflections('stop').includes('stopping'));
  assert.ok(englishInflections('lie').includes('lying'));
  assert.ok(englishInflections('sperm whale').includes('sperm whales'));
  assert.ok(englishInflections('Pequod').includes('Pequods'));
});

test('forms of an entry: the term, the teacher’s forms, inflections unless turned off, each once', () => {
  assert.deepEqual(glossaryForms(entry('whale', { forms: ['whalemen', 'Whale'] })).slice(0, 2), ['whale', 'whalemen']);
  assert.deepEqual(glossaryForms(entry('Manhattoes', { inflect: false })), ['Manhattoes']);
  assert.deepEqual(glossaryForms(entry('harpoon'), 'fr'), ['harpoon'], 'no English inflections for a French pack');
});

test('whole words only, any case, longest form first, curly or straight apostrophes', () => {
  const matcher = buildTermMatcher([entry('whale'), entry('sperm whale'), entry('sea'), entry('captain’s log', { inflect: false })]);
  const text = 'The Sperm Whale and whales swam; the season at sea. Whale-ships! The captain\'s log.';
  const found = matcher.find(text).map((o) => [text.slice(o.start, o.end), o.entry.id]);
  assert.deepEqual(found, [
    ['Sperm Whale', 'sperm whale'],
    ['whales', 'whale'],
    ['sea', 'sea'],
    ['Whale', 'whale'],
    ["captain's log", 'captain’s log'],
  ]);
});

test('case-sensitive entries match only as written', () => {
  const matcher = buildTermMatcher([entry('US', { caseSensitive: true, inflect: false }), entry('ship')]);
  const text = 'All of us came to the US by ship.';
  assert.deepEqual(matcher.find(text).map((o) => text.slice(o.start, o.end)), ['US', 'ship']);
});

test('a term in two entries goes to the first', () => {
  const matcher = buildTermMatcher([entry('mole', { id: 'mole-animal' } as Partial<GlossaryEntry>), entry('mole')]);
  assert.equal(matcher.find('a noble mole')[0]!.entry.id, 'mole-animal');
});
