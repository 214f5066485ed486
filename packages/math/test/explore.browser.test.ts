import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { openBook } from '@attune/book';
import { configureMath, explore, focusRange, mathTokens, type MathDirection, type MathExplorer } from '../src/index.js';
import { LOCALES, corpusUrl, mathElements } from './browser-corpus.js';

configureMath({ localeUrl: LOCALES });

const KEYS: Record<string, MathDirection> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * The wiring the reader does, in small: the <math> is focusable, labelled
 * with its speech, arrow keys move the explorer, each stop is announced in a
 * live region and highlighted with the CSS Custom Highlight API.
 */
async function mountExplorable(source: Element): Promise<{ math: Element; explorer: MathExplorer; status: HTMLElement }> {
  const host = document.createElement('div');
  host.innerHTML = '<style>::highlight(attune-math-focus) { background: yellow; }</style><p>Equation: </p><div role="status" aria-live="polite"></div>';
  const math = document.importNode(source, true);
  host.querySelector('p')!.append(math);
  document.body.append(host);
  const explorer = await explore(math, { locale: 'en' });
  const status = host.querySelector<HTMLElement>('[role=status]')!;
  math.setAttribute('tabindex', '0');
  math.setAttribute('aria-label', explorer.current().speech);
  math.addEventListener('keydown', async (event) => {
    const direction = KEYS[(event as KeyboardEvent).key];
    if (!direction) return;
    event.preventDefault();
    const { moved, focus } = await explorer.move(direction);
    if (moved) CSS.highlights.set('attune-math-focus', new Highlight(focusRange(math, explorer, focus)));
    status.textContent = moved ? focus.speech : `${focus.speech} (no further)`;
  });
  return { math, explorer, status };
}

async function press(key: string, status: HTMLElement): Promise<string> {
  status.textContent = '';
  await sendKeys({ press: key });
  for (let i = 0; i < 200 && !status.textContent; i++) await new Promise((r) => setTimeout(r, 10));
  return status.textContent ?? '';
}

const highlighted = () => squash([...CSS.highlights.get('attune-math-focus')!][0]!.toString());

describe('exploring math by keyboard, in Chromium', function () {
  this.timeout(60_000);

  it('w3c-cnt-mathml-support: arrow keys move into and out of the equation; the spoken text and the highlight follow', async () => {
    const book = await openBook(corpusUrl('w3c-cnt-mathml-support.epub'));
    const docs = await Promise.all(book.sections.map((_, i) => book.sectionDocument(i)));
    const source = docs.flatMap(mathElements)[0]!;
    const { math, status } = await mountExplorable(source);
    expect(math.getAttribute('aria-label')).to.equal('x equals open paren a plus b close paren squared');
    (math as HTMLElement).focus();
    expect(document.activeElement).to.equal(math);

    expect(await press('ArrowDown', status)).to.equal('x');
    expect(highlighted()).to.equal('x');
    expect(await press('ArrowRight', status)).to.equal('equals');
    expect(highlighted()).to.equal('=');
    expect(await press('ArrowRight', status)).to.equal('open paren a plus b close paren squared');
    expect(highlighted()).to.equal('a+b2');
    expect(await press('ArrowDown', status)).to.equal('Base open paren a plus b close paren');
    // <mfenced> draws its parentheses without elements: SRE adds them, and they are not stops.
    expect(await press('ArrowDown', status)).to.equal('a plus b');
    expect(highlighted()).to.equal('a+b');
    expect(await press('ArrowDown', status)).to.equal('a');
    expect(await press('ArrowRight', status)).to.equal('plus');
    expect(highlighted()).to.equal('+');
    expect(await press('ArrowRight', status)).to.equal('b');
    expect(await press('ArrowRight', status)).to.equal('b (no further)');
    expect(await press('ArrowUp', status)).to.equal('a plus b');
    expect(await press('ArrowUp', status)).to.equal('Base open paren a plus b close paren');
    expect(await press('ArrowRight', status)).to.equal('Exponent 2');
    expect(highlighted()).to.equal('2');
    expect(await press('ArrowUp', status)).to.equal('open paren a plus b close paren squared');
    expect(await press('ArrowUp', status)).to.equal('x equals open paren a plus b close paren squared');
    book.destroy();
  });

  it('linear-algebra-mathml: parts have their own speech, different from the whole, and highlight their own tokens', async () => {
    const book = await openBook(corpusUrl('linear-algebra-mathml.epub'));
    const index = book.sections.findIndex((s) => s.path.endsWith('fcla-xml-2.30li59.xhtml'));
    const maths = mathElements(await book.sectionDocument(index)).filter((m) => mathTokens(m).length >= 8).slice(0, 6);
    expect(maths.length).to.equal(6);
    for (const math of maths) {
      const explorer = await explore(math, { locale: 'en' });
      const whole = explorer.current();
      const tokens = mathTokens(math);
      expect(explorer.tokenCount).to.equal(tokens.length);
      let down = await explorer.move('down');
      expect(down.moved).to.equal(true);
      // A one-line table has one part (its row): go one level further.
      if (down.focus.siblings === 1) down = await explorer.move('down');
      const parent = (await explorer.move('up')).focus;
      down = await explorer.move('down');
      const parts = [down.focus];
      for (let step = await explorer.move('right'); step.moved; step = await explorer.move('right')) parts.push(step.focus);
      expect(parts.length).to.be.greaterThan(1);
      for (const part of parts) {
        expect(part.speech).to.be.a('string').and.not.equal('');
        expect(part.speech).not.to.equal(whole.speech);
        // The highlight covers exactly the part's tokens.
        const text = squash(focusRange(math, explorer, part).toString());
        expect(text).to.equal(squash(part.leaves.map((i) => tokens[i]!.textContent).join('')));
      }
      expect(new Set(parts.map((p) => p.speech)).size).to.be.greaterThan(1);
      expect((await explorer.move('up')).focus.speech).to.equal(parent.speech);
      expect(explorer.reset().speech).to.equal(whole.speech);
    }
    book.destroy();
  });
});
