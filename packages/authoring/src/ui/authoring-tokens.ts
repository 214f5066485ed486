import { css } from 'lit';

/**
 * Design tokens of the teacher's elements: the same `--attune-*` custom
 * properties as the reader's UI (so one brand setting styles both), with
 * ≥ 7:1 text and ≥ 3:1 border and focus contrast in light and dark, system
 * colours in forced-colours mode, and no motion when reduced motion is asked.
 * (The reader keeps its own copy in @attune/reader; it does not export it.)
 */
export const authoringTokens = css`
  :host {
    --_bg: var(--attune-color-background, #ffffff);
    --_fg: var(--attune-color-foreground, #1a1a1a);
    --_muted: var(--attune-color-muted, #4a4a4a);
    --_surface: var(--attune-color-surface, #f3f4f6);
    --_border: var(--attune-color-border, #6b7280);
    --_accent: var(--attune-color-accent, #0b5cad);
    --_accent-fg: var(--attune-color-accent-foreground, #ffffff);
    --_focus: var(--attune-color-focus, #0b5cad);
    --_danger: var(--attune-color-danger, #a4141b);
    --_font: var(--attune-font-ui, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_radius: var(--attune-radius, 6px);
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--_font);
    line-height: 1.45;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--attune-color-background, #121417);
      --_fg: var(--attune-color-foreground, #f1f1f1);
      --_muted: var(--attune-color-muted, #c4c7cc);
      --_surface: var(--attune-color-surface, #1f2328);
      --_border: var(--attune-color-border, #9ca3af);
      --_accent: var(--attune-color-accent, #8ab4f8);
      --_accent-fg: var(--attune-color-accent-foreground, #0b1a33);
      --_focus: var(--attune-color-focus, #8ab4f8);
      --_danger: var(--attune-color-danger, #ffb4ab);
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
      --_danger: CanvasText;
    }
  }
  :host *:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    :host *,
    :host *::before,
    :host *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  [hidden] {
    display: none !important;
  }
`;

/** Buttons: ≥ 44 px targets, visible focus, text labels; `aria-pressed`/`aria-selected` shown in system colours too. */
export const buttonStyles = css`
  button,
  .button {
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
    text-align: center;
    box-sizing: border-box;
  }
  button:hover {
    border-color: var(--_fg);
  }
  button[disabled] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_accent-fg);
    border-color: var(--_accent);
    font-weight: 600;
  }
  button[aria-pressed='true'],
  [role='tab'][aria-selected='true'] {
    background: var(--_accent);
    color: var(--_accent-fg);
    border-color: var(--_accent);
  }
  @media (forced-colors: active) {
    button.primary,
    button[aria-pressed='true'],
    [role='tab'][aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    button[disabled] {
      color: GrayText;
      border-color: GrayText;
      background: Canvas;
      opacity: 1;
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
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** Forms: fieldsets, labels above controls, 44 px controls, hints and errors that do not rely on colour. */
export const formStyles = css`
  fieldset {
    min-inline-size: 0;
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem 0.75rem;
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  legend {
    font-weight: 700;
    padding: 0 0.25rem;
  }
  label,
  .label {
    font-weight: 600;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-inline-size: 0;
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    padding-block: 0.3rem;
  }
  .check input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0.1rem 0 0;
    flex: none;
    accent-color: var(--_accent);
  }
  input:not([type='checkbox']):not([type='radio']):not([type='file']),
  select,
  textarea {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-height: 44px;
    inline-size: 100%;
    max-inline-size: 100%;
    box-sizing: border-box;
    padding: 0.35rem 0.5rem;
  }
  input[type='radio'] {
    inline-size: 1.3rem;
    block-size: 1.3rem;
    margin: 0.15rem 0 0;
    flex: none;
    accent-color: var(--_accent);
  }
  input[type='file'] {
    font: inherit;
    max-inline-size: 100%;
    min-height: 44px;
  }
  textarea {
    min-height: 5rem;
    resize: vertical;
  }
  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.92rem;
  }
  .error {
    margin: 0;
    font-weight: 600;
    color: var(--_danger);
  }
  .error::before {
    content: '⚠ ';
  }
  .status {
    margin: 0;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .stack {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    min-inline-size: 0;
  }
  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.3rem;
  }
  h3 {
    font-size: 1.1rem;
  }
  h4 {
    font-size: 1rem;
  }
  p {
    margin: 0;
  }
  .quote {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_border);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
`;
