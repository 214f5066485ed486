import { css } from 'lit';

/**
 * Layout and controls of `<attune-preferences>`. Secondary colours follow the
 * learner's theme that the reader passes down through `--attune-user-*`. One
 * column in a side panel (18–22rem, down to 320 px); groups flow into columns
 * when the element is wide.
 */
export const preferencesStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    /* Inside the reader these come from the learner's theme (--attune-user-*); alone, from the
       embedder's brand or, failing that, mixed from text and page colours, so they keep their
       contrast whatever page colour the panel sits on. */
    --_surface: var(--attune-user-surface, var(--attune-color-surface, color-mix(in srgb, var(--_fg) 7%, var(--_bg))));
    --_muted: var(--attune-user-muted, var(--attune-color-muted, color-mix(in srgb, var(--_fg) 82%, var(--_bg))));
    --_border: var(--attune-user-border, var(--attune-color-border, color-mix(in srgb, var(--_fg) 62%, var(--_bg))));
    /* A theme's focus colour keeps 3:1 against its page, and its page 4.5:1 on it. */
    --_accent: var(--attune-user-accent, var(--attune-user-focus, var(--attune-color-accent, #0b5cad)));
    --_accent-fg: var(--attune-user-accent-foreground, var(--attune-user-background, var(--attune-color-accent-foreground, #ffffff)));
    line-height: 1.4;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--attune-user-accent, var(--attune-user-focus, var(--attune-color-accent, #8ab4f8)));
      --_accent-fg: var(--attune-user-accent-foreground, var(--attune-user-background, var(--attune-color-accent-foreground, #0b1a33)));
    }
  }
  @media (forced-colors: active) {
    :host {
      --_surface: Canvas;
      --_muted: CanvasText;
      --_border: CanvasText;
      --_accent: LinkText;
      --_accent-fg: Canvas;
    }
  }
  form {
    display: flex;
    flex-direction: column;
    gap: 1rem;
    padding: 0.5rem;
  }
  .groups {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    gap: 1rem;
    align-items: start;
  }
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
    font-size: 1.05rem;
    padding: 0 0.25rem;
  }
  .mode {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_fg);
    background: var(--_surface);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-inline-size: 0;
  }
  .label-row {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0 0.5rem;
  }
  .field-label,
  label {
    font-weight: 600;
    margin: 0;
  }
  .value {
    font-variant-numeric: tabular-nums;
  }
  select,
  input[type='text'] {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-height: 44px;
    inline-size: 100%;
    max-inline-size: 100%;
    box-sizing: border-box;
    padding: 0 0.5rem;
  }
  input[type='range'] {
    inline-size: 100%;
    min-height: 44px;
    margin: 0;
    accent-color: var(--_accent);
  }
  select:disabled,
  input:disabled,
  button:disabled {
    cursor: not-allowed;
  }
  .colors {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(8rem, 1fr));
    gap: 0.5rem;
    align-items: end;
  }
  input[type='color'] {
    inline-size: 100%;
    min-height: 44px;
    padding: 2px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    box-sizing: border-box;
  }
  .note,
  .hint,
  .error,
  .status {
    margin: 0;
    font-size: 0.9rem;
  }
  .hint {
    color: var(--_muted);
  }
  .note {
    display: flex;
    gap: 0.35rem;
    align-items: flex-start;
  }
  .note.locked,
  .note.limit {
    font-weight: 600;
  }
  .error,
  .alert {
    display: flex;
    gap: 0.4rem;
    align-items: flex-start;
    font-weight: 600;
  }
  .alert.shown {
    flex-direction: column;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_fg);
    border-radius: var(--_radius);
  }
  .alert p {
    margin: 0;
    display: flex;
    gap: 0.4rem;
  }
  .note svg,
  .error svg,
  .alert svg {
    margin-block-start: 0.1em;
  }
  .switch {
    inline-size: 100%;
    justify-content: space-between;
    text-align: start;
    background: transparent;
    font-weight: 600;
  }
  .switch .state {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: 400;
  }
  .track {
    position: relative;
    display: inline-block;
    inline-size: 2.5rem;
    block-size: 1.4rem;
    border: 2px solid currentColor;
    border-radius: 999px;
    box-sizing: border-box;
    flex: none;
  }
  .thumb {
    position: absolute;
    inset-block-start: 2px;
    inset-inline-start: 2px;
    inline-size: calc(1.4rem - 8px);
    block-size: calc(1.4rem - 8px);
    border-radius: 50%;
    background: currentColor;
    transition: transform 0.15s ease-out;
  }
  .switch[aria-checked='true'] .track {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .switch[aria-checked='true'] .thumb {
    background: var(--_accent-fg);
    transform: translateX(1.1rem);
  }
  :host(:dir(rtl)) .switch[aria-checked='true'] .thumb {
    transform: translateX(-1.1rem);
  }
  @media (forced-colors: active) {
    .track,
    .thumb {
      forced-color-adjust: none;
    }
    .track {
      border-color: ButtonText;
      background: ButtonFace;
    }
    .thumb {
      background: ButtonText;
    }
    .switch[aria-checked='true'] .track {
      background: Highlight;
      border-color: Highlight;
    }
    .switch[aria-checked='true'] .thumb {
      background: HighlightText;
    }
    .switch:disabled .track {
      border-color: GrayText;
    }
  }
  .presets {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: 0.5rem;
  }
  .preset {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .preset button {
    inline-size: 100%;
    font-weight: 600;
  }
  .preset .hint {
    font-size: 0.85rem;
  }
  .reset {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .confirm {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 2px solid var(--_fg);
    border-radius: var(--_radius);
    inline-size: 100%;
    box-sizing: border-box;
  }
  .confirm[hidden] {
    display: none;
  }
  .confirm p {
    margin: 0;
  }
  .confirm .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .preview-figure {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .reduce-motion *,
  .reduce-motion *::before,
  .reduce-motion *::after {
    transition: none !important;
    animation: none !important;
  }
`;
