import type { EffectiveSettings, FontFamily } from './schema.js';
import { themeColors } from './themes.js';

/**
 * Settings to CSS custom properties, the readium ts-toolkit "Properties"
 * pattern: a pure function whose output the reader sets on its own host and
 * on the root of every section iframe. Stylesheets read the values with a
 * fallback, e.g. `font-family: var(--attune-user-font-family, inherit)`, so a
 * property that is absent leaves the book's own style in place.
 */

/** `--attune-user-*` names to CSS values. */
export type CssProperties = Record<`--attune-user-${string}`, string>;

/** Font stacks. Bundled fonts come first; generic families are the fallback. */
export const FONT_STACKS: Readonly<Record<Exclude<FontFamily, 'publisher'>, string>> = {
  serif: 'Georgia, "Times New Roman", serif',
  'sans-serif': 'Arial, "Helvetica Neue", Helvetica, sans-serif',
  'atkinson-hyperlegible': '"Atkinson Hyperlegible", Verdana, sans-serif',
  lexend: 'Lexend, Verdana, sans-serif',
  opendyslexic: 'OpenDyslexic, "Comic Sans MS", sans-serif',
  monospace: '"DejaVu Sans Mono", Menlo, Consolas, monospace',
};

/** Numbers without float noise: 0.12 stays "0.12", 1.5000000001 becomes "1.5". */
function number(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** The CSS custom properties for a learner's effective settings. */
export function toCssProperties(settings: EffectiveSettings): CssProperties {
  const { display, readingAids } = settings;
  const colors = themeColors(display);
  const properties: CssProperties = {};
  if (display.fontFamily !== 'publisher') properties['--attune-user-font-family'] = FONT_STACKS[display.fontFamily];
  properties['--attune-user-font-size'] = `${number(display.fontSize)}%`;
  properties['--attune-user-line-height'] = number(display.lineHeight);
  properties['--attune-user-letter-spacing'] = `${number(display.letterSpacing)}em`;
  properties['--attune-user-word-spacing'] = `${number(display.wordSpacing)}em`;
  properties['--attune-user-paragraph-spacing'] = `${number(display.paragraphSpacing)}em`;
  properties['--attune-user-max-line-length'] = `${number(display.lineLength)}ch`;
  if (display.textAlign !== 'publisher') {
    properties['--attune-user-text-align'] = display.textAlign;
    // Justified text without hyphenation leaves rivers of space, which is worse than ragged text.
    properties['--attune-user-hyphens'] = display.textAlign === 'justify' ? 'auto' : 'manual';
  }
  properties['--attune-user-color-scheme'] = colors.colorScheme;
  properties['--attune-user-foreground'] = colors.foreground;
  properties['--attune-user-background'] = colors.background;
  properties['--attune-user-link'] = colors.link;
  properties['--attune-user-focus'] = colors.focus;
  properties['--attune-user-highlight-word-background'] = colors.highlight.word.background;
  properties['--attune-user-highlight-word-foreground'] = colors.highlight.word.foreground;
  properties['--attune-user-highlight-sentence-background'] = colors.highlight.sentence.background;
  properties['--attune-user-highlight-sentence-foreground'] = colors.highlight.sentence.foreground;
  properties['--attune-user-line-focus'] = readingAids.lineFocus ? readingAids.lineFocusStyle : 'none';
  properties['--attune-user-line-focus-lines'] = String(readingAids.lineFocusLines);
  properties['--attune-user-ruler'] = colors.ruler;
  properties['--attune-user-mask'] = colors.mask;
  properties['--attune-user-motion'] = display.reducedMotion ? 'reduce' : 'no-preference';
  return properties;
}
