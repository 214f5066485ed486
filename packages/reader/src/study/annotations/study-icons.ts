import { svg } from 'lit';

/** Line icons of bookmarks and notes (decorative: each button also has a text label). */
export const annotationIcons = {
  bookmark: svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M7 4h10v16l-5-4-5 4z"/></svg>`,
  notes: svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M5 4h14v12l-4 4H5z"/><path d="M9 9h6M9 13h4"/></svg>`,
};
