import { css } from 'lit';

/** Layout of `<attune-variant-editor>`: book and parts side by side when wide, one column down to 320 px. */
export const variantEditorStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .editor {
    display: flex;
    flex-direction: column;
    gap: 1rem;
    padding: 0.75rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: flex-start;
    gap: 0.5rem 1rem;
  }
  .save-status {
    font-size: 0.95rem;
    min-block-size: 1.4em;
  }
  .columns {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.25rem;
    align-items: start;
  }
  @container (min-width: 62rem) {
    .columns {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    .book {
      position: sticky;
      top: 0.5rem;
    }
  }
  attune-reader {
    display: block;
    inline-size: 100%;
    block-size: var(--attune-editor-reader-height, min(70vh, 42rem));
    min-block-size: 20rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .selection {
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .selected-text {
    overflow-wrap: anywhere;
  }
  .find-row input {
    flex: 1 1 12rem;
    inline-size: auto;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-block-end: 2px solid var(--_border);
    padding-block-end: 0.25rem;
  }
  .panel {
    padding-block: 0.5rem;
  }
  .panel:focus-visible {
    outline-offset: 4px;
  }
  .entries,
  .images,
  .orphans {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .entries button.entry {
    inline-size: 100%;
    justify-content: flex-start;
    text-align: start;
  }
  .entries button.entry[aria-current='true'] {
    border-width: 3px;
    border-color: var(--_fg);
    font-weight: 700;
  }
  .image {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .image .stack {
    flex: 1 1 14rem;
  }
  .thumbnail {
    max-inline-size: 8rem;
    max-block-size: 8rem;
    object-fit: contain;
    border: 1px solid var(--_border);
  }
  .orphan {
    padding: 0.5rem;
    border: 2px solid var(--_fg);
    border-radius: var(--_radius);
  }
  .confirm {
    padding: 0.75rem;
    border: 2px solid var(--_fg);
    border-radius: var(--_radius);
  }
  button.danger {
    color: var(--_danger);
    border-color: var(--_danger);
  }
  .levels-disclosure {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 0.75rem;
  }
  .levels-disclosure[open] {
    padding-block-end: 0.75rem;
  }
  .levels-disclosure summary {
    min-height: 44px;
    display: flex;
    align-items: center;
    cursor: pointer;
    font-weight: 700;
  }
  .clear-area {
    margin-block-start: 1rem;
  }
`;
