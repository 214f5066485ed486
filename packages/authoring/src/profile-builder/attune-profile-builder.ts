import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { UiLocaleController, uiDirection, uiLocale, uiLocaleSettled } from '@attune/reader/localization';
import {
  DEFAULT_CATALOG,
  READING_MODES,
  createProfile,
  resolveProfile,
  validatePolicy,
  type Accommodation,
  type AccommodationCatalog,
  type AccommodationSource,
  type AnySettingValue,
  type LearnerProfile,
  type ReadingMode,
  type ResolvedProfile,
  type SettingPath,
  type TeacherPolicy,
} from '@attune/profile';
import { isStoreError, openProfileStore, profileFileName, type LearnerSummary, type ProfileStore } from '@attune/profile/store';
import '@attune/reader';
import type { AttuneReader } from '@attune/reader';
import { authoringMessages } from '../messages.js';
import { storageProblemText } from '../ui/storage-problem-text.js';
import { openAuthoringStore, AUTHORING_DATABASE_NAME, type AuthoringStore } from '../storage/authoring-store.js';
import { Autosaver, type SaveStatus } from '../storage/autosaver.js';
import { authoringEvent } from '../ui/authoring-events.js';
import { authoringTokens, buttonStyles, formStyles } from '../ui/authoring-tokens.js';
import { downloadText } from '../ui/download-file.js';
import { saveStatusText } from '../ui/save-status.js';
import { Announcer } from '../ui/announcer.js';
import { defaultSource, renderAccommodations } from './accommodation-section.js';
import { renderLearnerSection } from './learner-section.js';
import { plainSummary } from './plain-summary.js';
import { assignedAccommodation, changeRules, setAccommodation, setAccommodationSource, setDefault, setMode, type SettingRules } from './policy-edits.js';
import { profileAndPolicyJson, readProfileAndPolicy } from './profile-file.js';
import { profileBuilderStyles } from './profile-builder-styles.js';
import { renderSettingRules } from './setting-rules-section.js';
import { renderSummary } from './summary-section.js';

const m = authoringMessages.builder;

declare global {
  interface HTMLElementTagNameMap {
    'attune-profile-builder': AttuneProfileBuilder;
  }
}

const EMPTY_POLICY: TeacherPolicy = { version: 1, mode: 'learning' };
/** How long the preview waits after a change before it lays the sample book out again. */
const PREVIEW_DELAY_MS = 250;

/**
 * The teacher's profile builder: choose a learner kept on this device (or
 * add one), tick the accommodations from their IEP or 504 plan (the catalog,
 * grouped by tier and explained in plain words, each with where it is
 * written), set starting values, limits and locks with a reason the learner
 * reads, and see the result at once: a plain-language summary for the
 * learner and family, and a small `<attune-reader>` opening the sample book
 * given in `preview-src` with exactly these settings. Every change is saved
 * on the device within a second (the profile in `@attune/profile/store`,
 * the policy in the `attune-authoring` database); export and import use the
 * `{ profile, policy }` file format of content/profiles.
 *
 * @fires attune-profile-save - A change was saved on the device; detail `{ profile, policy }`.
 * @fires attune-profile-export - Before an export downloads; detail `{ json, fileName }`. Cancel it to handle the file yourself.
 * @fires attune-authoring-error - Storage failed or a file was not a profile; detail `{ code, message }`.
 * @csspart base - Everything.
 * @csspart learner - The learner choice, new learner, import and export.
 * @csspart tier - Each tier's group of accommodations.
 * @csspart accommodation - Each accommodation.
 * @csspart setting - Each setting's starting value, limits and lock.
 * @csspart summary - The plain-language summary.
 * @csspart preview - The preview area.
 * @csspart preview-reader - The `<attune-reader>` inside it.
 * @cssprop --attune-color-background - Page colour.
 * @cssprop --attune-color-foreground - Text colour.
 * @cssprop --attune-color-muted - Hints.
 * @cssprop --attune-color-surface - Buttons and quotes.
 * @cssprop --attune-color-border - Borders of groups and controls.
 * @cssprop --attune-color-accent - Primary buttons.
 * @cssprop --attune-color-accent-foreground - Text on the accent.
 * @cssprop --attune-color-focus - Focus ring.
 * @cssprop --attune-color-danger - Error text.
 * @cssprop --attune-font-ui - Font.
 * @cssprop --attune-radius - Corner radius.
 * @cssprop --attune-preview-height - Height of the preview reader (default 26rem).
 */
@localized()
@customElement('attune-profile-builder')
export class AttuneProfileBuilder extends LitElement {
  static override styles = [authoringTokens, buttonStyles, formStyles, profileBuilderStyles];

  /** A sample book (an .epub URL or unpacked folder) for the preview reader. */
  @property({ attribute: 'preview-src' }) previewSrc = '';
  /** Where the preview opens the sample book (a book path, `#fragment` or CFI, as `goTo()` takes); by default its start. */
  @property({ attribute: 'preview-at' }) previewAt = '';
  /** The learner to open first (a learner id on this device). Without it, the device's current learner. */
  @property() learner = '';
  /** Name of the IndexedDB database for policies (default `attune-authoring`). */
  @property({ attribute: 'store-name' }) storeName = AUTHORING_DATABASE_NAME;
  /** Name of the IndexedDB database of learner profiles (default `attune-learners`, the reader's). */
  @property({ attribute: 'learners-store-name' }) learnersStoreName = 'attune-learners';
  /** The accommodation catalog (a district's own; see `validateCatalog`). */
  @property({ attribute: false }) catalog: AccommodationCatalog = DEFAULT_CATALOG;

  @state() private learners: LearnerSummary[] = [];
  @state() private draftProfile: LearnerProfile | undefined;
  @state() private draftPolicy: TeacherPolicy = EMPTY_POLICY;
  @state() private previewProfile: LearnerProfile | undefined;
  @state() private previewPolicy: TeacherPolicy | undefined;
  @state() private saveStatus: SaveStatus = { state: 'idle' };
  @state() private newNameError = '';
  @state() private importMessage = '';
  @state() private importIssues: string[] = [];
  @state() private copyStatus = '';
  @state() private storageError = '';

  private profiles: ProfileStore | undefined;
  private policies: AuthoringStore | undefined;
  private previewTimer: ReturnType<typeof setTimeout> | undefined;
  private opened: Promise<void> | undefined;
  private readonly announcer = new Announcer(this);
  /** The page's UI language (from the element's or the page's `lang`), shared with every Attune element on the page. */
  private readonly uiLanguage = new UiLocaleController(this);

  /** Also waits for a UI language being loaded, and the render in it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await uiLocaleSettled();
    return (await super.getUpdateComplete()) && result;
  }
  private readonly saver = new Autosaver<{ profile: LearnerProfile; policy: TeacherPolicy }>((value) => this.write(value));
  private unsubscribe: (() => void) | undefined;

  /** The learner being edited (their profile as stored). */
  get profile(): LearnerProfile | undefined {
    return this.draftProfile;
  }

  /** The learner's policy as it will be saved (validated). */
  get policy(): TeacherPolicy {
    return validatePolicy(this.draftPolicy, this.catalog).policy;
  }

  /** The settings in force with this profile and policy. */
  get resolved(): ResolvedProfile {
    return resolveProfile(this.draftProfile ?? createProfile({ id: '' }), this.policy, { catalog: this.catalog });
  }

  /** Resolves once the stores are open and the first learner (if any) is loaded. */
  get ready(): Promise<void> {
    return this.opened ?? Promise.resolve();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = this.saver.subscribe((status) => (this.saveStatus = status));
    window.addEventListener('pagehide', this.onPageHide);
    if (!this.profiles) this.opened = this.openStores();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.onPageHide);
    this.unsubscribe?.();
    clearTimeout(this.previewTimer);
    // What is waiting is still written; the connections close after (unless the element came back meanwhile).
    void this.saver.flush().finally(() => {
      if (this.isConnected) return;
      this.profiles?.close();
      this.policies?.close();
      this.profiles = undefined;
      this.policies = undefined;
    });
  }

  /** Saves what is waiting now (autosave does it within a second anyway). */
  save(): Promise<void> {
    return this.saver.flush();
  }

  private readonly onPageHide = () => void this.saver.flush();

  private async openStores(): Promise<void> {
    try {
      [this.profiles, this.policies] = await Promise.all([openProfileStore({ name: this.learnersStoreName }), openAuthoringStore({ name: this.storeName })]);
      this.learners = await this.profiles.list();
      const first = this.learner || (await this.profiles.getCurrentLearnerId()) || this.learners[0]?.id;
      if (first) await this.openLearner(first);
    } catch (error) {
      this.reportError(error);
    }
  }

  private reportError(error: unknown): void {
    const code = isStoreError(error) ? error.code : 'unavailable';
    const message = (error as Error)?.message ?? String(error);
    this.storageError = storageProblemText(error);
    this.dispatchEvent(authoringEvent('attune-authoring-error', { code, message }));
  }

  /** Opens a learner kept on this device. */
  async openLearner(id: string): Promise<void> {
    if (!this.profiles || !this.policies) return;
    await this.saver.flush();
    const loaded = await this.profiles.get(id);
    if (!loaded) return;
    const stored = await this.policies.getPolicy(id);
    this.draftProfile = loaded.profile;
    this.draftPolicy = stored ? validatePolicy(stored, this.catalog).policy : { ...EMPTY_POLICY };
    this.showPreviewNow();
    this.announcer.announce(m.learnerOpened(loaded.profile.displayName || m.unnamed));
    await this.profiles.setCurrentLearner(id).catch(() => undefined);
  }

  /** Adds a learner to this device and opens them. */
  async createLearner(name: string): Promise<LearnerProfile | undefined> {
    const displayName = name.trim();
    if (!displayName) {
      this.newNameError = m.nameMissing;
      return undefined;
    }
    this.newNameError = '';
    if (!this.profiles) return undefined;
    await this.saver.flush();
    try {
      const { profile } = await this.profiles.put(createProfile({ id: crypto.randomUUID(), displayName }));
      await this.policies?.putPolicy(profile.id, { ...EMPTY_POLICY });
      this.learners = await this.profiles.list();
      await this.openLearner(profile.id);
      this.announcer.announce(m.learnerAdded(displayName));
      return profile;
    } catch (error) {
      this.reportError(error);
      return undefined;
    }
  }

  /**
   * Writes one save: the validated policy to the authoring store and, when
   * the name changed, the name onto the learner's latest stored profile (so
   * choices the learner made meanwhile in the reader are kept).
   */
  private async write({ profile, policy }: { profile: LearnerProfile; policy: TeacherPolicy }): Promise<void> {
    if (!this.profiles || !this.policies) return;
    const clean = validatePolicy(policy, this.catalog).policy;
    await this.policies.putPolicy(profile.id, clean);
    let saved = profile;
    if (this.learners.find((l) => l.id === profile.id)?.displayName !== profile.displayName) {
      const latest = (await this.profiles.get(profile.id))?.profile ?? profile;
      saved = (await this.profiles.put({ ...latest, displayName: profile.displayName })).profile;
      this.learners = await this.profiles.list();
    }
    this.dispatchEvent(authoringEvent('attune-profile-save', { profile: saved, policy: clean }));
  }

  private changed(profile: LearnerProfile | undefined, policy: TeacherPolicy): void {
    this.draftProfile = profile;
    this.draftPolicy = policy;
    if (profile) this.saver.schedule({ profile, policy });
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => this.showPreviewNow(), PREVIEW_DELAY_MS);
  }

  private showPreviewNow(): void {
    clearTimeout(this.previewTimer);
    this.previewProfile = this.draftProfile;
    this.previewPolicy = this.policy;
  }

  private editPolicy(edit: (policy: TeacherPolicy) => TeacherPolicy): void {
    this.changed(this.draftProfile, edit(this.draftPolicy));
  }

  private readonly accommodationHandlers = {
    toggle: (entry: Accommodation, on: boolean) => this.editPolicy((p) => setAccommodation(p, entry.id, on ? { source: defaultSource(entry) } : undefined)),
    source: (entry: Accommodation, source: AccommodationSource) => this.editPolicy((p) => setAccommodationSource(p, entry.id, source)),
    note: (entry: Accommodation, note: string) =>
      this.editPolicy((p) => {
        const current = assignedAccommodation(p, entry.id);
        return current ? setAccommodation(p, entry.id, { source: current.source, note }) : p;
      }),
  };

  private readonly ruleHandlers = {
    setDefault: (path: SettingPath, value: AnySettingValue | undefined) => this.editPolicy((p) => setDefault(p, path, value)),
    changeRules: (path: SettingPath, change: Partial<SettingRules>) => this.editPolicy((p) => changeRules(p, path, change)),
  };

  private readonly learnerHandlers = {
    open: (id: string) => void this.openLearner(id),
    rename: (name: string) => this.draftProfile && this.changed({ ...this.draftProfile, displayName: name }, this.draftPolicy),
    create: (name: string) => void this.createLearner(name),
    exportFile: () => this.exportFile(),
    importFile: (file: File) => void this.importFile(file),
  };

  /** The learner's `{ profile, policy }` as JSON text (what “Export to a file” downloads). */
  exportJson(): string | undefined {
    return this.draftProfile ? profileAndPolicyJson({ profile: this.draftProfile, policy: this.policy }) : undefined;
  }

  private exportFile(): void {
    const json = this.exportJson();
    if (!json || !this.draftProfile) return;
    const fileName = profileFileName(this.draftProfile);
    if (this.dispatchEvent(authoringEvent('attune-profile-export', { json, fileName }))) downloadText(json, fileName);
    this.announcer.announce(m.exported(fileName));
  }

  /** Imports a `{ profile, policy }` file (or a bare profile), saves it on this device and opens it. */
  async importFile(source: string | Blob): Promise<void> {
    this.importMessage = '';
    this.importIssues = [];
    try {
      const read = await readProfileAndPolicy(source, this.catalog);
      const profile = read.profile.id ? read.profile : { ...read.profile, id: crypto.randomUUID() };
      await this.saver.flush();
      await this.profiles?.put(profile);
      await this.policies?.putPolicy(profile.id, read.policy);
      this.learners = (await this.profiles?.list()) ?? [];
      await this.openLearner(profile.id);
      const issues = read.issues.filter((i) => i.severity !== 'info').map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
      const name = profile.displayName || m.unnamed;
      this.importMessage = issues.length ? m.importedWithIssues(name, issues.length) : m.imported(name);
      this.importIssues = issues;
    } catch (error) {
      this.importMessage = (error as Error).message;
      this.reportError(error);
    }
  }

  private async copySummary(lines: string[]): Promise<void> {
    try {
      await navigator.clipboard.writeText(lines.join('\n'));
      this.copyStatus = m.summaryCopied;
    } catch {
      this.copyStatus = m.summaryNotCopied;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('catalog') && this.draftProfile) this.showPreviewNow();
  }

  protected override render() {
    const profile = this.draftProfile;
    const validation = validatePolicy(this.draftPolicy, this.catalog);
    const resolved = resolveProfile(profile ?? createProfile({ id: '' }), validation.policy, { catalog: this.catalog });
    // Missing reasons are shown beside their fields; the rest are listed.
    const problems = validation.issues.filter((i) => i.severity !== 'info' && !i.path.endsWith('.reason'));
    const summary = plainSummary(resolved, validation.policy, this.catalog);
    const failed = this.saveStatus.state === 'failed';
    return html`
      <div class="builder" part="base" lang=${uiLocale()} dir=${uiDirection()}>
        <header class="stack">
          <h2>${m.title}</h2>
          <p class="hint">${m.intro}</p>
          <p class="save-status" role=${failed ? 'alert' : nothing}>${saveStatusText(this.saveStatus)}</p>
          ${this.storageError ? html`<p class="error" role="alert">${this.storageError}</p>` : nothing}
        </header>
        ${renderLearnerSection(
          { learners: this.learners, profile, newNameError: this.newNameError, importMessage: this.importMessage, importIssues: this.importIssues },
          this.learnerHandlers,
        )}
        ${profile
          ? html`<div class="columns">
              <div class="edit stack">
                ${renderAccommodations(this.catalog, this.draftPolicy, this.accommodationHandlers)}
                ${renderSettingRules(this.draftPolicy, resolved, this.catalog, this.ruleHandlers)}
                <div class="field mode">
                  <label for="mode">${m.modeHeading}</label>
                  <select id="mode" @change=${(e: Event) => this.editPolicy((p) => setMode(p, (e.target as HTMLSelectElement).value as ReadingMode))}>
                    ${READING_MODES.map((mode) => html`<option value=${mode} ?selected=${(this.draftPolicy.mode ?? 'learning') === mode}>${m.modes[mode]}</option>`)}
                  </select>
                </div>
                ${problems.length
                  ? html`<section class="problems" aria-labelledby="problems-heading">
                      <h3 id="problems-heading">${m.checkHeading}</h3>
                      <ul>${problems.map((p) => html`<li>${p.message}</li>`)}</ul>
                    </section>`
                  : nothing}
              </div>
              <div class="preview stack" part="preview">
                ${renderSummary(profile.displayName, summary, this.copyStatus, () => void this.copySummary(summary))}
                <section class="stack" aria-labelledby="preview-heading">
                  <h3 id="preview-heading">${m.previewHeading}</h3>
                  ${this.previewSrc
                    ? html`<attune-reader
                        class="preview-reader"
                        part="preview-reader"
                        role="region"
                        aria-label=${m.previewLabel}
                        src=${this.previewSrc}
                        .profile=${this.previewProfile}
                        .policy=${this.previewPolicy}
                        @attune-ready=${(e: Event) => this.previewAt && void (e.target as AttuneReader).goTo(this.previewAt)}
                      ></attune-reader>`
                    : html`<p class="hint">${m.previewMissing}</p>`}
                </section>
              </div>
            </div>`
          : nothing}
        ${this.announcer.render()}
      </div>
    `;
  }
}
