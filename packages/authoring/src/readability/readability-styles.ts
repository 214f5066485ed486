import { css } from 'lit';

export const readabilityStyles = css`
  :host {
    display: block;
    background: transparent;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.25rem;
  }
  th,
  td {
    text-align: start;
    padding: 0.3rem 0.4rem;
    border-block-end: 1px solid var(--_border);
    vertical-align: top;
  }
  thead th {
    font-size: 0.9rem;
  }
  .figure {
    display: block;
    font-weight: 600;
  }
  .track {
    display: block;
    inline-size: 100%;
    min-inline-size: 3rem;
    block-size: 0.7rem;
    border: 1px solid var(--_fg);
    box-sizing: border-box;
  }
  .bar {
    display: block;
    block-size: 100%;
    background: var(--_fg);
  }
  .bar.ease {
    background: repeating-linear-gradient(45deg, var(--_fg) 0 3px, transparent 3px 6px);
  }
  @media (forced-colors: active) {
    .track,
    .bar {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
    .bar {
      background: CanvasText;
    }
    .bar.ease {
      background: repeating-linear-gradient(45deg, CanvasText 0 3px, Canvas 3px 6px);
    }
  }
  .summary {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.2rem;
  }
  .hint {
    margin: 0.25rem 0 0;
    color: var(--_muted);
    font-size: 0.92rem;
  }
  @media (max-width: 30rem) {
    th,
    td {
      padding: 0.25rem;
      font-size: 0.92rem;
    }
  }
`;
