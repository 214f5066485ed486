// Theming guarantees (THEMING.md): brand tokens are used when they meet WCAG
// contrast and refused (with a console warning) when they do not; while the
// learner has a theme, no brand token or ::part() rule — not even an
// !important one — changes the UI's colours; forced colours stay system colours.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { applyPatch, createProfile } from '@attune/profile';
import type { AttuneReader } from '../src/index.js';
import { openReader, until } from './reader-fixture.js';

const LESSON = '/content/dist/water-cycle.epub';

/** The page's own CSS, as an embedder would write it. */
function pageStyle(text: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  return style;
}

/** Collects console.warn calls while a test runs. */
function watchWarnings(): { messages: string[]; stop(): void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, stop: () => (console.warn = original) };
}

function toolbarButton(reader: AttuneReader, name: string): HTMLButtonElement {
  const button = [...reader.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="button"]')].find((b) => b.textContent?.includes(name));
  if (!button) throw new Error(`no toolbar button "${name}"`);
  return button;
}

function colorsOf(element: Element) {
  const style = getComputedStyle(element);
  return { color: style.color, background: style.backgroundColor, border: style.borderTopColor };
}

/** A profile with the yellow-on-black high-contrast theme. */
const highContrast = applyPatch(createProfile({ id: 'theming-test' }), { display: { theme: 'high-contrast' } });

const styles: HTMLStyleElement[] = [];
let warnings: ReturnType<typeof watchWarnings>;
let reader: AttuneReader | undefined;

beforeEach(async () => {
  await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  warnings = watchWarnings();
});

afterEach(async () => {
  warnings.stop();
  reader?.remove();
  reader = undefined;
  for (const style of styles.splice(0)) style.remove();
  await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
});

describe('brand tokens', () => {
  it('uses brand colours that meet WCAG AA, without a warning', async () => {
    styles.push(
      pageStyle(`attune-reader.brand {
        --attune-color-background: #fffbe6; --attune-color-foreground: #2b2118; --attune-color-surface: #f5e9c8;
        --attune-color-border: #7a5c00; --attune-color-focus: #7a2e8e; --attune-color-accent: #7a2e8e;
      }`),
    );
    const container = document.createElement('div');
    document.body.append(container);
    ({ reader } = await openReader(LESSON, { parent: container }));
    reader.classList.add('brand');
    expect(reader.refreshTheme()).to.deep.equal([]);
    expect(reader.hasAttribute('data-attune-brand-refused')).to.equal(false);
    expect(colorsOf(toolbarButton(reader, 'Contents'))).to.deep.equal({ color: 'rgb(43, 33, 24)', background: 'rgb(245, 233, 200)', border: 'rgb(122, 92, 0)' });
    expect(getComputedStyle(reader).backgroundColor).to.equal('rgb(255, 251, 230)');
    expect(warnings.messages).to.deep.equal([]);
    container.remove();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`uses all of THEMING.md's example brand CSS in ${scheme}`, async () => {
      await emulateMedia({ colorScheme: scheme, forcedColors: 'none' });
      const markdown = await (await fetch('/packages/reader/THEMING.md')).text();
      const example = markdown.split('## Example')[1]?.match(/```css\n([\s\S]*?)```/)?.[1];
      if (!example) throw new Error('THEMING.md has no ```css block under "## Example"');
      styles.push(pageStyle(example));
      ({ reader } = await openReader(LESSON));
      expect(reader.refreshTheme()).to.deep.equal([]);
      expect(warnings.messages).to.deep.equal([]);
      const expected = scheme === 'light' ? 'rgb(255, 251, 230)' : 'rgb(28, 23, 18)';
      expect(getComputedStyle(reader).backgroundColor).to.equal(expected);
      expect(getComputedStyle(toolbarButton(reader, 'Contents')).borderTopLeftRadius).to.equal('10px');
    });
  }

  it('refuses a text pair below 4.5:1 at first render, names the tokens and the ratio, and uses the defaults', async () => {
    styles.push(pageStyle(`attune-reader { --attune-color-foreground: #999999; --attune-color-background: #ffffff; }`));
    ({ reader } = await openReader(LESSON));
    await until(() => reader!.hasAttribute('data-attune-brand-refused'), 2000, 'the refusal');
    expect(reader.getAttribute('data-attune-brand-refused')!.split(' ')).to.include.members(['foreground', 'background']);
    const warning = warnings.messages.find((m) => m.includes('--attune-color-foreground (#999999)') && m.includes('--attune-color-background (#ffffff)'));
    expect(warning, warnings.messages.join('\n')).to.contain('2.84:1');
    expect(warning).to.contain('4.5:1');
    // Attune's light defaults: #1a1a1a text on #ffffff.
    expect(getComputedStyle(reader).color).to.equal('rgb(26, 26, 26)');
    expect(colorsOf(toolbarButton(reader, 'Contents')).color).to.equal('rgb(26, 26, 26)');
  });

  it('refuses a focus ring below 3:1 after refreshTheme(), and takes a good one back', async () => {
    ({ reader } = await openReader(LESSON));
    expect(reader.hasAttribute('data-attune-brand-refused')).to.equal(false);
    reader.style.setProperty('--attune-color-focus', '#c8d8ff');
    const refused = reader.refreshTheme();
    expect(refused.map((r) => [r.foreground, r.background])).to.deep.equal([['focus', 'background']]);
    expect(refused[0]!.ratio).to.be.lessThan(3);
    expect(warnings.messages.some((m) => m.includes('--attune-color-focus (#c8d8ff)') && m.includes('the focus ring'))).to.equal(true);
    const button = toolbarButton(reader, 'Contents');
    button.focus();
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Tab' });
    expect(reader.shadowRoot!.activeElement).to.equal(button);
    expect(getComputedStyle(button).outlineColor).to.equal('rgb(11, 92, 173)');

    reader.style.setProperty('--attune-color-focus', '#5b2a86');
    expect(reader.refreshTheme()).to.deep.equal([]);
    expect(getComputedStyle(button).outlineColor).to.equal('rgb(91, 42, 134)');
  });

  it('refuses a token that is not a colour, and says so', async () => {
    styles.push(pageStyle(`attune-reader { --attune-color-focus: blurple; }`));
    ({ reader } = await openReader(LESSON));
    await until(() => reader!.hasAttribute('data-attune-brand-refused'), 2000, 'the refusal');
    expect(reader.getAttribute('data-attune-brand-refused')).to.equal('focus');
    expect(warnings.messages).to.deep.include('<attune-reader>: --attune-color-focus is "blurple", which is not a CSS colour; Attune\'s default is used instead.');
    const button = toolbarButton(reader, 'Contents');
    button.focus();
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Tab' });
    expect(getComputedStyle(button).outlineColor).to.equal('rgb(11, 92, 173)');
  });

  it('judges the dark defaults in a dark colour scheme', async () => {
    await emulateMedia({ colorScheme: 'dark', forcedColors: 'none' });
    // Fine on white, far too dark on Attune's dark background (#121417).
    styles.push(pageStyle(`attune-reader { --attune-color-foreground: #333333; }`));
    ({ reader } = await openReader(LESSON));
    await until(() => reader!.hasAttribute('data-attune-brand-refused'), 2000, 'the refusal');
    expect(getComputedStyle(reader).color).to.equal('rgb(241, 241, 241)');
  });
});

describe("the learner's theme wins", () => {
  const hostile = `
    attune-reader { --attune-user-foreground: red !important; --attune-user-background: white !important;
                    --attune-color-foreground: red; --_fg: red !important; color: red !important; background: white !important; }
    attune-reader::part(button) { color: red !important; background: white !important; border-color: red !important;
                                  --_fg: red !important; --_surface: white !important; --attune-user-foreground: red !important;
                                  opacity: 0.2 !important; }
    attune-reader::part(button):focus-visible { outline: 1px dotted red !important; }
    attune-reader::part(toolbar) { background: white !important; color: red !important; --_border: white !important; }
    attune-reader::part(progress) { --attune-user-foreground: white !important; --attune-user-muted: white !important; }
  `;

  it('::part(button) with !important colours takes effect without a learner theme (the rules are real)', async () => {
    styles.push(pageStyle(hostile));
    ({ reader } = await openReader(LESSON));
    expect(colorsOf(toolbarButton(reader, 'Contents'))).to.deep.include({ color: 'rgb(255, 0, 0)', background: 'rgb(255, 255, 255)' });
  });

  it("cannot override a learner's yellow-on-black theme: buttons, bars, host and focus ring", async () => {
    styles.push(pageStyle(hostile));
    ({ reader } = await openReader(LESSON));
    reader.profile = highContrast;
    await until(() => reader!.hasAttribute('data-attune-themed'), 3000, 'the learner theme');
    const button = toolbarButton(reader, 'Contents');
    expect(colorsOf(button)).to.deep.equal({ color: 'rgb(255, 255, 0)', background: 'rgb(0, 0, 0)', border: 'rgb(255, 255, 0)' });
    expect(getComputedStyle(button).opacity).to.equal('1');
    const toolbar = reader.shadowRoot!.querySelector('[part~="toolbar"]')!;
    expect(colorsOf(toolbar)).to.deep.equal({ color: 'rgb(255, 255, 0)', background: 'rgb(0, 0, 0)', border: 'rgb(255, 255, 0)' });
    expect(getComputedStyle(reader).color).to.equal('rgb(255, 255, 0)');
    expect(getComputedStyle(reader).backgroundColor).to.equal('rgb(0, 0, 0)');
    // Inside the progress bar (a nested element), secondary text is still the learner's.
    const progress = reader.shadowRoot!.querySelector('[part~="progress"]')!;
    const summary = progress.shadowRoot!.querySelector('.summary')!;
    expect(getComputedStyle(summary).color).to.equal('rgb(255, 255, 0)');

    button.focus();
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Tab' });
    expect(reader.shadowRoot!.activeElement).to.equal(button);
    const focused = getComputedStyle(button);
    // The theme's focus colour (white), 3 px solid.
    expect([focused.outlineColor, focused.outlineStyle, focused.outlineWidth]).to.deep.equal(['rgb(255, 255, 255)', 'solid', '3px']);
  });

  it('pressed buttons keep the theme colours too', async () => {
    styles.push(pageStyle(hostile));
    ({ reader } = await openReader(LESSON));
    reader.profile = highContrast;
    await until(() => reader!.hasAttribute('data-attune-themed'), 3000, 'the learner theme');
    const contents = toolbarButton(reader, 'Contents');
    contents.click();
    await until(() => contents.getAttribute('aria-expanded') === 'true', 2000, 'the contents panel');
    // The accent is the theme's link colour (cyan); its text the page colour (black).
    expect(colorsOf(contents)).to.deep.equal({ color: 'rgb(0, 0, 0)', background: 'rgb(0, 255, 255)', border: 'rgb(0, 255, 255)' });
  });

  it('a brand colour never shows through a learner theme', async () => {
    styles.push(pageStyle(`attune-reader { --attune-color-foreground: #eeeeee; }`));
    ({ reader } = await openReader(LESSON));
    reader.profile = highContrast;
    await until(() => reader!.hasAttribute('data-attune-themed'), 3000, 'the learner theme');
    expect(colorsOf(toolbarButton(reader, 'Contents')).color).to.equal('rgb(255, 255, 0)');
  });
});

describe('forced colours', () => {
  it('use system colours, whatever the brand tokens, the learner theme and ::part() rules say', async () => {
    await emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
    styles.push(
      pageStyle(`
        attune-reader { --attune-color-foreground: #7a2e8e; --attune-color-background: #fffbe6; }
        attune-reader::part(button) { forced-color-adjust: none !important; color: red !important; background: white !important; }
        .reference { color: red; background: white; }
      `),
    );
    const reference = document.createElement('button');
    reference.className = 'reference';
    reference.textContent = 'reference';
    document.body.append(reference);
    ({ reader } = await openReader(LESSON));
    reader.profile = highContrast;
    await until(() => reader!.hasAttribute('data-attune-themed'), 3000, 'the learner theme');
    const system = colorsOf(reference);
    // The page's own button shows what the system paints text and canvas in.
    expect(system.color).to.not.equal('rgb(255, 0, 0)');
    const button = colorsOf(toolbarButton(reader, 'Contents'));
    expect(button.color).to.equal(system.color);
    expect(button.color).to.not.equal('rgb(255, 255, 0)');
    expect(getComputedStyle(toolbarButton(reader, 'Contents')).forcedColorAdjust).to.equal('auto');
    reference.remove();
  });
});
