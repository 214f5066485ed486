import { css, unsafeCSS } from 'lit';

/**
 * The colour tokens of Attune's own UI, each with its default in light and
 * dark colour schemes and its forced-colours system colour. Embedders brand
 * the UI with `--attune-color-<name>`; the learner's theme arrives as
 * `--attune-user-<name>` (set by the reader on its host) and always wins.
 * Defaults reach ≥ 7:1 for text and ≥ 3:1 for focus rings and borders.
 * THEMING.md lists this table; keep the two together.
 */
export const UI_COLOR_TOKENS = {
  background: { short: 'bg', light: '#ffffff', dark: '#121417', forced: 'Canvas' },
  foreground: { short: 'fg', light: '#1a1a1a', dark: '#f1f1f1', forced: 'CanvasText' },
  muted: { short: 'muted', light: '#4a4a4a', dark: '#c4c7cc', forced: 'CanvasText' },
  surface: { short: 'surface', light: '#f3f4f6', dark: '#1f2328', forced: 'Canvas' },
  border: { short: 'border', light: '#6b7280', dark: '#9ca3af', forced: 'CanvasText' },
  accent: { short: 'accent', light: '#0b5cad', dark: '#8ab4f8', forced: 'LinkText' },
  'accent-foreground': { short: 'accent-fg', light: '#ffffff', dark: '#0b1a33', forced: 'Canvas' },
  focus: { short: 'focus', light: '#0b5cad', dark: '#8ab4f8', forced: 'Highlight' },
} as const;

export type UiColorToken = keyof typeof UI_COLOR_TOKENS;
export const UI_COLOR_TOKEN_NAMES = Object.keys(UI_COLOR_TOKENS) as UiColorToken[];

/** `--_fg: var(--attune-user-foreground, var(--attune-color-foreground, #1a1a1a));` for every token. */
function privateTokens(scheme: 'light' | 'dark'): string {
  return UI_COLOR_TOKEN_NAMES.map((name) => {
    const token = UI_COLOR_TOKENS[name];
    return `--_${token.short}: var(--attune-user-${name}, var(--attune-color-${name}, ${token[scheme]}));`;
  }).join('\n');
}

function forcedTokens(): string {
  return UI_COLOR_TOKEN_NAMES.map((name) => `--_${UI_COLOR_TOKENS[name].short}: ${UI_COLOR_TOKENS[name].forced};`).join('\n');
}

/**
 * A brand colour the reader refused (its pair is below WCAG contrast, see
 * theming/brand-contrast.ts) is replaced by the default for this host and
 * everything inside it. `!important` in a shadow tree beats the page's own
 * `!important`, so the page cannot put the refused colour back.
 */
function refusedBrandColors(scheme: 'light' | 'dark'): string {
  return UI_COLOR_TOKEN_NAMES.map(
    (name) => `:host([data-attune-brand-refused~='${name}']) { --attune-color-${name}: ${UI_COLOR_TOKENS[name][scheme]} !important; }`,
  ).join('\n');
}

/**
 * Design tokens for Attune's own UI. Embedders may set `--attune-*` to brand
 * it; the learner's theme arrives as `--attune-user-*` (set by the reader on
 * its host, inherited by every nested element) and always wins, so a brand
 * colour can never lower the contrast the learner chose. Forced-colors mode
 * uses system colours only.
 */
export const uiTokens = css`
  :host {
    ${unsafeCSS(privateTokens('light'))}
    --_font: var(--attune-font-ui, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_radius: var(--attune-radius, 6px);
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--_font);
  }
  ${unsafeCSS(refusedBrandColors('light'))}
  @media (prefers-color-scheme: dark) {
    :host {
      ${unsafeCSS(privateTokens('dark'))}
    }
    ${unsafeCSS(refusedBrandColors('dark'))}
  }
  @media (forced-colors: active) {
    :host {
      ${unsafeCSS(forcedTokens())}
    }
  }
  :host *:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    :host *, :host *::before, :host *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
    }
  }
  /* The learner's own "Reduce motion" setting, set by the reader on its
     elements, counts the same as the system's. */
  :host([data-attune-reduce-motion]) *,
  :host([data-attune-reduce-motion]) *::before,
  :host([data-attune-reduce-motion]) *::after {
    animation-duration: 0.01ms !important;
    animation-iteration-count: 1 !important;
    transition-duration: 0.01ms !important;
  }
`;

/** Hidden on screen, still read by screen readers (the usual clip pattern). */
export const visuallyHiddenRules = css`
  position: absolute !important;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;

/**
 * The reader's modal dialogs (footnote, note, image viewer): one look, in the
 * UI's colours and font. Each dialog adds its own size and padding.
 */
export const dialogStyles = css`
  :host {
    background: transparent;
  }
  dialog {
    color: var(--_fg);
    background: var(--_bg);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    font-family: var(--_font);
    line-height: 1.5;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  h2 {
    font-size: 1.1rem;
    margin: 0;
  }
`;

/** Buttons: ≥ 44 px targets (WCAG 2.5.8 asks 24), visible focus, text labels. */
export const buttonStyles = css`
  button {
    font: inherit;
    color: var(--_fg);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-height: 44px;
    min-width: 44px;
    padding: 0 0.75rem;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4rem;
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_fg);
  }
  button[disabled] {
    cursor: default;
    opacity: 0.6;
  }
  button[aria-expanded='true'],
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-fg);
    border-color: var(--_accent);
  }
  @media (forced-colors: active) {
    /* The system paints a Canvas backplate behind text, which hides
       Canvas-coloured text on a pressed button; draw it in system colours
       the way native selected controls are. */
    button[aria-expanded='true'],
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }
  svg {
    width: 1.25em;
    height: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
    flex: none;
  }
  .visually-hidden {
    ${visuallyHiddenRules}
  }
`;
