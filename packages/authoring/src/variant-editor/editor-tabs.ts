import { html } from 'lit';
import { authoringMessages } from '../messages.js';

const m = authoringMessages.editor;

export const EDITOR_TABS = ['passages', 'glossary', 'images', 'notes', 'problems', 'share'] as const;
export type EditorTab = (typeof EDITOR_TABS)[number];

/** The tab list (ARIA tabs: one tab stop, arrows, Home and End move and select). */
export function renderTabs(active: EditorTab, counts: Partial<Record<EditorTab, number>>, select: (tab: EditorTab, focus: boolean) => void) {
  const onKeydown = (event: KeyboardEvent) => {
    const index = EDITOR_TABS.indexOf(active);
    const last = EDITOR_TABS.length - 1;
    const next = event.key === 'ArrowRight' ? (index + 1) % EDITOR_TABS.length : event.key === 'ArrowLeft' ? (index + last) % EDITOR_TABS.length : event.key === 'Home' ? 0 : event.key === 'End' ? last : -1;
    if (next < 0) return;
    event.preventDefault();
    select(EDITOR_TABS[next]!, true);
  };
  return html`
    <div class="tabs" role="tablist" aria-label=${m.tabsLabel} @keydown=${onKeydown}>
      ${EDITOR_TABS.map((tab) => {
        const count = counts[tab];
        return html`<button
          type="button"
          role="tab"
          id=${`tab-${tab}`}
          aria-controls=${`panel-${tab}`}
          aria-selected=${tab === active ? 'true' : 'false'}
          tabindex=${tab === active ? 0 : -1}
          @click=${() => select(tab, false)}
        >${count === undefined ? m.tabs[tab] : m.tabCount(m.tabs[tab], count)}</button>`;
      })}
    </div>
  `;
}
