import type { AttuneReader } from '@attune/reader';

/** web-test-runner serves the repository root; the built pages are here. */
export const DIST = '/packages/examples/dist';

/** WCAG 2.0–2.2, A and AA: what Attune promises. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One built example page, loaded in a same-origin frame of the test page. */
export interface ExamplePage {
  frame: HTMLIFrameElement;
  doc: Document;
  reader: AttuneReader;
  /** The page's own live region with the position. */
  position: HTMLElement;
  /** The page's own "Next page" button (not the reader's). */
  nextButton: HTMLButtonElement;
}

/**
 * Fails with what to do when the build output is not there, instead of
 * timing out on a blank frame.
 */
export async function assertBuilt(path: string): Promise<void> {
  const response = await fetch(`${DIST}/${path}`, { method: 'HEAD' });
  if (!response.ok) {
    throw new Error(
      `${DIST}/${path} is missing (HTTP ${response.status}): build the examples first (cd packages/examples && npm run build, or the root npm run build).`,
    );
  }
}

export function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (condition()) return resolve();
      if (performance.now() - started > timeoutMs) return reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
      setTimeout(check, 25);
    };
    check();
  });
}

/** Loads dist/<name>/index.html in a frame and waits until its reader has opened the book. */
export async function openExample(name: string, size = { width: 1100, height: 900 }, query = '', outcome: 'ready' | 'error' = 'ready'): Promise<ExamplePage> {
  await assertBuilt(`${name}/index.html`);
  const frame = document.createElement('iframe');
  frame.title = `The ${name} example`;
  frame.style.cssText = `width:${size.width}px;height:${size.height}px;border:0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${DIST}/${name}/index.html${query}`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  // React and Vue render the reader a moment after load.
  await until(() => !!doc.querySelector('attune-reader'), 5000, `<attune-reader> in the ${name} example`);
  const reader = doc.querySelector('attune-reader') as AttuneReader;
  await until(() => reader.state?.status === 'ready' || reader.state?.status === 'error', 15_000, `the ${name} example's book to open`);
  if (reader.state.status === 'error' && outcome === 'ready') throw new Error(`The ${name} example could not open its book: ${reader.state.error?.code} ${reader.state.error?.message}`);
  const buttons = [...doc.querySelectorAll('button')].filter((b) => b.textContent?.trim() === 'Next page');
  if (buttons.length !== 1) throw new Error(`The ${name} example should have one "Next page" button of its own; found ${buttons.length}`);
  const position = doc.querySelector<HTMLElement>('.position[role="status"]');
  if (!position) throw new Error(`The ${name} example has no position live region (.position[role=status])`);
  return { frame, doc, reader, position, nextButton: buttons[0]!, };
}

/** The book section frames the reader drew (inside its shadow root). */
export function bookDocuments(reader: AttuneReader): Document[] {
  return [...reader.shadowRoot!.querySelectorAll<HTMLIFrameElement>('.viewer iframe')]
    .map((f) => f.contentDocument)
    .filter((d): d is Document => !!d);
}

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { html: string }[];
}

/** Runs axe-core (WCAG 2.2 AA) in the example's own window, on its whole page. */
export async function auditPage(page: ExamplePage): Promise<AxeViolation[]> {
  const win = page.frame.contentWindow as Window & { axe?: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } };
  if (!win.axe) {
    // A script file, not inline code: the pages' Content-Security-Policy allows only 'self'.
    await new Promise<void>((resolve, reject) => {
      const script = page.doc.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('axe-core did not load into the example page'));
      page.doc.head.append(script);
    });
  }
  // Book sections cannot run scripts; they are audited by the reader's and a11y suites.
  const result = await win.axe!.run(page.doc, { runOnly: { type: 'tag', values: WCAG_22_AA }, iframes: false, resultTypes: ['violations'] });
  return result.violations;
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.html).slice(0, 3).join('\n  ')}`).join('\n');
}
