/**
 * sRGB colours as the profile stores them: hex strings, the form QTI 3 PNP
 * and AfA use (`#RGB` / `#RRGGBB`). Named colours and `rgb()` are not accepted
 * so that every stored colour can be checked for contrast without a browser.
 */

/** An sRGB colour with 0–255 channels. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Parses `#rgb` or `#rrggbb`; undefined for anything else. */
export function parseHexColor(text: string): Rgb | undefined {
  if (!HEX.test(text)) return undefined;
  const digits = text.length === 4 ? [...text.slice(1)].map((d) => d + d).join('') : text.slice(1);
  return {
    r: Number.parseInt(digits.slice(0, 2), 16),
    g: Number.parseInt(digits.slice(2, 4), 16),
    b: Number.parseInt(digits.slice(4, 6), 16),
  };
}

/** `#rrggbb`, lower case. Channels are rounded and clamped to 0–255. */
export function formatHexColor(color: Rgb): string {
  const hex = (n: number) => Math.round(Math.min(255, Math.max(0, n))).toString(16).padStart(2, '0');
  return `#${hex(color.r)}${hex(color.g)}${hex(color.b)}`;
}

/** The canonical `#rrggbb` form of a hex colour, or undefined when it is not one. */
export function normalizeHexColor(text: string): string | undefined {
  const rgb = parseHexColor(text);
  return rgb && formatHexColor(rgb);
}

/** Accepts a hex string or an Rgb; throws on a string that is not a hex colour. */
export function toRgb(color: string | Rgb): Rgb {
  if (typeof color !== 'string') return color;
  const rgb = parseHexColor(color);
  if (!rgb) throw new TypeError(`"${color}" is not a hex colour (#rgb or #rrggbb).`);
  return rgb;
}

/** `a` moved toward `b` by `t` (0 = a, 1 = b), in sRGB. */
export function mixColors(a: Rgb, b: Rgb, t: number): Rgb {
  return { r: a.r + (b.r - a.r) * t, g: a.g + (b.g - a.g) * t, b: a.b + (b.b - a.b) * t };
}

/** HSL (hue in degrees, saturation and lightness 0–1) to sRGB. */
export function hslToRgb(hue: number, saturation: number, lightness: number): Rgb {
  const k = (n: number) => (n + hue / 30) % 12;
  const a = saturation * Math.min(lightness, 1 - lightness);
  const f = (n: number) => lightness - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return { r: 255 * f(0), g: 255 * f(8), b: 255 * f(4) };
}

/** `#rrggbb` with an alpha, as `rgb(r g b / a)`, for translucent tints such as a mask. */
export function withAlpha(color: string | Rgb, alpha: number): string {
  const { r, g, b } = toRgb(color);
  return `rgb(${Math.round(r)} ${Math.round(g)} ${Math.round(b)} / ${alpha})`;
}
