import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { UiLocaleController, uiDirection, uiLocale, uiLocaleSettled } from '@attune/reader/localization';
import { checkPackAnchors, matchPackToBook, type GlossaryEntry, type Orphan, type PackEntry, type VariantPack } from '@attune/adapt';
import { createProfile, type LearnerProfile } from '@attune/profile';
import { isStoreError } from '@attune/profile/store';
import '@attune/reader';
import type { AttuneReader } from '@attune/reader';
import { authoringMessages } from '../messages.js';
import { storageProblemText } from '../ui/storage-problem-text.js';
import { AUTHORING_DATABASE_NAME, openAuthoringStore, type AuthoringStore } from '../storage/authoring-store.js';
import { Autosaver, type SaveStatus } from '../storage/autosaver.js';
import { authoringEvent } from '../ui/authoring-events.js';
import { authoringTokens, buttonStyles, formStyles } from '../ui/authoring-tokens.js';
import { downloadText, safeFileName } from '../ui/download-file.js';
import { saveStatusText } from '../ui/save-status.js';
import { Announcer } from '../ui/announcer.js';
import type { MergeFinishEvent } from './attune-merge-panel.js';
import { findAndSelect, frameDocuments, selectedPassage, type BookPassage } from './book-frames.js';
import { listBookImages, type BookImage } from './book-images.js';
import { renderPanel, type PanelHandlers } from './editor-panels.js';
import { EDITOR_TABS, renderTabs, type EditorTab } from './editor-tabs.js';
import type { EntryChangeEvent, EntryDeleteEvent, LevelsChangeEvent } from './entry-change-event.js';
import { entryName, shorten } from './entry-text.js';
import { PackHistory } from './pack-history.js';
import { clearPack, newEntryId, putEntry, removeEntry, setLevels } from './pack-edits.js';
import { packToJson, readPackFile } from './pack-file.js';
import { applyMerge, planMerge, type MergePlan } from './pack-merge.js';
import { initialPack } from './pack-source.js';
import { PackUrl } from './pack-url.js';
import { renderSelectionPanel } from './selection-panel.js';
import { clearTermHighlight, highlightTerm } from './term-highlights.js';
import { variantEditorStyles } from './variant-editor-styles.js';

const m = authoringMessages.editor;

declare global {
  interface HTMLElementTagNameMap {
    'attune-variant-editor': AttuneVariantEditor;
  }
}

/** The hosted reader shows everything the pack adds, whatever a learner would choose. */
const AUTHOR_VIEW: LearnerProfile = { ...createProfile({ id: 'attune-author-view' }), content: { simplifiedText: true, readingLevel: null, glossary: true, imageDescriptions: true } };
/** How long after a change the hosted reader re-applies the pack, and the anchors are checked again. */
const APPLY_DELAY_MS = 300;
const CHECK_DELAY_MS = 800;
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const TAB_OF: Record<PackEntry['type'], EditorTab> = { simplified: 'passages', glossary: 'glossary', description: 'images', note: 'notes' };

/**
 * The teacher's variant editor for one book (`src`): an `<attune-reader>`
 * shows the book with the pack applied live; the teacher selects a passage
 * (mouse, or "find" by keyboard) and writes simpler versions at named levels
 * with their readability beside the original, glossary terms (highlighted
 * wherever they occur on the page), picture descriptions (pictures without
 * a text alternative listed first) and notes. Entries that no longer fit the
 * book are listed and can be anchored again. Every change is saved on the
 * device within a second (IndexedDB `attune-authoring`, one pack per book);
 * Ctrl+Z / Ctrl+Shift+Z undo and redo; the pack exports as JSON and another
 * pack merges in, with each conflict settled by the teacher.
 *
 * @fires attune-pack-load - The pack for the open book is ready to edit; detail `{ pack, from }` (`device`, `url` or `new`).
 * @fires attune-pack-change - After every change (and undo/redo); detail `{ pack }`.
 * @fires attune-pack-save - A change was saved on the device; detail `{ pack, savedAt }`.
 * @fires attune-pack-export - Before an export downloads; detail `{ json, fileName }`. Cancel it to handle the file yourself.
 * @fires attune-authoring-error - Storage failed or a file was not a pack; detail `{ code, message }`.
 * @csspart base - Everything.
 * @csspart toolbar - Title, save status, undo and redo.
 * @csspart reader - The hosted `<attune-reader>`.
 * @csspart selection - The selected text, "Use the selected text" and find.
 * @csspart tabs - The parts of the pack (tab list and panels).
 * @cssprop --attune-color-background - Page colour.
 * @cssprop --attune-color-foreground - Text colour.
 * @cssprop --attune-color-muted - Hints.
 * @cssprop --attune-color-surface - Buttons and quotes.
 * @cssprop --attune-color-border - Borders.
 * @cssprop --attune-color-accent - Primary buttons and the selected tab.
 * @cssprop --attune-color-accent-foreground - Text on the accent.
 * @cssprop --attune-color-focus - Focus ring.
 * @cssprop --attune-color-danger - Errors and delete buttons.
 * @cssprop --attune-font-ui - Font.
 * @cssprop --attune-radius - Corner radius.
 * @cssprop --attune-editor-reader-height - Height of the hosted reader (default 70vh on wide screens).
 */
@localized()
@customElement('attune-variant-editor')
export class AttuneVariantEditor extends LitElement {
  static override styles = [authoringTokens, buttonStyles, formStyles, variantEditorStyles];

  /** The book (an .epub URL or an unpacked folder). */
  @property() src = '';
  /** A pack to start from when this device has no work on the book yet (a variant-pack URL). */
  @property() variants = '';
  /** Name of the IndexedDB database (default `attune-authoring`). */
  @property({ attribute: 'store-name' }) storeName = AUTHORING_DATABASE_NAME;

  @state() private currentPack: VariantPack | undefined;
  @state() private canUndo = false;
  @state() private canRedo = false;
  @state() private packUrl = '';
  @state() private bookTitle = '';
  @state() private bookLanguage = '';
  @state() private bookError = '';
  @state() private tab: EditorTab = 'passages';
  @state() private editing: string | undefined;
  @state() private fresh = false;
  @state() private selected: BookPassage | undefined;
  @state() private chosen: BookPassage | undefined;
  @state() private findMessage = '';
  @state() private occurrences: number | undefined;
  @state() private images: BookImage[] | undefined;
  @state() private orphans: Orphan[] | undefined;
  @state() private confirmingClear = false;
  @state() private mergePlan: MergePlan | undefined;
  @state() private shareMessage = '';
  @state() private importIssues: string[] = [];
  @state() private saveStatus: SaveStatus = { state: 'idle' };
  @state() private loadMessage = '';

  @query('attune-reader') private reader!: AttuneReader;

  private store: Promise<AuthoringStore | undefined> | undefined;
  private history: PackHistory | undefined;
  private unsubscribeHistory: (() => void) | undefined;
  private readonly announcer = new Announcer(this);
  /** The page's UI language (from the element's or the page's `lang`), shared with every Attune element on the page. */
  private readonly uiLanguage = new UiLocaleController(this);

  /** Also waits for a UI language being loaded, and the render in it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await uiLocaleSettled();
    return (await super.getUpdateComplete()) && result;
  }
  private readonly saver = new Autosaver<VariantPack>((pack) => this.write(pack));
  private readonly urls = new PackUrl();
  private readonly boundFrames = new WeakSet<Document>();
  private applyTimer: ReturnType<typeof setTimeout> | undefined;
  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  private imagesRequested = false;
  private loaded = deferred();
  private unsubscribeSaver: (() => void) | undefined;

  /** The pack as it is now (undefined until the book is open). */
  get pack(): VariantPack | undefined {
    return this.currentPack;
  }

  /** Resolves when the book is open and its pack is ready to edit. */
  get ready(): Promise<void> {
    return this.loaded.promise;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.store ??= openAuthoringStore({ name: this.storeName }).catch((error) => {
      this.reportError(error);
      return undefined;
    });
    this.unsubscribeSaver = this.saver.subscribe((status) => (this.saveStatus = status));
    this.addEventListener('keydown', this.onKeydown);
    window.addEventListener('pagehide', this.onPageHide);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeydown);
    window.removeEventListener('pagehide', this.onPageHide);
    this.unsubscribeSaver?.();
    this.unsubscribeHistory?.();
    clearTimeout(this.applyTimer);
    clearTimeout(this.checkTimer);
    // What is waiting is still written; the connection closes after (unless the element came back meanwhile).
    const store = this.store;
    void this.saver.flush().finally(() => {
      if (this.isConnected && this.store === store) return;
      void store?.then((s) => s?.close());
      if (this.store === store) this.store = undefined;
    });
    this.urls.dispose();
  }

  /** Saves what is waiting now (autosave does it within a second anyway). */
  save(): Promise<void> {
    return this.saver.flush();
  }

  private readonly onPageHide = () => void this.saver.flush();

  private async write(pack: VariantPack): Promise<void> {
    const store = await this.store;
    if (!store) return;
    const record = await store.putPack(pack);
    this.dispatchEvent(authoringEvent('attune-pack-save', { pack: record.pack, savedAt: record.savedAt }));
  }

  private reportError(error: unknown): void {
    const code = isStoreError(error) ? error.code : 'unavailable';
    const message = (error as Error)?.message ?? String(error);
    this.announcer.announce(storageProblemText(error));
    this.dispatchEvent(authoringEvent('attune-authoring-error', { code, message }));
  }

  // ——— The book and its pack ———

  private async onReaderReady(): Promise<void> {
    const book = this.reader.book;
    if (!book) return;
    this.bookError = '';
    this.bookTitle = book.metadata.title;
    this.bookLanguage = book.metadata.language;
    await this.saver.flush();
    const start = await initialPack(await this.store, { ...book.metadata }, this.variants);
    this.unsubscribeHistory?.();
    this.history = new PackHistory(start.pack);
    this.unsubscribeHistory = this.history.subscribe((s) => this.onPackChanged(s.pack, s.canUndo, s.canRedo));
    this.currentPack = start.pack;
    this.canUndo = this.canRedo = false;
    this.editing = undefined;
    this.chosen = undefined;
    this.images = undefined;
    this.imagesRequested = false;
    this.packUrl = this.urls.update(start.pack);
    const when = start.savedAt ? new Date(start.savedAt).toLocaleString(uiLocale()) : '';
    this.loadMessage = [start.from === 'device' ? m.packFromDevice(when) : start.from === 'url' ? m.packFromUrl : m.packNew, ...start.problems].join(' ');
    this.scheduleCheck();
    if (this.tab === 'images') this.loadImages();
    this.bindFrames();
    this.dispatchEvent(authoringEvent('attune-pack-load', { pack: start.pack, from: start.from }));
    this.loaded.resolve();
  }

  private onReaderError(event: CustomEvent<{ message: string }>): void {
    this.bookError = m.bookError(event.detail.message);
  }

  private onPackChanged(pack: VariantPack, canUndo: boolean, canRedo: boolean): void {
    this.currentPack = pack;
    this.canUndo = canUndo;
    this.canRedo = canRedo;
    this.saver.schedule(pack);
    this.dispatchEvent(authoringEvent('attune-pack-change', { pack }));
    clearTimeout(this.applyTimer);
    this.applyTimer = setTimeout(() => (this.packUrl = this.urls.update(pack)), APPLY_DELAY_MS);
    this.scheduleCheck();
  }

  private edit(pack: VariantPack, group?: string): void {
    this.history?.apply(pack, group === undefined ? {} : { group });
  }

  /** Takes back the last change. */
  undo(): boolean {
    const done = this.history?.undo() ?? false;
    this.announcer.announce(done ? m.undone : m.nothingToUndo);
    return done;
  }

  /** Puts back the last change undone. */
  redo(): boolean {
    const done = this.history?.redo() ?? false;
    this.announcer.announce(done ? m.redone : m.nothingToRedo);
    return done;
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    const isUndo = key === 'z' && !event.shiftKey;
    const isRedo = (key === 'z' && event.shiftKey) || key === 'y';
    if (!isUndo && !isRedo) return;
    // Fields that are not part of the pack (find, a new level's name) keep their own undo.
    const origin = event.composedPath()[0] as Element | undefined;
    if (origin?.closest?.('[data-native-undo]')) return;
    event.preventDefault();
    if (isUndo) this.undo();
    else this.redo();
  };

  private scheduleCheck(): void {
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => void this.checkAnchors(), CHECK_DELAY_MS);
  }

  private async checkAnchors(): Promise<void> {
    const pack = this.currentPack;
    const book = this.reader?.book;
    if (!pack || !book) return;
    const check = await checkPackAnchors(pack, book);
    if (pack === this.currentPack) this.orphans = check.orphans;
  }

  private loadImages(): void {
    const book = this.reader?.book;
    if (!book || this.imagesRequested) return;
    this.imagesRequested = true;
    void listBookImages(book).then((images) => (this.images = images));
  }

  // ——— Selection in the book ———

  /** Listens to selection changes in section frames not seen before (a page turn makes new frames). */
  private bindFrames(): void {
    if (!this.reader) return;
    for (const doc of frameDocuments(this.reader)) {
      if (this.boundFrames.has(doc)) continue;
      this.boundFrames.add(doc);
      let frame = 0;
      doc.addEventListener('selectionchange', () => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => (this.selected = selectedPassage(this.reader)));
      });
    }
    this.selected = selectedPassage(this.reader);
    this.refreshHighlight();
  }

  private useSelection(): void {
    const passage = selectedPassage(this.reader);
    if (!passage) {
      this.announcer.announce(m.selectionMissing);
      return;
    }
    this.chosen = passage;
    this.announcer.announce(m.selectionUsed(shorten(passage.text || passage.image?.alt || '', 80)));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('.chosen button:not([disabled])')?.focus());
  }

  private find(words: string): void {
    const found = words.trim() ? findAndSelect(this.reader, words) : undefined;
    this.selected = found;
    this.findMessage = found ? m.found(shorten(found.text, 80)) : m.notFound(shorten(words, 60));
  }

  // ——— Making and changing entries ———

  private open(entry: PackEntry, fresh = false): void {
    this.tab = TAB_OF[entry.type];
    this.editing = entry.id;
    this.fresh = fresh;
    if (entry.type === 'description') this.loadImages();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#panel-${this.tab} :is(attune-passage-form, attune-glossary-form, attune-description-form, attune-note-form)`)?.focus());
  }

  private create(entry: PackEntry): void {
    this.edit(putEntry(this.currentPack!, entry));
    this.open(entry, true);
  }

  private readonly selectionHandlers = {
    use: () => this.useSelection(),
    find: (words: string) => this.find(words),
    simplify: () => {
      const c = this.chosen;
      if (!c || !this.currentPack) return;
      const level = this.currentPack.levels[0]?.name ?? '3-5';
      this.create({ type: 'simplified', id: newEntryId(this.currentPack, 'simplified', c.text), target: c.target, variants: [{ level, content: { xhtml: '' } }] });
    },
    note: () => {
      const c = this.chosen;
      if (!c || !this.currentPack) return;
      this.create({ type: 'note', id: newEntryId(this.currentPack, 'note', c.text), target: c.target, content: { xhtml: '' } });
    },
    glossary: () => {
      const c = this.chosen;
      if (!c || !this.currentPack) return;
      const term = c.text.trim().slice(0, 200);
      this.create({ type: 'glossary', id: newEntryId(this.currentPack, 'glossary', term), term, definition: '' });
    },
    describe: () => {
      const c = this.chosen;
      if (!c?.image || !this.currentPack) return;
      this.create({ type: 'description', id: newEntryId(this.currentPack, 'description', c.image.alt ?? ''), target: c.image.target, alt: c.image.alt ?? '' });
    },
  };

  private readonly panelHandlers: PanelHandlers = {
    edit: (id) => {
      const entry = this.currentPack?.entries.find((e) => e.id === id);
      if (entry) this.open(entry);
    },
    newTerm: () => this.currentPack && this.create({ type: 'glossary', id: newEntryId(this.currentPack, 'glossary'), term: '', definition: '' }),
    describeImage: (image) => {
      const pack = this.currentPack;
      if (!pack) return;
      const existing = pack.entries.find((e) => e.type === 'description' && e.target.source === image.target.source && JSON.stringify(e.target.selector[0]) === JSON.stringify(image.target.selector[0]));
      if (existing) this.open(existing);
      else this.create({ type: 'description', id: newEntryId(pack, 'description', image.alt ?? image.where), target: image.target, alt: image.alt ?? '' });
    },
    showImage: (image) => {
      const section = this.reader.book?.sections[image.sectionIndex];
      if (section) void this.reader.goTo(section.path);
    },
    reanchor: (orphan) => {
      const entry = this.currentPack?.entries.find((e) => e.id === orphan.id);
      const c = this.chosen;
      if (!entry || !c || entry.type === 'glossary') return;
      const target = entry.type === 'description' ? c.image?.target : c.target;
      if (!target) {
        this.announcer.announce(m.noImageInSelection);
        return;
      }
      this.edit(putEntry(this.currentPack!, { ...entry, target }));
      this.announcer.announce(m.reanchoredEntry(entry.type, entryName(entry)));
    },
    exportPack: () => this.exportFile(),
    importFile: (file) => void this.importPack(file),
    askClear: (confirming) => (this.confirmingClear = confirming),
    clear: () => {
      if (!this.currentPack) return;
      this.edit(clearPack(this.currentPack));
      this.confirmingClear = false;
      this.editing = undefined;
      this.shareMessage = m.cleared;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('.start-over')?.focus());
    },
  };

  private onEntryChange(event: EntryChangeEvent): void {
    if (this.currentPack) this.edit(putEntry(this.currentPack, event.entry), event.group);
  }

  private onEntryDelete(event: EntryDeleteEvent): void {
    const entry = this.currentPack?.entries.find((e) => e.id === event.id);
    if (!entry || !this.currentPack) return;
    this.edit(removeEntry(this.currentPack, event.id));
    this.editing = undefined;
    this.announcer.announce(m.deletedEntry(entry.type, entryName(entry)));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus());
  }

  private onLevelsChange(event: LevelsChangeEvent): void {
    if (this.currentPack) this.edit(setLevels(this.currentPack, event.levels));
  }

  // ——— Files ———

  /** The pack as JSON text (what "Export" downloads). */
  exportJson(): string | undefined {
    return this.currentPack ? packToJson(this.currentPack) : undefined;
  }

  private exportFile(): void {
    const json = this.exportJson();
    if (!json || !this.currentPack) return;
    const fileName = safeFileName('attune-pack', this.currentPack.book.title || this.currentPack.book.identifier);
    if (this.dispatchEvent(authoringEvent('attune-pack-export', { json, fileName }))) downloadText(json, fileName);
    this.shareMessage = m.exported(fileName);
  }

  /**
   * Merges a pack file into the pack being edited: new entries are added at
   * once; when entries with the same id differ, the merge waits for the
   * teacher to choose, conflict by conflict.
   */
  async importPack(source: string | Blob): Promise<void> {
    this.importIssues = [];
    this.mergePlan = undefined;
    try {
      const { pack, issues } = await readPackFile(source);
      this.importIssues = issues.filter((i) => i.severity === 'error').map((i) => i.message);
      const mine = this.currentPack;
      const book = this.reader?.book;
      if (!mine || !book) return;
      const match = matchPackToBook(pack, book.metadata);
      if (match.relation === 'other-book') {
        this.shareMessage = m.otherBook(match.message);
        return;
      }
      const plan = planMerge(mine, pack);
      if (plan.conflicts.length === 0) {
        this.edit(applyMerge(mine, plan));
        this.shareMessage = m.importedAll(plan.added.length);
        return;
      }
      this.mergePlan = plan;
      this.shareMessage = '';
      this.tab = 'share';
      void this.updateComplete.then(() => this.renderRoot.querySelector('attune-merge-panel')?.focus());
    } catch (error) {
      this.shareMessage = (error as Error).message;
      this.reportError(error);
    }
  }

  private onMergeFinish(event: MergeFinishEvent): void {
    const plan = this.mergePlan;
    if (!plan || !this.currentPack) return;
    this.edit(applyMerge(this.currentPack, plan, event.choices));
    const taken = plan.conflicts.filter((c) => event.choices[c.id] === 'theirs').length;
    this.mergePlan = undefined;
    this.shareMessage = m.merged(plan.added.length, taken);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('.import-pack')?.focus());
  }

  private onMergeCancel(): void {
    this.mergePlan = undefined;
    this.shareMessage = m.mergeCancelled;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('.import-pack')?.focus());
  }

  // ——— Rendering ———

  private selectTab(tab: EditorTab, focus: boolean): void {
    this.tab = tab;
    if (tab === 'images') this.loadImages();
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus());
  }

  /** Highlights the glossary term being edited in the book, and counts where it occurs. */
  private refreshHighlight(): void {
    if (!this.reader) return;
    const entry = this.tab === 'glossary' ? this.currentPack?.entries.find((e): e is GlossaryEntry => e.id === this.editing && e.type === 'glossary') : undefined;
    let count = 0;
    for (const doc of frameDocuments(this.reader)) {
      if (entry) count += highlightTerm(doc, entry, this.currentPack?.language);
      else clearTermHighlight(doc);
    }
    this.occurrences = entry ? count : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && changed.get('src') !== undefined) {
      // Another book: finish saving the last one's pack first.
      void this.saver.flush();
      this.loaded = deferred();
      this.currentPack = undefined;
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('tab') || changed.has('editing') || changed.has('currentPack')) this.refreshHighlight();
  }

  protected override render() {
    const pack = this.currentPack;
    const failed = this.saveStatus.state === 'failed';
    const counts = pack
      ? {
          passages: pack.entries.filter((e) => e.type === 'simplified').length,
          glossary: pack.entries.filter((e) => e.type === 'glossary').length,
          images: pack.entries.filter((e) => e.type === 'description').length,
          notes: pack.entries.filter((e) => e.type === 'note').length,
          ...(this.orphans ? { problems: this.orphans.length } : {}),
        }
      : {};
    return html`
      <div class="editor" part="base" lang=${uiLocale()} dir=${uiDirection()}>
        <header class="toolbar" part="toolbar">
          <div class="stack">
            <!-- The book's title is the book's text: isolated, so an English title stays whole in an Arabic heading. -->
            <h2>${this.bookTitle ? html`${m.title}: <bdi lang=${this.bookLanguage || nothing}>${this.bookTitle}</bdi>` : m.title}</h2>
            <p class="save-status" role=${failed ? 'alert' : nothing}>${saveStatusText(this.saveStatus)}</p>
          </div>
          <div class="row" role="group" aria-label=${m.historyLabel}>
            <button type="button" class="undo" aria-keyshortcuts="Control+Z" ?disabled=${!this.canUndo} @click=${() => this.undo()}>${m.undo}</button>
            <button type="button" class="redo" aria-keyshortcuts="Control+Shift+Z Control+Y" ?disabled=${!this.canRedo} @click=${() => this.redo()}>${m.redo}</button>
          </div>
        </header>
        ${this.src ? nothing : html`<p>${m.noBook}</p>`}
        ${this.bookError ? html`<p class="error" role="alert">${this.bookError}</p>` : nothing}
        ${this.loadMessage ? html`<p class="load-message">${this.loadMessage}</p>` : nothing}
        <div class="columns">
          <div class="book stack">
            <attune-reader
              part="reader"
              role="region"
              aria-label=${m.readerLabel}
              src=${this.src}
              variants=${this.packUrl}
              .profile=${AUTHOR_VIEW}
              @attune-ready=${() => void this.onReaderReady()}
              @attune-error=${this.onReaderError}
              @attune-relocate=${() => this.bindFrames()}
              @attune-profile-change=${() => this.bindFrames()}
            ></attune-reader>
            ${renderSelectionPanel({ selected: this.selected, chosen: this.chosen, findMessage: this.findMessage, ready: !!pack }, this.selectionHandlers)}
          </div>
          <div class="parts stack" part="tabs">
            ${pack
              ? html`${renderTabs(this.tab, counts, (tab, focus) => this.selectTab(tab, focus))}
                  ${EDITOR_TABS.map(
                    (tab) => html`<div
                      class="panel stack"
                      role="tabpanel"
                      id=${`panel-${tab}`}
                      aria-labelledby=${`tab-${tab}`}
                      tabindex="0"
                      ?hidden=${tab !== this.tab}
                      @entry-change=${this.onEntryChange}
                      @entry-delete=${this.onEntryDelete}
                      @levels-change=${this.onLevelsChange}
                      @merge-finish=${this.onMergeFinish}
                      @merge-cancel=${this.onMergeCancel}
                    >
                      ${tab === this.tab
                        ? renderPanel(
                            tab,
                            {
                              pack,
                              editing: this.editing,
                              fresh: this.fresh,
                              occurrences: this.occurrences,
                              images: this.images,
                              orphans: this.orphans,
                              canReanchor: !!this.chosen,
                              confirmingClear: this.confirmingClear,
                              mergePlan: this.mergePlan,
                              shareMessage: this.shareMessage,
                              importIssues: this.importIssues,
                            },
                            this.panelHandlers,
                          )
                        : nothing}
                    </div>`,
                  )}`
              : html`<p>${this.src && !this.bookError ? m.opening : ''}</p>`}
          </div>
        </div>
        ${this.announcer.render()}
      </div>
    `;
  }
}
