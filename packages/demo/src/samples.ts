/** Sample books the demo offers: our own lessons (content/) and, when served, books from the shared corpus. */
export interface SampleBook {
  url: string;
  title: string;
  group: 'Lessons' | 'Open books';
  /** The teacher's variant pack written for it, if any. */
  variants?: string;
}

/** A sample learner: a profile with the teacher policy from their IEP. */
export interface SampleProfile {
  url: string;
  title: string;
}

interface ContentIndex {
  lessons?: { file: string; title: string; variants?: string }[];
  profiles?: { file: string; title: string }[];
}

let contentIndex: Promise<ContentIndex> | undefined;
function loadContentIndex(): Promise<ContentIndex> {
  contentIndex ??= fetch('content/index.json').then((r) => (r.ok ? r.json() : {}), () => ({}));
  return contentIndex;
}

export async function loadSampleProfiles(): Promise<SampleProfile[]> {
  const index = await loadContentIndex();
  return (index.profiles ?? []).map((p) => ({ url: `content/${p.file}`, title: p.title }));
}

const CORPUS_TITLES: Record<string, string> = {
  'accessible-epub-3.epub': 'Accessible EPUB 3 (O’Reilly)',
  'moby-dick.epub': 'Moby-Dick',
  'childrens-literature.epub': 'Children’s Literature',
  'linear-algebra-mathml.epub': 'A First Course in Linear Algebra (MathML)',
  'wasteland.epub': 'The Waste Land (footnotes)',
  'se-flatland.epub': 'Flatland (illustrated)',
  'georgia-pls-ssml.epub': 'Georgia (pronunciation lexicon)',
  'regime-anticancer-arabic-rtl.epub': 'نظام غذائي (Arabic, right to left)',
  'kusamakura-vertical-mo.epub': '草枕 Kusamakura (vertical Japanese)',
  'page-blanche-fxl.epub': 'Page Blanche (fixed layout)',
  'pg-leaves-of-grass-epub2.epub': 'Leaves of Grass (EPUB 2)',
  'epub30-spec.epub': 'EPUB 3.0 specification',
};

export async function loadSamples(): Promise<SampleBook[]> {
  const samples: SampleBook[] = [];
  const index = await loadContentIndex();
  for (const lesson of index.lessons ?? []) {
    samples.push({ url: `content/${lesson.file}`, title: lesson.title, group: 'Lessons', variants: lesson.variants ? `content/${lesson.variants}` : undefined });
  }
  const corpus = await fetch('corpus/index.json').then((r) => (r.ok ? r.json() : { files: [] }), () => ({ files: [] }));
  const files = new Set((corpus as { files: string[] }).files);
  for (const [file, title] of Object.entries(CORPUS_TITLES)) {
    if (files.has(file)) samples.push({ url: `corpus/${file}`, title, group: 'Open books' });
  }
  return samples;
}
