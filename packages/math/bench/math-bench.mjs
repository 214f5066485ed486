// Math speech benchmark: `node packages/math/bench/math-bench.mjs` (or
// `npm run bench -w @attune/math`). Measures, in Node, what loading
// speech-rule-engine costs and how long one expression takes after warm-up,
// over 500 distinct expressions spread over linear-algebra-mathml.epub
// (read in place from the shared corpus). Every number printed is measured.
// MATH_BENCH_EXPRESSIONS changes the count; `--json` prints one JSON object
// instead of the table (for scripts/bench.mjs).
import { register } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { assertCorpus } from '../../../scripts/paths.mjs';
import { LINEAR_ALGEBRA, linearAlgebraMath, spreadSample } from './linear-algebra-math.mjs';

register('../../../scripts/ts-hooks.mjs', import.meta.url);

const COUNT = Number(process.env.MATH_BENCH_EXPRESSIONS ?? 500);
const WARM = 200;
const TARGET_MS = 5;

assertCorpus();
const loadStart = performance.now();
const math = await import('../src/index.js');
const info = await math.loadMath();
const loadWall = performance.now() - loadStart;
const warmStart = performance.now();
const warm = await math.warmUp('en');
const warmUpMs = performance.now() - warmStart;

const maths = await linearAlgebraMath();
const warmSet = [...new Set(maths)].slice(0, WARM);
// Distinct and disjoint from the warm-up set, so no timed call is a cache hit.
const timedSet = spreadSample(maths, COUNT, WARM);
for (const m of warmSet) await math.speak(m);

const time = async (list, call) => {
  const times = [];
  for (const item of list) {
    const start = performance.now();
    await call(item);
    times.push(performance.now() - start);
  }
  return stats(times);
};

const clearSpeak = await time(timedSet, (m) => math.speakMath(m));
const unreadable = (await Promise.all(timedSet.map((m) => math.speakMath(m)))).filter((r) => r.text === math.UNREADABLE_MATH).length;
const cached = await time(timedSet, (m) => math.speakMath(m));
const mathSpeak = await time(timedSet, (m) => math.speakMath(m, { style: 'MathSpeak' }));
// speech-rule-engine alone on the same expressions (same setup as ClearSpeak above), to show what the wrapper adds.
const sre = await import('speech-rule-engine').then((m) => (typeof m.default?.toSpeech === 'function' ? m.default : m));
await math.speak('<math><mi>q</mi><mo>+</mo><mn>91</mn></math>'); // not cached: sets the engine back to English ClearSpeak
const sreAlone = await time(timedSet, (m) => sre.toSpeech(m));

const exploreSet = timedSet.slice(0, 100);
const explorers = [];
const exploreStats = await time(exploreSet, async (m) => explorers.push(await math.explore(m)));
const moveTimes = [];
for (const explorer of explorers) {
  for (const direction of ['down', 'right', 'right', 'down', 'up', 'up']) {
    const start = performance.now();
    await explorer.move(direction);
    moveTimes.push(performance.now() - start);
  }
}
const moves = stats(moveTimes);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({
    sreVersion: info.sreVersion, node: process.version, cpus: availableParallelism(), loadAverage: loadavg(),
    load: { importMs: info.importMs, setupMs: info.setupMs, loadMathWallMs: loadWall, warmUpMs },
    expressions: timedSet.length, warmUpExpressions: WARM, book: LINEAR_ALGEBRA,
    perExpressionMs: { clearSpeak, mathSpeak, sreAlone, cacheHit: cached, explore: exploreStats, move: moves },
    unreadable, targetMs: TARGET_MS, targetMet: clearSpeak.median <= TARGET_MS,
  }));
  process.exit(0);
}

const f = (ms) => `${ms.toFixed(2)} ms`;
const row = (label, s) => console.log(`  ${label.padEnd(40)} median ${f(s.median).padStart(10)}  p90 ${f(s.p90).padStart(10)}  mean ${f(s.mean).padStart(10)}  max ${f(s.max).padStart(11)}`);
console.log(`@attune/math benchmark — speech-rule-engine ${info.sreVersion}, Node ${process.version}, ${availableParallelism()} CPUs, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log('');
console.log('Loading (first use in this process)');
console.log(`  import speech-rule-engine + XML checker    ${f(info.importMs)}  (SRE reads its English rules while it is imported)`);
console.log(`  setup for English ClearSpeak after import  ${f(info.setupMs)}`);
console.log(`  loadMath() wall, including the package     ${f(loadWall)}`);
console.log(`  warmUp('en') (sample expression)           ${f(warmUpMs)}${warm.problems.length ? `  problems: ${JSON.stringify(warm.problems)}` : ''}`);
console.log('');
console.log(`Per expression after warm-up: ${timedSet.length} distinct expressions from ${LINEAR_ALGEBRA} (${maths.length} <math> in the book, ${new Set(maths).size} distinct; ${WARM} others spoken first to warm up)`);
row('speakMath, ClearSpeak (cache miss)', clearSpeak);
row('speakMath, MathSpeak (cache miss)', mathSpeak);
row('speech-rule-engine toSpeech alone', sreAlone);
row('speakMath, cache hit', cached);
row(`explore() (${exploreSet.length} expressions)`, exploreStats);
row(`explorer.move() (${moveTimes.length} moves)`, moves);
console.log(`  unreadable expressions: ${unreadable}`);
console.log('');
console.log(`Target ≤ ${TARGET_MS} ms median per expression (ClearSpeak, cache miss): ${clearSpeak.median <= TARGET_MS ? 'met' : 'NOT met'} (${f(clearSpeak.median)}).`);

function stats(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const mid = sorted.length / 2;
  return {
    median: sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2,
    p90: at(0.9),
    mean: times.reduce((a, b) => a + b, 0) / times.length,
    max: sorted.at(-1),
  };
}
