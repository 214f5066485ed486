import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createVariantPack, type VariantPack } from '@attune/adapt';
import { PackHistory } from '../src/variant-editor/pack-history.js';
import { clearPack, newEntryId, putEntry, removeEntry, setLevels } from '../src/variant-editor/pack-edits.js';

const empty = () => createVariantPack({ identifier: 'urn:isbn:9781449328030' });
const term = (id: string, definition = 'A meaning.') => ({ type: 'glossary' as const, id, term: id, definition });

test('undo and redo walk the history; a new edit drops what was undone', () => {
  const history = new PackHistory(empty());
  const states: VariantPack[] = [];
  history.subscribe((s) => states.push(s.pack));
  const a = putEntry(history.pack, term('a'));
  history.apply(a);
  const b = putEntry(history.pack, term('b'));
  history.apply(b);
  assert.equal(history.canUndo, true);
  assert.equal(history.undo(), true);
  assert.equal(history.pack, a);
  assert.equal(history.canRedo, true);
  assert.equal(history.redo(), true);
  assert.equal(history.pack, b);
  history.undo();
  history.apply(putEntry(history.pack, term('c')));
  assert.equal(history.canRedo, false, 'a new edit forgets the undone one');
  assert.deepEqual(history.pack.entries.map((e) => e.id), ['a', 'c']);
  assert.equal(states.length, 6, "one notice per change, undo and redo");
});

test('typing in one field within the window is one undo step; another field is another', () => {
  const history = new PackHistory(empty(), { groupWindowMs: 10_000 });
  history.apply(putEntry(history.pack, term('water', '')));
  for (const text of ['W', 'Wa', 'Wat', 'Wate', 'Water']) history.apply(putEntry(history.pack, term('water', text)), { group: 'water:definition' });
  history.apply(putEntry(history.pack, { ...term('water', 'Water'), example: 'Rain' }), { group: 'water:example' });
  history.undo();
  assert.equal(history.pack.entries[0]!.type === 'glossary' && history.pack.entries[0]!.definition, 'Water');
  history.undo();
  assert.equal(history.pack.entries[0]!.type === 'glossary' && history.pack.entries[0]!.definition, '', 'the whole word went in one step');
  history.undo();
  assert.equal(history.pack.entries.length, 0);
  assert.equal(history.undo(), false, 'nothing more to undo');
});

test('the history keeps at most `limit` steps', () => {
  const history = new PackHistory(empty(), { limit: 3 });
  for (let i = 0; i < 10; i++) history.apply(putEntry(history.pack, term(`t${i}`)));
  let steps = 0;
  while (history.undo()) steps++;
  assert.equal(steps, 3);
});

test('edits are pure: the old pack is unchanged', () => {
  const start = putEntry(empty(), term('a'));
  const snapshot = JSON.stringify(start);
  putEntry(start, term('a', 'Changed.'));
  removeEntry(start, 'a');
  setLevels(start, [{ name: 'Level A' }]);
  clearPack(start);
  assert.equal(JSON.stringify(start), snapshot);
  assert.deepEqual(putEntry(start, term('a', 'Changed.')).entries, [term('a', 'Changed.')], 'same id replaces in place');
  assert.deepEqual(clearPack(setLevels(start, [{ name: 'A' }])).entries, []);
});

test('new entry ids are readable and unique', () => {
  let pack = empty();
  assert.equal(newEntryId(pack, 'glossary', 'Harpoon!'), 'term-harpoon');
  pack = putEntry(pack, term('term-harpoon'));
  assert.equal(newEntryId(pack, 'glossary', 'harpoon'), 'term-harpoon-1');
  assert.equal(newEntryId(pack, 'simplified', 'Call me Ishmael. Some years ago'), 'passage-call-me-ishmael-some');
  assert.equal(newEntryId(pack, 'note'), 'note-1');
  assert.equal(newEntryId(pack, 'description', 'Élan vital'), 'image-elan-vital');
});
