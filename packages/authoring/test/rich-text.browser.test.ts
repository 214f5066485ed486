import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NoteEntry } from '@attune/adapt';
import '../src/index.js';
import { openAuthoringStore, toPackXhtml } from '../src/index.js';
import type { AttuneRichText } from '../src/index.js';
import { cleanPage, deleteDatabase, uniqueName, until } from './authoring-fixture.js';
import { caretAtEnd, editableOf, mountEditor, press, richTexts, selectInFrame, showSection } from './editor-fixture.js';

declare global {
  interface Window {
    __attacked?: string[];
  }
}

/** Every way markup has been used to run script from an editor. */
const ATTACKS = [
  '<img src=x onerror="(window.__attacked ||= []).push(\'img\')">',
  '<script>(window.__attacked ||= []).push("script")</script>',
  '<a href="javascript:(window.__attacked ||= []).push(\'link\')">a link</a>',
  '<a href="JaVaScRiPt&colon;alert(1)">encoded link</a>',
  '<svg onload="(window.__attacked ||= []).push(\'svg\')"><circle r="5"/></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror="(window.__attacked ||= []).push(\'mxss\')"></style></mglyph></table></mtext></math>',
  '<p style="background:url(javascript:alert(1))" onclick="alert(1)">styled</p>',
  '<iframe src="javascript:alert(1)"></iframe><object data="javascript:alert(1)"></object>',
  '<details open ontoggle="(window.__attacked ||= []).push(\'details\')">x</details>',
  '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">b</button></form>',
];
const ATTACK_HTML = `<p>Safe words.</p>${ATTACKS.join('')}`;

function assertClean(xhtml: string, where: string): void {
  expect(xhtml, where).not.to.match(/<script|<svg|<iframe|<object|<style|<form|<math/i);
  expect(xhtml, where).not.to.match(/\son[a-z]+\s*=/i);
  expect(xhtml, where).not.to.match(/javascript:/i);
  expect(xhtml, where).not.to.match(/style=/i);
}

function assertLiveDomClean(rich: AttuneRichText): void {
  const editable = editableOf(rich);
  for (const el of editable.querySelectorAll('*')) {
    for (const attr of el.attributes) expect(attr.name, `${el.localName}[${attr.name}]`).not.to.match(/^on|^style$/i);
    expect(['script', 'svg', 'iframe', 'object', 'style', 'math', 'form']).not.to.include(el.localName);
  }
}

/** Lets any image error or load event that could run a handler fire (they are tasks, not microtasks). */
async function letHandlersRun(): Promise<void> {
  const started = performance.now();
  await until(() => performance.now() - started > 400, 2000, 'time for handlers');
}

async function mountRichText(): Promise<AttuneRichText> {
  const rich = document.createElement('attune-rich-text');
  rich.label = 'Simpler version';
  document.body.append(rich);
  await rich.updateComplete;
  return rich;
}

function paste(target: HTMLElement, data: Record<string, string>): void {
  const clipboard = new DataTransfer();
  for (const [type, value] of Object.entries(data)) clipboard.setData(type, value);
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true, composed: true }));
}

describe('<attune-rich-text>', function () {
  this.timeout(60_000);
  beforeEach(() => {
    window.__attacked = [];
  });
  afterEach(() => cleanPage());

  it('the toolbar formats text: paragraphs, lists, emphasis, strong; Ctrl+B and Ctrl+I in the text', async () => {
    const rich = await mountRichText();
    const values: string[] = [];
    rich.addEventListener('rich-text-change', (e) => values.push((e as Event & { value: string }).value));
    caretAtEnd(rich);
    await sendKeys({ type: 'Water moves.' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Control+b' });
    await sendKeys({ type: 'Rain' });
    await sendKeys({ press: 'Control+b' });
    await sendKeys({ type: ' falls, ' });
    await sendKeys({ press: 'Control+i' });
    await sendKeys({ type: 'snow' });
    await sendKeys({ press: 'Control+i' });
    await sendKeys({ type: ' too.' });
    expect(rich.value).to.equal('<p>Water moves.</p><p><strong>Rain</strong> falls, <em>snow</em> too.</p>');
    rich.shadowRoot!.querySelector<HTMLButtonElement>('[data-command="bulleted"]')!.click();
    expect(rich.value).to.equal('<p>Water moves.</p><ul><li><strong>Rain</strong> falls, <em>snow</em> too.</li></ul>');
    rich.shadowRoot!.querySelector<HTMLButtonElement>('[data-command="numbered"]')!.click();
    expect(rich.value).to.contain('<ol><li>');
    rich.shadowRoot!.querySelector<HTMLButtonElement>('[data-command="paragraph"]')!.click();
    expect(rich.value).to.equal('<p>Water moves.</p><p><strong>Rain</strong> falls, <em>snow</em> too.</p>');
    expect(values.at(-1)).to.equal(rich.value);
  });

  it('the toolbar is one tab stop; arrows, Home and End move in it; the picture button asks for a description', async () => {
    const rich = await mountRichText();
    const buttons = [...rich.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="toolbar"] button')];
    expect(buttons.map((b) => b.tabIndex)).to.deep.equal([0, -1, -1, -1, -1, -1]);
    buttons[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(rich.shadowRoot!.activeElement).to.equal(buttons[2]);
    await sendKeys({ press: 'End' });
    expect(rich.shadowRoot!.activeElement).to.equal(buttons[5]);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(rich.shadowRoot!.activeElement, 'wraps around').to.equal(buttons[5]);
    expect(buttons[5]!.tabIndex).to.equal(0);
    expect(buttons[4]!.getAttribute('aria-keyshortcuts')).to.equal('Control+B');
    await sendKeys({ press: 'Enter' });
    await rich.updateComplete;
    await until(() => rich.shadowRoot!.activeElement?.id === 'image-file', 3000, 'focus in the picture form');
    // An address and no description is refused, in words.
    rich.shadowRoot!.querySelector<HTMLInputElement>('#image-url')!.value = 'https://example.org/rain.png';
    rich.shadowRoot!.querySelector<HTMLButtonElement>('.image-form button[type="submit"]')!.click();
    await rich.updateComplete;
    expect(rich.shadowRoot!.querySelector('.image-form [role="alert"]')!.textContent).to.contain('Describe the picture');
    rich.shadowRoot!.querySelector<HTMLTextAreaElement>('#image-alt')!.value = 'Rain falling on a roof.';
    rich.shadowRoot!.querySelector<HTMLButtonElement>('.image-form button[type="submit"]')!.click();
    await rich.updateComplete;
    expect(rich.value).to.equal('<p><img src="https://example.org/rain.png" alt="Rain falling on a roof." /></p>');
    expect(rich.shadowRoot!.querySelector('.image-form')).to.equal(null);
  });

  it('pasted markup never brings script, handlers or javascript: URLs into the text or its XHTML', async () => {
    const rich = await mountRichText();
    caretAtEnd(rich);
    paste(editableOf(rich), { 'text/html': ATTACK_HTML, 'text/plain': 'Safe words.' });
    await letHandlersRun();
    expect(window.__attacked).to.deep.equal([]);
    assertClean(rich.value, 'after paste');
    assertLiveDomClean(rich);
    expect(rich.value).to.contain('Safe words.');
    expect(rich.value).to.contain('a link');
    // Plain text is pasted as text, never parsed as markup.
    paste(editableOf(rich), { 'text/plain': '<img src=x onerror=alert(1)>' });
    await letHandlersRun();
    expect(window.__attacked).to.deep.equal([]);
    expect(rich.value).to.contain('&lt;img src=x onerror=alert(1)&gt;');
    assertLiveDomClean(rich);
  });

  it('markup put into the text by other means (a drop, a script, execCommand) is disarmed before it can run', async () => {
    const rich = await mountRichText();
    const editable = editableOf(rich);
    caretAtEnd(rich);
    document.execCommand('insertHTML', false, ATTACKS[0]! + ATTACKS[4]!);
    editable.insertAdjacentHTML('beforeend', '<p><img src="x" onerror="(window.__attacked ||= []).push(\'inserted\')"> after</p>');
    const drop = new DataTransfer();
    drop.setData('text/html', ATTACK_HTML);
    editable.dispatchEvent(new DragEvent('drop', { dataTransfer: drop, bubbles: true, cancelable: true, composed: true }));
    editable.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await letHandlersRun();
    expect(window.__attacked).to.deep.equal([]);
    assertLiveDomClean(rich);
    assertClean(rich.value, 'after insertion');
  });

  it('toPackXhtml: the editor’s vocabulary only, as well-formed XHTML', () => {
    expect(toPackXhtml('<div>One<br>two</div><h2>Title</h2><b>bold</b> <i>it</i><span class="x" style="color:red">plain</span>')).to.equal('<p>One<br />two</p><p>Title</p><p><strong>bold</strong> <em>it</em>plain</p>');
    expect(toPackXhtml('<ul><li>a</li>stray</ul><p></p><p>&nbsp;</p>')).to.equal('<ul><li>a</li><li>stray</li></ul>');
    expect(toPackXhtml('<img src="data:image/png;base64,iVBORw0KGgo=">')).to.equal('<p><img src="data:image/png;base64,iVBORw0KGgo=" alt="" /></p>');
    expect(toPackXhtml('<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="x">')).to.equal('');
    expect(toPackXhtml('<img src="pictures/rain.png" alt="Rain">')).to.equal('<p><img src="pictures/rain.png" alt="Rain" /></p>');
    expect(toPackXhtml('<a href="https://example.org/">site</a>')).to.equal('<p><a href="https://example.org/" rel="noopener noreferrer">site</a></p>');
    for (const attack of ATTACKS) assertClean(toPackXhtml(attack), attack);
    const parsed = new DOMParser().parseFromString(`<div xmlns="http://www.w3.org/1999/xhtml">${toPackXhtml(ATTACK_HTML)}</div>`, 'application/xhtml+xml');
    expect(parsed.querySelector('parsererror'), 'well-formed XML').to.equal(null);
  });
});

describe('paste attack through the variant editor into the saved pack', function () {
  this.timeout(90_000);
  let storeName: string;
  beforeEach(() => {
    storeName = uniqueName('authoring');
    window.__attacked = [];
  });
  afterEach(async () => {
    cleanPage();
    await deleteDatabase(storeName);
  });

  it('a note pasted full of attacks is saved clean', async () => {
    const el = await mountEditor(storeName);
    const doc = await showSection(el, 'ch01.xhtml');
    selectInFrame(doc, 'Your data matters, not just its presentation');
    await until(() => el.shadowRoot!.querySelector('.selected-text')?.textContent?.includes('Your data matters'), 5000, 'selection');
    await press(el, '.use-selection');
    await press(el, '.chosen .add-note');
    const rich = await until(() => richTexts(el)[0], 5000, 'the note editor');
    caretAtEnd(rich);
    paste(editableOf(rich), { 'text/html': ATTACK_HTML });
    await letHandlersRun();
    await el.save();
    const store = await openAuthoringStore({ name: storeName });
    const saved = JSON.stringify((await store.getPack(el.pack!.book.identifier))!.pack);
    store.close();
    expect(window.__attacked).to.deep.equal([]);
    expect(saved).to.contain('Safe words.');
    expect(saved).not.to.match(/onerror|onload|ontoggle|onclick|javascript:|<script|<svg|<iframe|<style/i);
    const note = el.pack!.entries[0] as NoteEntry;
    assertClean((note.content as { xhtml: string }).xhtml, 'the note in the pack');
  });
});
