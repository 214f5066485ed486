import { contrastRatio, formatContrastRatio, MIN_NON_TEXT_CONTRAST, MIN_TEXT_CONTRAST, type Rgb } from '@attune/profile';
import { UI_COLOR_TOKENS, UI_COLOR_TOKEN_NAMES, type UiColorToken } from '../ui-tokens.js';

/**
 * Brand colours are the embedder's to choose, but not below WCAG 2.2 AA: a
 * pair of `--attune-color-*` tokens whose contrast is too low is not used.
 * Both colours of a failing pair go back to Attune's defaults (the host gets
 * `data-attune-brand-refused="foreground background"`, which ui-tokens.ts
 * turns into the defaults) and the page is told why in the console.
 */

/** A pair of tokens the UI draws one on the other, and the contrast it needs. */
export interface BrandPair {
  foreground: UiColorToken;
  background: UiColorToken;
  minimum: number;
  /** What the pair is, for the warning. */
  use: string;
}

/** Every pair the UI paints (WCAG 1.4.3 for text, 1.4.11 for rings, borders and marks). */
export const BRAND_PAIRS: readonly BrandPair[] = [
  { foreground: 'foreground', background: 'background', minimum: MIN_TEXT_CONTRAST, use: 'text' },
  { foreground: 'foreground', background: 'surface', minimum: MIN_TEXT_CONTRAST, use: 'button text' },
  { foreground: 'muted', background: 'background', minimum: MIN_TEXT_CONTRAST, use: 'secondary text' },
  { foreground: 'accent-foreground', background: 'accent', minimum: MIN_TEXT_CONTRAST, use: 'pressed-button text' },
  { foreground: 'accent', background: 'background', minimum: MIN_NON_TEXT_CONTRAST, use: 'current-item marks and sliders' },
  { foreground: 'focus', background: 'background', minimum: MIN_NON_TEXT_CONTRAST, use: 'the focus ring' },
  { foreground: 'border', background: 'background', minimum: MIN_NON_TEXT_CONTRAST, use: 'borders' },
];

/** A pair that was refused, as reported. */
export interface RefusedBrandPair extends BrandPair {
  ratio: number;
  /** The colours as the page set them. */
  foregroundValue: string;
  backgroundValue: string;
}

/**
 * The host's brand colours: the page's value, or the default when the page
 * sets none. `valid` is false for a value that is not a CSS colour.
 */
export type BrandColors = Record<UiColorToken, { value: string; branded: boolean; valid: boolean }>;

const REFUSED = 'data-attune-brand-refused';

/**
 * Paints CSS colours (any syntax the browser knows, alpha included) into a
 * 1×1 canvas and reads back sRGB: the colour as it is seen over `under`
 * (itself over white).
 */
function painter(): (color: string, under?: string) => Rgb {
  const canvas = document.createElement('canvas');
  canvas.width = 1;
  canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  return (color, under = '#ffffff') => {
    for (const layer of ['#ffffff', under, color]) {
      // An invalid colour leaves fillStyle as it was: start each layer from black, not the last layer.
      context.fillStyle = '#000000';
      context.fillStyle = layer;
      context.fillRect(0, 0, 1, 1);
    }
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    return { r: r!, g: g!, b: b! };
  };
}

/** Reads the brand tokens as the page set them on (or above) the host, with any refusal lifted for the moment. */
export function readBrandColors(host: HTMLElement, dark: boolean): BrandColors {
  const refused = host.getAttribute(REFUSED);
  host.removeAttribute(REFUSED);
  const style = getComputedStyle(host);
  const colors = {} as BrandColors;
  for (const name of UI_COLOR_TOKEN_NAMES) {
    const value = style.getPropertyValue(`--attune-color-${name}`).trim();
    colors[name] = { value: value || UI_COLOR_TOKENS[name][dark ? 'dark' : 'light'], branded: value !== '', valid: value === '' || CSS.supports('color', value) };
  }
  if (refused !== null) host.setAttribute(REFUSED, refused);
  return colors;
}

/**
 * The pairs below their minimum. A colour refused in one pair is the
 * default in every pair, so the check runs again with it until nothing more
 * fails (Attune's defaults pass with each other). Pairs where neither colour
 * is the page's are not judged.
 */
export function refusedPairs(colors: BrandColors, dark: boolean): RefusedBrandPair[] {
  const paint = painter();
  // What is not a colour at all is the default from the start.
  const reverted = new Set<UiColorToken>(UI_COLOR_TOKEN_NAMES.filter((name) => !colors[name].valid));
  const valueOf = (name: UiColorToken) => (reverted.has(name) ? UI_COLOR_TOKENS[name][dark ? 'dark' : 'light'] : colors[name].value);
  const refused = new Map<BrandPair, RefusedBrandPair>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const pair of BRAND_PAIRS) {
      if (refused.has(pair)) continue;
      if (!colors[pair.foreground].branded && !colors[pair.background].branded) continue;
      const background = valueOf(pair.background);
      // A translucent foreground is seen over its background.
      const ratio = contrastRatio(paint(valueOf(pair.foreground), background), paint(background));
      if (ratio >= pair.minimum) continue;
      refused.set(pair, { ...pair, ratio, foregroundValue: colors[pair.foreground].value, backgroundValue: colors[pair.background].value });
      reverted.add(pair.foreground);
      reverted.add(pair.background);
      changed = true;
    }
  }
  return [...refused.values()];
}

/** The console warning for a refused pair: which tokens, the measured ratio, what is used instead. */
export function refusalMessage(refused: RefusedBrandPair): string {
  return (
    `<attune-reader>: --attune-color-${refused.foreground} (${refused.foregroundValue}) on ` +
    `--attune-color-${refused.background} (${refused.backgroundValue}) has a contrast of ${formatContrastRatio(refused.ratio)}, ` +
    `below the ${refused.minimum}:1 WCAG 2.2 AA asks for ${refused.use}; Attune's default colours are used for this pair instead.`
  );
}

/** Warnings already given, so a page that re-checks often is told once. */
const warned = new Set<string>();

/**
 * Measures the host's brand colours and refuses the failing pairs, and any
 * token that is not a CSS colour: sets `data-attune-brand-refused` (the
 * tokens that revert) and warns once per distinct refusal. Returns the
 * refused pairs.
 */
export function checkBrandContrast(host: HTMLElement): RefusedBrandPair[] {
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
  const colors = readBrandColors(host, dark);
  const invalid = UI_COLOR_TOKEN_NAMES.filter((name) => !colors[name].valid);
  const refused = refusedPairs(colors, dark);
  const tokens = new Set([...invalid, ...refused.flatMap((r) => [r.foreground, r.background])]);
  if (tokens.size) host.setAttribute(REFUSED, [...tokens].join(' '));
  else host.removeAttribute(REFUSED);
  const messages = [
    ...invalid.map((name) => `<attune-reader>: --attune-color-${name} is "${colors[name].value}", which is not a CSS colour; Attune's default is used instead.`),
    ...refused.map(refusalMessage),
  ];
  for (const message of messages) {
    if (warned.has(message)) continue;
    warned.add(message);
    console.warn(message);
  }
  return refused;
}
