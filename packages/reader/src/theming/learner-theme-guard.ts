import { css, unsafeCSS } from 'lit';
import { UI_COLOR_TOKENS, UI_COLOR_TOKEN_NAMES } from '../ui-tokens.js';

/**
 * What keeps the learner's colours on `<attune-reader>`'s UI whatever the
 * page says. The cascade rule it relies on: for `!important` declarations
 * the inner context wins, so an `!important` rule in this shadow tree beats
 * the page's own `!important` rules on the host and on every `::part()`
 * (normal declarations go the other way: the page wins, which is how brand
 * tokens and parts work at all). The reader also sets `--attune-user-*` on
 * its host inline with `!important`, which no stylesheet in the page beats.
 *
 * While the learner has a theme (`data-attune-themed` on the host), each
 * reachable part keeps the theme's text, page, border and focus colours, and
 * no part can be hidden by opacity, filters or a background image. Sizes,
 * spacing, radius and the UI font stay the embedder's (the reader does not
 * apply the learner's text size or font to its own UI).
 *
 * In forced-colours mode the system's colours win over everything: parts
 * cannot opt out with `forced-color-adjust: none`.
 */

/** `--_fg: var(--attune-user-foreground) !important;` — the host's UI colours are the learner's. */
const pinnedToLearner = UI_COLOR_TOKEN_NAMES.map(
  (name) => `--_${UI_COLOR_TOKENS[name].short}: var(--attune-user-${name}) !important;`,
).join('\n');

/**
 * On every part, each colour token is what the host has: a `::part()` rule
 * that sets `--_fg`, `--attune-user-foreground` or a brand token (which
 * nested elements read) is overruled.
 */
const inheritedOnParts = UI_COLOR_TOKEN_NAMES.flatMap((name) => [
  `--_${UI_COLOR_TOKENS[name].short}: inherit !important;`,
  `--attune-user-${name}: inherit !important;`,
  `--attune-color-${name}: inherit !important;`,
])
  .concat(['--attune-user-ruler: inherit !important;', '--attune-user-mask: inherit !important;', '--attune-user-link: inherit !important;'])
  .join('\n');

export const learnerThemeGuard = css`
  @media not (forced-colors: active) {
    :host([data-attune-themed]) {
      ${unsafeCSS(pinnedToLearner)}
      color: var(--_fg) !important;
      background-color: var(--_bg) !important;
      background-image: none !important;
    }
    :host([data-attune-themed]) [part] {
      ${unsafeCSS(inheritedOnParts)}
      color: var(--_fg) !important;
      border-color: var(--_border) !important;
      outline-color: var(--_focus) !important;
      background-image: none !important;
      text-shadow: none !important;
      filter: none !important;
      mix-blend-mode: normal !important;
    }
    /* Panels, bars and the error sit on the learner's page colour. */
    :host([data-attune-themed]) [part]:not(button, .line-focus) {
      background-color: var(--_bg) !important;
      opacity: 1 !important;
    }
    :host([data-attune-themed]) button[part] {
      color: var(--_fg) !important;
      background-color: var(--_surface) !important;
      border-color: var(--_border) !important;
    }
    :host([data-attune-themed]) button[part]:not([disabled]) {
      opacity: 1 !important;
    }
    :host([data-attune-themed]) button[part]:is([aria-expanded='true'], [aria-pressed='true']) {
      color: var(--_accent-fg) !important;
      background-color: var(--_accent) !important;
      border-color: var(--_accent) !important;
    }
    :host([data-attune-themed]) [part]:focus-visible {
      outline: 3px solid var(--_focus) !important;
      outline-offset: 2px !important;
    }
    /* Line focus keeps the tint and mask the learner's theme worked out. */
    :host([data-attune-themed]) .line-focus.ruler[part] {
      background-color: var(--attune-user-ruler) !important;
      outline: 2px solid var(--_focus) !important;
    }
    :host([data-attune-themed]) .line-focus.mask[part] {
      background-color: transparent !important;
      box-shadow: 0 0 0 200vmax var(--attune-user-mask) !important;
    }
  }
  @media (forced-colors: active) {
    :host,
    :host [part]:not(button[aria-expanded='true'], button[aria-pressed='true']) {
      forced-color-adjust: auto !important;
    }
    /* Pressed buttons paint system highlight colours themselves (see buttonStyles). */
    :host button[part]:is([aria-expanded='true'], [aria-pressed='true']) {
      forced-color-adjust: none !important;
      background: Highlight !important;
      color: HighlightText !important;
      border-color: Highlight !important;
    }
    :host [part]:focus-visible {
      outline: 3px solid Highlight !important;
      outline-offset: 2px !important;
    }
  }
`;
