import { expect } from '@open-wc/testing';
import { corpusFiles, corpusUrl } from '../../book/test/corpus.js';
import { contentDocuments, contentFrames, openReader } from './reader-fixture.js';

/**
 * Every file in the shared corpus ends as its MANIFEST.md says a reader
 * should: valid books reach attune-ready with text on screen (fixed layout:
 * an image or SVG page); files that are not a usable container reach
 * attune-error with the right code; books damaged inside still open. None
 * takes more than 10 s, no book script runs, nothing loads from outside the
 * book, and there is no unhandled promise rejection.
 */
const EXPECTED_ERRORS: Record<string, string[]> = {
  'broken-epubcheck-container-missing.epub': ['container-missing'],
  'broken-epubcheck-zip-truncated.epub': ['not-a-zip'],
  // Lenient unzippers open it, strict ones fail: either is right if clear.
  'broken-ace-zip-comment-length.epub': ['ready', 'not-a-zip'],
};
/** Fixed-layout books, and the one whose only content is a (missing) image: a picture page counts as rendered. */
const PICTURE_BOOKS = ['page-blanche-fxl.epub', 'sous-le-vent-fxl-svg.epub', 'cole-voyage-of-life-mixed-fxl.epub', 'broken-epubcheck-resource-missing.epub'];

/** Damaged-inside books: what must be on the first screen in place of the missing part. */
const IN_PLACE_MESSAGES: Record<string, string> = {
  'broken-w3c-xml-unclosed-element.epub': '[data-attune-error="section-invalid"]',
  'broken-epubcheck-resource-missing.epub': 'img[data-attune-missing]',
  'broken-ace-a11y-violations.epub': 'img[data-attune-missing]',
};

const rejections: string[] = [];
window.addEventListener('unhandledrejection', (event) => rejections.push(String(event.reason?.message ?? event.reason)));

// Top-level await: the test file fails to load (a failure, not a skip) when
// the corpus is missing.
const files = await corpusFiles();

describe('every corpus book opens or fails as MANIFEST.md says', function () {
  this.timeout(20_000);

  it('the corpus is there', () => {
    expect(files.length).to.be.greaterThan(30);
  });

  for (const file of files) {
    it(file, async () => {
      rejections.length = 0;
      const failures: string[] = [];
      const violations: string[] = [];
      const { reader, outcome } = await openReader(corpusUrl(file));
      try {
        const expected = EXPECTED_ERRORS[file] ?? ['ready'];
        const got = outcome.type === 'ready' ? 'ready' : outcome.detail.code!;
        expect(expected, `${file}: ${outcome.detail.message ?? ''}`).to.include(got);
        expect(outcome.ms, 'ms to ready or error').to.be.below(10_000);
        if (outcome.type === 'error') {
          expect(outcome.detail.message ?? '').to.have.length.greaterThan(30);
          return;
        }
        await new Promise((r) => setTimeout(r, 150));
        const check = () => {
          for (const frame of contentFrames(reader)) {
            if (frame.sandbox.contains('allow-scripts')) failures.push('a frame allows scripts');
          }
          const docs = contentDocuments(reader);
          if (docs.length === 0) failures.push('no content frame');
          for (const doc of docs) {
            doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
            if (doc.querySelector('script')) failures.push('a <script> element is in the rendered section');
            const resources = (doc.defaultView?.performance.getEntriesByType('resource') ?? []) as PerformanceResourceTiming[];
            for (const entry of resources) {
              if (!/^(blob|data):/.test(entry.name)) failures.push(`the section loaded ${entry.name}`);
            }
          }
          return docs;
        };
        const textOf = (docs: Document[]) => docs.map((d) => d.body?.textContent ?? '').join('').trim();
        const docs = check();
        const hasPicture = docs.some((d) => !!d.querySelector('img, svg, image'));
        expect(textOf(docs).length > 0 || hasPicture, 'text or a picture on the first screen').to.equal(true);
        const marker = IN_PLACE_MESSAGES[file];
        if (marker) expect(docs.some((d) => d.querySelector(marker)), `in-place marker ${marker}`).to.equal(true);
        // A cover comes first in many books: text must appear within three page turns.
        let turns = 0;
        do {
          await reader.next();
          await new Promise((r) => setTimeout(r, 150));
          turns++;
        } while (textOf(check()).length === 0 && turns < 3);
        if (!PICTURE_BOOKS.includes(file)) expect(textOf(contentDocuments(reader)).length, 'characters of text after a cover').to.be.greaterThan(0);
        expect(failures).to.deep.equal([]);
        expect(violations, 'loads the CSP had to block (the sanitizer missed them)').to.deep.equal([]);
        expect(rejections, 'unhandled promise rejections').to.deep.equal([]);
      } finally {
        reader.remove();
      }
    });
  }

  it('no request left the test origin', () => {
    const outside = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
      (e) => !e.name.startsWith(location.origin) && !/^(blob|data):/.test(e.name),
    );
    expect(outside.map((e) => e.name)).to.deep.equal([]);
  });
});
