import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Autosaver } from '../src/storage/autosaver.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('saves the last value shortly after changes stop, once', async () => {
  const saved: number[] = [];
  const saver = new Autosaver<number>(async (v) => void saved.push(v), { delayMs: 30, maxWaitMs: 500 });
  saver.schedule(1);
  saver.schedule(2);
  saver.schedule(3);
  assert.equal(saver.status.state, 'pending');
  await sleep(80);
  await saver.flush();
  assert.deepEqual(saved, [3]);
  assert.equal(saver.status.state, 'saved');
});

test('steady changes are still saved within maxWait of the first one', async () => {
  const saved: { value: number; at: number }[] = [];
  const started = Date.now();
  const saver = new Autosaver<number>(async (value) => void saved.push({ value, at: Date.now() - started }), { delayMs: 100, maxWaitMs: 200 });
  for (let i = 0; i < 10; i++) {
    saver.schedule(i);
    await sleep(40);
  }
  await saver.flush();
  assert.ok(saved.length >= 2, `saved ${saved.length} times`);
  assert.ok(saved[0]!.at < 400, `first save after ${saved[0]!.at} ms`);
  assert.equal(saved.at(-1)!.value, 9);
});

test('a failed save is reported and the next change is tried again; saves never overtake each other', async () => {
  const order: number[] = [];
  let fail = true;
  const saver = new Autosaver<number>(
    async (v) => {
      await sleep(v === 1 ? 30 : 1);
      if (fail) {
        fail = false;
        throw new Error('disk full');
      }
      order.push(v);
    },
    { delayMs: 5 },
  );
  saver.schedule(1);
  const first = saver.flush();
  saver.schedule(2);
  await saver.flush();
  await first;
  assert.deepEqual(order, [2]);
  assert.equal(saver.status.state, 'saved');
  fail = true;
  saver.schedule(3);
  await saver.flush();
  assert.equal(saver.status.state, 'failed');
});
