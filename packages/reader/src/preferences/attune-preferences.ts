import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { localized } from '@lit/localize';
import {
  PRESETS,
  SETTING_PATHS,
  SETTING_RULES,
  changePreference,
  contrastRatio,
  createProfile,
  formatContrastRatio,
  readPatchSetting,
  readSetting,
  resetPreference,
  resolveProfile,
  type AnySettingValue,
  type EffectiveSettings,
  type LearnerProfile,
  type NumberRule,
  type PreferenceError,
  type Preset,
  type ProfilePatch,
  type ReadingMode,
  type ResolvedProfile,
  type SettingPath,
  type TeacherPolicy,
} from '@attune/profile';
import { buttonStyles, uiTokens } from '../ui-tokens.js';
import { uiDirection, uiLocale, uiLocaleSettled } from '../localization/ui-locale.js';
import { UiLocaleController } from '../localization/ui-locale-controller.js';
import { installFont } from '../display/bundled-fonts.js';
import { reviewColourPair, type ColourPair, type ColourRefusal } from './custom-colour-pair.js';
import { PREFERENCE_GROUPS, formatNumber, languageLabel, optionValue, type PreferenceField, type RangeField, type SelectField } from './preference-fields.js';
import { preferenceIcons } from './preference-icons.js';
import { preferenceMessages as m } from './preference-messages.js';
import { preferencesChangeEvent } from './preferences-change-event.js';
import { previewStyles, renderPreview } from './preferences-preview.js';
import { preferencesStyles } from './preferences-styles.js';
import { provenanceNotes, type ProvenanceNote } from './provenance-notes.js';

export type { PreferencesChangeDetail } from './preferences-change-event.js';

declare global {
  interface HTMLElementTagNameMap {
    'attune-preferences': AttunePreferences;
  }
}

interface CommitResult {
  applied: SettingPath[];
  refused: { path: SettingPath; error: PreferenceError }[];
}

const BUNDLED_FONTS = new Set(['atkinson-hyperlegible', 'lexend', 'opendyslexic']);

/** `display.fontSize` → `f-display-fontSize`: ids inside the shadow root. */
const idFor = (path: string, suffix = ''): string => `f-${path.replace('.', '-')}${suffix}`;

function decimals(step: number): number {
  const text = String(step);
  return text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
}

/** Every setting a patch names, with its value. */
function patchEntries(patch: ProfilePatch): [SettingPath, AnySettingValue][] {
  return SETTING_PATHS.flatMap((path) => {
    const value = readPatchSetting(patch, path);
    return value === undefined ? [] : [[path, value] as [SettingPath, AnySettingValue]];
  });
}

/**
 * The learner's preferences panel. It shows the settings in force — the
 * learner's own choices over the teacher's defaults and the IEP's
 * accommodations — and lets the learner change whatever is not locked. Every
 * change goes through `changePreference` from `@attune/profile`, so locks and
 * limits hold; locked settings say who locked them and why. A preview shows
 * the effect at once, with the same `--attune-user-*` properties the reader
 * uses. Works alone or in the reader's side panel (one column down to 320 px).
 *
 * @fires attune-preferences-change - The learner changed something; detail `{ profile, settings, changed }`: the new learner profile (store it and give it to the reader), the effective settings, and the setting paths touched.
 * @csspart base - The form around everything.
 * @csspart preview-figure - The preview with its label and caption.
 * @csspart preview - The sample passage; it carries the learner's `--attune-user-*` properties.
 * @csspart presets - The quick-settings group.
 * @csspart preset - Each quick-setting button.
 * @csspart group - Each group of settings (a fieldset).
 * @csspart field - Each setting: label, control and notes.
 * @csspart control - Each native control (select, range, switch button, colour or text input).
 * @csspart note - Who set a value, or why it is locked or limited.
 * @csspart reset - The "Reset to teacher defaults" button.
 * @csspart confirm - The inline confirmation of a reset.
 * @cssprop --attune-color-background - Page colour of the panel.
 * @cssprop --attune-color-foreground - Text colour of the panel.
 * @cssprop --attune-color-surface - Background of buttons.
 * @cssprop --attune-color-muted - Secondary text (hints, captions).
 * @cssprop --attune-color-border - Borders of groups and controls.
 * @cssprop --attune-color-accent - Switches that are on, range thumbs, the pressed reset button.
 * @cssprop --attune-color-accent-foreground - Colour on top of the accent.
 * @cssprop --attune-color-focus - Focus ring.
 * @cssprop --attune-font-ui - The panel's font.
 * @cssprop --attune-radius - Corner radius of controls and groups.
 * @cssprop --attune-user-background - The learner's theme, as `<attune-reader>` sets it on itself; each `--attune-user-*` colour (`-foreground`, `-focus`, `-surface`, `-muted`, `-border`, `-accent`, `-accent-foreground`) wins over the matching `--attune-color-*`. Without `-surface`, `-muted` or `-border`, those are mixed from the theme's text and page colours.
 */
@localized()
@customElement('attune-preferences')
export class AttunePreferences extends LitElement {
  static override styles = [uiTokens, buttonStyles, preferencesStyles, previewStyles];

  /** The learner's profile (their own choices only). Validate stored JSON with `validateProfile` first. Without one, the panel starts from an empty profile. */
  @property({ attribute: false }) profile: LearnerProfile | undefined = undefined;
  /** The teacher's policy: defaults, limits, locks and accommodations. */
  @property({ attribute: false }) policy: TeacherPolicy | undefined = undefined;
  /** `learning` or `assessment`; overrides the policy's mode (locks marked `when: 'assessment'` apply in a test). */
  @property({ reflect: true }) mode: ReadingMode | undefined = undefined;
  /** Hides the preview, e.g. in the reader, where the book itself shows each change. */
  @property({ type: Boolean, attribute: 'no-preview' }) noPreview = false;

  @state() private resolved: ResolvedProfile = resolveProfile(createProfile({ id: 'learner' }));
  @state() private colourDraft: ColourPair | undefined = undefined;
  @state() private colourRefusal: ColourRefusal | undefined = undefined;
  @state() private fieldErrors: Partial<Record<SettingPath, string>> = {};
  @state() private presetStatus = '';
  @state() private resetStatus = '';
  @state() private confirmingReset = false;
  @state() private voices: SpeechSynthesisVoice[] = [];

  private readonly emptyProfile = createProfile({ id: 'learner' });
  /** The profile this element last produced; any other one came from outside. */
  private ownProfile: LearnerProfile | undefined;
  /** Alone on a page, the panel chooses the UI language (inside the reader, the reader does). */
  private readonly uiLanguage = new UiLocaleController(this, () => ({
    language: this.resolved.settings.language.ui,
    source: this.resolved.provenance['language.ui'].source,
  }));

  /** The settings in force, with who set each value (locks, limits, reasons). */
  get resolvedProfile(): ResolvedProfile {
    return this.resolved;
  }

  /** The effective settings shown in the panel. */
  get settings(): EffectiveSettings {
    return this.resolved.settings;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if ('speechSynthesis' in window) {
      this.updateVoices();
      speechSynthesis.addEventListener('voiceschanged', this.updateVoices);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if ('speechSynthesis' in window) speechSynthesis.removeEventListener('voiceschanged', this.updateVoices);
  }

  /** Moves focus to the first control of the panel (e.g. when the reader opens its side panel). */
  override focus(options?: FocusOptions): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('button, select, input')?.focus(options));
  }

  private readonly updateVoices = (): void => {
    this.voices = speechSynthesis.getVoices();
  };

  private learner(): LearnerProfile {
    return this.profile ?? this.emptyProfile;
  }

  private resolve(profile: LearnerProfile): ResolvedProfile {
    return resolveProfile(profile, this.policy, this.mode ? { mode: this.mode } : {});
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('profile') || changed.has('policy') || changed.has('mode')) {
      this.resolved = this.resolve(this.learner());
      if (this.profile !== this.ownProfile || changed.has('policy') || changed.has('mode')) {
        // A new learner or a new policy: earlier drafts and refusals no longer apply.
        this.colourDraft = undefined;
        this.colourRefusal = undefined;
        this.fieldErrors = {};
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('profile') || changed.has('policy') || changed.has('mode')) void this.uiLanguage.apply();
    const font = this.resolved.settings.display.fontFamily;
    // The preview lives in this document, so the chosen bundled font is installed here once.
    if (!this.noPreview && BUNDLED_FONTS.has(font)) void installFont(document, font);
  }

  /**
   * Records the learner's choices one by one through `changePreference`, so
   * each is checked against the policy. Refused ones are reported; the rest
   * are kept. With `emit`, fires `attune-preferences-change` when anything was kept.
   */
  private commit(changes: [SettingPath, AnySettingValue][], emit: boolean): CommitResult {
    let profile = this.learner();
    const result: CommitResult = { applied: [], refused: [] };
    const errors = { ...this.fieldErrors };
    for (const [path, value] of changes) {
      const change = changePreference(profile, this.resolve(profile), path, value);
      if (change.ok) {
        profile = change.profile;
        result.applied.push(path);
        delete errors[path];
      } else {
        result.refused.push({ path, error: change.error });
      }
    }
    this.fieldErrors = errors;
    if (result.applied.length === 0) return result;
    this.ownProfile = profile;
    this.profile = profile;
    this.resolved = this.resolve(profile);
    if (emit) this.dispatchEvent(preferencesChangeEvent({ profile, settings: this.resolved.settings, changed: result.applied }));
    return result;
  }

  /** One control's change; a refusal is shown under the control. */
  private change(path: SettingPath, value: AnySettingValue, emit = true): void {
    // A status about an earlier preset or reset would now be out of date.
    this.presetStatus = '';
    this.resetStatus = '';
    const result = this.commit([[path, value]], emit);
    const refused = result.refused[0];
    if (refused) this.fieldErrors = { ...this.fieldErrors, [path]: this.refusalText(path, refused.error) };
  }

  private refusalText(path: SettingPath, error: PreferenceError): string {
    const label = m.labels[path];
    const provenance = this.resolved.provenance[path];
    const reason = provenance.reason ?? '';
    const format = (n: number) => this.formatFor(path, n);
    switch (error.code) {
      case 'locked':
        return m.refused.locked(label, reason);
      case 'below-minimum':
        return m.refused.belowMinimum(label, format(provenance.min ?? 0), reason);
      case 'above-maximum':
        return m.refused.aboveMaximum(label, format(provenance.max ?? 0), reason);
      default:
        return error.message;
    }
  }

  /** The UI language now in force (numbers and lists are written its way). */
  private get locale(): string {
    return uiLocale();
  }

  /** Also waits for a UI language being loaded, and the render in it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await uiLocaleSettled();
    return (await super.getUpdateComplete()) && result;
  }

  private formatFor(path: SettingPath, value: number): string {
    const field = PREFERENCE_GROUPS.flatMap((g) => g.fields).find((f): f is RangeField => f.kind === 'range' && f.path === path);
    return field ? field.format(value, this.locale).text : formatNumber(value, this.locale);
  }

  private applyPreset(preset: Preset): void {
    const result = this.commit(patchEntries(preset.patch), true);
    this.colourDraft = undefined;
    this.colourRefusal = undefined;
    const kept = [...new Set(result.refused.map((r) => m.labels[r.path]))];
    const name = m.presetName(preset);
    this.presetStatus = kept.length ? m.presetPartlyApplied(name, new Intl.ListFormat(this.locale, { type: 'conjunction' }).format(kept)) : m.presetApplied(name);
  }

  /** The learner's choices that a reset would remove (locked ones are left alone: they do not apply anyway). */
  private resettable(): SettingPath[] {
    const profile = this.learner();
    return SETTING_PATHS.filter((path) => readPatchSetting(profile, path) !== undefined && !this.resolved.provenance[path].locked);
  }

  private askReset(): void {
    this.resetStatus = '';
    if (this.resettable().length === 0) {
      this.resetStatus = m.reset.nothing;
      return;
    }
    this.confirmingReset = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('.confirm .cancel')?.focus());
  }

  private closeReset(): void {
    this.confirmingReset = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('.reset-button')?.focus());
  }

  private confirmReset(): void {
    const paths = this.resettable();
    let profile = this.learner();
    for (const path of paths) profile = resetPreference(profile, path);
    this.ownProfile = profile;
    this.profile = profile;
    this.resolved = this.resolve(profile);
    this.colourDraft = undefined;
    this.colourRefusal = undefined;
    this.fieldErrors = {};
    this.presetStatus = '';
    this.dispatchEvent(preferencesChangeEvent({ profile, settings: this.resolved.settings, changed: paths }));
    this.resetStatus = m.reset.done;
    this.closeReset();
  }

  /**
   * A new text or background colour. The pair is checked before anything is
   * stored: below 4.5:1 it is refused, the learner's pick stays in the picker,
   * and a 7:1 pair is offered.
   */
  private pickColour(which: 'foreground' | 'background', value: string): void {
    const display = this.resolved.settings.display;
    const draft = { foreground: this.colourDraft?.foreground ?? display.customForeground, background: this.colourDraft?.background ?? display.customBackground };
    draft[which] = value.toLowerCase();
    const refusal = reviewColourPair(draft, this.resolved.provenance['display.customForeground'].locked);
    if (refusal) {
      this.colourDraft = draft;
      this.colourRefusal = refusal;
      return;
    }
    this.useColours(draft.foreground, draft.background);
  }

  private useColours(foreground: string, background: string): void {
    const display = this.resolved.settings.display;
    const changes: [SettingPath, AnySettingValue][] = [];
    // Only what differs: the other colour may be the teacher's, or locked.
    if (foreground !== display.customForeground) changes.push(['display.customForeground', foreground]);
    if (background !== display.customBackground) changes.push(['display.customBackground', background]);
    const result = this.commit(changes, true);
    this.colourDraft = undefined;
    this.colourRefusal = undefined;
    for (const refused of result.refused) this.fieldErrors = { ...this.fieldErrors, [refused.path]: this.refusalText(refused.path, refused.error) };
  }

  private readRange(field: RangeField, event: Event): number {
    const value = Number((event.target as HTMLInputElement).value);
    return Number(value.toFixed(decimals(field.step)));
  }

  private describedBy(ids: (string | false | undefined)[]): string | typeof nothing {
    const list = ids.filter((id): id is string => !!id);
    return list.length ? list.join(' ') : nothing;
  }

  private renderNotes(path: SettingPath, notes: ProvenanceNote[]): TemplateResult[] {
    return notes.map(
      (note, i) => html`<p class="note ${note.kind}" part="note" id=${idFor(path, `-note${i}`)}>
        ${note.kind === 'locked' ? preferenceIcons.lock : nothing}<span>${note.text}</span>
      </p>`,
    );
  }

  private renderHelp(path: SettingPath, hintKey: SettingPath | 'voiceText' = path): { ids: string[]; template: TemplateResult } {
    const number = (n: number) => this.formatFor(path, n);
    const notes = provenanceNotes(path, this.resolved, number);
    const hint = m.hints[hintKey];
    const error = this.fieldErrors[path];
    const ids = [...notes.map((_, i) => idFor(path, `-note${i}`)), ...(hint ? [idFor(path, '-hint')] : []), ...(error ? [idFor(path, '-error')] : [])];
    return {
      ids,
      template: html`${this.renderNotes(path, notes)}${hint ? html`<p class="hint" id=${idFor(path, '-hint')}>${hint}</p>` : nothing}${error
        ? html`<p class="error" id=${idFor(path, '-error')} role="alert">${preferenceIcons.warning}<span>${error}</span></p>`
        : nothing}`,
    };
  }

  private renderRange(field: RangeField): TemplateResult {
    const { path } = field;
    const rule = SETTING_RULES[path] as NumberRule;
    const provenance = this.resolved.provenance[path];
    const value = readSetting(this.resolved.settings, path) as number;
    const min = Math.max(rule.min, provenance.min ?? -Infinity);
    const max = Math.min(rule.max, provenance.max ?? Infinity);
    const text = field.format(value, this.locale);
    const help = this.renderHelp(path);
    return html`<div class="field" part="field" data-path=${path}>
      <div class="label-row">
        <label for=${idFor(path)}>${m.labels[path]}</label><span class="value" aria-hidden="true">${text.text}</span>
      </div>
      <input
        type="range"
        part="control"
        id=${idFor(path)}
        min=${min}
        max=${max}
        step=${field.step}
        .value=${live(String(value))}
        aria-valuetext=${text.spoken}
        aria-describedby=${this.describedBy(help.ids)}
        ?disabled=${provenance.locked}
        @input=${(e: Event) => this.change(path, this.readRange(field, e), false)}
        @change=${(e: Event) => this.change(path, this.readRange(field, e), true)}
      />
      ${help.template}
    </div>`;
  }

  private renderSelect(field: SelectField): TemplateResult {
    const { path } = field;
    const provenance = this.resolved.provenance[path];
    const current = optionValue(readSetting(this.resolved.settings, path));
    const options = field.options(this.locale);
    if (!options.some((o) => o.value === current)) {
      // A value from elsewhere that the list lacks (e.g. a language Attune's UI is not in) is still shown.
      options.push({ value: current, label: path.startsWith('language.') ? languageLabel(current, this.locale) : current });
    }
    const help = this.renderHelp(path);
    return this.renderSelectControl(path, options, current, provenance.locked, help, (value) => this.change(path, field.parse(value)));
  }

  private renderSelectControl(
    path: SettingPath,
    options: { value: string; label: string; lang?: string }[],
    current: string,
    locked: boolean,
    help: { ids: string[]; template: TemplateResult },
    onChange: (value: string) => void,
  ): TemplateResult {
    return html`<div class="field" part="field" data-path=${path}>
      <label for=${idFor(path)}>${m.labels[path]}</label>
      <select
        id=${idFor(path)}
        part="control"
        aria-describedby=${this.describedBy(help.ids)}
        ?disabled=${locked}
        @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}
      >
        ${options.map((o) => html`<option value=${o.value} lang=${o.lang ?? nothing} ?selected=${o.value === current}>${o.label}</option>`)}
      </select>
      ${help.template}
    </div>`;
  }

  private renderSwitch(path: SettingPath): TemplateResult {
    const provenance = this.resolved.provenance[path];
    const on = readSetting(this.resolved.settings, path) === true;
    const help = this.renderHelp(path);
    return html`<div class="field" part="field" data-path=${path}>
      <button
        type="button"
        class="switch"
        part="control"
        role="switch"
        id=${idFor(path)}
        aria-checked=${String(on)}
        aria-describedby=${this.describedBy(help.ids)}
        ?disabled=${provenance.locked}
        @click=${() => this.change(path, !on)}
      >
        <span>${m.labels[path]}</span>
        <span class="state" aria-hidden="true">${on ? m.values.on : m.values.off}<span class="track"><span class="thumb"></span></span></span>
      </button>
      ${help.template}
    </div>`;
  }

  private renderVoice(): TemplateResult {
    const path: SettingPath = 'speech.voice';
    const provenance = this.resolved.provenance[path];
    const voice = this.resolved.settings.speech.voice;
    if (this.voices.length > 0) {
      const options = [{ value: '', label: m.options.deviceVoice }, ...this.voices.map((v) => ({ value: v.name, label: `${v.name} (${v.lang})` }))];
      if (voice && !this.voices.some((v) => v.name === voice)) options.push({ value: voice, label: m.options.voiceMissing(voice) });
      return this.renderSelectControl(path, options, voice ?? '', provenance.locked, this.renderHelp(path), (value) => this.change(path, value === '' ? null : value));
    }
    const help = this.renderHelp(path, 'voiceText');
    return html`<div class="field" part="field" data-path=${path}>
      <label for=${idFor(path)}>${m.labels[path]}</label>
      <input
        type="text"
        part="control"
        id=${idFor(path)}
        autocomplete="off"
        spellcheck="false"
        .value=${live(voice ?? '')}
        aria-describedby=${this.describedBy(help.ids)}
        ?disabled=${provenance.locked}
        @change=${(e: Event) => {
          const value = (e.target as HTMLInputElement).value.trim();
          this.change(path, value === '' ? null : value);
        }}
      />
      ${help.template}
    </div>`;
  }

  private renderColours(): TemplateResult | typeof nothing {
    const display = this.resolved.settings.display;
    if (display.theme !== 'custom') return nothing;
    const shown = this.colourDraft ?? { foreground: display.customForeground, background: display.customBackground };
    const refusal = this.colourRefusal;
    const picker = (path: 'display.customForeground' | 'display.customBackground', which: 'foreground' | 'background') => {
      const help = this.renderHelp(path);
      return html`<div class="field" part="field" data-path=${path}>
        <label for=${idFor(path)}>${m.labels[path]}</label>
        <input
          type="color"
          part="control"
          id=${idFor(path)}
          .value=${live(shown[which])}
          aria-describedby=${this.describedBy([...help.ids, 'contrast', refusal && 'colour-alert'])}
          ?disabled=${this.resolved.provenance[path].locked}
          @change=${(e: Event) => this.pickColour(which, (e.target as HTMLInputElement).value)}
        />
        ${help.template}
      </div>`;
    };
    const ratio = formatContrastRatio(contrastRatio(display.customForeground, display.customBackground));
    return html`<div class="colors">
        ${picker('display.customForeground', 'foreground')} ${picker('display.customBackground', 'background')}
      </div>
      <p class="hint" id="contrast">${m.colours.contrast(ratio)}</p>
      <div class="alert ${refusal ? 'shown' : ''}" id="colour-alert" role="alert">
        ${refusal
          ? html`<p>
                ${preferenceIcons.warning}<span>${m.colours.lowContrast(refusal.foreground, refusal.background, formatContrastRatio(refusal.ratio))}</span>
              </p>
              <button type="button" class="use-suggestion" part="control" @click=${() => this.useColours(refusal.suggestion.foreground, refusal.suggestion.background)}>
                ${m.colours.useSuggestion(refusal.suggestion.foreground, refusal.suggestion.background, formatContrastRatio(refusal.suggestion.ratio))}
              </button>`
          : nothing}
      </div>`;
  }

  private renderField(field: PreferenceField): TemplateResult | typeof nothing {
    switch (field.kind) {
      case 'range':
        return this.renderRange(field);
      case 'select':
        return this.renderSelect(field);
      case 'switch':
        return this.renderSwitch(field.path);
      case 'voice':
        return this.renderVoice();
      case 'colors':
        return this.renderColours();
    }
  }

  private renderPresets(): TemplateResult {
    return html`<fieldset part="group presets" class="presets-group">
      <legend>${m.groups.presets}</legend>
      <p class="hint">${m.presetsNote}</p>
      <div class="presets">
        ${PRESETS.map(
          (preset) => html`<div class="preset">
            <button type="button" part="preset" data-preset=${preset.id} aria-describedby=${`preset-${preset.id}`} @click=${() => this.applyPreset(preset)}>
              ${m.presetName(preset)}
            </button>
            <p class="hint" id=${`preset-${preset.id}`}>${m.presetDescription(preset)}</p>
          </div>`,
        )}
      </div>
      <p class="status" role="status">${this.presetStatus}</p>
    </fieldset>`;
  }

  private renderReset(): TemplateResult {
    return html`<div class="reset">
      <button
        type="button"
        class="reset-button"
        part="reset"
        aria-expanded=${String(this.confirmingReset)}
        aria-controls="reset-confirm"
        @click=${() => (this.confirmingReset ? this.closeReset() : this.askReset())}
      >
        ${preferenceIcons.reset}${m.reset.button}
      </button>
      <div
        id="reset-confirm"
        class="confirm"
        part="confirm"
        role="group"
        aria-labelledby="reset-question"
        ?hidden=${!this.confirmingReset}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key !== 'Escape') return;
          e.preventDefault();
          e.stopPropagation();
          this.closeReset();
        }}
      >
        <p id="reset-question">${m.reset.question}</p>
        <div class="actions">
          <button type="button" class="confirm-reset" @click=${this.confirmReset}>${m.reset.confirm}</button>
          <button type="button" class="cancel" @click=${this.closeReset}>${m.reset.cancel}</button>
        </div>
      </div>
      <p class="status" role="status">${this.resetStatus}</p>
    </div>`;
  }

  protected override render(): TemplateResult {
    const settings = this.resolved.settings;
    return html`<form
      part="base"
      class=${settings.display.reducedMotion ? 'reduce-motion' : ''}
      lang=${uiLocale()}
      dir=${uiDirection()}
      aria-label=${m.panelLabel}
      @submit=${(e: Event) => e.preventDefault()}
    >
      ${this.resolved.mode === 'assessment' ? html`<p class="mode">${m.assessmentMode}</p>` : nothing}
      ${this.noPreview ? nothing : renderPreview(settings)} ${this.renderPresets()}
      <div class="groups">
        ${PREFERENCE_GROUPS.map(
          (group) => html`<fieldset part="group" data-group=${group.id}>
            <legend>${m.groups[group.id]}</legend>
            ${group.fields.map((field) => this.renderField(field))}
          </fieldset>`,
        )}
      </div>
      ${this.renderReset()}
    </form>`;
  }
}
