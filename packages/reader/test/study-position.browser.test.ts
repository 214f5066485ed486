import { expect } from '@open-wc/testing';
import { createProfile } from '@attune/profile';
import type { AttuneReader } from '../src/index.js';
import { nextRelocate, until } from './reader-fixture.js';
import { corpus, eventually, freshLearner, openFor, stored } from './study-fixture.js';

const MOBY = corpus('moby-dick.epub');
const readers: AttuneReader[] = [];
async function open(learner: string, src = MOBY): Promise<AttuneReader> {
  const reader = await openFor(learner, src);
  readers.push(reader);
  return reader;
}
afterEach(() => {
  for (const r of readers.splice(0)) r.parentElement?.remove();
});

describe('the last position (moby-dick.epub)', function () {
  this.timeout(90_000);

  it('is saved as the learner reads and restored by a fresh reader for the same learner, not for another', async () => {
    const learner = freshLearner();
    let reader = await open(learner);
    const bookId = reader.book!.metadata.identifier;
    const chapter = reader.book!.sections.find((s) => s.path.endsWith('chapter_100.xhtml'))!;
    expect(await reader.goTo(chapter.path)).to.equal(true);
    // Deep in: two pages into chapter 100.
    let moved = nextRelocate(reader);
    await reader.next();
    await moved;
    moved = nextRelocate(reader);
    await reader.next();
    const there = await moved;
    expect(there.href).to.match(/chapter_100\.xhtml$/);
    expect(there.page).to.be.at.least(2);
    // Saved a moment after the learner stops, in IndexedDB.
    await eventually(async () => (await stored(learner, bookId)).lastPosition?.cfi === there.cfi, 5000, 'the position saved');
    const saved = (await stored(learner, bookId)).lastPosition!;
    expect(saved).to.include({ cfi: there.cfi, href: there.href });
    expect(saved.fraction).to.be.closeTo(there.fraction, 0.001);

    reader.parentElement!.remove();
    reader = await open(learner);
    expect(reader.state.location?.href).to.match(/chapter_100\.xhtml$/);
    expect(reader.state.location?.page).to.equal(there.page);
    expect(reader.state.location?.fraction).to.be.closeTo(there.fraction, 0.01);

    // Another learner on the same device starts at the beginning.
    const other = await open(freshLearner());
    expect(other.state.location?.index).to.be.below(5);
  });

  it('a jump asked for as soon as the book is ready is not undone by restoring the saved position', async () => {
    const learner = freshLearner();
    let reader = await open(learner);
    const bookId = reader.book!.metadata.identifier;
    await reader.goTo(reader.book!.sections.find((s) => s.path.endsWith('chapter_080.xhtml'))!.path);
    await eventually(async () => (await stored(learner, bookId)).lastPosition?.href.endsWith('chapter_080.xhtml') === true, 5000, 'saved');
    reader.parentElement!.remove();

    reader = document.createElement('attune-reader');
    reader.profile = createProfile({ id: learner });
    reader.style.cssText = 'display:block;width:1000px;height:700px';
    const parent = document.createElement('div');
    parent.append(reader);
    document.body.append(parent);
    readers.push(reader);
    const jumped = new Promise<void>((resolve) =>
      reader.addEventListener('attune-ready', () => void reader.goTo(reader.book!.sections.find((s) => s.path.endsWith('chapter_005.xhtml'))!.path).then(() => resolve()), { once: true }),
    );
    reader.src = MOBY;
    await jumped;
    await reader.studyReady;
    await new Promise((r) => setTimeout(r, 500));
    expect(reader.state.location?.href).to.match(/chapter_005\.xhtml$/);
  });

  it('a place the embedder put on src wins over the saved position', async () => {
    const learner = freshLearner();
    let reader = await open(learner);
    const bookId = reader.book!.metadata.identifier;
    const deep = reader.book!.sections.find((s) => s.path.endsWith('chapter_050.xhtml'))!;
    await reader.goTo(deep.path);
    await eventually(async () => (await stored(learner, bookId)).lastPosition?.href.endsWith('chapter_050.xhtml') === true, 5000, 'saved');
    reader.parentElement!.remove();
    reader = await open(learner, `${MOBY}#chapter_010.xhtml`);
    expect(reader.state.location?.href).to.match(/chapter_010\.xhtml$/);
  });
});
