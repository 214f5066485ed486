import { formatHexColor, mixColors, toRgb, withAlpha } from './color.js';
import { contrastRatio, MIN_TEXT_CONTRAST, relativeLuminance } from './contrast.js';
import { deriveHighlights, type HighlightColors } from './highlight-colors.js';
import type { DisplaySettings, ThemeName } from './schema.js';

/**
 * Colour themes. Every built-in pair reaches 7:1 (WCAG 1.4.6); links reach
 * 4.5:1 and focus rings 3:1 against the page. Tests hold each theme to this.
 */

/** The fixed colours of a theme. */
export interface ThemePalette {
  foreground: string;
  background: string;
  /** Links are also underlined, so colour is never the only cue. */
  link: string;
  focus: string;
  colorScheme: 'light' | 'dark';
}

/** A theme's colours with the highlights and masks worked out for the learner's hue. */
export interface ThemeColors extends ThemePalette {
  highlight: HighlightColors;
  /** Tint of the reading ruler (line focus, ruler style). */
  ruler: string;
  /** What covers the rest of the page (line focus, mask style; masking). */
  mask: string;
}

/** The built-in themes. `custom` is made from the learner's colours. */
export const THEME_PALETTES: Readonly<Record<Exclude<ThemeName, 'custom'>, ThemePalette>> = {
  light: { foreground: '#1a1a1a', background: '#ffffff', link: '#0b57d0', focus: '#0b57d0', colorScheme: 'light' },
  sepia: { foreground: '#3b2f1e', background: '#f4ecd8', link: '#7a3b00', focus: '#7a3b00', colorScheme: 'light' },
  dark: { foreground: '#e8e6e3', background: '#121212', link: '#8ab4f8', focus: '#8ab4f8', colorScheme: 'dark' },
  // Yellow on black: the "reverse contrast" most low-vision learners know.
  'high-contrast': { foreground: '#ffff00', background: '#000000', link: '#00ffff', focus: '#ffffff', colorScheme: 'dark' },
};

/** The palette of the learner's theme; a custom theme uses its text colour for links and focus. */
export function themePalette(display: Pick<DisplaySettings, 'theme' | 'customForeground' | 'customBackground'>): ThemePalette {
  if (display.theme !== 'custom') return THEME_PALETTES[display.theme];
  const dark = relativeLuminance(display.customBackground) < relativeLuminance(display.customForeground);
  return {
    foreground: display.customForeground,
    background: display.customBackground,
    link: display.customForeground,
    focus: display.customForeground,
    colorScheme: dark ? 'dark' : 'light',
  };
}

/**
 * The ruler is the sentence shade, translucent over the page's own text. It is
 * as strong as it can be (up to 35%) while that text stays at 4.5:1 on it.
 * The reader draws the ruler with an outline as well, so colour is never the only cue.
 */
function rulerTint(palette: ThemePalette, shade: string): string {
  for (let percent = 35; percent >= 5; percent -= 5) {
    const painted = formatHexColor(mixColors(toRgb(palette.background), toRgb(shade), percent / 100));
    if (contrastRatio(palette.foreground, painted) >= MIN_TEXT_CONTRAST) return withAlpha(shade, percent / 100);
  }
  // A page at the very edge of 4.5:1 cannot take any tint; the ruler's outline still shows it.
  return withAlpha(shade, 0);
}

/** All colours the reader paints with, for the learner's display settings. */
export function themeColors(display: Pick<DisplaySettings, 'theme' | 'customForeground' | 'customBackground' | 'highlightColor'>): ThemeColors {
  const palette = themePalette(display);
  const highlight = deriveHighlights(display.highlightColor, palette);
  return {
    ...palette,
    highlight,
    ruler: rulerTint(palette, highlight.sentence.background),
    mask: withAlpha('#000000', palette.colorScheme === 'dark' ? 0.75 : 0.6),
  };
}
