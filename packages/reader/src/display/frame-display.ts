import { toCssProperties, type ResolvedProfile, type SettingPath } from '@attune/profile';

/**
 * How the learner's display settings reach a book frame: `--attune-user-*`
 * custom properties on the frame's root (from `toCssProperties`) and one
 * stylesheet that uses them. Each group of rules applies only when its flag
 * is on the root, and a flag is on only when someone (learner, teacher, IEP)
 * asked for that group — otherwise the publisher's design stays as it is.
 */
export type DisplayGroup = 'size' | 'font' | 'spacing' | 'align' | 'line-length' | 'theme';

export interface FrameDisplay {
  properties: Record<string, string>;
  groups: Set<DisplayGroup>;
}

const GROUP_SETTINGS: Record<DisplayGroup, SettingPath[]> = {
  size: ['display.fontSize'],
  font: ['display.fontFamily'],
  spacing: ['display.lineHeight', 'display.letterSpacing', 'display.wordSpacing', 'display.paragraphSpacing'],
  align: ['display.textAlign'],
  'line-length': ['display.lineLength'],
  theme: ['display.theme', 'display.customForeground', 'display.customBackground'],
};

/** The properties and the groups in force for a resolved profile. */
export function frameDisplayFor(resolved: ResolvedProfile): FrameDisplay {
  const groups = new Set<DisplayGroup>();
  for (const [group, paths] of Object.entries(GROUP_SETTINGS) as [DisplayGroup, SettingPath[]][]) {
    if (paths.some((path) => resolved.provenance[path]?.source !== 'default')) groups.add(group);
  }
  // "publisher" font or alignment means: leave the book's own.
  if (resolved.settings.display.fontFamily === 'publisher') groups.delete('font');
  if (resolved.settings.display.textAlign === 'publisher') groups.delete('align');
  return { properties: toCssProperties(resolved.settings), groups };
}

const TEXT = 'p, li, dd, dt, blockquote, figcaption, td, th, h1, h2, h3, h4, h5, h6, div, span, a, em, strong, i, b, cite, q, small, sub, sup, label';

/** Rules that override publisher CSS where the learner asked (`!important` beats the book's own). */
export const FRAME_DISPLAY_CSS = `
:root[data-attune-size] { font-size: var(--attune-user-font-size) !important; }
:root[data-attune-font] body, :root[data-attune-font] body :is(${TEXT}) { font-family: var(--attune-user-font-family) !important; }
:root[data-attune-spacing] body :is(${TEXT}) {
  line-height: var(--attune-user-line-height) !important;
  letter-spacing: var(--attune-user-letter-spacing) !important;
  word-spacing: var(--attune-user-word-spacing) !important;
}
:root[data-attune-spacing] body :is(p, li, dd, blockquote) { margin-block-end: var(--attune-user-paragraph-spacing) !important; }
:root[data-attune-align] body :is(p, li, dd, blockquote) {
  text-align: var(--attune-user-text-align) !important;
  hyphens: var(--attune-user-hyphens) !important;
}
:root[data-attune-line-length] body :is(p, li, dd, dt, blockquote, figcaption, h1, h2, h3, h4, h5, h6) {
  max-inline-size: var(--attune-user-max-line-length) !important;
}
:root[data-attune-theme] {
  color-scheme: var(--attune-user-color-scheme) !important;
  background-color: var(--attune-user-background) !important;
  color: var(--attune-user-foreground) !important;
}
:root[data-attune-theme] body, :root[data-attune-theme] body :not(svg, svg *, math, math *, img, video) {
  color: inherit !important;
  background-color: transparent !important;
  border-color: currentColor !important;
}
:root[data-attune-theme] body :is(math, math *) { color: inherit !important; }
:root[data-attune-theme] body a:is(:link, :visited), :root[data-attune-theme] body a:is(:link, :visited) * { color: var(--attune-user-link) !important; }
:root[data-attune-theme] ::selection { background-color: var(--attune-user-highlight-sentence-background); color: var(--attune-user-highlight-sentence-foreground); }
:root[data-attune-motion='reduce'] *, :root[data-attune-motion='reduce'] *::before, :root[data-attune-motion='reduce'] *::after {
  animation: none !important;
  transition: none !important;
}
`;

const GROUP_FLAGS: DisplayGroup[] = ['size', 'font', 'spacing', 'align', 'line-length', 'theme'];

/**
 * Applies display settings to one section document. Fixed-layout pages keep
 * their design (only motion is reduced): their text is drawn at positions
 * the publisher fixed, so fonts and spacing would break them.
 */
export function applyFrameDisplay(doc: Document, display: FrameDisplay, options: { fixedLayout: boolean }): void {
  const root = doc.documentElement as HTMLElement;
  let style = doc.querySelector('style[data-attune="display"]');
  if (!style) {
    style = doc.createElementNS('http://www.w3.org/1999/xhtml', 'style');
    style.setAttribute('data-attune', 'display');
    style.textContent = FRAME_DISPLAY_CSS;
    (doc.head ?? root).appendChild(style);
  }
  for (const [name, value] of Object.entries(display.properties)) root.style.setProperty(name, value);
  for (const group of GROUP_FLAGS) {
    const on = display.groups.has(group) && !options.fixedLayout;
    root.toggleAttribute(`data-attune-${group}`, on);
  }
  root.setAttribute('data-attune-motion', display.properties['--attune-user-motion'] ?? 'no-preference');
}
