import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
// Its own test file, so its own process: nothing else has loaded the engine.
import { MATH_LOCALES, containsMath, isMathLoaded, loadMath, resolveMathLocale, speak } from '../src/index.js';

const moduleCache = createRequire(import.meta.url).cache;
const sreLoaded = () => Object.keys(moduleCache).some((path) => path.includes('speech-rule-engine'));

describe('speech-rule-engine loads on first use, not on import', () => {
  it('importing the package and resolving languages loads none of SRE', () => {
    assert.equal(resolveMathLocale('fr-FR').locale, 'fr');
    assert.equal(typeof containsMath, 'function');
    assert.equal(isMathLoaded(), false);
    assert.equal(sreLoaded(), false);
  });

  it('the first speak() loads it; loadMath() reports what loading cost', async () => {
    assert.equal(await speak('<math><mi>x</mi></math>'), 'x');
    assert.equal(isMathLoaded(), true);
    assert.equal(sreLoaded(), true);
    const info = await loadMath();
    assert.equal(info.sreVersion, '4.1.5');
    assert.ok(info.importMs > 0 && info.setupMs >= 0);
  });
});

describe('resolveMathLocale', () => {
  it('primary language of a tag, aliases, English fallback reported', () => {
    assert.deepEqual(resolveMathLocale('es-419'), { locale: 'es', requested: 'es-419', fellBack: false });
    assert.deepEqual(resolveMathLocale('no'), { locale: 'nb', requested: 'no', fellBack: false });
    assert.deepEqual(resolveMathLocale('NN_no'), { locale: 'nn', requested: 'NN_no', fellBack: false });
    assert.deepEqual(resolveMathLocale('ja'), { locale: 'en', requested: 'ja', fellBack: true });
    assert.deepEqual(resolveMathLocale(''), { locale: 'en', requested: undefined, fellBack: false });
    assert.deepEqual(resolveMathLocale(undefined), { locale: 'en', requested: undefined, fellBack: false });
    // Braille codes are not spoken languages.
    assert.equal(resolveMathLocale('nemeth').fellBack, true);
    assert.equal(MATH_LOCALES.length, 13);
  });
});
