// `npm run bench`: open → first paint of three corpus books in
// <attune-reader> and in plain epubjs, in the same Chromium run, 5 runs each
// (fresh page per run, order alternated), printed side by side with the
// ratio; plus what epubjs's locations.generate() costs for positions.
import { createServer } from 'node:http';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumFlags, contentTypes, safeJoin } from './dev-server-parts.mjs';
import { assertCorpus, corpusDir, repoRoot } from './paths.mjs';
import { benchSearch } from './bench/search-bench.mjs';

const BOOKS = ['moby-dick.epub', 'linear-algebra-mathml.epub', 'childrens-literature.epub'];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

assertCorpus();
const bundle = await build({
  entryPoints: { page: resolve(repoRoot, 'scripts/bench/bench-page.ts'), worker: '@attune/speech-espeak/worker' },
  outdir: '/bench', bundle: true, format: 'esm', target: 'es2022', write: false, conditions: ['source'], minify: true,
  // eSpeak's script imports Node's `module` only on its Node path; never in a browser.
  external: ['module'],
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
});
const pageScript = bundle.outputFiles.find((f) => f.path.endsWith('page.js')).text;
const workerScript = bundle.outputFiles.find((f) => f.path.endsWith('worker.js')).text;
const espeakDir = resolve(repoRoot, 'node_modules/@echogarden/espeak-ng-emscripten');
const html = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title><script type="module" src="/bench.js"></script></head><body></body></html>';

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(html);
  if (path === '/bench.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(pageScript);
  if (path === '/espeak-worker.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(workerScript);
  if (path.startsWith('/espeak/')) {
    const file = safeJoin(espeakDir, path.slice('/espeak/'.length));
    if (file && existsSync(file)) return res.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  }
  if (path.startsWith('/corpus/')) {
    const file = safeJoin(corpusDir, path.slice('/corpus/'.length));
    if (file && existsSync(file)) return res.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  }
  res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, r));
const origin = `http://localhost:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: chromiumFlags });

async function measure(kind, book) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => 'bench' in window);
  const result = await page.evaluate(([k, url]) => window.bench[k](url), [kind, `/corpus/${book}`]);
  await page.close();
  return result;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (ms) => `${Math.round(ms)} ms`.padStart(8);

console.log(`Open → first paint, median of ${RUNS} runs each, same Chromium (${(await browser.version())}), fresh page per run`);
console.log('');
console.log(`${'book'.padEnd(30)} ${'Attune'.padStart(8)} ${'epubjs'.padStart(8)} ${'ratio'.padStart(6)}  progress at paint  ${'epubjs locations.generate()'.padStart(28)}`);
const rows = [];
for (const book of BOOKS) {
  const attune = [], plain = [], locations = [];
  let fraction = -1;
  // Warm-up (not counted): the first page in a new browser pays for compiling.
  await measure('attune', book);
  await measure('epubjs', book);
  for (let run = 0; run < RUNS; run++) {
    const order = run % 2 ? ['epubjs', 'attune'] : ['attune', 'epubjs'];
    for (const kind of order) {
      const r = await measure(kind, book);
      if (kind === 'attune') {
        attune.push(r.ms);
        fraction = r.fraction;
      } else plain.push(r.ms);
    }
  }
  for (let run = 0; run < Math.min(RUNS, 3); run++) locations.push((await measure('epubjsLocations', book)).locationsMs);
  const row = { book, attune: median(attune), epubjs: median(plain), locations: median(locations), fraction };
  rows.push(row);
  console.log(`${book.padEnd(30)} ${fmt(row.attune)} ${fmt(row.epubjs)} ${(row.attune / row.epubjs).toFixed(2).padStart(5)}×  ${fraction >= 0 ? `yes (${(fraction * 100).toFixed(2)}%)` : 'no'}`.padEnd(72) + `${fmt(row.locations)} (median of ${locations.length})`);
}
const overall = median(rows.map((r) => r.attune / r.epubjs));
console.log('');
console.log(`Median ratio Attune / plain epubjs: ${overall.toFixed(2)}× (goal ≤ 1.00×, Attune sanitizes every section; epubjs does not)`);

// Setting change → repainted page (issue 4: target ≤ 16 ms).
const CHANGES = 21;
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
console.log('');
console.log(`Setting change → repainted page (moby-dick, chapter 10), ${CHANGES} changes each, median / p95`);
console.log('"applied": main-thread work until the new style and layout are in place; "on screen": until the next frame is drawn (60 Hz frames are 16.7 ms apart).');
console.log(`${'change'.padEnd(36)} ${'Attune applied'.padStart(16)} ${'on screen'.padStart(16)}   ${'epubjs applied'.padStart(16)} ${'on screen'.padStart(16)}`);
for (const kind of ['theme', 'size']) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => 'bench' in window);
  const ours = (await page.evaluate(([k, n]) => window.bench.attuneSettingChanges('/corpus/moby-dick.epub', k, n), [kind, CHANGES])).slice(1);
  await page.close();
  const page2 = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  await page2.goto(`${origin}/`);
  await page2.waitForFunction(() => 'bench' in window);
  const theirs = (await page2.evaluate(([k, n]) => window.bench.epubjsSettingChanges('/corpus/moby-dick.epub', k, n), [kind, CHANGES])).slice(1);
  await page2.close();
  const label = kind === 'theme' ? 'theme (colours; no re-layout)' : 'text size 100% ↔ 150% (re-layout)';
  const cell = (xs, key) => `${median(xs.map((x) => x[key])).toFixed(1)} / ${p95(xs.map((x) => x[key])).toFixed(1)} ms`.padStart(16);
  console.log(`${label.padEnd(36)} ${cell(ours, 'applied')} ${cell(ours, 'frame')}   ${cell(theirs, 'applied')} ${cell(theirs, 'frame')}`);
}
console.log('(The first change of each run is left out: it loads the stylesheet and fonts. epubjs\'s fontSize() does not keep the reading position; Attune does.)');

// Read aloud with the offline voice (headless Chromium here has no system voice).
const READ_RUNS = Number(process.env.BENCH_READ_RUNS ?? 3);
const reads = [];
const alone = [];
for (let run = 0; run < READ_RUNS; run++) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => 'bench' in window);
  await page.evaluate(([url]) => window.bench.readAloudSetup(url, 12), ['/corpus/childrens-literature.epub']);
  await page.getByRole('button', { name: 'Read aloud' }).focus();
  await page.keyboard.press('Enter');
  reads.push(await page.evaluate(() => window.bench.readAloudTimings()));
  await page.close();
  const page2 = await browser.newPage();
  await page2.goto(`${origin}/`);
  await page2.waitForFunction(() => 'bench' in window);
  await page2.keyboard.press('Shift'); // a user gesture, so audio may start
  alone.push(await page2.evaluate(() => window.bench.espeakAlone('Great was the alarm in the forest.')));
  await page2.close();
}
const paints = reads.flatMap((r) => r.boundaryToPaint.slice(1));
console.log('');
console.log(`Read aloud (childrens-literature, offline voice eSpeak NG, cold start each run), ${READ_RUNS} runs, median`);
console.log(`  press "Read aloud" → first audio:           ${median(reads.map((r) => r.pressToAudio)).toFixed(0)} ms   (the same voice alone, speak() → first audio: ${median(alone.map((a) => a.speakToAudio)).toFixed(0)} ms)`);
console.log(`  press "Read aloud" → first word highlighted: ${median(reads.map((r) => r.pressToFirstWord)).toFixed(0)} ms`);
console.log(`  word boundary → highlight painted:          ${median(paints).toFixed(1)} ms median, ${p95(paints).toFixed(1)} ms p95 over ${paints.length} words (target ≤ 16 ms)`);

// Search over a whole book (issue 11), beside a plain string scan of the same sections.
console.log('');
await benchSearch(browser, origin, { runs: Number(process.env.BENCH_SEARCH_RUNS ?? 5) });

await browser.close();
server.close();

// Math speech (issue 6): per expression after warm-up and load time, beside SRE alone.
console.log('');
const math = spawnSync(process.execPath, [resolve(repoRoot, 'packages/math/bench/math-bench.mjs')], { encoding: 'utf8' });
process.stdout.write(math.stdout);
if (math.status !== 0) process.stderr.write(math.stderr);
// The same in Chromium, where the reader speaks math (SRE uses the browser's DOM and XPath there).
console.log('');
const mathBrowser = spawnSync(process.execPath, [resolve(repoRoot, 'packages/math/bench/math-bench-browser.mjs')], { encoding: 'utf8' });
process.stdout.write(mathBrowser.stdout);
if (mathBrowser.status !== 0) process.stderr.write(mathBrowser.stderr);
