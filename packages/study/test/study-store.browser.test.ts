import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { COMPANION_DATABASE_NAMES, isStoreError, openProfileStore } from '@attune/profile/store';
import { createProfile } from '@attune/profile';
import { deleteAllStudyData, deleteStudyDatabase, openStudyStore, STUDY_DATABASE_NAME, type StudyStore, type Annotation } from '../src/index.js';
import { chapterOne, sampleAnnotations } from './annotations.js';

let counter = 0;
const freshName = () => `attune-study-test-${Date.now()}-${(counter += 1)}`;
const BOOK = 'urn:uuid:moby';

async function rejection(promise: Promise<unknown>): Promise<{ code: string; message: string; cause?: unknown }> {
  try {
    await promise;
  } catch (error) {
    expect(isStoreError(error), String(error)).to.equal(true);
    return error as { code: string; message: string };
  }
  throw new Error('expected a rejection');
}

describe('StudyStore (IndexedDB in Chromium)', () => {
  const opened: StudyStore[] = [];
  const names: string[] = [];
  async function open(name = freshName(), factory?: IDBFactory): Promise<StudyStore> {
    names.push(name);
    const store = await openStudyStore(factory ? { name, indexedDB: factory } : { name });
    opened.push(store);
    return store;
  }
  afterEach(async () => {
    for (const store of opened.splice(0)) store.close();
    for (const name of names.splice(0)) await deleteStudyDatabase({ name });
  });

  it('keeps annotations per learner and per book, and loads them in book order', async () => {
    const store = await open();
    const [bookmark, highlight, note, placeNote] = sampleAnnotations();
    await store.putAnnotations('maya', BOOK, [placeNote!, note!, bookmark!]);
    await store.putAnnotation('maya', BOOK, highlight!);
    await store.putAnnotation('omar', BOOK, { ...highlight!, color: 'blue' });
    await store.putAnnotation('maya', 'urn:uuid:other', { ...bookmark!, id: 'other' });
    const maya = await store.loadBook('maya', BOOK);
    expect(maya.skipped).to.deep.equal([]);
    expect(maya.annotations).to.deep.equal(sampleAnnotations());
    const omar = await store.loadBook('omar', BOOK);
    expect(omar.annotations.map((a) => a.kind === 'highlight' && a.color)).to.deep.equal(['blue']);
    await store.deleteAnnotation('maya', BOOK, 'h1');
    expect((await store.loadBook('maya', BOOK)).annotations.map((a) => a.id)).to.deep.equal(['b1', 'n1', 'n2']);
    await store.clearBook('maya', BOOK);
    expect((await store.loadBook('maya', BOOK)).annotations).to.deep.equal([]);
    expect((await store.loadBook('maya', 'urn:uuid:other')).annotations).to.have.length(1);
  });

  it('a corrupted record is reported with what is wrong and set aside; every other record loads', async () => {
    const name = freshName();
    const store = await open(name);
    await store.putAnnotations('maya', BOOK, sampleAnnotations());
    // Damage records behind the store's back, as a disk error or an old bug would.
    const raw = await openDB(name);
    const broken = structuredClone(sampleAnnotations()[1]) as any;
    delete broken.target.selector[0].exact;
    await raw.put('annotations', broken, ['maya', BOOK, 'h1']);
    await raw.put('annotations', 'garbage', ['maya', BOOK, 'zz']);
    await raw.put('positions', { cfi: 'nonsense' }, ['maya', BOOK]);
    raw.close();

    const loaded = await store.loadBook('maya', BOOK);
    expect(loaded.annotations.map((a) => a.id)).to.deep.equal(['b1', 'n1', 'n2']);
    expect(loaded.skipped).to.deep.equal([
      { path: 'annotation "h1"', id: 'h1', message: 'annotation "h1".target.selector[0].exact: missing' },
      { path: 'annotation "zz"', id: 'zz', message: 'annotation "zz": not an annotation object' },
      { path: 'last position', message: 'last position.cfi: not an EPUB CFI ("epubcfi(…)")' },
    ]);
    const aside = await store.damagedRecords('maya');
    expect(aside.map((r) => r.message).sort()).to.deep.equal(loaded.skipped.map((s) => s.message).sort());
    expect(aside.find((r) => r.value === 'garbage')!.key).to.deep.equal(['maya', BOOK, 'zz']);
    // Set aside, so the next load is clean and the good records are still there.
    const again = await store.loadBook('maya', BOOK);
    expect(again.skipped).to.deep.equal([]);
    expect(again.annotations.map((a) => a.id)).to.deep.equal(['b1', 'n1', 'n2']);
  });

  it('an invalid annotation is refused with the reason, and nothing of the batch is written', async () => {
    const store = await open();
    const bad = { ...sampleAnnotations()[1], color: 'purple' } as unknown as Annotation;
    const failure = await rejection(store.putAnnotations('maya', BOOK, [sampleAnnotations()[0]!, bad]));
    expect(failure.message).to.equal('This annotation cannot be saved: annotations[1].color: not one of yellow, green, blue, pink.');
    expect((await store.loadBook('maya', BOOK)).annotations).to.deep.equal([]);
  });

  it('remembers the last position per learner and book, and colour labels per learner', async () => {
    const store = await open();
    await store.setLastPosition('maya', BOOK, { ...chapterOne, href: 'chapter_001.xhtml#x' });
    await store.setLastPosition('omar', BOOK, { ...chapterOne, fraction: 0.9 });
    expect(await store.getLastPosition('maya', BOOK)).to.deep.equal(chapterOne);
    expect((await store.getLastPosition('omar', BOOK))!.fraction).to.equal(0.9);
    expect(await store.getLastPosition('maya', 'urn:other')).to.equal(undefined);
    expect(await store.setColorLabels('maya', { yellow: ' main idea ', blue: 'vocabulary' })).to.deep.equal({ yellow: 'main idea', blue: 'vocabulary' });
    const loaded = await store.loadBook('maya', BOOK);
    expect(loaded.lastPosition).to.deep.equal(chapterOne);
    expect(loaded.labels).to.deep.equal({ yellow: 'main idea', blue: 'vocabulary' });
    expect(await store.getColorLabels('omar')).to.deep.equal({});
    const failure = await rejection(store.setLastPosition('maya', BOOK, { ...chapterOne, fraction: 2 }));
    expect(failure.message).to.equal('The reading position cannot be saved: position.fraction: not a number from 0 to 1.');
  });

  it('deleteAllStudyData removes one learner’s data in every book and leaves other learners’', async () => {
    const store = await open();
    for (const learner of ['maya', 'omar']) {
      await store.putAnnotations(learner, BOOK, sampleAnnotations());
      await store.putAnnotation(learner, 'urn:other', sampleAnnotations()[0]!);
      await store.setLastPosition(learner, BOOK, chapterOne);
      await store.setColorLabels(learner, { pink: 'question' });
    }
    await store.deleteAllStudyData('maya');
    for (const book of [BOOK, 'urn:other']) {
      const maya = await store.loadBook('maya', book);
      expect(maya.annotations, book).to.deep.equal([]);
      expect(maya.lastPosition).to.equal(undefined);
      expect(maya.labels).to.deep.equal({});
    }
    const omar = await store.loadBook('omar', BOOK);
    expect(omar.annotations).to.have.length(4);
    expect(omar.labels).to.deep.equal({ pink: 'question' });
    // The same without a store at hand (removing a learner from the device).
    await deleteAllStudyData('omar', { name: names[names.length - 1]! });
    expect((await store.loadBook('omar', BOOK)).annotations).to.deep.equal([]);
  });

  it('"delete all my data" in the profile store deletes the study database too', async () => {
    expect(COMPANION_DATABASE_NAMES).to.include(STUDY_DATABASE_NAME);
    const profileName = freshName();
    const studyName = freshName();
    names.push(studyName);
    const study = await open(studyName);
    await study.putAnnotations('maya', BOOK, sampleAnnotations());
    const profiles = await openProfileStore({ name: profileName, companions: [studyName] });
    await profiles.put(createProfile({ id: 'maya', displayName: 'Maya' }));
    // The study store is still open, as in a running reader: its connection lets go when asked.
    await profiles.deleteAllData();
    const left = (await indexedDB.databases()).map((d) => d.name);
    expect(left).not.to.include(profileName);
    expect(left).not.to.include(studyName);
    const failure = await rejection(study.loadBook('maya', BOOK));
    expect(failure.code).to.equal('closed');
  });

  it('a write that fails because the device is full rejects with quota-exceeded and keeps what was saved', async () => {
    // A storage bucket with a 300 kB quota: a real quota, really exceeded, no mock.
    const buckets = (navigator as unknown as { storageBuckets: { open(n: string, o: object): Promise<{ indexedDB: IDBFactory }>; delete(n: string): Promise<void> } }).storageBuckets;
    const bucketName = `study-quota-${Date.now()}`;
    const bucket = await buckets.open(bucketName, { quota: 300_000, persisted: false });
    try {
      const store = await openStudyStore({ name: freshName(), indexedDB: bucket.indexedDB });
      await store.putAnnotations('maya', BOOK, sampleAnnotations());
      const note = sampleAnnotations()[2]!;
      let failure: { code: string; message: string; cause?: unknown } | undefined;
      // Notes of 40,000 random characters (IndexedDB compresses repetitive text) until the bucket is full.
      const randomText = (length: number) => Array.from(crypto.getRandomValues(new Uint8Array(length)), (b) => String.fromCharCode(0x21 + (b % 90))).join('');
      for (let i = 0; i < 100 && !failure; i++) {
        try {
          await store.putAnnotation('maya', BOOK, { ...note, id: `big-${i}`, text: randomText(40_000) } as Annotation);
        } catch (error) {
          failure = error as typeof failure;
        }
      }
      expect(failure, 'the bucket filled up').to.not.equal(undefined);
      expect(isStoreError(failure)).to.equal(true);
      expect(failure!.code).to.equal('quota-exceeded');
      expect(failure!.message).to.equal('Could not save this note: this device has no room left for Attune’s data. Everything saved before is kept. Free some space on the device, then try again.');
      expect((failure!.cause as { name?: string }).name).to.equal('QuotaExceededError');
      const loaded = await store.loadBook('maya', BOOK);
      expect(loaded.skipped).to.deep.equal([]);
      expect(loaded.annotations.filter((a) => !a.id.startsWith('big-'))).to.deep.equal(sampleAnnotations());
      store.close();
    } finally {
      await buckets.delete(bucketName);
    }
  });

  it('a closed store rejects with a typed error instead of hanging', async () => {
    const store = await open();
    store.close();
    const failure = await rejection(store.putAnnotation('maya', BOOK, sampleAnnotations()[0]!));
    expect(failure.code).to.equal('closed');
    expect(failure.message).to.match(/^Could not save this bookmark: the learner data was closed/);
  });
});
