import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UNREADABLE_MATH, explore, type MathDirection, type MathExplorer } from '../src/index.js';
// @ts-expect-error: plain .mjs helper shared with the benchmark
import { linearAlgebraMath, spreadSample } from '../bench/linear-algebra-math.mjs';

const EXPRESSION = '<math><mfrac><mi>a</mi><mi>b</mi></mfrac><mo>+</mo><msqrt><msup><mi>x</mi><mn>2</mn></msup></msqrt></math>';

async function walk(explorer: MathExplorer, moves: MathDirection[]): Promise<string[]> {
  const heard: string[] = [];
  for (const direction of moves) {
    const { moved, focus } = await explorer.move(direction);
    heard.push(moved ? focus.speech : `(${direction}: edge)`);
  }
  return heard;
}

describe('explore: into and out of sub-expressions with speech for each part', () => {
  it('starts on the whole expression and moves down, right, up with SRE\'s words and role prefixes', async () => {
    const explorer = await explore(EXPRESSION);
    const whole = explorer.current();
    assert.equal(whole.speech, 'a over b plus the square root of x squared');
    assert.deepEqual(whole.path, []);
    assert.equal(whole.hasParts, true);
    assert.deepEqual(await walk(explorer, ['down', 'right', 'right', 'down', 'down', 'right', 'right', 'up', 'up', 'up', 'up']), [
      'a over b',
      'plus',
      'the square root of x squared',
      'Radicand x squared',
      'Base x',
      'Exponent 2',
      '(right: edge)',
      'Radicand x squared',
      'the square root of x squared',
      'a over b plus the square root of x squared',
      '(up: edge)',
    ]);
  });

  it('focus tells where it is: path, position among siblings, type and the source tokens it covers', async () => {
    const explorer = await explore(EXPRESSION);
    await explorer.move('down');
    let focus = (await explorer.move('down')).focus;
    assert.equal(focus.speech, 'Numerator a');
    assert.deepEqual(focus.path, [0, 0]);
    assert.deepEqual([focus.position, focus.siblings], [1, 2]);
    assert.deepEqual(focus.leaves, [0]);
    assert.equal(focus.type, 'identifier');
    focus = (await explorer.move('right')).focus;
    assert.equal(focus.speech, 'Denominator b');
    assert.deepEqual(focus.leaves, [1]);
    focus = (await explorer.move('up')).focus;
    assert.equal(focus.type, 'fraction');
    assert.deepEqual(focus.leaves, [0, 1]);
    assert.equal(explorer.tokenCount, 5);
    assert.deepEqual(explorer.reset().path, []);
  });

  it('explores in the book\'s language and style (French ClearSpeak, English MathSpeak)', async () => {
    const french = await explore(EXPRESSION, { locale: 'fr' });
    assert.equal(french.current().speech, 'a sur b plus la racine carrée de x au carré');
    assert.deepEqual(await walk(french, ['down', 'down']), ['a sur b', 'numérateur a']);
    const mathSpeak = await explore(EXPRESSION, { style: 'MathSpeak' });
    assert.deepEqual(await walk(mathSpeak, ['down', 'right', 'right']), ['StartFraction a Over b EndFraction', 'plus', 'StartRoot x squared EndRoot']);
  });

  it('matrices: rows, then cells with their column', async () => {
    const explorer = await explore('<math><mrow><mo>[</mo><mtable><mtr><mtd><mn>1</mn></mtd><mtd><mn>2</mn></mtd></mtr><mtr><mtd><mn>3</mn></mtd><mtd><mn>4</mn></mtd></mtr></mtable><mo>]</mo></mrow></math>', { style: 'MathSpeak' });
    assert.deepEqual(await walk(explorer, ['down', 'right', 'down', 'down', 'right']), [
      'left bracket', '1st Row 1st Column 1 2nd Column 2', '1st Column 1', '1', '(right: edge)',
    ]);
  });

  it('invisible operators SRE adds (times, function application) are not stops', async () => {
    const explorer = await explore('<math><mn>2</mn><mi>x</mi></math>');
    assert.deepEqual(await walk(explorer, ['down', 'right', 'right']), ['2', 'x', '(right: edge)']);
  });

  it('large sub-expressions: parts are spoken on their own (no role prefix) and moves stay quick', async () => {
    const small = await explore(EXPRESSION, { deepSpeechLimit: 0 });
    assert.deepEqual(await walk(small, ['down', 'right', 'right', 'down', 'down']), ['a over b', 'plus', 'the square root of x squared', 'x squared', 'x']);
    const [big] = (spreadSample(await linearAlgebraMath(), 400) as string[]).sort((a, b) => b.length - a.length);
    const explorer = await explore(big!);
    let slowest = 0;
    for (const direction of ['down', 'down', 'right', 'down', 'up', 'up', 'right', 'right'] as const) {
      const start = performance.now();
      const { focus } = await explorer.move(direction);
      slowest = Math.max(slowest, performance.now() - start);
      assert.ok(focus.speech.trim(), 'every stop says something');
    }
    assert.ok(slowest < 2000, `slowest move ${slowest} ms`);
  });

  it('parts say exactly what SRE\'s own deep speech says (words and role prefixes), on linear-algebra expressions', async () => {
    const sample = (spreadSample(await linearAlgebraMath(), 300) as string[]).filter((m) => (m.match(/<m[a-z]+[\s>]/g) ?? []).length <= 30).slice(0, 25);
    const heard = new Map<string, string>();
    const expressions: MathExplorer[] = [];
    for (const mathml of sample) {
      const explorer = await explore(mathml);
      expressions.push(explorer);
      const visit = async (prefix: string): Promise<void> => {
        if (!(await explorer.move('down')).moved) return;
        do {
          heard.set(`${prefix}/${explorer.current().id}`, explorer.current().speech);
          await visit(`${prefix}/${explorer.current().id}`);
        } while ((await explorer.move('right')).moved);
        await explorer.move('up');
      };
      await visit(String(expressions.length));
    }
    // SRE itself, with every node's speech at once (what its own walker reads).
    const sre = ((await import('speech-rule-engine')) as unknown as { default: { setupEngine(f: object): Promise<unknown>; toEnriched(m: string): { toString(): string } } }).default;
    await sre.setupEngine({ locale: 'en', domain: 'clearspeak', style: 'default', modality: 'speech', speech: 'deep', structure: true });
    let compared = 0;
    try {
      sample.forEach((mathml, i) => {
        const enriched = sre.toEnriched(mathml).toString();
        for (const [, attributes] of enriched.matchAll(/<m\w+((?:\s+[\w-]+="[^"]*")*)/g)) {
          const attr = (name: string) => new RegExp(` data-semantic-${name}="([^"]*)"`).exec(attributes!)?.[1] ?? '';
          const path = [...heard.keys()].find((k) => k.startsWith(`${i + 1}/`) && k.endsWith(`/${attr('id')}`));
          if (!path) continue;
          compared++;
          const expected = [attr('prefix'), attr('speech'), attr('postfix')].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
          assert.equal(heard.get(path), expected.replace(/&amp;/g, '&'), `expression ${i + 1}, node ${attr('id')}`);
        }
      });
    } finally {
      // Back to the setup the package left SRE in, so later tests are not affected.
      await sre.setupEngine({ locale: 'en', domain: 'clearspeak', style: 'default', modality: 'speech', speech: 'none', structure: true });
    }
    assert.ok(compared > 100, `compared ${compared} parts`);
  });

  it('malformed MathML: one stop that says it could not be read, moves go nowhere, nothing thrown', async () => {
    const explorer = await explore('<math><mfrac><mi>a</mi></math>');
    assert.equal(explorer.current().speech, UNREADABLE_MATH);
    assert.equal(explorer.problems[0]!.code, 'malformed-mathml');
    assert.deepEqual(await walk(explorer, ['down', 'right', 'up']), ['(down: edge)', '(right: edge)', '(up: edge)']);
  });
});
