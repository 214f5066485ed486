import type { ProfilePatch } from './schema.js';

/**
 * Named starting points a learner or teacher can apply with `applyPatch`.
 * Each is a patch, not a profile: it changes only what it is about.
 */

/** A named patch with a plain-language description. */
export interface Preset {
  id: string;
  name: string;
  description: string;
  patch: ProfilePatch;
}

/** WCAG 2.2 success criterion 1.4.12 Text Spacing: the values content must survive. */
export const WCAG_TEXT_SPACING: Preset = {
  id: 'wcag-text-spacing',
  name: 'WCAG text spacing',
  description: 'Line height 1.5, paragraph spacing 2, letter spacing 0.12 and word spacing 0.16 times the font size (WCAG 1.4.12).',
  patch: { display: { lineHeight: 1.5, paragraphSpacing: 2, letterSpacing: 0.12, wordSpacing: 0.16 } },
};

/** Bigger, plainer letters with strong contrast and short lines, so less panning at large sizes. */
export const LOW_VISION: Preset = {
  id: 'low-vision',
  name: 'Low vision',
  description: 'Twice the text size, Atkinson Hyperlegible, yellow on black, and shorter lines.',
  patch: {
    display: { fontSize: 200, fontFamily: 'atkinson-hyperlegible', lineHeight: 1.6, lineLength: 50, theme: 'high-contrast' },
  },
};

/**
 * Extra letter and word spacing (which the research on dyslexia supports
 * better than special fonts), ragged lines, moderate line length and a soft
 * background, following the British Dyslexia Association style guide. The
 * OpenDyslexic font stays a choice, not part of the preset.
 */
export const DYSLEXIA_FRIENDLY: Preset = {
  id: 'dyslexia-friendly',
  name: 'Dyslexia-friendly',
  description: 'More space between letters, words and lines, a plain sans-serif font, no justification and a cream background.',
  patch: {
    display: {
      fontFamily: 'sans-serif',
      letterSpacing: 0.12,
      wordSpacing: 0.16,
      lineHeight: 1.6,
      paragraphSpacing: 2,
      lineLength: 65,
      textAlign: 'start',
      theme: 'sepia',
    },
  },
};

/** Less on the page at once: no motion, shorter lines, and a mask around the lines being read. */
export const REDUCE_DISTRACTION: Preset = {
  id: 'reduce-distraction',
  name: 'Reduce distraction',
  description: 'No animation, shorter lines, and the rest of the page dimmed around the three lines being read.',
  patch: {
    display: { reducedMotion: true, lineLength: 60 },
    readingAids: { lineFocus: true, lineFocusLines: 3, lineFocusStyle: 'mask' },
  },
};

/** All presets, in the order a panel lists them. */
export const PRESETS: readonly Preset[] = [WCAG_TEXT_SPACING, LOW_VISION, DYSLEXIA_FRIENDLY, REDUCE_DISTRACTION];
