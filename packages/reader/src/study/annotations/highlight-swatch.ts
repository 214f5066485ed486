import { css, html, type TemplateResult } from 'lit';
import { HIGHLIGHT_UNDERLINES, type HighlightColor } from '@attune/study';
import type { HighlightPaint } from './highlight-paint.js';

/**
 * A small sample of a highlight colour, beside its name wherever a colour is
 * offered or listed: its fill on the learner's page and, as its bottom edge,
 * the colour's underline style (the cue that is not colour). Decorative:
 * the name in words is always next to it.
 */
export function swatch(color: HighlightColor, paint: HighlightPaint | undefined): TemplateResult {
  return html`<span class="swatch" aria-hidden="true" style="background:${paint?.background ?? 'Mark'};border-bottom-style:${HIGHLIGHT_UNDERLINES[color]}"></span>`;
}

export const swatchStyles = css`
  .swatch {
    display: inline-block;
    width: 1.1em;
    height: 1.1em;
    border: 1px solid var(--_fg);
    border-bottom-width: 3px;
    border-radius: 2px;
    box-sizing: border-box;
    flex: none;
  }
  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
      background: Mark !important;
      border-color: CanvasText;
    }
  }
`;
