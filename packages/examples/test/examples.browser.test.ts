// Each built example page (dist/<name>/index.html) in real Chromium, in a
// same-origin frame: it opens its lesson, hands the reader its learner
// profile, follows attune-relocate in its live region after its own "Next
// page" button is pressed from the keyboard, and axe finds nothing in light,
// dark and forced colours.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { assertBuilt, auditPage, bookDocuments, describeViolations, DIST, openExample, until, type ExamplePage } from './example-page.js';

interface Expected {
  name: string;
  title: RegExp;
  fontSize: number;
  theme: string;
  /** The theme's page and text colours, as the book frame computes them. */
  background: string;
  foreground: string;
}

const EXAMPLES: Expected[] = [
  { name: 'html', title: /Linear Equations/, fontSize: 150, theme: 'dark', background: 'rgb(18, 18, 18)', foreground: 'rgb(232, 230, 227)' },
  { name: 'react', title: /Water Cycle/, fontSize: 175, theme: 'high-contrast', background: 'rgb(0, 0, 0)', foreground: 'rgb(255, 255, 0)' },
  { name: 'vue', title: /Lamplighter/, fontSize: 125, theme: 'dark', background: 'rgb(18, 18, 18)', foreground: 'rgb(232, 230, 227)' },
];

const POSITION = /^.+: page (\d+) of (\d+), (\d+)% through the book$/;

afterEach(async () => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
  await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
});

describe('the examples index', () => {
  it('links to the three examples, each of which is built', async () => {
    await assertBuilt('index.html');
    const html = await (await fetch(`${DIST}/index.html`)).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const links = [...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['html/', 'react/', 'vue/']);
    for (const link of links) await assertBuilt(`${link}index.html`);
  });
});

for (const example of EXAMPLES) {
  describe(`the ${example.name} example`, () => {
    let page: ExamplePage;
    beforeEach(async () => {
      page = await openExample(example.name);
    });

    it('opens its lesson in <attune-reader>', () => {
      expect(page.reader.book?.metadata.title).to.match(example.title);
      const text = bookDocuments(page.reader).map((d) => d.body?.textContent ?? '').join('').trim();
      expect(text.length, 'text in the book frame').to.be.greaterThan(100);
    });

    it('hands the reader its learner profile as a property, and the book shows it', async () => {
      const display = page.reader.settings.settings.display;
      expect(display.fontSize).to.equal(example.fontSize);
      expect(display.theme).to.equal(example.theme);
      expect(page.reader.settingSource('display.fontSize')).to.equal('learner');
      // A property holding the object, not an attribute holding "[object Object]".
      expect(page.reader.hasAttribute('profile')).to.equal(false);
      expect(page.reader.profile?.display.fontSize).to.equal(example.fontSize);
      const [book] = bookDocuments(page.reader);
      const view = book!.defaultView!;
      const root = book!.documentElement;
      await until(() => view.getComputedStyle(root).backgroundColor === example.background, 3000, `the ${example.theme} page colour in the book (it is ${view.getComputedStyle(root).backgroundColor})`);
      expect(view.getComputedStyle(book!.body).color).to.equal(example.foreground);
      expect(view.getComputedStyle(book!.documentElement).fontSize).to.equal(`${(16 * example.fontSize) / 100}px`);
      // The reader's own UI takes the learner's theme too.
      expect(getComputedStyle(page.reader).getPropertyValue('--attune-user-background').trim()).to.not.equal('');
    });

    it('shows the position in its live region and turns the page with its own Next button, from the keyboard', async () => {
      await until(() => POSITION.test(page.position.textContent!.trim()), 5000, `a position in the ${example.name} example's live region (it says "${page.position.textContent}")`);
      const before = page.position.textContent!.trim();
      const location = page.reader.state.location!;
      expect(before).to.contain(`page ${location.page} of ${location.pages}`);
      await until(() => !page.nextButton.disabled, 3000, 'the example\'s Next page button to be enabled');

      page.nextButton.focus();
      expect(page.doc.activeElement).to.equal(page.nextButton);
      await sendKeys({ press: 'Enter' });
      await until(() => page.position.textContent!.trim() !== before, 5000, `the position to change after Next page (still "${before}")`);

      const after = page.position.textContent!.trim();
      expect(after).to.match(POSITION);
      const moved = page.reader.state.location!;
      expect(moved.index > location.index || moved.page > location.page, `moved on from ${before} to ${after}`).to.equal(true);
      expect(after).to.contain(`page ${moved.page} of ${moved.pages}`);
    });

    for (const media of [
      { colorScheme: 'light', forcedColors: 'none' },
      { colorScheme: 'dark', forcedColors: 'none' },
      { colorScheme: 'light', forcedColors: 'active' },
    ] as const) {
      it(`passes axe (WCAG 2.2 AA) in ${media.forcedColors === 'active' ? 'forced colours' : media.colorScheme}`, async () => {
        await emulateMedia(media);
        const violations = await auditPage(page);
        expect(violations, describeViolations(violations)).to.have.length(0);
      });
    }
  });
}

for (const name of ['react', 'vue']) {
  describe(`the ${name} example with a book that cannot be opened`, () => {
    it('shows the reader\'s attune-error message in its live region', async () => {
      const page = await openExample(name, undefined, '?book=../books/no-such-book.epub', 'error');
      expect(page.reader.state.error?.code).to.be.a('string');
      await until(() => page.position.textContent!.startsWith('The book could not be opened: '), 3000, `the error in the live region (it says "${page.position.textContent}")`);
      expect(page.position.textContent).to.contain(page.reader.state.error!.message);
      expect(page.nextButton.disabled).to.equal(true);
    });
  });
}

describe('the plain HTML example (the single-file bundle alone)', () => {
  it('loads no script but the bundle and its own, and finds fonts/ next to the bundle', async () => {
    const page = await openExample('html');
    const resources = page.frame.contentWindow!.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    // (The test server adds its own web socket script to every page it serves.)
    const scripts = resources.filter((path) => path.endsWith('.js') && !path.startsWith('/__web-dev-server'));
    expect(scripts.sort()).to.deep.equal([`${DIST}/html/attune-reader.bundle.js`, `${DIST}/html/example.js`]);
    // The profile asks for Atkinson Hyperlegible: the reader fetched it from fonts/ beside the bundle.
    await until(
      () => page.frame.contentWindow!.performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname === `${DIST}/html/fonts/manifest.json`),
      5000,
      'fonts/manifest.json to be fetched from beside the bundle',
    );
    const [book] = bookDocuments(page.reader);
    expect(book!.defaultView!.getComputedStyle(book!.body).fontFamily).to.contain('Atkinson Hyperlegible');
  });

  it('speaks the lesson\'s equations with the math rules from mathmaps/ beside the bundle', async () => {
    const page = await openExample('html');
    const fetched = () => page.frame.contentWindow!.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    await until(() => fetched().some((path) => path.startsWith(`${DIST}/html/mathmaps/`)), 15_000, 'speech-rule-engine to fetch its rules from html/mathmaps/');
    // Each equation gets its speech as its accessible name.
    const [book] = bookDocuments(page.reader);
    // (The reader sets aria-label on <math> only from speech-rule-engine's answer.)
    const equations = [...book!.getElementsByTagNameNS('http://www.w3.org/1998/Math/MathML', 'math')];
    expect(equations.length, 'equations in the first section').to.be.greaterThan(0);
    await until(() => (equations[0]!.getAttribute('aria-label') ?? '').length > 3, 15_000, 'the first equation named by its speech');
  });

  it('is audited for real: a nameless button added to the page is reported', async () => {
    // So that "axe finds nothing" above means the audit ran over the page.
    const page = await openExample('html');
    const nameless = page.doc.createElement('button');
    page.doc.querySelector('main')!.append(nameless);
    const violations = await auditPage(page);
    expect(violations.map((v) => v.id)).to.include('button-name');
  });
});
