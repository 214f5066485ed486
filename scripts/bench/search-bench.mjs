// The search section of `npm run bench`: @attune/study's search over all of
// a book beside a plain indexOf scan of the same sections (the floor), both
// measured in the same Chromium run, fresh page and freshly opened book per
// run, order alternated.
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from '../paths.mjs';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs the search benchmark in `browser` against the bench server at `origin` (which serves /corpus/). */
export async function benchSearch(browser, origin, { book = 'moby-dick.epub', runs = 5, queries = ['unconquering whale', 'Queequeg'] } = {}) {
  const bundle = await build({
    entryPoints: [resolve(repoRoot, 'packages/study/bench/search-bench-page.ts')],
    bundle: true, format: 'esm', target: 'es2022', write: false, conditions: ['source'], minify: true,
  });
  const script = bundle.outputFiles[0].text;
  const measure = async (kind, query) => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    await page.addScriptTag({ content: script, type: 'module' });
    await page.waitForFunction(() => 'searchBench' in window);
    const result = await page.evaluate(([k, url, q]) => window.searchBench[k](url, q), [kind, `/corpus/${book}`, query]);
    await page.close();
    return result;
  };
  const fmt = (ms) => (ms < 0 ? '–' : `${Math.round(ms)} ms`).padStart(9);
  console.log(`Search over all of ${book}, median of ${runs} runs each, same Chromium, fresh page and freshly opened book per run`);
  console.log('"plain scan": indexOf over each section\'s textContent, sections loaded the same way (sectionDocument), case-sensitive, no excerpts');
  console.log(`${'query'.padEnd(22)} ${'Attune first'.padStart(12)} ${'complete'.padStart(9)} ${'results'.padStart(8)}   ${'plain first'.padStart(11)} ${'complete'.padStart(9)} ${'results'.padStart(8)}   ratio (complete)`);
  for (const query of queries) {
    await measure('attuneSearch', query); // warm-up, not counted
    const ours = [];
    const floor = [];
    for (let run = 0; run < runs; run++) {
      const order = run % 2 ? ['plainScan', 'attuneSearch'] : ['attuneSearch', 'plainScan'];
      for (const kind of order) (kind === 'attuneSearch' ? ours : floor).push(await measure(kind, query));
    }
    const m = (xs, key) => median(xs.map((x) => x[key]));
    console.log(
      `${JSON.stringify(query).padEnd(22)} ${fmt(m(ours, 'firstMs')).padStart(12)} ${fmt(m(ours, 'completeMs'))} ${String(ours[0].results).padStart(8)}   ` +
        `${fmt(m(floor, 'firstMs')).padStart(11)} ${fmt(m(floor, 'completeMs'))} ${String(floor[0].results).padStart(8)}   ${(m(ours, 'completeMs') / m(floor, 'completeMs')).toFixed(2)}×`,
    );
  }
  console.log('(Attune folds case, accents, quotes and dashes, reads what the learner is shown and makes an excerpt and a target for each result.)');
}
