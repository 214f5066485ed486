import type { Annotation, SelectionTarget, StudyLocation } from '../src/index.js';

/** Test data shaped like what the reader makes on moby-dick.epub's first chapter. */
export const chapterOne: StudyLocation = { cfi: 'epubcfi(/6/8!/4/2/1:0)', href: 'chapter_001.xhtml', fraction: 0.02, chapter: 'Chapter 1. Loomings.' };

export function selectionOn(exact: string, start: number, fraction = 0.02, source = 'chapter_001.xhtml'): SelectionTarget {
  return {
    source,
    chapter: 'Chapter 1. Loomings.',
    fraction,
    within: start / 10_000,
    selector: [
      { type: 'TextQuoteSelector', exact, prefix: 'little or no money in my purse, ', suffix: ' and regulating the circulation.' },
      { type: 'TextPositionSelector', start, end: start + exact.length },
      { type: 'CssSelector', value: '#c001s0003' },
      { type: 'FragmentSelector', conformsTo: 'http://www.idpf.org/epub/linking/cfi/epub-cfi.html', value: 'epubcfi(/6/8!/4/2[c001s0003]/1:10)' },
    ],
  };
}

export function sampleAnnotations(): Annotation[] {
  return [
    { id: 'b1', kind: 'bookmark', created: '2026-01-01T10:00:00.000Z', modified: '2026-01-01T10:00:00.000Z', location: chapterOne, snippet: 'Call me Ishmael.' },
    { id: 'h1', kind: 'highlight', created: '2026-01-01T10:01:00.000Z', modified: '2026-01-01T10:01:00.000Z', color: 'yellow', target: selectionOn('It is a way I have of driving off the spleen', 400) },
    { id: 'n1', kind: 'note', created: '2026-01-01T10:02:00.000Z', modified: '2026-01-01T10:03:00.000Z', text: 'Ishmael goes to sea <when> he is "grim".', target: selectionOn('driving off the spleen', 422) },
    { id: 'n2', kind: 'note', created: '2026-01-01T10:04:00.000Z', modified: '2026-01-01T10:04:00.000Z', text: 'A place note.', location: { ...chapterOne, fraction: 0.5, href: 'chapter_050.xhtml', chapter: 'Chapter 50.' } },
  ];
}
