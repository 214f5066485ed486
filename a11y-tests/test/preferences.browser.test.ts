import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '@attune/reader';
import type { AttunePreferences } from '@attune/reader';
import { auditElement, describeViolations } from './axe-audit.js';

const THEMES = [
  { name: 'light', media: { colorScheme: 'light' as const, forcedColors: 'none' as const } },
  { name: 'dark', media: { colorScheme: 'dark' as const, forcedColors: 'none' as const } },
  { name: 'forced colours', media: { colorScheme: 'light' as const, forcedColors: 'active' as const } },
];
const WIDTHS = [1024, 320];

type Profile = NonNullable<AttunePreferences['profile']>;
type Policy = NonNullable<AttunePreferences['policy']>;

function profile(patch: Partial<Profile> = {}): Profile {
  return { version: 1, id: 'a11y-learner', displayName: 'Maya', display: {}, readingAids: {}, speech: {}, math: {}, content: {}, language: {}, ...patch };
}

/** A policy that puts every kind of note on screen: teacher default, IEP accommodation, floor, locks. */
const POLICY: Policy = {
  version: 1,
  defaults: { speech: { rate: 0.8 } },
  accommodations: [{ id: 'large-print', source: 'iep' }],
  limits: [{ setting: 'display.fontSize', min: 150, reason: 'Your IEP says text is always at least 150%.', source: 'iep' }],
  locks: [
    { setting: 'speech.readAloud', value: true, reason: 'Read-aloud is always there for you.', source: 'iep' },
    { setting: 'content.simplifiedText', value: false, reason: 'During a test the passages are shown as written.', when: 'assessment' },
  ],
};

async function mount(options: { profile?: Profile; policy?: Policy; mode?: 'learning' | 'assessment' } = {}): Promise<AttunePreferences> {
  const el = document.createElement('attune-preferences');
  if (options.profile) el.profile = options.profile;
  if (options.policy) el.policy = options.policy;
  if (options.mode) el.mode = options.mode;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** Every transient state at once: a refused colour pair with its fix, a field error, and the reset confirmation open. */
async function showEverything(el: AttunePreferences): Promise<void> {
  const root = el.shadowRoot!;
  const text = root.querySelector<HTMLInputElement>('#f-display-customForeground')!;
  text.value = '#999999';
  text.dispatchEvent(new Event('change'));
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('.reset-button')!.click();
  await el.updateComplete;
  expect(root.querySelector('#colour-alert button'), 'the 7:1 fix is shown').to.exist;
  expect(root.querySelector<HTMLElement>('#reset-confirm')!.checkVisibility(), 'the confirmation is shown').to.be.true;
}

describe('accessibility of <attune-preferences> (axe, WCAG 2.2 AA)', function () {
  this.timeout(40_000);
  afterEach(async () => {
    for (const el of [...document.body.children]) if (el.localName !== 'script' && el.localName !== 'style') el.remove();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none', reducedMotion: 'no-preference' });
    await setViewport({ width: 1024, height: 768 });
  });

  for (const theme of THEMES) {
    for (const width of WIDTHS) {
      it(`0 violations at ${width} px (${theme.name}): defaults`, async () => {
        await emulateMedia(theme.media);
        await setViewport({ width, height: 800 });
        const el = await mount();
        expect(describeViolations(await auditElement(el))).to.equal('');
      });

      it(`0 violations at ${width} px (${theme.name}): locks, limits, IEP values, a refused colour pair and the reset confirmation`, async () => {
        await emulateMedia(theme.media);
        await setViewport({ width, height: 800 });
        const el = await mount({ profile: profile({ display: { theme: 'custom', customForeground: '#1a1a1a', customBackground: '#fff2c4' } }), policy: POLICY, mode: 'assessment' });
        await showEverything(el);
        expect(describeViolations(await auditElement(el))).to.equal('');
        expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(width);
      });
    }
  }

  for (const theme of THEMES) {
    it(`0 violations with each quick setting applied (${theme.name})`, async () => {
      await emulateMedia(theme.media);
      const el = await mount();
      for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
        button.click();
        await el.updateComplete;
        expect(describeViolations(await auditElement(el)), button.textContent!.trim()).to.equal('');
      }
    });
  }

  /** Theme colours as `<attune-reader>` passes them down to its UI (from THEME_PALETTES). */
  const READER_THEMES = [
    { name: 'sepia', background: '#f4ecd8', foreground: '#3b2f1e', focus: '#7a3b00', link: '#7a3b00' },
    { name: 'dark', background: '#121212', foreground: '#e8e6e3', focus: '#8ab4f8', link: '#8ab4f8' },
    { name: 'high contrast', background: '#000000', foreground: '#ffff00', focus: '#ffffff', link: '#00ffff' },
  ];
  function themeProperties(theme: (typeof READER_THEMES)[number], full: boolean): string {
    const base = `--attune-user-background:${theme.background};--attune-user-foreground:${theme.foreground};--attune-user-focus:${theme.focus};--attune-user-link:${theme.link}`;
    if (!full) return base;
    return `${base};--attune-user-surface:${theme.background};--attune-user-muted:${theme.foreground};--attune-user-border:${theme.foreground};--attune-user-accent:${theme.link};--attune-user-accent-foreground:${theme.background}`;
  }
  for (const scheme of ['light', 'dark'] as const) {
    for (const theme of READER_THEMES) {
      for (const full of [true, false]) {
        it(`0 violations in a side panel with the learner's ${theme.name} theme (${scheme} device, ${full ? 'all UI colours' : 'page, text and focus colours only'})`, async () => {
          await emulateMedia({ colorScheme: scheme });
          const panel = document.createElement('section');
          panel.setAttribute('aria-label', 'Preferences');
          panel.style.cssText = `width:20rem;${themeProperties(theme, full)}`;
          document.body.append(panel);
          const el = document.createElement('attune-preferences');
          el.policy = POLICY;
          panel.append(el);
          await el.updateComplete;
          el.shadowRoot!.querySelector<HTMLButtonElement>('.reset-button')!.click();
          await el.updateComplete;
          expect(describeViolations(await auditElement(panel))).to.equal('');
        });
      }
    }
  }

  it('every stop on the keyboard path has a visible focus indicator (forced colours too)', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await mount({ policy: POLICY });
    const start = document.createElement('button');
    start.textContent = 'start';
    document.body.prepend(start);
    start.focus();
    let stops = 0;
    for (let i = 0; i < 80; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      if (!active) break;
      stops++;
      expect(getComputedStyle(active).outlineStyle, active.id || active.className).to.not.equal('none');
    }
    expect(stops).to.be.greaterThan(30);
  });

  it('reduced motion: the switches do not animate', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount();
    const thumb = el.shadowRoot!.querySelector<HTMLElement>('.thumb')!;
    expect(parseFloat(getComputedStyle(thumb).transitionDuration)).to.be.at.most(0.001);
  });
});
