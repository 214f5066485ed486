import { svg } from 'lit';

/** Line icons of the study tools (decorative: each button also has a text label). */
export const studyIcons = {
  search: svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="10.5" cy="10.5" r="6"/><path d="M15 15l5 5"/></svg>`,
  back: svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M9 7l-5 5 5 5M4 12h11a5 5 0 0 1 0 10h-2"/></svg>`,
  whereAmI: svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 21s-6-5.5-6-11a6 6 0 0 1 12 0c0 5.5-6 11-6 11z"/><circle cx="12" cy="10" r="2"/></svg>`,
};
