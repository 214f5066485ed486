import { css } from 'lit';

/** The editor's toolbar and text box. */
export const richTextStyles = css`
  :host {
    display: block;
    background: transparent;
  }
  .rich-text {
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .glyph {
    font-weight: 700;
    min-inline-size: 1.2em;
  }
  .glyph-emphasis {
    font-style: italic;
    font-family: Georgia, serif;
  }
  .editable {
    min-height: 6rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    overflow-wrap: anywhere;
  }
  .editable:focus-visible,
  .editable:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .editable p {
    margin: 0 0 0.6em;
  }
  .editable ul,
  .editable ol {
    margin: 0 0 0.6em;
    padding-inline-start: 1.5em;
  }
  .editable img {
    max-inline-size: 100%;
    max-block-size: 12rem;
  }
  .image-form {
    padding: 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
`;
