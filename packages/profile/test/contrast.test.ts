import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkTextColors,
  contrastRatio,
  formatContrastRatio,
  normalizeHexColor,
  parseHexColor,
  readableAlternative,
  relativeLuminance,
} from '../src/index.js';

const close = (actual: number, expected: number, places = 3) =>
  assert.ok(Math.abs(actual - expected) < 10 ** -places, `${actual} is not ${expected}`);

test('hex colours parse in #rgb and #rrggbb and nothing else', () => {
  assert.deepEqual(parseHexColor('#fff'), { r: 255, g: 255, b: 255 });
  assert.deepEqual(parseHexColor('#0B57D0'), { r: 11, g: 87, b: 208 });
  for (const bad of ['fff', '#ffff', '#gggggg', 'red', 'rgb(0,0,0)', '']) assert.equal(parseHexColor(bad), undefined, bad);
  assert.equal(normalizeHexColor('#ABC'), '#aabbcc');
});

test('relative luminance matches the WCAG definition', () => {
  assert.equal(relativeLuminance('#000000'), 0);
  assert.equal(relativeLuminance('#ffffff'), 1);
  close(relativeLuminance('#ff0000'), 0.2126);
  close(relativeLuminance('#00ff00'), 0.7152);
  close(relativeLuminance('#0000ff'), 0.0722);
  close(relativeLuminance('#808080'), 0.2158605);
  // Below the linear-segment threshold the channel is divided by 12.92.
  close(relativeLuminance('#0a0a0a'), (10 / 255) / 12.92, 6);
});

test('contrast ratio: 21:1 at most, 1:1 for equal colours, symmetric, and the known reference pairs', () => {
  assert.equal(contrastRatio('#000', '#fff'), 21);
  assert.equal(contrastRatio('#fff', '#000'), 21);
  assert.equal(contrastRatio('#123456', '#123456'), 1);
  close(contrastRatio('#767676', '#ffffff'), 4.54, 2); // the lightest grey that passes AA on white
  close(contrastRatio('#777777', '#ffffff'), 4.48, 2); // …and the one that just fails
  close(contrastRatio('#595959', '#ffffff'), 7.0, 2); // the AAA grey
  assert.ok(contrastRatio('#ffff00', '#000000') > 19);
});

test('ratios are shown rounded down, so a failing pair never looks like it passes', () => {
  assert.equal(formatContrastRatio(contrastRatio('#777777', '#ffffff')), '4.47:1');
  assert.equal(formatContrastRatio(4.4999), '4.49:1');
  assert.equal(formatContrastRatio(21), '21:1');
  assert.equal(formatContrastRatio(7), '7:1');
});

test('a pair below 4.5:1 is refused with a sentence and a 7:1 alternative', () => {
  const check = checkTextColors('#777777', '#ffffff');
  assert.equal(check.ok, false);
  if (check.ok) return;
  assert.equal(check.message, `Text in #777777 on #ffffff has a contrast of 4.47:1; text needs at least 4.5:1 to be readable (WCAG 1.4.3). Try ${check.suggestion.foreground} on #ffffff (${formatContrastRatio(check.suggestion.ratio)}).`);
  assert.ok(check.suggestion.ratio >= 7);
  assert.equal(check.suggestion.background, '#ffffff', 'the background is kept when the text colour alone can reach 7:1');
  assert.ok(relativeLuminance(check.suggestion.foreground) < relativeLuminance('#777777'), 'darkened on a light page');
  assert.deepEqual(checkTextColors('#767676', '#ffffff').ok, true);
});

test('the alternative keeps the text hue where it can and reaches 7:1 for any pair', () => {
  const blue = readableAlternative('#6fa8ff', '#ffffff');
  const { r, g, b } = parseHexColor(blue.foreground)!;
  assert.ok(b > r && b > g, `${blue.foreground} is still blue`);
  assert.ok(blue.ratio >= 7);
  const lightened = readableAlternative('#333366', '#000000');
  assert.ok(relativeLuminance(lightened.foreground) > relativeLuminance('#333366'), 'lightened on a dark page');
  // A mid-grey page cannot give 7:1 with any text colour; the page moves too.
  const grey = readableAlternative('#777777', '#777777');
  assert.ok(grey.ratio >= 7);
  // Exhaustive-ish sweep: every pair of a 6-level grid gets a ≥ 7:1 alternative.
  const levels = ['00', '33', '66', '99', 'cc', 'ff'];
  for (const a of levels) for (const b2 of levels) for (const c of levels) {
    const fg = `#${a}${b2}${c}`;
    for (const bg of ['#000000', '#777777', '#8a8a8a', '#ffffff', `#${c}${a}${b2}`]) {
      const alt = readableAlternative(fg, bg);
      assert.ok(contrastRatio(alt.foreground, alt.background) >= 7, `${fg} on ${bg} → ${alt.foreground} on ${alt.background}`);
    }
  }
});
