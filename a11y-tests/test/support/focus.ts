import { expect } from '@open-wc/testing';
import { parentAcross } from './flat-tree.js';
import { backgroundBehind, contrastRatio, formatColour, parseColour } from './wcag-colour.js';

/**
 * Where keyboard focus really is: from the page's active element down
 * through shadow roots and into same-origin frames, outermost first.
 */
export function focusPath(): Element[] {
  const path: Element[] = [];
  let el: Element | null = document.activeElement;
  while (el) {
    path.push(el);
    const inShadow = el.shadowRoot?.activeElement ?? null;
    if (inShadow) {
      el = inShadow;
      continue;
    }
    const frameDoc = el.localName === 'iframe' ? (el as HTMLIFrameElement).contentDocument : null;
    if (frameDoc?.activeElement) {
      el = frameDoc.activeElement;
      continue;
    }
    break;
  }
  return path;
}

/** The element that has keyboard focus, however deep. */
export function focusedElement(): Element | null {
  return focusPath().at(-1) ?? null;
}

/** A short, readable name for an element in failure messages. */
export function describe(el: Element | null | undefined): string {
  if (!el) return '(nothing)';
  const id = el.id ? `#${el.id}` : '';
  const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
  const label = el.getAttribute('aria-label') ?? el.textContent?.replace(/\s+/g, ' ').trim().slice(0, 30) ?? '';
  const where = el.ownerDocument !== document ? ' (in the book frame)' : '';
  return `<${el.localName}${id}${cls}>${label ? ` "${label}"` : ''}${where}`;
}

export interface FocusIndicator {
  /** `outline` or `box-shadow`. */
  kind: 'outline' | 'box-shadow';
  /** Opaque colour of the ring (outline colour composited on what is behind it). */
  colour: string;
  /** What the ring sits on: the background next to it. */
  against: string;
  ratio: number;
  width: number;
}

/**
 * The focus indicator drawn on `el` now: its outline (or a box-shadow ring),
 * and its contrast with the background next to it — the parent's behind an
 * outline drawn outside the element, the element's own for an inset one.
 * Returns null when nothing is drawn.
 */
export function focusIndicator(el: Element): FocusIndicator | null {
  const style = el.ownerDocument.defaultView!.getComputedStyle(el);
  const width = parseFloat(style.outlineWidth) || 0;
  if (style.outlineStyle !== 'none' && width > 0) {
    const raw = parseColour(style.outlineColor);
    if (raw.a > 0) {
      const inside = parseFloat(style.outlineOffset) + width <= 0;
      const behind = backgroundBehind(el, { includeSelf: inside });
      const ring = raw.a >= 1 ? raw : { ...raw, ...mix(raw, behind) };
      return { kind: 'outline', colour: formatColour(ring), against: formatColour(behind), ratio: contrastRatio(ring, behind), width };
    }
  }
  if (style.boxShadow && style.boxShadow !== 'none') {
    const m = style.boxShadow.match(/(rgba?\([^)]*\)|color\([^)]*\))\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+(-?[\d.]+)px(\s+inset)?/);
    if (m && Number(m[5]) > 0) {
      const raw = parseColour(m[1]!);
      const behind = backgroundBehind(el, { includeSelf: !!m[6] });
      const ring = { ...raw, ...mix(raw, behind) };
      return { kind: 'box-shadow', colour: formatColour(ring), against: formatColour(behind), ratio: contrastRatio(ring, behind), width: Number(m[5]) };
    }
  }
  return null;
}

function mix(top: { r: number; g: number; b: number; a: number }, bottom: { r: number; g: number; b: number }) {
  return { r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a), b: top.b * top.a + bottom.b * (1 - top.a), a: 1 };
}

let focusChecks = 0;

/** How many focus checks ran since the last call (for the report). */
export function takeFocusCheckCount(): number {
  const count = focusChecks;
  focusChecks = 0;
  return count;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function clip(box: Box, by: Box): Box {
  return { left: Math.max(box.left, by.left), top: Math.max(box.top, by.top), right: Math.min(box.right, by.right), bottom: Math.min(box.bottom, by.bottom) };
}

/**
 * How much of `el` is on screen, in CSS px²: its box clipped by every
 * scrolling or clipping ancestor, by its document's viewport, and — for an
 * element in a book frame — by the frame and what holds the frame.
 */
export function onScreenArea(el: Element): number {
  const r = el.getBoundingClientRect();
  let box: Box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  let node: Element = el;
  for (;;) {
    const view = node.ownerDocument.defaultView!;
    const doc = node.ownerDocument;
    const rootOverflowVisible = view.getComputedStyle(doc.documentElement).overflow === 'visible';
    for (let a = parentAcross(node); a; a = parentAcross(a)) {
      // The root's overflow (or the body's, when the root's is visible) belongs to the viewport, clipped below.
      if (a === doc.documentElement || (a === doc.body && rootOverflowVisible)) continue;
      const style = view.getComputedStyle(a);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
        const c = a.getBoundingClientRect();
        box = clip(box, { left: c.left, top: c.top, right: c.right, bottom: c.bottom });
      }
    }
    box = clip(box, { left: 0, top: 0, right: view.innerWidth, bottom: view.innerHeight });
    const frame = view.frameElement;
    if (!frame) break;
    const f = frame.getBoundingClientRect();
    const dx = f.left + frame.clientLeft;
    const dy = f.top + frame.clientTop;
    box = { left: box.left + dx, top: box.top + dy, right: box.right + dx, bottom: box.bottom + dy };
    box = clip(box, { left: f.left, top: f.top, right: f.right, bottom: f.bottom });
    node = frame;
  }
  return Math.max(0, box.right - box.left) * Math.max(0, box.bottom - box.top);
}

/**
 * After a step of a keyboard journey: focus is somewhere real (not the page's
 * <body>, not a frame's <body>), shows a focus indicator of at least 2 px,
 * and the focused element is at least partly on screen (WCAG 2.4.11).
 * Returns the focused element.
 */
export function expectVisibleFocus(step: string): Element {
  focusChecks++;
  const path = focusPath();
  const el = path.at(-1) ?? null;
  expect(el, `${step}: focus is nowhere`).to.not.equal(null);
  expect(path[0] === document.body, `${step}: focus was lost to the page's <body>`).to.equal(false);
  const doc = el!.ownerDocument;
  expect(el === doc.body || el === doc.documentElement, `${step}: focus is on the ${doc === document ? "page's" : "book frame's"} <body>, with nothing to show where it is`).to.equal(false);
  const indicator = focusIndicator(el!);
  expect(indicator, `${step}: ${describe(el)} has focus but no outline or focus ring`).to.not.equal(null);
  expect(indicator!.width, `${step}: the focus ring of ${describe(el)} is thinner than 2 px`).to.be.at.least(2);
  expect(onScreenArea(el!), `${step}: ${describe(el)} has focus but is off screen (WCAG 2.4.11)`).to.be.greaterThan(0);
  return el!;
}
