import { html, nothing } from 'lit';
import type { DescriptionEntry, GlossaryEntry, NoteEntry, Orphan, PackEntry, SimplifiedEntry, VariantPack } from '@attune/adapt';
import { authoringMessages } from '../messages.js';
import { renderJsonFileButton } from '../ui/json-file-button.js';
import type { BookImage } from './book-images.js';
import { entryName } from './entry-text.js';
import type { EditorTab } from './editor-tabs.js';
import type { MergePlan } from './pack-merge.js';
import './attune-description-form.js';
import './attune-glossary-form.js';
import './attune-levels-form.js';
import './attune-merge-panel.js';
import './attune-note-form.js';
import './attune-passage-form.js';

const m = authoringMessages.editor;

/** What the tab panels show. */
export interface PanelState {
  pack: VariantPack;
  editing: string | undefined;
  /** The entry was just made (a description's empty alt is not "decorative" yet). */
  fresh: boolean;
  occurrences: number | undefined;
  images: BookImage[] | undefined;
  orphans: Orphan[] | undefined;
  canReanchor: boolean;
  confirmingClear: boolean;
  mergePlan: MergePlan | undefined;
  shareMessage: string;
  importIssues: string[];
}

/** What the tab panels ask of the editor (forms report through their own internal events). */
export interface PanelHandlers {
  edit(id: string): void;
  newTerm(): void;
  describeImage(image: BookImage): void;
  showImage(image: BookImage): void;
  reanchor(orphan: Orphan): void;
  exportPack(): void;
  importFile(file: File): void;
  askClear(confirming: boolean): void;
  clear(): void;
}

function entriesOf<T extends PackEntry['type']>(pack: VariantPack, type: T): Extract<PackEntry, { type: T }>[] {
  return pack.entries.filter((e): e is Extract<PackEntry, { type: T }> => e.type === type);
}

function renderList(entries: PackEntry[], editing: string | undefined, empty: string, on: PanelHandlers) {
  if (!entries.length) return html`<p class="empty">${empty}</p>`;
  return html`<ul class="entries">
    ${entries.map(
      (e) => html`<li>
        <button type="button" class="entry" data-entry=${e.id} aria-current=${e.id === editing ? 'true' : nothing} @click=${() => on.edit(e.id)}>${entryName(e)}</button>
      </li>`,
    )}
  </ul>`;
}

/** Whether a description is for this picture (same section and structural selector). */
export function describes(entry: DescriptionEntry, image: BookImage): boolean {
  const value = (s: { type: string; value?: unknown }) => (s.type === 'CssSelector' ? s.value : undefined);
  return entry.target.source === image.target.source && entry.target.selector.some((s) => image.target.selector.some((t) => value(s) !== undefined && value(s) === value(t)));
}

export function renderPanel(tab: EditorTab, s: PanelState, on: PanelHandlers) {
  const language = s.pack.language;
  const editing = s.pack.entries.find((e) => e.id === s.editing);
  switch (tab) {
    case 'passages': {
      const list = entriesOf(s.pack, 'simplified');
      return html`
        <p class="hint">${m.passagesIntro}</p>
        <details class="levels-disclosure">
          <summary>${m.levelsSummary(s.pack.levels.length)}</summary>
          <attune-levels-form .levels=${s.pack.levels}></attune-levels-form>
        </details>
        ${renderList(list, s.editing, m.noPassages, on)}
        ${editing?.type === 'simplified' ? html`<attune-passage-form .entry=${editing as SimplifiedEntry} .levels=${s.pack.levels} language=${language}></attune-passage-form>` : nothing}
      `;
    }
    case 'glossary': {
      const list = entriesOf(s.pack, 'glossary');
      return html`
        <p class="hint">${m.glossaryIntro}</p>
        <div class="row"><button type="button" class="new-term" @click=${on.newTerm}>${m.newTerm}</button></div>
        ${renderList(list, s.editing, m.noGlossary, on)}
        ${editing?.type === 'glossary' ? html`<attune-glossary-form .entry=${editing as GlossaryEntry} .occurrences=${s.occurrences}></attune-glossary-form>` : nothing}
      `;
    }
    case 'images': {
      const descriptions = entriesOf(s.pack, 'description');
      const imageOf = (entry: DescriptionEntry) => s.images?.find((image) => describes(entry, image));
      return html`
        <p class="hint">${m.imagesIntro}</p>
        ${s.images === undefined
          ? html`<p role="status">${m.imagesLoading}</p>`
          : s.images.length === 0
            ? html`<p>${m.noImages}</p>`
            : html`<ul class="images">
                ${s.images.map((image) => {
                  const described = descriptions.find((d) => describes(d, image));
                  return html`<li class="image" data-image=${image.key}>
                    ${image.thumbnail ? html`<img class="thumbnail" src=${image.thumbnail} alt="" />` : nothing}
                    <div class="stack">
                      <p><strong>${m.imageIn(image.where)}</strong></p>
                      <p>${image.alt === null ? m.imageNoAlt : image.alt === '' ? m.imageEmptyAlt : m.imageAlt(image.alt)}</p>
                      ${described ? html`<p class="described">${m.imageDescribed}: “${entryName(described)}”</p>` : nothing}
                      <div class="row">
                        <button type="button" class="describe-image" @click=${() => on.describeImage(image)}>${described ? m.editDescription : m.describe}</button>
                        <button type="button" @click=${() => on.showImage(image)}>${m.showInBook}</button>
                      </div>
                    </div>
                  </li>`;
                })}
              </ul>`}
        ${descriptions.some((d) => !imageOf(d)) ? renderList(descriptions.filter((d) => !imageOf(d)), s.editing, '', on) : nothing}
        ${editing?.type === 'description'
          ? html`<attune-description-form .entry=${editing as DescriptionEntry} .image=${imageOf(editing as DescriptionEntry)} ?fresh=${s.fresh} language=${language}></attune-description-form>`
          : nothing}
      `;
    }
    case 'notes': {
      const list = entriesOf(s.pack, 'note');
      return html`
        <p class="hint">${m.notesIntro}</p>
        ${renderList(list, s.editing, m.noNotes, on)}
        ${editing?.type === 'note' ? html`<attune-note-form .entry=${editing as NoteEntry} language=${language}></attune-note-form>` : nothing}
      `;
    }
    case 'problems':
      return html`
        <p class="hint">${m.problemsIntro}</p>
        ${s.orphans === undefined
          ? html`<p>${m.problemsChecking}</p>`
          : s.orphans.length === 0
            ? html`<p class="no-problems">${m.noProblems}</p>`
            : html`<ul class="orphans">
                ${s.orphans.map((orphan) => {
                  const entry = s.pack.entries.find((e) => e.id === orphan.id);
                  return html`<li class="orphan stack" data-orphan=${orphan.id}>
                    <p><strong>${m.types[orphan.type]}: ${entry ? entryName(entry) : orphan.id}</strong></p>
                    <p>${orphan.message}</p>
                    <div class="row">
                      <button type="button" class="reanchor" ?disabled=${!s.canReanchor} aria-describedby=${s.canReanchor ? nothing : 'reanchor-hint'} @click=${() => on.reanchor(orphan)}>${m.reanchor}</button>
                    </div>
                  </li>`;
                })}
              </ul>
              ${s.canReanchor ? nothing : html`<p class="hint" id="reanchor-hint">${m.reanchorNeedsSelection}</p>`}`}
      `;
    case 'share':
      return html`
        <p class="hint">${m.shareIntro}</p>
        <div class="row">
          <button type="button" class="export-pack" @click=${on.exportPack}>${m.exportPack}</button>
          ${renderJsonFileButton({ buttonClass: 'import-pack', inputClass: 'pack-file', label: m.importPack, onFile: on.importFile })}
        </div>
        ${s.shareMessage ? html`<p class="share-message" role="status">${s.shareMessage}</p>` : nothing}
        ${s.importIssues.length
          ? html`<section aria-labelledby="issues-heading"><h4 id="issues-heading">${m.issuesHeading}</h4><ul>${s.importIssues.map((i) => html`<li>${i}</li>`)}</ul></section>`
          : nothing}
        ${s.mergePlan ? html`<attune-merge-panel .plan=${s.mergePlan}></attune-merge-panel>` : nothing}
        <div class="stack clear-area">
          <div class="row"><button type="button" class="danger start-over" aria-expanded=${s.confirmingClear ? 'true' : 'false'} @click=${() => on.askClear(!s.confirmingClear)}>${m.clear}</button></div>
          ${s.confirmingClear
            ? html`<div class="confirm stack" role="group" aria-labelledby="clear-question">
                <p id="clear-question">${m.clearQuestion}</p>
                <div class="row">
                  <button type="button" class="danger confirm-clear" @click=${on.clear}>${m.clearConfirm}</button>
                  <button type="button" @click=${() => on.askClear(false)}>${authoringMessages.common.cancel}</button>
                </div>
              </div>`
            : nothing}
        </div>
      `;
  }
}
