import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { createProfile, validateProfile, type LearnerProfile } from '../src/index.js';
import { deleteAllLearnerData, isStoreError, openProfileStore, profileToBlob, type ProfileStore } from '../src/store/index.js';

let counter = 0;
const freshName = () => `attune-test-${Date.now()}-${(counter += 1)}`;
const maya = (): LearnerProfile => ({ ...createProfile({ id: 'maya', displayName: 'Maya' }), display: { fontSize: 175, theme: 'dark' }, speech: { readAloud: true } });
const omar = (): LearnerProfile => ({ ...createProfile({ id: 'omar', displayName: 'Omar' }), display: { fontSize: 125 }, content: { simplifiedText: true } });

async function rejection(promise: Promise<unknown>): Promise<{ code: string; message: string; cause?: unknown }> {
  try {
    await promise;
  } catch (error) {
    expect(isStoreError(error), String(error)).to.equal(true);
    return error as { code: string; message: string };
  }
  throw new Error('expected a rejection');
}

async function databaseExists(name: string): Promise<boolean> {
  return (await indexedDB.databases()).some((db) => db.name === name);
}

describe('ProfileStore (IndexedDB in Chromium)', () => {
  const opened: ProfileStore[] = [];
  const names: string[] = [];
  async function open(name = freshName(), factory?: IDBFactory): Promise<ProfileStore> {
    names.push(name);
    const store = await openProfileStore(factory ? { name, indexedDB: factory } : { name });
    opened.push(store);
    return store;
  }
  afterEach(async () => {
    for (const store of opened.splice(0)) store.close();
    for (const name of names.splice(0)) await deleteAllLearnerData({ name });
  });

  it('round-trips a profile, lists it and remembers the current learner', async () => {
    const store = await open();
    const saved = await store.put(maya());
    expect(saved.issues).to.deep.equal([]);
    expect(Date.parse(saved.profile.updatedAt!)).to.be.closeTo(Date.now(), 5_000);
    const loaded = await store.get('maya');
    expect(loaded!.recovered).to.equal(false);
    expect(loaded!.issues).to.deep.equal([]);
    expect(loaded!.profile).to.deep.equal(saved.profile);
    expect(await store.list()).to.deep.equal([{ id: 'maya', displayName: 'Maya', updatedAt: saved.profile.updatedAt, damaged: false }]);
    expect(await store.get('nobody')).to.equal(undefined);

    expect(await store.getCurrentLearnerId()).to.equal(undefined);
    await store.setCurrentLearner('maya');
    expect(await store.getCurrentLearnerId()).to.equal('maya');
    expect((await store.getCurrent())!.profile.display.fontSize).to.equal(175);
    const missing = await rejection(store.setCurrentLearner('ghost'));
    expect(missing.code).to.equal('not-found');
    expect(await store.getCurrentLearnerId(), 'the previous choice is kept').to.equal('maya');
  });

  it('exports a learner and imports them on another device (another database)', async () => {
    const here = await open();
    await here.put(maya());
    const text = await here.exportLearner('maya');
    const there = await open();
    const imported = await there.importLearner(new File([text], 'maya.json', { type: 'application/json' }));
    expect(imported.issues).to.deep.equal([]);
    expect((await there.get('maya'))!.profile.display).to.deep.equal(maya().display);
    expect((await rejection(here.exportLearner('ghost'))).code).to.equal('not-found');

    const anonymous = await there.importLearner(profileToBlob({ ...omar(), id: '' }));
    expect(anonymous.profile.id).to.match(/^[0-9a-f-]{36}$/);
    expect(anonymous.issues.map((i) => i.path)).to.include('id');
    expect((await rejection(there.importLearner('{not json'))).code).to.equal('invalid-file');
  });

  it('keeps two learners on one device apart', async () => {
    const store = await open();
    await store.put(maya());
    await store.put(omar());
    await store.setCurrentLearner('maya');
    await store.put({ ...maya(), display: { fontSize: 300 } });
    expect((await store.get('omar'))!.profile.display).to.deep.equal({ fontSize: 125 });
    expect((await store.get('omar'))!.profile.content).to.deep.equal({ simplifiedText: true });
    expect((await store.list()).map((l) => l.id)).to.deep.equal(['maya', 'omar']);

    await store.delete('maya');
    expect(await store.get('maya')).to.equal(undefined);
    expect(await store.getCurrentLearnerId(), 'a deleted learner is no longer current').to.equal(undefined);
    expect((await store.get('omar'))!.profile.display.fontSize).to.equal(125);
  });

  it('recovers an unreadable record to defaults, keeps a copy aside, and leaves other learners alone', async () => {
    const name = freshName();
    const store = await open(name);
    await store.put(maya());
    await store.put(omar());
    const omarBefore = await store.get('omar');

    // Garbage written straight into IndexedDB, as a bug or a damaged disk would leave it.
    const raw = await openDB(name);
    await raw.put('learners', '\u0000\u00ff garbage {', 'maya');
    raw.close();

    expect((await store.list()).find((l) => l.id === 'maya')).to.deep.equal({ id: 'maya', displayName: '', damaged: true });
    const recovered = (await store.get('maya'))!;
    expect(recovered.recovered).to.equal(true);
    expect(recovered.profile).to.deep.equal(createProfile({ id: 'maya' }));
    expect(recovered.issues[0]!.code).to.equal('unreadable-record');
    expect(recovered.issues[0]!.message).to.match(/could not be read, so default settings are used/);

    // The defaults were saved in its place; the damaged value was set aside, not destroyed.
    const again = (await store.get('maya'))!;
    expect(again.recovered).to.equal(false);
    const check = await openDB(name);
    const damaged = await check.getAll('damaged');
    check.close();
    expect(damaged).to.have.length(1);
    expect(damaged[0].learnerId).to.equal('maya');
    expect(damaged[0].value).to.equal('\u0000\u00ff garbage {');

    expect(await store.get('omar')).to.deep.equal(omarBefore);
  });

  it('reads a record with some bad fields, keeping the rest', async () => {
    const name = freshName();
    const store = await open(name);
    const raw = await openDB(name);
    await raw.put('learners', { version: 1, id: 'maya', displayName: 'Maya', display: { fontSize: 900, theme: 'dark' } }, 'maya');
    raw.close();
    const loaded = (await store.get('maya'))!;
    expect(loaded.recovered).to.equal(false);
    expect(loaded.profile.display).to.deep.equal({ theme: 'dark' });
    expect(loaded.issues.map((i) => i.message)).to.include('display.fontSize: 900 is above the largest size, 400%. Using the default, 100%.');
  });

  it('"delete all my data" deletes the database itself, even with another tab’s connection open', async () => {
    const name = freshName();
    const store = await open(name);
    const otherTab = await open(name);
    await store.put(maya());
    await store.put(omar());
    await store.setCurrentLearner('omar');
    expect(await databaseExists(name)).to.equal(true);

    await store.deleteAllData();
    expect(await databaseExists(name)).to.equal(false);
    // The other connection closed itself when asked, and says so if used.
    expect((await rejection(otherTab.list())).code).to.equal('closed');

    const reopened = await open(name);
    expect(await reopened.list()).to.deep.equal([]);
    expect(await reopened.getCurrentLearnerId()).to.equal(undefined);
  });

  it('a write that fails because the device is full rejects with quota-exceeded and keeps the previous settings', async () => {
    // A storage bucket with a 300 kB quota: a real quota, really exceeded, no mock.
    const buckets = (navigator as unknown as { storageBuckets: { open(n: string, o: object): Promise<{ indexedDB: IDBFactory }>; delete(n: string): Promise<void> } }).storageBuckets;
    const bucketName = `quota-${Date.now()}`;
    const bucket = await buckets.open(bucketName, { quota: 300_000, persisted: false });
    try {
      const name = freshName();
      const store = await openProfileStore({ name, indexedDB: bucket.indexedDB });
      const saved = await store.put(maya());

      // Fill the rest of the bucket, with ever smaller pieces, until not even 64 bytes fit.
      const fillerRequest = bucket.indexedDB.open('filler', 1);
      fillerRequest.onupgradeneeded = () => fillerRequest.result.createObjectStore('blobs');
      const filler = await new Promise<IDBDatabase>((resolve, reject) => {
        fillerRequest.onsuccess = () => resolve(fillerRequest.result);
        fillerRequest.onerror = () => reject(fillerRequest.error);
      });
      let key = 0;
      for (let size = 64_000; size >= 64; size = Math.floor(size / 2)) {
        for (;;) {
          const tx = filler.transaction('blobs', 'readwrite');
          tx.objectStore('blobs').put('x'.repeat(size), (key += 1));
          const ok = await new Promise<boolean>((resolve) => {
            tx.oncomplete = () => resolve(true);
            tx.onabort = () => resolve(false);
          });
          if (!ok) break;
        }
      }
      filler.close();

      const bigger = { ...maya(), displayName: 'Maya with a longer name', display: { ...maya().display, fontSize: 250, lineHeight: 2 } };
      const failure = await rejection(store.put(bigger));
      expect(failure.code).to.equal('quota-exceeded');
      expect((failure.cause as { name?: string } | undefined)?.name, 'the browser’s own error is kept as the cause').to.equal('QuotaExceededError');
      expect(failure.message).to.match(/no room left.*Maya with a longer name’s previous settings are kept/);
      const kept = (await store.get('maya'))!;
      expect(kept.profile).to.deep.equal(saved.profile);
      store.close();
    } finally {
      await buckets.delete(bucketName);
    }
  });

  it('a closed store rejects with a typed error instead of hanging', async () => {
    const store = await open();
    await store.put(maya());
    store.close();
    const failure = await rejection(store.put(omar()));
    expect(failure.code).to.equal('closed');
    expect(failure.message).to.match(/^Could not save Omar’s settings: .*Omar’s previous settings are kept\./);
    expect((await rejection(store.get('maya'))).code).to.equal('closed');
  });

  it('refuses a database from a newer Attune without touching it, and a profile without id', async () => {
    const name = freshName();
    names.push(name);
    (await openDB(name, 7, { upgrade: (db) => db.createObjectStore('future') })).close();
    const failure = await rejection(openProfileStore({ name }));
    expect(failure.code).to.equal('newer-database');
    expect(await databaseExists(name)).to.equal(true);

    const store = await open();
    const noId = await rejection(store.put(validateProfile({ version: 1, display: {} }).profile));
    expect(noId.code).to.equal('invalid-profile');
  });
});
