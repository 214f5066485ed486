import { expect } from '@open-wc/testing';
import { openBook, type AttuneBook, type NavPoint } from '@attune/book';
import { applyVariants, checkPackAnchors, matchPackToBook, validateVariantPack, type VariantPack } from '@attune/adapt';
import { auditSection, describeViolations } from '../../a11y-tests/test/axe-audit.js';

// The built lessons, as the demo serves them (content/dist, served from the
// repository root). `npm run build` makes them; the Node tests build first.
interface ContentIndex {
  lessons: { file: string; title: string; variants: string }[];
  profiles: { file: string; title: string }[];
}

const DIST = '/content/dist/';
const response = await fetch(`${DIST}index.json`);
if (!response.ok) throw new Error(`${DIST}index.json is missing (${response.status}): run "npm run build" in content/ first.`);
const index = (await response.json()) as ContentIndex;

const WCAG_22_AA_ACCESSIBILITY = {
  conformsTo: 'EPUB Accessibility 1.1 - WCAG 2.2 Level AA',
  features: ['structuralNavigation', 'tableOfContents', 'readingOrder', 'pageNavigation', 'pageBreakMarkers', 'alternativeText', 'displayTransformability'],
};

/** Every nav point, depth first. */
function allPoints(points: NavPoint[]): NavPoint[] {
  return points.flatMap((p) => [p, ...allPoints(p.children)]);
}

/** A learner who sees everything a pack has: the simplest passages, glossary marks, teacher descriptions and notes. */
const EVERYTHING_ON = { simplifiedText: true, readingLevel: 2, glossary: true, imageDescriptions: true, teacherNotes: true, glossaryMarks: 'all' as const };

describe('content/dist lists the lessons and profiles', () => {
  it('index.json names three lessons with packs, and the profiles', async () => {
    expect(index.lessons.length).to.be.at.least(3);
    for (const lesson of index.lessons) {
      expect(lesson.file).to.match(/\.epub$/);
      expect(lesson.variants).to.match(/\.variants\.json$/);
      expect(lesson.title).to.match(/\S/);
      expect((await fetch(DIST + lesson.variants)).ok, lesson.variants).to.equal(true);
    }
    for (const profile of index.profiles) expect((await fetch(DIST + profile.file)).ok, profile.file).to.equal(true);
  });
});

for (const lesson of index.lessons) {
  describe(`lesson ${lesson.file}: ${lesson.title}`, function () {
    this.timeout(60_000);
    let book: AttuneBook;
    let pack: VariantPack;

    before(async () => {
      book = await openBook(DIST + lesson.file);
      const validation = validateVariantPack(await (await fetch(DIST + lesson.variants)).json());
      expect(validation.issues.map((i) => i.message)).to.deep.equal([]);
      pack = validation.pack;
    });

    after(() => book?.destroy());

    it('opens in English, with its accessibility metadata, and with no problems found', () => {
      expect(book.metadata.title).to.equal(lesson.title);
      expect(book.metadata.language).to.equal('en');
      expect(book.metadata.layout).to.equal('reflowable');
      const a11y = book.metadata.accessibility;
      expect(a11y.conformsTo).to.include(WCAG_22_AA_ACCESSIBILITY.conformsTo);
      expect(a11y.accessibilityFeature).to.include.members(WCAG_22_AA_ACCESSIBILITY.features);
      expect(a11y.accessibilityHazard).to.deep.equal(['none']);
      expect(a11y.accessModeSufficient).to.include('textual');
      expect(a11y.accessibilitySummary ?? '').to.have.length.above(100);
      expect(book.problems).to.deep.equal([]);
    });

    it('its pack is for this edition (same identifier and dcterms:modified)', () => {
      expect(matchPackToBook(pack, book.metadata).relation).to.equal('same-edition');
      expect(pack.book.identifier).to.equal(book.metadata.identifier);
      expect(pack.book.modified).to.equal(book.metadata.modified);
    });

    it('every spine section has text in English and a title', async () => {
      expect(book.sections.length).to.be.within(2, 3);
      for (const section of book.sections) {
        const doc = await book.sectionDocument(section.index);
        const text = doc.body.textContent!.replace(/\s+/g, ' ').trim();
        expect(text.length, `${section.href} has text`).to.be.above(600);
        expect(doc.documentElement.getAttribute('lang'), `${section.href} lang`).to.equal('en');
        expect(doc.querySelector('h1')?.textContent, `${section.href} heading`).to.match(/\S/);
      }
      expect(book.problems).to.deep.equal([]);
    });

    it('has a table of contents, landmarks and a page list whose targets are in the book', async () => {
      const { toc, landmarks, pageList, from } = book.navigation;
      expect(from).to.equal('nav');
      expect(toc.length).to.equal(book.sections.length);
      expect(landmarks.map((l) => l.type)).to.include('bodymatter');
      expect(pageList.length).to.be.at.least(book.sections.length);
      expect(pageList.map((p) => p.label)).to.deep.equal(pageList.map((_, i) => String(i + 1)));
      for (const point of [...allPoints(toc), ...landmarks, ...pageList]) {
        const [path, fragment] = point.href.split('#');
        const index = book.indexOfPath(path!);
        expect(index, `${point.label} → ${point.href}`).to.be.at.least(0);
        if (fragment) {
          const doc = await book.sectionDocument(index);
          expect(doc.getElementById(fragment), `${point.label} → #${fragment}`).to.not.equal(null);
        }
      }
    });

    it('checkPackAnchors: every entry of the pack anchors exactly, zero orphans', async () => {
      const { anchored, orphans } = await checkPackAnchors(pack, book);
      expect(orphans.map((o) => `${o.id}: ${o.message}`)).to.deep.equal([]);
      const anchorable = pack.entries.filter((e) => e.type !== 'glossary');
      expect(anchored.map((a) => a.id)).to.have.members(anchorable.map((e) => e.id));
      for (const a of anchored) {
        expect(a.errors ?? 0, `${a.id} anchors without edits`).to.equal(0);
        expect(a.ambiguous ?? false, `${a.id} anchors in one place`).to.equal(false);
      }
    });

    it('axe finds 0 WCAG 2.2 AA violations in each section', async () => {
      for (const section of book.sections) {
        const doc = await book.sectionDocument(section.index);
        expect(describeViolations(await auditSection(doc)), section.href).to.equal('');
      }
    });

    it('adapted with everything on: every entry applies, and axe still finds 0 violations', async () => {
      const applied = new Set<string>();
      for (const section of book.sections) {
        const doc = (await book.sectionDocument(section.index)).cloneNode(true) as Document;
        const report = applyVariants(doc, pack, EVERYTHING_ON, { href: section.href });
        expect(report.orphans.map((o) => `${o.id}: ${o.message}`), section.href).to.deep.equal([]);
        expect(report.skipped, section.href).to.deep.equal([]);
        for (const a of report.applied) applied.add(a.id);
        expect(describeViolations(await auditSection(doc)), `${section.href} adapted`).to.equal('');
      }
      expect([...applied]).to.have.members(pack.entries.filter((e) => e.type !== 'glossary').map((e) => e.id));
    });

    it('every glossary term occurs in the lesson (in the book’s text or in a simplified passage)', async () => {
      const marked = new Set<string>();
      for (const section of book.sections) {
        for (const simplifiedText of [true, false]) {
          const doc = (await book.sectionDocument(section.index)).cloneNode(true) as Document;
          applyVariants(doc, pack, { ...EVERYTHING_ON, simplifiedText }, { href: section.href });
          for (const word of doc.querySelectorAll('[data-attune-glossary]')) marked.add(word.getAttribute('data-attune-glossary')!);
        }
      }
      // A term the learner never meets is dead weight, or a typo in the term.
      const terms = pack.entries.filter((e) => e.type === 'glossary').map((e) => e.id);
      expect(terms.filter((id) => !marked.has(id))).to.deep.equal([]);
    });
  });
}
