// The page side of math-bench-browser.mjs: loads @attune/math from the
// page's own /mathmaps/ and times speech per expression.
import { configureMath, loadMath, speak, speakMath, warmUp, UNREADABLE_MATH } from '../src/index.js';

interface Stats { median: number; p90: number; mean: number; max: number }

function stats(times: number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return {
    median: sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2,
    p90: sorted[Math.min(sorted.length - 1, Math.floor(0.9 * sorted.length))]!,
    mean: times.reduce((a, b) => a + b, 0) / times.length,
    max: sorted.at(-1)!,
  };
}

async function time<T>(list: T[], call: (item: T) => unknown): Promise<Stats> {
  const times: number[] = [];
  for (const item of list) {
    const start = performance.now();
    await call(item);
    times.push(performance.now() - start);
  }
  return stats(times);
}

(window as unknown as { mathBench: unknown }).mathBench = async (warmSet: string[], timedSet: string[]) => {
  configureMath({ localeUrl: '/mathmaps/' });
  const info = await loadMath();
  const warmStart = performance.now();
  await warmUp('en');
  const warmUpMs = performance.now() - warmStart;
  for (const m of warmSet) await speak(m);
  const clearSpeak = await time(timedSet, (m) => speakMath(m));
  const unreadable = (await Promise.all(timedSet.map((m) => speakMath(m)))).filter((r) => r.text === UNREADABLE_MATH).length;
  const cacheHit = await time(timedSet, (m) => speakMath(m));
  const mathSpeak = await time(timedSet, (m) => speakMath(m, { style: 'MathSpeak' }));
  // SRE alone, set back to English ClearSpeak by an uncached expression first (as the Node bench does).
  await speak('<math><mi>q</mi><mo>+</mo><mn>91</mn></math>');
  const sre = (globalThis as unknown as { SRE?: { toSpeech(m: string): string } }).SRE;
  const module = await import('speech-rule-engine');
  const api = [(module as { default?: unknown }).default, module, sre].find((c) => typeof (c as { toSpeech?: unknown })?.toSpeech === 'function') as { toSpeech(m: string): string };
  const sreAlone = await time(timedSet, (m) => api.toSpeech(m));
  return { load: { importMs: info.importMs, setupMs: info.setupMs, warmUpMs }, perExpressionMs: { clearSpeak, mathSpeak, sreAlone, cacheHit }, unreadable };
};
