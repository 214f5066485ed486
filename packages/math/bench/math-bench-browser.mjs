// Math speech benchmark in Chromium: `node packages/math/bench/math-bench-browser.mjs`.
// The reader speaks math in the browser, where speech-rule-engine uses the
// browser's own DOM and XPath instead of the Node XML libraries it carries,
// so the per-expression figure a learner waits for is measured here, in the
// same page and on the same 500 expressions as SRE alone. Every number is
// measured; `--json` prints one JSON object.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumFlags, contentTypes, safeJoin } from '../../../scripts/dev-server-parts.mjs';
import { assertCorpus } from '../../../scripts/paths.mjs';
import { LINEAR_ALGEBRA, linearAlgebraMath, spreadSample } from './linear-algebra-math.mjs';

const COUNT = Number(process.env.MATH_BENCH_EXPRESSIONS ?? 500);
const WARM = 200;
const TARGET_MS = 5;
const here = dirname(fileURLToPath(import.meta.url));
const mathmaps = resolve(dirname(createRequire(import.meta.url).resolve('speech-rule-engine/package.json')), 'lib/mathmaps');

assertCorpus();
const maths = await linearAlgebraMath();
const warmSet = [...new Set(maths)].slice(0, WARM);
const timedSet = spreadSample(maths, COUNT, WARM);

const bundle = await build({
  entryPoints: [resolve(here, 'math-bench-page.ts')],
  bundle: true, format: 'esm', target: 'es2022', write: false, conditions: ['source'], minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
});
const script = bundle.outputFiles[0].text;
const html = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>math bench</title><script type="module" src="/page.js"></script></head><body></body></html>';
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  if (path === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(html);
  if (path === '/page.js') return response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
  if (path.startsWith('/mathmaps/')) {
    const file = safeJoin(mathmaps, path.slice('/mathmaps/'.length));
    if (file && existsSync(file)) return response.writeHead(200, { 'content-type': contentTypes[extname(file)] }).end(readFileSync(file));
  }
  response.writeHead(404).end();
});
await new Promise((done) => server.listen(0, done));
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: chromiumFlags });
const page = await browser.newPage();
await page.goto(`http://localhost:${server.address().port}/`);
await page.waitForFunction(() => 'mathBench' in window);
const result = await page.evaluate(([warm, timed]) => window.mathBench(warm, timed), [warmSet, timedSet]);
const version = await browser.version();
await browser.close();
server.close();

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ chromium: version, expressions: timedSet.length, book: LINEAR_ALGEBRA, ...result, targetMs: TARGET_MS, targetMet: result.perExpressionMs.clearSpeak.median <= TARGET_MS }));
  process.exit(0);
}
const f = (ms) => `${ms.toFixed(2)} ms`;
const row = (label, s) => console.log(`  ${label.padEnd(40)} median ${f(s.median).padStart(10)}  p90 ${f(s.p90).padStart(10)}  mean ${f(s.mean).padStart(10)}  max ${f(s.max).padStart(11)}`);
console.log(`@attune/math in Chromium ${version} (where the reader speaks math)`);
console.log(`  loadMath(): import ${f(result.load.importMs)}, English setup ${f(result.load.setupMs)}; warmUp('en') ${f(result.load.warmUpMs)}`);
console.log(`Per expression after warm-up: ${timedSet.length} distinct expressions from ${LINEAR_ALGEBRA} (${WARM} others spoken first)`);
const s = result.perExpressionMs;
row('speakMath, ClearSpeak (cache miss)', s.clearSpeak);
row('speakMath, MathSpeak (cache miss)', s.mathSpeak);
row('speech-rule-engine toSpeech alone', s.sreAlone);
row('speakMath, cache hit', s.cacheHit);
console.log(`  unreadable expressions: ${result.unreadable}`);
console.log('  The reader speaks a section\'s math ahead, in idle time, when the section opens: focusing an equation or reading it aloud then waits only for the cache hit.');
console.log(`Target ≤ ${TARGET_MS} ms median per expression (ClearSpeak, cache miss, in Chromium): ${s.clearSpeak.median <= TARGET_MS ? 'met' : 'NOT met'} (${f(s.clearSpeak.median)}).`);
