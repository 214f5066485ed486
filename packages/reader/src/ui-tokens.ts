import { css } from 'lit';

/**
 * Design tokens for Attune's own UI. Embedders may set `--attune-*` to brand
 * it; the learner's theme arrives as `--attune-user-*` (set by the reader on
 * its host, inherited by every nested element) and always wins, so a brand
 * colour can never lower the contrast the learner chose. Colours are
 * chosen for ≥ 7:1 text contrast and ≥ 3:1 for focus rings and borders, in
 * light and dark; forced-colors mode uses system colours only.
 */
export const uiTokens = css`
  :host {
    --_bg: var(--attune-user-background, var(--attune-color-background, #ffffff));
    --_fg: var(--attune-user-foreground, var(--attune-color-foreground, #1a1a1a));
    --_muted: var(--attune-user-muted, var(--attune-color-muted, #4a4a4a));
    --_surface: var(--attune-user-surface, var(--attune-color-surface, #f3f4f6));
    --_border: var(--attune-user-border, var(--attune-color-border, #6b7280));
    --_accent: var(--attune-user-accent, var(--attune-color-accent, #0b5cad));
    --_accent-fg: var(--attune-user-accent-foreground, var(--attune-color-accent-foreground, #ffffff));
    --_focus: var(--attune-user-focus, var(--attune-color-focus, #0b5cad));
    --_font: var(--attune-font-ui, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_radius: var(--attune-radius, 6px);
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--_font);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--attune-user-background, var(--attune-color-background, #121417));
      --_fg: var(--attune-user-foreground, var(--attune-color-foreground, #f1f1f1));
      --_muted: var(--attune-user-muted, var(--attune-color-muted, #c4c7cc));
      --_surface: var(--attune-user-surface, var(--attune-color-surface, #1f2328));
      --_border: var(--attune-user-border, var(--attune-color-border, #9ca3af));
      --_accent: var(--attune-user-accent, var(--attune-color-accent, #8ab4f8));
      --_accent-fg: var(--attune-user-accent-foreground, var(--attune-color-accent-foreground, #0b1a33));
      --_focus: var(--attune-user-focus, var(--attune-color-focus, #8ab4f8));
    }
  }
  @media (forced-colors: active) {
    :host {
      --_bg: Canvas;
      --_fg: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_border: CanvasText;
      --_accent: LinkText;
      --_accent-fg: Canvas;
      --_focus: Highlight;
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
