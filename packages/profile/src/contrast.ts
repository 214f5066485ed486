import { formatHexColor, mixColors, toRgb, type Rgb } from './color.js';

/**
 * WCAG 2.x contrast. APCA is not used: it is not part of WCAG 2 and WCAG 3's
 * method is undecided, and IEP teams and auditors check against 2.x figures.
 */

/** WCAG 1.4.3 (AA): normal text. */
export const MIN_TEXT_CONTRAST = 4.5;
/** WCAG 1.4.6 (AAA): normal text; what Attune offers as the alternative. */
export const ENHANCED_TEXT_CONTRAST = 7;
/** WCAG 1.4.11 (AA): non-text, e.g. a highlight against the page or a focus ring. */
export const MIN_NON_TEXT_CONTRAST = 3;

const BLACK: Rgb = { r: 0, g: 0, b: 0 };
const WHITE: Rgb = { r: 255, g: 255, b: 255 };

function linearize(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance(color: string | Rgb): number {
  const { r, g, b } = toRgb(color);
  return 0.2126 * linearize(r) + 0.7152 * linearize(g) + 0.0722 * linearize(b);
}

/** WCAG contrast ratio (L1 + 0.05) / (L2 + 0.05), from 1 to 21; order does not matter. */
export function contrastRatio(a: string | Rgb, b: string | Rgb): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * `4.47:1`. Rounded down, never up, so that a pair just below a threshold is
 * never shown as meeting it.
 */
export function formatContrastRatio(ratio: number): string {
  const floored = Math.floor(ratio * 100) / 100;
  return `${Number(floored.toFixed(2))}:1`;
}

/** A colour pair and its contrast. */
export interface ColorPair {
  foreground: string;
  background: string;
  ratio: number;
}

/** The smallest move of `from` toward `to` (in 1% steps) that reaches `target` against `against`. */
function moveUntil(from: Rgb, to: Rgb, against: Rgb, target: number): { color: Rgb; step: number } | undefined {
  for (let step = 0; step <= 100; step += 1) {
    const color = mixColors(from, to, step / 100);
    // Judge the colour as it will be written (#rrggbb), not the unrounded mix.
    if (contrastRatio(formatHexColor(color), formatHexColor(against)) >= target) return { color, step };
  }
  return undefined;
}

/**
 * A pair close to the given one that reaches `target` (7:1 by default, WCAG
 * AAA). The foreground is darkened or lightened first, keeping its hue as far
 * as it can; only when no foreground can reach the target on this background
 * (mid-grey backgrounds) is the background moved too.
 */
export function readableAlternative(foreground: string, background: string, target = ENHANCED_TEXT_CONTRAST): ColorPair {
  const fg = toRgb(foreground);
  const bg = toRgb(background);
  const candidates = [moveUntil(fg, BLACK, bg, target), moveUntil(fg, WHITE, bg, target)].filter((c) => c !== undefined);
  candidates.sort((a, b) => a.step - b.step);
  const best = candidates[0];
  if (best) {
    const pair = { foreground: formatHexColor(best.color), background: formatHexColor(bg) };
    return { ...pair, ratio: contrastRatio(pair.foreground, pair.background) };
  }
  // Neither black nor white text reaches the target here: use the extreme that
  // comes closest and move the background away from it.
  const extreme = contrastRatio(BLACK, bg) >= contrastRatio(WHITE, bg) ? BLACK : WHITE;
  const moved = moveUntil(bg, extreme === BLACK ? WHITE : BLACK, extreme, target);
  // Black on white is 21:1, so moving all the way always gets there.
  const pair = { foreground: formatHexColor(extreme), background: formatHexColor(moved?.color ?? (extreme === BLACK ? WHITE : BLACK)) };
  return { ...pair, ratio: contrastRatio(pair.foreground, pair.background) };
}

/** The verdict on a text colour pair. */
export type ColorPairCheck =
  | { ok: true; ratio: number }
  | { ok: false; ratio: number; message: string; suggestion: ColorPair };

/**
 * Checks text colours against WCAG 1.4.3 (`minimum`, 4.5:1). A failing pair
 * comes back with a sentence and a 7:1 alternative to offer instead.
 */
export function checkTextColors(foreground: string, background: string, minimum = MIN_TEXT_CONTRAST): ColorPairCheck {
  const ratio = contrastRatio(foreground, background);
  if (ratio >= minimum) return { ok: true, ratio };
  const suggestion = readableAlternative(foreground, background);
  return {
    ok: false,
    ratio,
    suggestion,
    message:
      `Text in ${foreground} on ${background} has a contrast of ${formatContrastRatio(ratio)}; ` +
      `text needs at least ${minimum}:1 to be readable (WCAG 1.4.3). ` +
      `Try ${suggestion.foreground} on ${suggestion.background} (${formatContrastRatio(suggestion.ratio)}).`,
  };
}
