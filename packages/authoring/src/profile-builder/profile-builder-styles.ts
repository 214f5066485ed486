import { css } from 'lit';

/** Layout of `<attune-profile-builder>`: one column down to 320 px; editing and preview side by side when wide. */
export const profileBuilderStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .builder {
    display: flex;
    flex-direction: column;
    gap: 1.25rem;
    padding: 0.75rem;
  }
  .columns {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.25rem;
    align-items: start;
  }
  @container (min-width: 60rem) {
    .columns {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
    .preview {
      position: sticky;
      top: 0.5rem;
    }
  }
  .save-status {
    font-size: 0.95rem;
  }
  .accommodations {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  .accommodation .explanation {
    margin-inline-start: 2rem;
  }
  .learner {
    max-inline-size: 44rem;
  }
  .new-learner {
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .assigned {
    margin-inline-start: 2rem;
    margin-block-start: 0.5rem;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: 0.5rem;
  }
  .setting {
    border-block-end: 1px solid var(--_border);
  }
  .setting summary {
    cursor: pointer;
    min-height: 44px;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5rem;
    padding-block: 0.35rem;
  }
  .setting summary::marker {
    content: '';
  }
  .setting summary::before {
    content: '▸';
    display: inline-block;
    inline-size: 1em;
  }
  .setting[open] summary::before {
    content: '▾';
  }
  .setting-name {
    font-weight: 600;
  }
  .setting-now {
    color: var(--_muted);
    font-size: 0.92rem;
  }
  .setting-body {
    padding: 0.25rem 0 0.75rem 1.25rem;
  }
  .limits,
  .pair {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
    gap: 0.5rem;
    align-items: end;
  }
  .limits .hint,
  .limits .error {
    grid-column: 1 / -1;
  }
  .mode {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .problems {
    border: 2px solid var(--_fg);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
  .problems ul,
  .summary-lines,
  .import-report ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .summary-lines li + li {
    margin-block-start: 0.25rem;
  }
  .preview-reader {
    display: block;
    inline-size: 100%;
    block-size: var(--attune-preview-height, 26rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
`;
