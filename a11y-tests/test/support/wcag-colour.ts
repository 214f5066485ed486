import { parentAcross } from './flat-tree.js';

/**
 * WCAG 2.2 contrast, written here from the definition rather than imported
 * from @attune/profile, so the product's own formula is not its own judge:
 * relative luminance L = 0.2126 R + 0.7152 G + 0.0722 B over linearized sRGB,
 * ratio (L1 + 0.05) / (L2 + 0.05).
 */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
/** Chromium's canvas in a dark colour scheme. */
const DARK_CANVAS: Rgba = { r: 18, g: 18, b: 18, a: 1 };

/** Parses a computed colour: `rgb()`, `rgba()` or `color(srgb …)` (what `color-mix()` computes to). */
export function parseColour(text: string): Rgba {
  const value = text.trim();
  let m = value.match(/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/);
  if (m) return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: alpha(m[4]) };
  m = value.match(/^color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/);
  if (m) return { r: Number(m[1]) * 255, g: Number(m[2]) * 255, b: Number(m[3]) * 255, a: alpha(m[4]) };
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  throw new Error(`Cannot read the computed colour "${text}"`);
}

function alpha(text: string | undefined): number {
  if (text === undefined) return 1;
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}

/** `top` painted over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a;
  return { r: top.r * a + bottom.r * (1 - a), g: top.g * a + bottom.g * (1 - a), b: top.b * a + bottom.b * (1 - a), a: 1 };
}

export function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export function formatColour({ r, g, b }: Rgba): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** The colour scheme a document's root is drawn in (`normal` is light unless a meta says otherwise). */
function usedScheme(el: Element): 'light' | 'dark' {
  const view = el.ownerDocument.defaultView!;
  let declared = view.getComputedStyle(el).colorScheme;
  if (declared === 'normal') declared = el.ownerDocument.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? 'light';
  const offered = declared.split(/\s+/);
  const prefersDark = view.matchMedia('(prefers-color-scheme: dark)').matches;
  if (offered.includes('dark') && (prefersDark || !offered.includes('light'))) return 'dark';
  return 'light';
}

/**
 * The opaque colour seen behind `el` (or at `el`, with `includeSelf`): its
 * ancestors' backgrounds, composited, across shadow roots and out of frames.
 * A frame whose colour scheme differs from its <iframe>'s is painted on an
 * opaque canvas of its own scheme (CSS Color Adjust); otherwise it is
 * transparent and the page behind it shows.
 */
export function backgroundBehind(el: Element, options: { includeSelf?: boolean } = {}): Rgba {
  const layers: Rgba[] = [];
  let node: Element | null = options.includeSelf ? el : parentAcross(el);
  let base: Rgba = WHITE;
  while (node) {
    const view = node.ownerDocument.defaultView!;
    const colour = parseColour(view.getComputedStyle(node).backgroundColor);
    if (colour.a > 0) layers.push(colour);
    if (colour.a >= 1) break;
    const next = parentAcross(node);
    if (next) {
      node = next;
      continue;
    }
    // The root of a document: out to the frame element, if any.
    const frame = node.ownerDocument.defaultView?.frameElement ?? null;
    if (!frame) {
      base = usedScheme(node) === 'dark' ? DARK_CANVAS : WHITE;
      break;
    }
    if (usedScheme(node) !== usedScheme(frame)) {
      base = usedScheme(node) === 'dark' ? DARK_CANVAS : WHITE;
      break;
    }
    node = frame;
  }
  return layers.reverse().reduce((below, layer) => over(layer, below), base);
}
