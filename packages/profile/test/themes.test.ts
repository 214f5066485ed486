import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  contrastRatio,
  deriveHighlights,
  HIGHLIGHT_HUES,
  readableAlternative,
  THEME_NAMES,
  THEME_PALETTES,
  themeColors,
  type ThemeName,
} from '../src/index.js';

const rulerOver = (background: string, ruler: string): string => {
  // Composite the translucent ruler over the page, as the browser paints it.
  const m = /rgb\((\d+) (\d+) (\d+) \/ ([\d.]+)\)/.exec(ruler)!;
  const [r, g, b, a] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
  const page = [1, 3, 5].map((i) => Number.parseInt(background.slice(i, i + 2), 16));
  const mix = [r, g, b].map((c, i) => Math.round(page[i]! * (1 - a) + c * a));
  return `#${mix.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
};

const customPairs = [
  ['#1a1a1a', '#ffffff'],
  ['#1a1a1a', '#fff2c4'], // the colour overlay accommodation
  ['#000000', '#959595'], // a mid-grey page, the hardest case
  ['#ffffff', '#003366'],
  ['#f5e6c8', '#2b1d0e'],
  ['#000000', '#ffcccc'],
];

for (const theme of THEME_NAMES) {
  const pairs = theme === 'custom' ? customPairs : [[undefined, undefined]];
  for (const [customForeground = '#1a1a1a', customBackground = '#ffffff'] of pairs) {
    const label = theme === 'custom' ? `custom ${customForeground} on ${customBackground}` : theme;
    test(`theme ${label}: text, links, focus and every highlight hue meet WCAG contrast`, () => {
      for (const highlightColor of HIGHLIGHT_HUES) {
        const c = themeColors({ theme: theme as ThemeName, customForeground, customBackground, highlightColor });
        const where = `${label}/${highlightColor}`;
        assert.ok(contrastRatio(c.foreground, c.background) >= (theme === 'custom' ? 4.5 : 7), `${where}: text`);
        assert.ok(contrastRatio(c.link, c.background) >= 4.5, `${where}: link`);
        assert.ok(contrastRatio(c.focus, c.background) >= 3, `${where}: focus`);
        for (const kind of ['word', 'sentence'] as const) {
          const h = c.highlight[kind];
          assert.ok(contrastRatio(h.background, c.background) >= 3, `${where}: ${kind} highlight against the page is ${contrastRatio(h.background, c.background)}`);
          assert.ok(contrastRatio(h.foreground, h.background) >= 4.5, `${where}: text on the ${kind} highlight is ${contrastRatio(h.foreground, h.background)}`);
        }
        assert.ok(contrastRatio(c.foreground, rulerOver(c.background, c.ruler)) >= 4.5, `${where}: text under the ruler`);
        if (theme !== 'custom') {
          // The word must stand out inside its sentence (WCAG 1.4.11, 3:1) on every built-in theme.
          assert.ok(contrastRatio(c.highlight.word.background, c.highlight.sentence.background) >= 3, `${where}: word vs sentence`);
        } else {
          assert.notEqual(c.highlight.word.background, c.highlight.sentence.background, `${where}: word vs sentence`);
        }
      }
    });
  }
}

test('built-in theme palettes are what they say: high contrast is yellow on black', () => {
  assert.deepEqual(
    Object.fromEntries(Object.entries(THEME_PALETTES).map(([name, p]) => [name, [p.foreground, p.background, p.colorScheme]])),
    {
      light: ['#1a1a1a', '#ffffff', 'light'],
      sepia: ['#3b2f1e', '#f4ecd8', 'light'],
      dark: ['#e8e6e3', '#121212', 'dark'],
      'high-contrast': ['#ffff00', '#000000', 'dark'],
    },
  );
});

test('highlights exist for any readable custom page (random sweep of 4.5:1 pairs)', () => {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const hex = () => `#${Math.floor(random() * 0xffffff).toString(16).padStart(6, '0')}`;
  for (let i = 0; i < 200; i += 1) {
    let foreground = hex();
    let background = hex();
    if (contrastRatio(foreground, background) < 4.5) ({ foreground, background } = readableAlternative(foreground, background, 4.5));
    for (const hue of HIGHLIGHT_HUES) {
      const h = deriveHighlights(hue, { foreground, background });
      for (const pair of [h.word, h.sentence]) {
        assert.ok(contrastRatio(pair.background, background) >= 3, `${hue} on ${foreground}/${background}`);
        assert.ok(contrastRatio(pair.foreground, pair.background) >= 4.5, `${hue} text on ${foreground}/${background}`);
      }
    }
  }
});
