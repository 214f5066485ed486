import type { HighlightColor } from './annotation.js';

/**
 * What tells highlight colours apart without colour: each has its own
 * underline, drawn in the book and in the study outline, and its name in
 * words in every list and accessible name. In forced-colours mode, where
 * every highlight paints the same system colour, the underline is what is
 * left.
 */
export const HIGHLIGHT_UNDERLINES: Readonly<Record<HighlightColor, 'solid' | 'double' | 'dashed' | 'dotted'>> = {
  yellow: 'solid',
  green: 'double',
  blue: 'dashed',
  pink: 'dotted',
};

/** The English names of the colours (the reader shows translated ones). */
export const HIGHLIGHT_COLOR_NAMES: Readonly<Record<HighlightColor, string>> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
};
