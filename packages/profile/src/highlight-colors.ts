import { formatHexColor, hslToRgb } from './color.js';
import { contrastRatio, MIN_NON_TEXT_CONTRAST, MIN_TEXT_CONTRAST } from './contrast.js';
import type { HighlightHue } from './schema.js';

/**
 * Read-aloud highlights have to work on every theme, including a learner's
 * custom colours, so they are computed rather than hand-picked. Each
 * highlight must stand out from the page (≥ 3:1, WCAG 1.4.11) and its text
 * must stay readable (≥ 4.5:1, WCAG 1.4.3). The word highlight also aims at
 * 3:1 against the sentence highlight it sits inside.
 */

/** A highlight's fill and the text colour to use on it. */
export interface HighlightPair {
  background: string;
  foreground: string;
}

/** The word and sentence highlights of one theme. */
export interface HighlightColors {
  word: HighlightPair;
  sentence: HighlightPair;
}

const HUE_DEGREES: Readonly<Record<HighlightHue, number>> = {
  yellow: 52,
  orange: 30,
  green: 130,
  blue: 210,
  pink: 330,
};
const SATURATION = 0.85;

/** Every shade of the hue, dark to light, as written (#rrggbb). */
function shades(hue: HighlightHue): string[] {
  const list: string[] = [];
  for (let step = 2; step <= 98; step += 1) list.push(formatHexColor(hslToRgb(HUE_DEGREES[hue], SATURATION, step / 100)));
  return list;
}

/** The text colour for a fill: the page's own if readable, else black or white. */
function textOn(fill: string, pageForeground: string): string | undefined {
  if (contrastRatio(fill, pageForeground) >= MIN_TEXT_CONTRAST) return pageForeground;
  const best = contrastRatio(fill, '#000000') >= contrastRatio(fill, '#ffffff') ? '#000000' : '#ffffff';
  return contrastRatio(fill, best) >= MIN_TEXT_CONTRAST ? best : undefined;
}

interface Candidate {
  fill: string;
  text: string;
  againstPage: number;
}

function candidates(hue: HighlightHue, page: { foreground: string; background: string }): Candidate[] {
  const list: Candidate[] = [];
  for (const fill of shades(hue)) {
    const againstPage = contrastRatio(fill, page.background);
    const text = textOn(fill, page.foreground);
    if (againstPage >= MIN_NON_TEXT_CONTRAST && text) list.push({ fill, text, againstPage });
  }
  return list;
}

/**
 * Highlights of `hue` for a page. The sentence takes the quietest shade that
 * still meets 3:1 (preferring one the page's own text colour reads on); the
 * word takes the shade nearest 3:1 against the sentence, or the most distinct
 * one when no shade gets there (possible with unusual custom colours).
 */
export function deriveHighlights(hue: HighlightHue, page: { foreground: string; background: string }): HighlightColors {
  const usable = candidates(hue, page);
  if (usable.length === 0) {
    // Cannot happen for a page pair of ≥ 4.5:1 (very dark or very light shades
    // always qualify), but an inverted page is a safe answer if it ever does.
    const inverted = { background: page.foreground, foreground: page.background };
    return { word: inverted, sentence: inverted };
  }
  const quietest = [...usable].sort(
    (a, b) => Number(b.text === page.foreground) - Number(a.text === page.foreground) || a.againstPage - b.againstPage,
  )[0]!;
  const sentence = { background: quietest.fill, foreground: quietest.text };
  const others = usable.filter((c) => c.fill !== quietest.fill).map((c) => ({ ...c, distinct: contrastRatio(c.fill, quietest.fill) }));
  const distinctEnough = others.filter((c) => c.distinct >= MIN_NON_TEXT_CONTRAST).sort((a, b) => a.distinct - b.distinct);
  const word = distinctEnough[0] ?? others.sort((a, b) => b.distinct - a.distinct)[0] ?? quietest;
  return { word: { background: word.fill, foreground: word.text }, sentence };
}
