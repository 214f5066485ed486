// The four study highlight colours on every built-in theme and on unusual
// custom pages: each keeps 3:1 against the page and 4.5:1 for its text, and
// each colour has its own underline style (the cue that is not colour).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { THEME_PALETTES } from '@attune/profile';
import { HIGHLIGHT_COLORS, HIGHLIGHT_UNDERLINES } from '@attune/study';
import { highlightCss, highlightPaints, paintIsReadable } from '../src/study/annotations/highlight-paint.js';

const pages = [
  ...Object.keys(THEME_PALETTES).map((theme) => ({ theme: theme as keyof typeof THEME_PALETTES })),
  { theme: 'custom' as const, customForeground: '#ffff00', customBackground: '#000080' },
  { theme: 'custom' as const, customForeground: '#202020', customBackground: '#f5deb3' },
];

for (const display of pages) {
  test(`highlights are readable on ${display.theme}${'customBackground' in display ? ` ${display.customBackground}` : ''}`, () => {
    const paints = highlightPaints(display);
    for (const color of HIGHLIGHT_COLORS) {
      assert.ok(paintIsReadable(paints[color]), `${color}: ${paints[color].againstPage.toFixed(2)}:1 against the page, text ${paints[color].textContrast.toFixed(2)}:1`);
    }
  });
}

test('each colour has its own underline in the frame stylesheet, and forced colours keep it', () => {
  assert.equal(new Set(Object.values(HIGHLIGHT_UNDERLINES)).size, HIGHLIGHT_COLORS.length);
  const css = highlightCss(highlightPaints({ theme: 'light' }));
  for (const color of HIGHLIGHT_COLORS) {
    assert.match(css, new RegExp(`::highlight\\(attune-study-${color}\\) \\{ background-color: #[0-9a-f]{6}; color: #[0-9a-f]{6}; text-decoration: underline ${HIGHLIGHT_UNDERLINES[color]} 2px`));
  }
  assert.match(css, /@media \(forced-colors: active\) \{ ::highlight\(attune-study-yellow\) \{ background-color: Mark; color: MarkText; text-decoration: underline solid 3px; \}/);
});

test('the colours follow the theme', () => {
  assert.notEqual(highlightPaints({ theme: 'light' }).yellow.background, highlightPaints({ theme: 'dark' }).yellow.background);
});
