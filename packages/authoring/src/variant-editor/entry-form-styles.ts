import { css } from 'lit';

/** What the editor's forms share beyond the form basics. */
export const entryFormStyles = css`
  :host {
    display: block;
    background: transparent;
  }
  form,
  .form {
    display: flex;
    flex-direction: column;
    gap: 0.9rem;
  }
  .variant {
    gap: 0.6rem;
  }
  .thumbnail {
    max-inline-size: 100%;
    max-block-size: 12rem;
    object-fit: contain;
    align-self: flex-start;
    border: 1px solid var(--_border);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  button.danger {
    color: var(--_danger);
    border-color: var(--_danger);
  }
  .occurrences {
    font-weight: 600;
  }
`;
