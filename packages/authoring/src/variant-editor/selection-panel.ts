import { html, nothing } from 'lit';
import { authoringMessages } from '../messages.js';
import type { BookPassage } from './book-frames.js';
import { shorten } from './entry-text.js';

const m = authoringMessages.editor;

export interface SelectionHandlers {
  use(): void;
  find(words: string): void;
  simplify(): void;
  note(): void;
  glossary(): void;
  describe(): void;
}

export interface SelectionState {
  selected: BookPassage | undefined;
  chosen: BookPassage | undefined;
  findMessage: string;
  ready: boolean;
}

/**
 * What the teacher selected in the book, the "Use the selected text" button,
 * a find field that selects words by keyboard, and what can be made of the
 * chosen passage.
 */
export function renderSelectionPanel(state: SelectionState, on: SelectionHandlers) {
  const { selected, chosen } = state;
  return html`
    <section class="selection stack" part="selection" aria-labelledby="selection-heading">
      <h3 id="selection-heading">${m.selectionHeading}</h3>
      <p class="selected-text" id="selected-text">${selected ? m.selectionNow(shorten(selected.text, 160)) : m.noSelection}</p>
      <div class="row">
        <button type="button" class="use-selection primary" ?disabled=${!state.ready} aria-describedby="selected-text" @click=${on.use}>${m.useSelection}</button>
      </div>
      <form
        class="find stack"
        @submit=${(e: Event) => {
          e.preventDefault();
          on.find(((e.target as HTMLFormElement).elements.namedItem('find') as HTMLInputElement).value);
        }}
      >
        <div class="field">
          <label for="find">${m.findLabel}</label>
          <p class="hint" id="find-hint">${m.findHint}</p>
          <div class="row find-row">
            <input id="find" name="find" type="search" autocomplete="off" data-native-undo aria-describedby="find-hint find-message" ?disabled=${!state.ready} />
            <button type="submit" ?disabled=${!state.ready}>${m.find}</button>
          </div>
          <p class="status" id="find-message" role="status">${state.findMessage}</p>
        </div>
      </form>
      ${chosen
        ? html`<div class="chosen stack">
            <h4>${m.chosenHeading}</h4>
            <blockquote class="quote">${shorten(chosen.text || chosen.image?.alt || '', 300)}</blockquote>
            <div class="row" role="group" aria-label=${m.actionsLabel}>
              <button type="button" class="simplify" ?disabled=${!chosen.text} @click=${on.simplify}>${m.simplifyIt}</button>
              <button type="button" class="add-note" ?disabled=${!chosen.text} @click=${on.note}>${m.noteIt}</button>
              <button type="button" class="add-term" ?disabled=${!chosen.text} @click=${on.glossary}>${m.glossaryIt}</button>
              <button type="button" class="describe" ?disabled=${!chosen.image} aria-describedby=${chosen.image ? nothing : 'no-image'} @click=${on.describe}>${m.describeIt}</button>
            </div>
            ${chosen.image ? nothing : html`<p class="hint" id="no-image">${m.noImageInSelection}</p>`}
          </div>`
        : nothing}
    </section>
  `;
}
