import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import {
  PRESETS,
  applyPatch,
  contrastRatio,
  createProfile,
  readPatchSetting,
  readSetting,
  type AnySettingValue,
  type LearnerProfile,
  type ProfilePatch,
  type SettingPath,
  type TeacherPolicy,
} from '@attune/profile';
import '../src/index.js';
import type { AttunePreferences, PreferencesChangeDetail } from '../src/index.js';

const LEARNER = 'test-learner';

function profileWith(patch: ProfilePatch = {}): LearnerProfile {
  return applyPatch(createProfile({ id: LEARNER, displayName: 'Maya' }), patch);
}

async function mount(options: { profile?: LearnerProfile; policy?: TeacherPolicy; mode?: 'learning' | 'assessment'; width?: string } = {}): Promise<AttunePreferences> {
  const el = document.createElement('attune-preferences');
  el.style.width = options.width ?? '22rem';
  if (options.profile) el.profile = options.profile;
  if (options.policy) el.policy = options.policy;
  if (options.mode) el.mode = options.mode;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const idOf = (path: SettingPath) => `#f-${path.replace('.', '-')}`;

function control<T extends HTMLElement = HTMLElement>(el: AttunePreferences, path: SettingPath): T {
  const found = el.shadowRoot!.querySelector<T>(idOf(path));
  if (!found) throw new Error(`no control for ${path}`);
  return found;
}

function fieldOf(el: AttunePreferences, path: SettingPath): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>(`[data-path="${path}"]`)!;
}

/** Collects every attune-preferences-change event fired while `action` runs. */
async function changesDuring(el: EventTarget, action: () => unknown): Promise<CustomEvent<PreferencesChangeDetail>[]> {
  const events: CustomEvent<PreferencesChangeDetail>[] = [];
  const listener = (e: Event) => events.push(e as CustomEvent<PreferencesChangeDetail>);
  document.addEventListener('attune-preferences-change', listener);
  try {
    await action();
    await (el as AttunePreferences).updateComplete;
  } finally {
    document.removeEventListener('attune-preferences-change', listener);
  }
  return events;
}

function setRange(input: HTMLInputElement, value: number): void {
  input.value = String(value);
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function setSelect(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function deepActive(el: AttunePreferences): HTMLElement | null {
  return el.shadowRoot!.activeElement as HTMLElement | null;
}

type Action = { kind: 'range'; value: number } | { kind: 'select'; value: string } | { kind: 'switch' } | { kind: 'text'; value: string };

/** Every control of the panel (the custom colour pickers have their own tests), what to do to it, and the value expected in the profile. */
const CONTROL_CASES: { path: SettingPath; action: Action; expected: AnySettingValue }[] = [
  { path: 'display.fontFamily', action: { kind: 'select', value: 'lexend' }, expected: 'lexend' },
  { path: 'display.fontSize', action: { kind: 'range', value: 150 }, expected: 150 },
  { path: 'display.lineHeight', action: { kind: 'range', value: 2 }, expected: 2 },
  { path: 'display.letterSpacing', action: { kind: 'range', value: 0.12 }, expected: 0.12 },
  { path: 'display.wordSpacing', action: { kind: 'range', value: 0.16 }, expected: 0.16 },
  { path: 'display.paragraphSpacing', action: { kind: 'range', value: 2 }, expected: 2 },
  { path: 'display.lineLength', action: { kind: 'range', value: 50 }, expected: 50 },
  { path: 'display.textAlign', action: { kind: 'select', value: 'justify' }, expected: 'justify' },
  { path: 'display.theme', action: { kind: 'select', value: 'dark' }, expected: 'dark' },
  { path: 'display.highlightColor', action: { kind: 'select', value: 'green' }, expected: 'green' },
  { path: 'readingAids.lineFocus', action: { kind: 'switch' }, expected: true },
  { path: 'readingAids.lineFocusLines', action: { kind: 'range', value: 3 }, expected: 3 },
  { path: 'readingAids.lineFocusStyle', action: { kind: 'select', value: 'mask' }, expected: 'mask' },
  { path: 'readingAids.masking', action: { kind: 'switch' }, expected: true },
  { path: 'display.reducedMotion', action: { kind: 'switch' }, expected: true },
  { path: 'speech.readAloud', action: { kind: 'switch' }, expected: false },
  { path: 'speech.voice', action: { kind: 'text', value: 'Samantha' }, expected: 'Samantha' },
  { path: 'speech.rate', action: { kind: 'range', value: 1.5 }, expected: 1.5 },
  { path: 'speech.pitch', action: { kind: 'range', value: 1.2 }, expected: 1.2 },
  { path: 'speech.volume', action: { kind: 'range', value: 0.5 }, expected: 0.5 },
  { path: 'speech.highlight', action: { kind: 'select', value: 'sentence' }, expected: 'sentence' },
  { path: 'speech.skipPageNumbers', action: { kind: 'switch' }, expected: false },
  { path: 'speech.skipNoteReferences', action: { kind: 'switch' }, expected: false },
  { path: 'speech.readAltText', action: { kind: 'switch' }, expected: false },
  { path: 'math.style', action: { kind: 'select', value: 'MathSpeak' }, expected: 'MathSpeak' },
  { path: 'math.verbosity', action: { kind: 'select', value: 'brief' }, expected: 'brief' },
  { path: 'content.simplifiedText', action: { kind: 'switch' }, expected: true },
  { path: 'content.readingLevel', action: { kind: 'select', value: '4' }, expected: 4 },
  { path: 'content.glossary', action: { kind: 'switch' }, expected: false },
  { path: 'content.glossaryPictures', action: { kind: 'switch' }, expected: true },
  { path: 'content.keywordTranslation', action: { kind: 'switch' }, expected: true },
  { path: 'content.imageDescriptions', action: { kind: 'switch' }, expected: false },
  { path: 'language.ui', action: { kind: 'select', value: 'es' }, expected: 'es' },
  { path: 'language.content', action: { kind: 'select', value: 'fr' }, expected: 'fr' },
];

function perform(el: AttunePreferences, path: SettingPath, action: Action): void {
  const target = control(el, path);
  switch (action.kind) {
    case 'range':
      return setRange(target as HTMLInputElement, action.value);
    case 'select':
      return setSelect(target as HTMLSelectElement, action.value);
    case 'switch':
      return target.click();
    case 'text': {
      if (target instanceof HTMLSelectElement) {
        // This machine has voices: the voice is a select of them.
        return setSelect(target, target.options[1]!.value);
      }
      (target as HTMLInputElement).value = action.value;
      target.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
}

describe('<attune-preferences>', function () {
  this.timeout(30_000);
  afterEach(async () => {
    for (const el of [...document.body.children]) if (el.localName !== 'script' && el.localName !== 'style') el.remove();
    await setViewport({ width: 1024, height: 768 });
  });

  describe('controls', () => {
    it('groups every setting in fieldsets with legends, and every control has a visible label', async () => {
      const el = await mount();
      const legends = [...el.shadowRoot!.querySelectorAll('fieldset > legend')].map((l) => l.textContent!.trim());
      expect(legends).to.deep.equal(['Quick settings', 'Text', 'Colours', 'Reading aids', 'Read aloud', 'Math', 'Content', 'Language']);
      for (const c of el.shadowRoot!.querySelectorAll<HTMLElement>('select, input')) {
        const label = el.shadowRoot!.querySelector<HTMLLabelElement>(`label[for="${c.id}"]`);
        expect(label, `label of ${c.id}`).to.exist;
        expect(label!.getBoundingClientRect().height, `visible label of ${c.id}`).to.be.greaterThan(0);
      }
      for (const s of el.shadowRoot!.querySelectorAll<HTMLElement>('[role="switch"]')) {
        expect(s.textContent!.trim(), 'switch label').to.match(/\w/);
        expect(s.getAttribute('aria-checked')).to.match(/^(true|false)$/);
      }
      // Ranges show their value and say it to screen readers.
      const size = control<HTMLInputElement>(el, 'display.fontSize');
      expect(size.getAttribute('aria-valuetext')).to.equal('100%');
      expect(fieldOf(el, 'display.fontSize').querySelector('.value')!.textContent).to.equal('100%');
      expect(control(el, 'speech.rate').getAttribute('aria-valuetext')).to.equal('1 times normal speed');
    });

    it('covers every control in the table below (none is left untested)', async () => {
      const el = await mount();
      const ids = [...el.shadowRoot!.querySelectorAll('[id^="f-"]:is(select, input, button)')].map((c) => c.id);
      expect(ids.sort()).to.deep.equal(CONTROL_CASES.map((c) => idOf(c.path).slice(1)).sort());
    });

    for (const { path, action, expected } of CONTROL_CASES) {
      it(`changing ${path} fires attune-preferences-change with the new profile`, async () => {
        const el = await mount({ profile: profileWith() });
        const events = await changesDuring(el, () => perform(el, path, action));
        expect(events.length, 'events').to.equal(1);
        const { profile, settings, changed } = events[0]!.detail;
        const value = path === 'speech.voice' && control(el, path) instanceof HTMLSelectElement ? speechSynthesis.getVoices()[0]!.name : expected;
        expect(readPatchSetting(profile, path)).to.deep.equal(value);
        expect(readSetting(settings, path)).to.deep.equal(value);
        expect(changed).to.deep.equal([path]);
        expect(profile.id).to.equal(LEARNER);
        expect(events[0]!.bubbles && events[0]!.composed).to.be.true;
        // Nothing else became a choice of the learner.
        const chosen = Object.entries(profile).filter(([k, v]) => typeof v === 'object' && v && Object.keys(v).length > 0 && k !== path.split('.')[0]);
        expect(chosen).to.deep.equal([]);
        // The element shows the new state and keeps the new profile.
        expect(el.profile).to.equal(profile);
        expect(readSetting(el.settings, path)).to.deep.equal(value);
      });
    }

    it('a null choice is stored as null: content language back to "Same as the book"', async () => {
      const el = await mount({ profile: profileWith({ language: { content: 'fr' } }) });
      const [event] = await changesDuring(el, () => setSelect(control(el, 'language.content'), ''));
      expect(event!.detail.profile.language.content).to.equal(null);
    });

    it('a range fires while dragging only on change, but the preview follows every input', async () => {
      const el = await mount();
      const input = control<HTMLInputElement>(el, 'display.fontSize');
      const events = await changesDuring(el, async () => {
        input.value = '180';
        input.dispatchEvent(new Event('input'));
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector<HTMLElement>('.preview')!.style.getPropertyValue('--attune-user-font-size')).to.equal('180%');
      });
      expect(events.length).to.equal(0);
      const done = await changesDuring(el, () => input.dispatchEvent(new Event('change')));
      expect(done.length).to.equal(1);
      expect(done[0]!.detail.profile.display.fontSize).to.equal(180);
    });

    it('the event crosses shadow roots (composed) when the panel sits inside another element', async () => {
      const host = document.createElement('div');
      document.body.append(host);
      const root = host.attachShadow({ mode: 'open' });
      const el = document.createElement('attune-preferences');
      root.append(el);
      await el.updateComplete;
      const heard = new Promise<CustomEvent<PreferencesChangeDetail>>((resolve) => host.addEventListener('attune-preferences-change', (e) => resolve(e), { once: true }));
      el.shadowRoot!.querySelector<HTMLElement>(idOf('speech.readAloud'))!.click();
      expect((await heard).detail.settings.speech.readAloud).to.be.false; // read-aloud is on by default; the switch turns it off
    });

    it('a profile set from outside replaces what is shown', async () => {
      const el = await mount({ profile: profileWith({ display: { fontSize: 120 } }) });
      expect(control<HTMLInputElement>(el, 'display.fontSize').value).to.equal('120');
      el.profile = profileWith({ display: { fontSize: 250, theme: 'sepia' } });
      await el.updateComplete;
      expect(control<HTMLInputElement>(el, 'display.fontSize').value).to.equal('250');
      expect(control<HTMLSelectElement>(el, 'display.theme').value).to.equal('sepia');
    });
  });

  describe('teacher policy', () => {
    const LOCKED_REASON = 'Read-aloud is always there for you.';
    const policy: TeacherPolicy = {
      version: 1,
      defaults: { speech: { rate: 0.8 } },
      accommodations: [{ id: 'large-print', source: 'iep' }],
      limits: [{ setting: 'display.fontSize', min: 150, reason: 'Your IEP says text is always at least 150%.', source: 'iep' }],
      locks: [
        { setting: 'speech.readAloud', value: true, reason: LOCKED_REASON, source: 'iep' },
        { setting: 'content.simplifiedText', value: false, reason: 'During a test the passages are shown as written.', when: 'assessment' },
      ],
    };

    it('a locked setting is disabled, shows a lock and the reason, and cannot be changed', async () => {
      const el = await mount({ profile: profileWith(), policy });
      const readAloud = control<HTMLButtonElement>(el, 'speech.readAloud');
      expect(readAloud.disabled).to.be.true;
      expect(readAloud.getAttribute('aria-checked')).to.equal('true');
      const note = fieldOf(el, 'speech.readAloud').querySelector<HTMLElement>('.note.locked')!;
      expect(note.textContent).to.contain('Locked by your IEP.').and.to.contain(LOCKED_REASON);
      expect(note.querySelector('svg'), 'lock icon').to.exist;
      expect(note.getBoundingClientRect().height, 'reason visible').to.be.greaterThan(0);
      expect(readAloud.getAttribute('aria-describedby')!.split(' ')).to.include(note.id);

      expect(await changesDuring(el, () => readAloud.click())).to.have.length(0);
      // Even if the control were enabled by force, changePreference refuses and says why.
      readAloud.disabled = false;
      expect(await changesDuring(el, () => readAloud.click())).to.have.length(0);
      const error = fieldOf(el, 'speech.readAloud').querySelector<HTMLElement>('[role="alert"]')!;
      expect(error.textContent).to.contain('Read aloud is set for you and cannot be changed.').and.to.contain(LOCKED_REASON);
      expect(el.settings.speech.readAloud).to.be.true;
      expect(el.profile!.speech.readAloud).to.equal(undefined);
    });

    it('a floor clamps the range and explains it', async () => {
      const el = await mount({ profile: profileWith({ display: { fontSize: 120 } }), policy: { version: 1, limits: policy.limits } });
      const size = control<HTMLInputElement>(el, 'display.fontSize');
      expect(size.min).to.equal('150');
      expect(size.value).to.equal('150');
      const note = fieldOf(el, 'display.fontSize').querySelector<HTMLElement>('.note.limit')!;
      expect(note.textContent!.trim()).to.equal('At least 150%: Your IEP says text is always at least 150%.');
      expect(size.getAttribute('aria-describedby')!.split(' ')).to.include(note.id);
      // The browser holds the thumb at the floor…
      size.focus();
      await sendKeys({ press: 'Home' });
      expect(size.value).to.equal('150');
      // …and a value below it is refused by the profile rules, with the reason.
      size.min = '100';
      const events = await changesDuring(el, () => setRange(size, 120));
      expect(events).to.have.length(0);
      expect(fieldOf(el, 'display.fontSize').querySelector('[role="alert"]')!.textContent).to.contain('Text size cannot go below 150%.');
      expect(el.settings.display.fontSize).to.equal(150);
    });

    it('values from the teacher and the IEP say who set them', async () => {
      const el = await mount({ profile: profileWith(), policy });
      expect(fieldOf(el, 'speech.rate').querySelector('.note.source')!.textContent!.trim()).to.equal('Set by your teacher');
      // Large print (IEP) sets 200%.
      expect(fieldOf(el, 'display.fontSize').querySelector('.note.source')!.textContent!.trim()).to.equal('From your IEP: Large print');
      expect(fieldOf(el, 'display.fontFamily').querySelector('.note')).to.equal(null);
      // After the learner's own choice, the note goes.
      setRange(control(el, 'display.fontSize'), 250);
      await el.updateComplete;
      expect(fieldOf(el, 'display.fontSize').querySelector('.note.source')).to.equal(null);
    });

    it('assessment mode applies the test-only locks and says so', async () => {
      const el = await mount({ profile: profileWith(), policy });
      expect(control<HTMLButtonElement>(el, 'content.simplifiedText').disabled).to.be.false;
      expect(el.shadowRoot!.querySelector('.mode')).to.equal(null);
      el.mode = 'assessment';
      await el.updateComplete;
      expect(control<HTMLButtonElement>(el, 'content.simplifiedText').disabled).to.be.true;
      expect(fieldOf(el, 'content.simplifiedText').textContent).to.contain('During a test the passages are shown as written.');
      expect(el.shadowRoot!.querySelector('.mode')!.textContent).to.contain('Test mode');
    });
  });

  describe('custom colours', () => {
    it('refuses a pair below 4.5:1 with the message, and the 7:1 fix works in one click', async () => {
      const el = await mount({ profile: profileWith({ display: { theme: 'custom', customForeground: '#1a1a1a', customBackground: '#ffffff' } }) });
      const text = control<HTMLInputElement>(el, 'display.customForeground');
      expect(el.shadowRoot!.querySelector('#contrast')!.textContent).to.contain(':1');
      const refused = await changesDuring(el, () => {
        text.value = '#777777';
        text.dispatchEvent(new Event('change'));
      });
      expect(refused).to.have.length(0);
      const alert = el.shadowRoot!.querySelector<HTMLElement>('#colour-alert')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent).to.contain('#777777 on #ffffff').and.to.contain('4.47:1').and.to.contain('at least 4.5:1');
      expect(text.value, 'the pick stays visible').to.equal('#777777');
      expect(el.settings.display.customForeground, 'but is not used').to.equal('#1a1a1a');
      expect(text.getAttribute('aria-describedby')).to.contain('colour-alert');

      const fix = alert.querySelector<HTMLButtonElement>('button')!;
      expect(fix.textContent).to.match(/Use #[0-9a-f]{6} on #ffffff instead \(7(\.\d+)?:1\)/);
      const fixed = await changesDuring(el, () => fix.click());
      expect(fixed).to.have.length(1);
      const display = fixed[0]!.detail.profile.display;
      expect(contrastRatio(display.customForeground!, display.customBackground!)).to.be.at.least(7);
      expect(fixed[0]!.detail.settings.display.customForeground).to.equal(display.customForeground);
      expect(alert.textContent!.trim()).to.equal('');
      expect(alert.getBoundingClientRect().height, 'no empty box left behind').to.equal(0);
    });

    it('a readable pair is taken at once, and the preview uses it', async () => {
      const el = await mount({ profile: profileWith({ display: { theme: 'custom' } }) });
      const background = control<HTMLInputElement>(el, 'display.customBackground');
      const events = await changesDuring(el, () => {
        background.value = '#fff2c4';
        background.dispatchEvent(new Event('change'));
      });
      expect(events).to.have.length(1);
      expect(events[0]!.detail.profile.display.customBackground).to.equal('#fff2c4');
      const preview = el.shadowRoot!.querySelector<HTMLElement>('.preview')!;
      expect(getComputedStyle(preview).backgroundColor).to.equal('rgb(255, 242, 196)');
    });

    it('with the text colour locked, only the background changes, and the fix keeps the teacher’s text colour', async () => {
      const el = await mount({
        profile: profileWith({ display: { theme: 'custom' } }),
        policy: { version: 1, locks: [{ setting: 'display.customForeground', value: '#1a1a1a', reason: 'Your class reads dark text.' }] },
      });
      expect(control<HTMLInputElement>(el, 'display.customForeground').disabled).to.be.true;
      const background = control<HTMLInputElement>(el, 'display.customBackground');
      const readable = await changesDuring(el, () => {
        background.value = '#e0f0ff';
        background.dispatchEvent(new Event('change'));
      });
      expect(readable[0]!.detail.profile.display).to.deep.equal({ theme: 'custom', customBackground: '#e0f0ff' });
      await changesDuring(el, () => {
        background.value = '#404040';
        background.dispatchEvent(new Event('change'));
      });
      const fixed = await changesDuring(el, () => el.shadowRoot!.querySelector<HTMLButtonElement>('#colour-alert button')!.click());
      const display = fixed[0]!.detail.settings.display;
      expect(display.customForeground).to.equal('#1a1a1a');
      expect(contrastRatio(display.customForeground, display.customBackground)).to.be.at.least(7);
      expect(fixed[0]!.detail.changed).to.deep.equal(['display.customBackground']);
      expect(el.shadowRoot!.querySelector('[role="alert"].error')).to.equal(null);
    });

    it('the colour pickers appear only with "My own colours"', async () => {
      const el = await mount();
      expect(el.shadowRoot!.querySelector(idOf('display.customForeground'))).to.equal(null);
      setSelect(control(el, 'display.theme'), 'custom');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector(idOf('display.customForeground'))).to.exist;
    });
  });

  describe('presets', () => {
    for (const preset of PRESETS) {
      it(`“${preset.name}” applies its patch`, async () => {
        const el = await mount({ profile: profileWith() });
        const button = el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-preset="${preset.id}"]`)!;
        expect(button.textContent!.trim()).to.equal(preset.name);
        const events = await changesDuring(el, () => button.click());
        expect(events).to.have.length(1);
        const { profile, settings } = events[0]!.detail;
        for (const [section, values] of Object.entries(preset.patch)) {
          expect((profile as unknown as Record<string, unknown>)[section], section).to.deep.equal(values);
          expect((settings as unknown as Record<string, unknown>)[section], section).to.deep.include(values);
        }
        expect(el.shadowRoot!.querySelector('.presets-group [role="status"]')!.textContent).to.equal(`“${preset.name}” is applied.`);
      });
    }

    it('says that none of them cures dyslexia', async () => {
      const el = await mount();
      expect(el.shadowRoot!.querySelector('.presets-group')!.textContent).to.contain('none of them cures dyslexia');
    });

    it('a preset leaves locked settings alone and says which', async () => {
      const el = await mount({ policy: { version: 1, locks: [{ setting: 'display.theme', value: 'light', reason: 'Your class uses the light theme.' }] } });
      const events = await changesDuring(el, () => el.shadowRoot!.querySelector<HTMLButtonElement>('[data-preset="low-vision"]')!.click());
      expect(events[0]!.detail.profile.display).to.deep.equal({ fontSize: 200, fontFamily: 'atkinson-hyperlegible', lineHeight: 1.6, lineLength: 50 });
      expect(events[0]!.detail.settings.display.theme).to.equal('light');
      expect(el.shadowRoot!.querySelector('.presets-group [role="status"]')!.textContent).to.contain('except').and.to.contain('Colour theme');
    });
  });

  describe('reset to teacher defaults', () => {
    const policy: TeacherPolicy = {
      version: 1,
      defaults: { display: { fontSize: 150, theme: 'sepia' } },
      locks: [{ setting: 'speech.readAloud', value: true, reason: 'Read-aloud is always there for you.' }],
    };

    it('asks inline, and Escape or Cancel keeps everything and returns focus', async () => {
      const el = await mount({ profile: profileWith({ display: { fontSize: 200 } }), policy });
      const reset = el.shadowRoot!.querySelector<HTMLButtonElement>('.reset-button')!;
      const confirm = el.shadowRoot!.querySelector<HTMLElement>('#reset-confirm')!;
      expect(confirm.hidden).to.be.true;
      expect(confirm.checkVisibility(), 'not shown until asked').to.be.false;
      reset.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(confirm.hidden).to.be.false;
      expect(confirm.checkVisibility()).to.be.true;
      expect(reset.getAttribute('aria-expanded')).to.equal('true');
      expect(confirm.getAttribute('aria-labelledby')).to.equal('reset-question');
      expect(deepActive(el)?.textContent?.trim()).to.equal('Cancel');
      const events = await changesDuring(el, async () => {
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
      });
      expect(events).to.have.length(0);
      expect(confirm.hidden).to.be.true;
      expect(confirm.checkVisibility()).to.be.false;
      await el.updateComplete;
      expect(deepActive(el)).to.equal(reset);
      expect(el.settings.display.fontSize).to.equal(200);
    });

    it('restores the teacher defaults, keeping locked settings', async () => {
      const el = await mount({ profile: profileWith({ display: { fontSize: 200, theme: 'dark', lineHeight: 2 }, speech: { readAloud: false } }), policy });
      expect(el.settings.display.theme).to.equal('dark');
      el.shadowRoot!.querySelector<HTMLButtonElement>('.reset-button')!.click();
      await el.updateComplete;
      const events = await changesDuring(el, () => el.shadowRoot!.querySelector<HTMLButtonElement>('.confirm-reset')!.click());
      expect(events).to.have.length(1);
      const { profile, settings, changed } = events[0]!.detail;
      expect(profile.display).to.deep.equal({});
      expect(profile.speech).to.deep.equal({ readAloud: false }, 'the locked choice is not the learner’s to reset');
      expect(changed.sort()).to.deep.equal(['display.fontSize', 'display.lineHeight', 'display.theme']);
      expect(settings.display.fontSize).to.equal(150);
      expect(settings.display.theme).to.equal('sepia');
      expect(settings.display.lineHeight).to.equal(1.5);
      expect(el.shadowRoot!.querySelector('.reset [role="status"]')!.textContent).to.contain('teacher’s settings are back');
      await el.updateComplete;
      expect(deepActive(el)).to.equal(el.shadowRoot!.querySelector('.reset-button'));
    });

    it('with nothing chosen, says there is nothing to reset', async () => {
      const el = await mount({ policy });
      el.shadowRoot!.querySelector<HTMLButtonElement>('.reset-button')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector<HTMLElement>('#reset-confirm')!.hidden).to.be.true;
      expect(el.shadowRoot!.querySelector('.reset [role="status"]')!.textContent).to.contain('nothing to reset');
    });
  });

  describe('preview', () => {
    it('carries --attune-user-* properties and its own CSS uses them', async () => {
      const el = await mount();
      const preview = el.shadowRoot!.querySelector<HTMLElement>('.preview')!;
      const before = parseFloat(getComputedStyle(preview).fontSize);
      expect(preview.style.getPropertyValue('--attune-user-font-size')).to.equal('100%');
      setRange(control(el, 'display.fontSize'), 200);
      setSelect(control(el, 'display.fontFamily'), 'lexend');
      setRange(control(el, 'display.letterSpacing'), 0.12);
      setSelect(control(el, 'display.theme'), 'dark');
      await el.updateComplete;
      const style = getComputedStyle(preview);
      expect(parseFloat(style.fontSize)).to.be.closeTo(before * 2, 0.5);
      expect(style.fontFamily).to.contain('Lexend');
      expect(parseFloat(style.letterSpacing) / parseFloat(style.fontSize)).to.be.closeTo(0.12, 0.01);
      expect(style.backgroundColor).to.equal('rgb(18, 18, 18)');
      expect(style.color).to.equal('rgb(232, 230, 227)');
    });

    it('shows the read-aloud highlight as chosen, and line focus', async () => {
      const el = await mount();
      const preview = el.shadowRoot!.querySelector<HTMLElement>('.preview')!;
      expect(preview.querySelector('mark.word')).to.exist;
      setSelect(control(el, 'speech.highlight'), 'none');
      control(el, 'readingAids.lineFocus').click();
      await el.updateComplete;
      expect(preview.querySelector('mark')).to.equal(null);
      expect(preview.dataset['lineFocus']).to.equal('ruler');
    });

    it('can be left out (no-preview) when the book itself shows each change', async () => {
      const el = await mount();
      el.noPreview = true;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.preview')).to.equal(null);
    });
  });

  describe('keyboard and layout', () => {
    it('Tab goes through the groups in order; a select and a range change by keys', async () => {
      const before = document.createElement('button');
      before.textContent = 'before';
      document.body.append(before);
      const el = await mount({ profile: profileWith() });
      before.focus();
      const heard: PreferencesChangeDetail[] = [];
      el.addEventListener('attune-preferences-change', (e) => heard.push(e.detail));

      await sendKeys({ press: 'Tab' });
      expect(deepActive(el)?.dataset['preset']).to.equal(PRESETS[0]!.id);
      for (let i = 1; i < PRESETS.length; i++) await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(deepActive(el)?.id).to.equal('f-display-fontFamily');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(heard.at(-1)?.profile.display.fontFamily).to.equal('serif');

      await sendKeys({ press: 'Tab' });
      expect(deepActive(el)?.id).to.equal('f-display-fontSize');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(heard.at(-1)?.profile.display.fontSize).to.equal(110);

      // On through every group to the reset button, with a visible focus ring at each stop.
      const groups: string[] = [];
      for (let i = 0; i < 60; i++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActive(el);
        if (!active) break;
        const style = getComputedStyle(active);
        expect(style.outlineStyle, `focus ring on ${active.id || active.className}`).to.not.equal('none');
        expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
        const group = active.closest('fieldset')?.dataset['group'];
        if (group && groups.at(-1) !== group) groups.push(group);
        if (active.classList.contains('reset-button')) break;
      }
      expect(groups).to.deep.equal(['text', 'colours', 'readingAids', 'readAloud', 'math', 'content', 'language']);
      expect(deepActive(el)?.classList.contains('reset-button')).to.be.true;

      // A switch toggles with Space; the reset asks with Enter.
      control(el, 'readingAids.lineFocus').focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(heard.at(-1)?.profile.readingAids.lineFocus).to.be.true;
      el.shadowRoot!.querySelector<HTMLElement>('.reset-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(deepActive(el)?.classList.contains('cancel')).to.be.true;
      await sendKeys({ press: 'Shift+Tab' });
      expect(deepActive(el)?.classList.contains('confirm-reset')).to.be.true;
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(heard.at(-1)?.profile.display).to.deep.equal({});
    });

    it('works at 320 px wide: nothing overflows and every target is at least 44 px', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await mount({
        profile: profileWith({ display: { theme: 'custom' } }),
        policy: { version: 1, limits: [{ setting: 'display.fontSize', min: 150, reason: 'Your IEP says text is always at least 150%.' }] },
        width: 'auto',
      });
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      const form = el.shadowRoot!.querySelector('form')!;
      expect(form.scrollWidth, 'no sideways scrolling').to.be.at.most(form.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const target of el.shadowRoot!.querySelectorAll<HTMLElement>('button, select, input')) {
        if (target.closest('[hidden]')) continue;
        const box = target.getBoundingClientRect();
        expect(box.height, `height of ${target.id || target.className}`).to.be.at.least(44);
        expect(box.width, `width of ${target.id || target.className}`).to.be.at.least(44);
        expect(box.right, `${target.id || target.className} inside`).to.be.at.most(320.5);
      }
    });

    it('in a side panel 18rem wide, too', async () => {
      const el = await mount({ width: '18rem' });
      const form = el.shadowRoot!.querySelector('form')!;
      expect(form.scrollWidth).to.be.at.most(form.clientWidth);
    });

    it('the learner’s own reduced-motion setting stops the switch animation', async () => {
      const el = await mount({ profile: profileWith({ display: { reducedMotion: true } }) });
      const thumb = el.shadowRoot!.querySelector<HTMLElement>('.thumb')!;
      expect(getComputedStyle(thumb).transitionDuration).to.equal('0s');
    });
  });
});
