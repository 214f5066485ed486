import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DOMParser } from '@xmldom/xmldom';
import {
  UNREADABLE_MATH, clearMathCache, createMathSpeech, speak, speakMath, warmUp, type MathSpeechOptions,
} from '../src/index.js';
// @ts-expect-error: plain .mjs helper shared with the benchmark
import { linearAlgebraMath, spreadSample } from '../bench/linear-algebra-math.mjs';

const M = (body: string) => `<math xmlns="http://www.w3.org/1998/Math/MathML">${body}</math>`;

const clearSpeak: MathSpeechOptions = {};
const mathSpeak: MathSpeechOptions = { style: 'MathSpeak' };
const brief: MathSpeechOptions = { style: 'MathSpeak', verbosity: 'brief' };
const superbrief: MathSpeechOptions = { style: 'MathSpeak', verbosity: 'superbrief' };
const spanish: MathSpeechOptions = { locale: 'es' };
const french: MathSpeechOptions = { locale: 'fr' };

/**
 * What speech-rule-engine 4.1.5 says, recorded and read through: English
 * ClearSpeak and MathSpeak (three verbosities), Spanish (MathSpeak only —
 * SRE has no Spanish ClearSpeak) and French ClearSpeak.
 */
const TABLE: { name: string; mathml: string; expect: [MathSpeechOptions, string][] }[] = [
  {
    name: 'fraction',
    mathml: M('<mfrac><mi>a</mi><mi>b</mi></mfrac>'),
    expect: [
      [clearSpeak, 'a over b'],
      [mathSpeak, 'StartFraction a Over b EndFraction'],
      [brief, 'StartFrac a Over b EndFrac'],
      [superbrief, 'Frac a Over b EndFrac'],
      [spanish, 'empezar fracción a entre b finalizar fracción'],
      [french, 'a sur b'],
    ],
  },
  {
    name: 'square root',
    mathml: M('<msqrt><mi>x</mi><mo>+</mo><mn>1</mn></msqrt>'),
    expect: [
      [clearSpeak, 'the square root of x plus 1'],
      [mathSpeak, 'StartRoot x plus 1 EndRoot'],
      [superbrief, 'Root x plus 1 EndRoot'],
      [spanish, 'empezar raíz cuadrada x más 1 finalizar raíz cuadrada'],
      [french, 'la racine carrée de x plus 1'],
    ],
  },
  {
    name: 'cube root',
    mathml: M('<mroot><mi>x</mi><mn>3</mn></mroot>'),
    expect: [
      [clearSpeak, 'the cube root of x'],
      [mathSpeak, 'RootIndex 3 StartRoot x EndRoot'],
      [french, 'la racine cubique de x'],
    ],
  },
  {
    name: 'superscript',
    mathml: M('<msup><mi>x</mi><mn>2</mn></msup>'),
    expect: [
      [clearSpeak, 'x squared'],
      [mathSpeak, 'x squared'],
      [spanish, 'x al cuadrado'],
      [french, 'x au carré'],
    ],
  },
  {
    name: 'subscript',
    mathml: M('<msub><mi>a</mi><mi>i</mi></msub>'),
    expect: [
      [clearSpeak, 'a sub i'],
      [mathSpeak, 'a Subscript i'],
      [brief, 'a Sub i'],
      [spanish, 'a subíndice i'],
    ],
  },
  {
    name: 'subscript and superscript',
    mathml: M('<msubsup><mi>x</mi><mi>i</mi><mn>3</mn></msubsup>'),
    expect: [
      [clearSpeak, 'x sub i cubed'],
      [mathSpeak, 'x Subscript i Superscript 3'],
      [brief, 'x Sub i Sup 3'],
      [french, 'x sub i au cube'],
    ],
  },
  {
    name: '2 by 2 matrix',
    mathml: M('<mrow><mo>[</mo><mtable><mtr><mtd><mn>1</mn></mtd><mtd><mn>2</mn></mtd></mtr><mtr><mtd><mn>3</mn></mtd><mtd><mn>4</mn></mtd></mtr></mtable><mo>]</mo></mrow>'),
    expect: [
      [clearSpeak, 'the 2 by 2 matrix Row 1: 1 2 Row 2: 3 4'],
      [mathSpeak, 'Start 2 By 2 Matrix 1st Row 1st Column 1 2nd Column 2 2nd Row 1st Column 3 2nd Column 4 EndMatrix'],
      [superbrief, '2 By 2 Matrix 1st Row 1st Column 1 2nd Column 2 2nd Row 1st Column 3 2nd Column 4 EndMatrix'],
      [spanish, 'empezar matriz 2 por 2 primera fila primera columna 1 segunda columna 2 segunda fila primera columna 3 segunda columna 4 finalizar matriz'],
      [french, 'la matrice de dimension 2 par 2 Rangée 1: 1 2 Rangée 2: 3 4'],
    ],
  },
  {
    name: 'definite integral',
    mathml: M('<msubsup><mo>∫</mo><mn>0</mn><mn>1</mn></msubsup><msup><mi>x</mi><mn>2</mn></msup><mo>&#x2062;</mo><mi>d</mi><mi>x</mi>'),
    expect: [
      [clearSpeak, 'the integral from 0 to 1 of x squared d x'],
      [mathSpeak, 'integral Subscript 0 Superscript 1 Baseline x squared times d x'],
      [brief, 'integral Sub 0 Sup 1 Base x squared times d x'],
      [french, 'le intégrale de 0 à 1 de x au carré d x'],
    ],
  },
  {
    name: 'quadratic formula',
    mathml: M('<mi>x</mi><mo>=</mo><mfrac><mrow><mo>-</mo><mi>b</mi><mo>±</mo><msqrt><msup><mi>b</mi><mn>2</mn></msup><mo>-</mo><mn>4</mn><mi>a</mi><mi>c</mi></msqrt></mrow><mrow><mn>2</mn><mi>a</mi></mrow></mfrac>'),
    expect: [
      [clearSpeak, 'x equals the fraction with numerator negative b plus or minus the square root of b squared minus 4 a c and denominator 2 a'],
      [mathSpeak, 'x equals StartFraction negative b plus or minus StartRoot b squared minus 4 a c EndRoot Over 2 a EndFraction'],
      [superbrief, 'x equals Frac negative b plus or minus Root b squared minus 4 a c EndRoot Over 2 a EndFrac'],
      [spanish, 'x igual empezar fracción menos b más menos empezar raíz cuadrada b al cuadrado menos 4 a c finalizar raíz cuadrada entre 2 a finalizar fracción'],
      [french, 'x égale fraction avec numérateur négatif b plus ou moins la racine carrée de b au carré moins 4 a c et dénominateur 2 a'],
    ],
  },
  {
    // Chemistry as authors mark it up (invisible times between the atoms): SRE's chemistry
    // reading in MathSpeak drops "Subscript" for element counts.
    name: 'water, H₂O',
    mathml: M('<mrow><msub><mi>H</mi><mn>2</mn></msub><mo>&#x2062;</mo><mi>O</mi></mrow>'),
    expect: [
      [clearSpeak, 'H sub 2 O'],
      [mathSpeak, 'upper H 2 upper O'],
      [spanish, 'mayúscula H subíndice 2 línea base mayúscula O'],
    ],
  },
  {
    name: 'a reaction, 2H₂ + O₂ → 2H₂O',
    mathml: M('<mrow><mn>2</mn><mo>&#x2062;</mo><msub><mi>H</mi><mn>2</mn></msub><mo>+</mo><msub><mi>O</mi><mn>2</mn></msub><mo>→</mo><mn>2</mn><mo>&#x2062;</mo><msub><mi>H</mi><mn>2</mn></msub><mo>&#x2062;</mo><mi>O</mi></mrow>'),
    expect: [
      [clearSpeak, '2 H sub 2 plus O sub 2 right arrow 2 H sub 2 O'],
      [mathSpeak, '2 upper H 2 plus upper O 2 right arrow 2 upper H 2 upper O'],
      [french, '2 H sub 2 plus O sub 2 flèche droite 2 H sub 2 O'],
    ],
  },
];

describe('speak: English ClearSpeak and MathSpeak, Spanish, French (speech-rule-engine 4.1.5)', () => {
  for (const row of TABLE) {
    it(row.name, async () => {
      for (const [options, expected] of row.expect) {
        assert.equal(await speak(row.mathml, options), expected, `${row.name} with ${JSON.stringify(options)}`);
      }
    });
  }

  it('ClearSpeak reads the same at every verbosity; MathSpeak gets shorter', async () => {
    const fraction = M('<mfrac><mi>a</mi><mi>b</mi></mfrac>');
    assert.equal(await speak(fraction, { verbosity: 'superbrief' }), 'a over b');
    const lengths = await Promise.all([mathSpeak, brief, superbrief].map(async (o) => (await speak(fraction, o)).length));
    assert.ok(lengths[0]! > lengths[1]! && lengths[1]! > lengths[2]!, `lengths ${lengths}`);
  });

  it('chemistry without invisible times: SRE reads H₂ next to O as a function application (recorded, not ours to change)', async () => {
    assert.equal(await speak(M('<msub><mi>H</mi><mn>2</mn></msub><mi>O</mi>')), 'H sub 2 of O');
  });
});

describe('speakMath: languages and fallback', () => {
  it('uses the primary language of a BCP 47 tag and says which rules were used', async () => {
    const fr = await speakMath(M('<mfrac><mi>a</mi><mi>b</mi></mfrac>'), { locale: 'fr-CA' });
    assert.deepEqual({ ...fr }, { text: 'a sur b', locale: 'fr', requestedLocale: 'fr-CA', fellBack: false, style: 'ClearSpeak', problems: [] });
    // Spanish has no ClearSpeak: MathSpeak is used and reported.
    const es = await speakMath(M('<mfrac><mi>a</mi><mi>b</mi></mfrac>'), { locale: 'es-MX' });
    assert.equal(es.style, 'MathSpeak');
    assert.equal(es.locale, 'es');
    const de = await speakMath(M('<mfrac><mi>a</mi><mi>b</mi></mfrac>'), { locale: 'de' });
    assert.equal(de.text, 'a geteilt durch b');
  });

  it('an unknown language falls back to English and says so', async () => {
    for (const locale of ['xx', 'pt-BR', 'zh-Hans']) {
      const result = await speakMath(M('<msqrt><mi>x</mi></msqrt>'), { locale });
      assert.equal(result.text, 'the square root of x');
      assert.equal(result.locale, 'en');
      assert.equal(result.fellBack, true, locale);
      assert.equal(result.requestedLocale, locale);
      assert.deepEqual(result.problems, []);
    }
    // No language at all is English, not a fallback.
    const none = await speakMath(M('<msqrt><mi>x</mi></msqrt>'));
    assert.equal(none.fellBack, false);
  });

  it('languages switch back and forth between calls, also when called at the same time', async () => {
    const fraction = M('<mfrac><mi>p</mi><mi>q</mi></mfrac>');
    const texts = await Promise.all(['en', 'fr', 'es', 'en', 'fr', 'de'].map((locale) => speak(fraction, { locale })));
    assert.deepEqual(texts, [
      'p over q', 'p sur q', 'empezar fracción p entre q finalizar fracción', 'p over q', 'p sur q', 'p geteilt durch q',
    ]);
  });
});

describe('speakMath: malformed MathML is spoken as such, with the reason, never thrown and never on the console', () => {
  const cases: [string, string, string][] = [
    ['unclosed element', '<math><mfrac><mi>a</mi></math>', 'malformed-mathml'],
    ['unclosed root', '<math><mi>a</mi>', 'malformed-mathml'],
    ['plain text', 'x plus one', 'malformed-mathml'],
    ['empty string', '   ', 'malformed-mathml'],
    ['two roots', '<math><mi>a</mi></math><math><mi>b</mi></math>', 'malformed-mathml'],
    ['stray ampersand', '<math><mi>a & b</mi></math>', 'malformed-mathml'],
    ['not math', '<p>hello</p>', 'not-mathml'],
    ['empty math', '<math></math>', 'empty-math'],
  ];
  for (const [name, mathml, code] of cases) {
    it(`${name} → ${code}`, async () => {
      const logged = watchConsole();
      try {
        const result = await speakMath(mathml);
        assert.equal(result.text, UNREADABLE_MATH);
        assert.equal(result.problems.at(-1)?.code, code);
        assert.match(result.problems.at(-1)!.message, /\w/);
      } finally {
        logged.restore();
      }
      assert.deepEqual(logged.calls, []);
    });
  }

  it('what the engine complains about (an unknown entity) is returned, not printed, and the expression is still read', async () => {
    const logged = watchConsole();
    const result = await speakMath('<math><mi>a</mi><mo>&foo;</mo></math>').finally(() => logged.restore());
    assert.deepEqual(logged.calls, []);
    assert.equal(result.text, 'a ampersand foo semicolon');
    assert.equal(result.problems[0]!.code, 'engine-warning');
    assert.match(result.problems[0]!.detail!, /entity not found/);
  });

  it('speak() resolves to the spoken phrase', async () => {
    assert.equal(await speak('<math><mrow>'), 'math expression that could not be read');
  });
});

describe('alttext and caching', () => {
  it('speech comes from the MathML, never from alttext', async () => {
    const result = await speakMath('<math alttext="Alternative text not available" xmlns="http://www.w3.org/1998/Math/MathML"><mi>n</mi><mo>×</mo><mi>n</mi></math>');
    assert.equal(result.text, 'n times n');
  });

  it('the same MathML and options are spoken once; other options are spoken again', async () => {
    clearMathCache();
    const mathml = M('<mfrac><mn>355</mn><mn>113</mn></mfrac>');
    const first = await speakMath(mathml);
    assert.equal(await speakMath(mathml), first, 'the cached result object');
    assert.notEqual(await speakMath(mathml, { style: 'MathSpeak' }), first);
    // Attributes a reader adds for focus and screen readers do not change the speech.
    assert.equal(await speakMath(mathml.replace('<math ', '<math tabindex="0" aria-label="x" alttext="a fraction" ')), first);
  });

  it('a cache hit is much faster than speaking', async () => {
    const [mathml] = spreadSample(await linearAlgebraMath(), 1, 3000) as string[];
    clearMathCache();
    let t = performance.now();
    await speak(mathml!);
    const miss = performance.now() - t;
    t = performance.now();
    await speak(mathml!);
    const hit = performance.now() - t;
    assert.ok(hit < miss, `hit ${hit} ms vs miss ${miss} ms`);
  });
});

describe('warmUp and the @attune/speech adapter', () => {
  it('warmUp loads a locale once per book and reports a fallback', async () => {
    const first = await warmUp('fr');
    assert.equal(first.locale, 'fr');
    assert.equal(await warmUp('fr'), first, 'the same answer the second time');
    const unknown = await warmUp('xx');
    assert.equal(unknown.locale, 'en');
    assert.equal(unknown.fellBack, true);
  });

  it('createMathSpeech speaks a <math> element in its own language, else the book\'s, and reports each result', async () => {
    const doc = new DOMParser().parseFromString(
      '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr"><body><p><math xmlns="http://www.w3.org/1998/Math/MathML" alttext="Alternative text not available"><msup><mi>x</mi><mn>2</mn></msup></math></p>' +
        '<p xml:lang="zz"><math xmlns="http://www.w3.org/1998/Math/MathML"><msup><mi>x</mi><mn>2</mn></msup></math></p></body></html>',
      'application/xhtml+xml',
    );
    const [french, unknown] = Array.from(doc.getElementsByTagNameNS('http://www.w3.org/1998/Math/MathML', 'math')) as unknown as Element[];
    const seen: string[] = [];
    const mathSpeech = createMathSpeech({ bookLocale: 'en', onSpoken: (result) => seen.push(`${result.locale}${result.fellBack ? ' (fell back)' : ''}`) });
    assert.equal(await mathSpeech(french!), 'x au carré');
    assert.equal(await mathSpeech(unknown!), 'x squared');
    assert.deepEqual(seen, ['fr', 'en (fell back)']);
  });
});

function watchConsole(): { calls: string[]; restore(): void } {
  const calls: string[] = [];
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const saved = methods.map((m) => console[m]);
  for (const m of methods) console[m] = (...args: unknown[]) => void calls.push(`${m}: ${args.join(' ')}`);
  return { calls, restore: () => methods.forEach((m, i) => (console[m] = saved[i]!)) };
}
