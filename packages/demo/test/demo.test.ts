import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * The demo as `npm start` serves it: built, served by serve.mjs, opened in
 * Chromium. Checks the contract's query parameters, the book picker, opening
 * a file from the device, and axe on the whole page.
 */
const here = fileURLToPath(new URL('..', import.meta.url));
const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
let server: ChildProcess;
let origin = '';
let browser: Browser;

before(async () => {
  const built = spawnSync(process.execPath, ['build.mjs'], { cwd: here, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  server = spawn(process.execPath, ['serve.mjs'], { cwd: here, env: { ...process.env, PORT: '0' } });
  origin = await new Promise<string>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => {
      const match = String(chunk).match(/http:\/\/localhost:\d+/);
      if (match) resolve(match[0]);
    });
    server.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: flags });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

async function openDemo(query: string): Promise<{ page: Page; outcome: { type: string; detail: Record<string, unknown> } }> {
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  await page.goto(`${origin}/${query}`);
  const outcome = await page.evaluate(
    () =>
      new Promise<{ type: string; detail: Record<string, unknown> }>((resolve) => {
        const reader = document.querySelector('attune-reader') as HTMLElement & {
          state: { status: string; error?: Record<string, unknown> };
          book?: { metadata: Record<string, unknown>; sections: unknown[] };
        };
        // The book may have opened (or failed) before this script ran.
        if (reader.state.status === 'error') return resolve({ type: 'error', detail: reader.state.error ?? {} });
        if (reader.state.status === 'ready') return resolve({ type: 'ready', detail: { ...reader.book!.metadata } });
        const finish = (type: string) => (e: Event) => resolve({ type, detail: (e as CustomEvent).detail });
        reader.addEventListener('attune-ready', finish('ready'), { once: true });
        reader.addEventListener('attune-error', finish('error'), { once: true });
        setTimeout(() => resolve({ type: 'timeout', detail: {} }), 12_000);
      }),
  );
  return { page, outcome };
}

test('?book= opens that book in the one <attune-reader> of the page', async () => {
  const { page, outcome } = await openDemo('?book=corpus/wasteland.epub');
  assert.equal(outcome.type, 'ready');
  assert.match(String(outcome.detail.title), /Waste Land/);
  assert.equal(await page.locator('attune-reader').count(), 1);
  assert.equal(await page.locator('#book-choice').inputValue(), 'corpus/wasteland.epub');
  await page.close();
});

test('the picker lists sample books and switching opens the chosen one', async () => {
  const { page } = await openDemo('?book=corpus/wasteland.epub');
  const options = await page.locator('#book-choice option').allTextContents();
  assert.ok(options.includes('Moby-Dick'), options.join(', '));
  const ready = page.evaluate(() => new Promise((r) => document.querySelector('attune-reader')!.addEventListener('attune-ready', (e) => r((e as CustomEvent).detail.title), { once: true })));
  await page.locator('#book-choice').selectOption('corpus/moby-dick.epub');
  assert.equal(await ready, 'Moby-Dick');
  assert.match(page.url(), /book=corpus%2Fmoby-dick\.epub/);
  await page.close();
});

test('a file chosen from the device opens', async () => {
  const { page } = await openDemo('?book=corpus/wasteland.epub');
  const ready = page.evaluate(() => new Promise((r) => document.querySelector('attune-reader')!.addEventListener('attune-ready', (e) => r((e as CustomEvent).detail.title), { once: true })));
  const corpus = process.env.ATTUNE_CORPUS ?? fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
  await page.locator('#book-file').setInputFiles({ name: 'flatland.epub', mimeType: 'application/epub+zip', buffer: readFileSync(`${corpus}/se-flatland.epub`) });
  assert.match(String(await ready), /Flatland/);
  await page.close();
});

test('a broken book shows its error in the page', async () => {
  const { page, outcome } = await openDemo('?book=corpus/broken-epubcheck-zip-truncated.epub');
  assert.equal(outcome.type, 'error');
  assert.equal(outcome.detail.code, 'not-a-zip');
  await page.close();
});

for (const mode of ['light', 'dark', 'forced'] as const) {
  test(`axe finds no WCAG 2.2 AA violation on the demo page (${mode})`, async () => {
    // bypassCSP only lets the test inject axe; the page's own CSP stays as it is.
    const page = await browser.newPage({ bypassCSP: true, colorScheme: mode === 'dark' ? 'dark' : 'light', forcedColors: mode === 'forced' ? 'active' : 'none' });
    await page.goto(`${origin}/?book=corpus/childrens-literature.epub`);
    await page.waitForFunction(() => (document.querySelector('attune-reader') as unknown as { state: { status: string } }).state.status === 'ready');
    await page.addScriptTag({ content: readFileSync(fileURLToPath(import.meta.resolve('axe-core/axe.min.js')), 'utf8') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, iframes: false });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
    });
    assert.deepEqual(violations, []);
    await page.close();
  });
}

test('a learner\'s settings are kept on the device, per learner, across reloads', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const ready = () =>
    page.waitForFunction(() => (document.querySelector('attune-reader') as unknown as { state: { status: string } }).state.status === 'ready');
  const fontSize = () => page.evaluate(() => (document.querySelector('attune-reader') as unknown as { settings: { settings: { display: { fontSize: number } } } }).settings.settings.display.fontSize);
  await page.goto(`${origin}/?book=corpus/wasteland.epub`);
  await ready();
  await page.getByRole('button', { name: 'Preferences' }).click();
  await page.waitForFunction(() => !!document.querySelector('attune-reader')!.shadowRoot!.querySelector('attune-preferences'));
  await page.evaluate(() => {
    const panel = document.querySelector('attune-reader')!.shadowRoot!.querySelector('attune-preferences')!;
    const size = panel.shadowRoot!.querySelector<HTMLInputElement>('#f-display-fontSize')!;
    size.value = '150';
    size.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    size.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await page.waitForFunction(() => (document.querySelector('attune-reader') as unknown as { settings: { settings: { display: { fontSize: number } } } }).settings.settings.display.fontSize === 150);
  const firstLearner = await page.locator('#learner-choice').inputValue();
  await page.reload();
  await ready();
  await page.waitForFunction(() => (document.querySelector('attune-reader') as unknown as { settings: { settings: { display: { fontSize: number } } } }).settings.settings.display.fontSize === 150);
  // A second learner starts from the defaults; switching back restores the first one's.
  await page.getByRole('button', { name: 'New learner' }).click();
  await page.waitForFunction(() => (document.querySelector('#learner-choice') as HTMLSelectElement).options.length === 2);
  await page.waitForFunction(() => (document.querySelector('attune-reader') as unknown as { settings: { settings: { display: { fontSize: number } } } }).settings.settings.display.fontSize === 100);
  await page.locator('#learner-choice').selectOption(firstLearner);
  await page.waitForFunction(() => (document.querySelector('attune-reader') as unknown as { settings: { settings: { display: { fontSize: number } } } }).settings.settings.display.fontSize === 150);
  assert.equal(await fontSize(), 150);
  await context.close();
});

test('math in a lesson is spoken from files the demo serves (speech-rule-engine, no CDN)', async () => {
  const { page, outcome } = await openDemo('?book=content/linear-equations.epub');
  assert.equal(outcome.type, 'ready');
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) outside.push(r.url());
  });
  const spoken = await page.evaluate(async () => {
    const reader = document.querySelector('attune-reader')!;
    const frames = [...reader.shadowRoot!.querySelectorAll('iframe')];
    for (let i = 0; i < 6; i++) {
      const math = frames.map((f) => f.contentDocument!.querySelector('math')).find(Boolean) as HTMLElement | undefined;
      if (math) {
        (reader as unknown as { focusContent(): void }).focusContent();
        math.focus();
        const region = reader.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
        for (let t = 0; t < 200; t++) {
          if (/equals|plus|minus|times|over|x/.test(region.textContent ?? '') && (region.textContent ?? '').length > 3) return region.textContent;
          await new Promise((r) => setTimeout(r, 50));
        }
        return `no speech: ${region.textContent}`;
      }
      await (reader as unknown as { next(): Promise<void> }).next();
    }
    return 'no math on the first pages';
  });
  assert.match(String(spoken), /\w+ \w+/, String(spoken));
  assert.doesNotMatch(String(spoken), /could not be read/);
  assert.deepEqual(outside, []);
  await page.close();
});

test('read aloud works offline with the offline voice the demo registers', async () => {
  const { page, outcome } = await openDemo('?book=content/water-cycle.epub');
  assert.equal(outcome.type, 'ready');
  await page.getByRole('button', { name: 'Read aloud' }).focus();
  await page.keyboard.press('Enter');
  const highlighted = await page.evaluate(async () => {
    const reader = document.querySelector('attune-reader')!;
    for (let t = 0; t < 300; t++) {
      for (const frame of reader.shadowRoot!.querySelectorAll('iframe')) {
        const win = frame.contentWindow as (Window & typeof globalThis) | null;
        const word = win?.CSS.highlights.get('attune-word');
        const range = word ? ([...word][0] as Range | undefined) : undefined;
        if (range?.toString().trim()) return range.toString();
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    return '';
  });
  assert.ok(highlighted.length > 0, 'a spoken word is highlighted');
  await page.close();
});

for (const tool of ['profile', 'variants'] as const) {
  test(`the Author view (?view=author&tool=${tool}) shows the teacher's tool, reachable from the navigation, axe-clean`, async () => {
    const page = await browser.newPage({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/`);
    await page.getByRole('link', { name: 'Author' }).click();
    await page.waitForURL(/view=author/);
    if (tool === 'variants') await page.getByRole('link', { name: /Simplified texts/ }).click();
    const element = tool === 'profile' ? 'attune-profile-builder' : 'attune-variant-editor';
    await page.waitForFunction((name) => !!document.querySelector(name) && (document.querySelector(name) as unknown as { ready?: boolean }).ready !== false, element, { timeout: 20_000 });
    assert.equal(await page.locator('#nav-author').getAttribute('aria-current'), 'page');
    assert.equal(await page.locator('attune-reader#reader').isVisible(), false);
    await page.waitForTimeout(1500);
    await page.addScriptTag({ content: readFileSync(fileURLToPath(import.meta.resolve('axe-core/axe.min.js')), 'utf8') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, iframes: false });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).slice(0, 2).join(' | ')}`);
    });
    assert.deepEqual(violations, []);
    await page.close();
  });
}

test('at 320 px wide nothing scrolls sideways', async () => {
  const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  await page.goto(`${origin}/?book=corpus/childrens-literature.epub`);
  await page.waitForFunction(() => (document.querySelector('attune-reader') as unknown as { state: { status: string } }).state.status === 'ready');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  await page.close();
});

// The publisher pages are built by @attune/docs and @attune/examples (lerna builds them before the tests run).
for (const { link, path, heading } of [
  { link: 'API', path: '/docs/', heading: /Attune/ },
  { link: 'Examples', path: '/examples/', heading: /example/i },
]) {
  test(`the ${link} link opens ${path}, served by the demo`, async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(`${origin}/`);
    await page.getByRole('navigation', { name: 'Demo' }).getByRole('link', { name: link, exact: true }).click();
    await page.waitForURL(`${origin}${path}`);
    assert.match(await page.getByRole('heading', { level: 1 }).first().innerText(), heading);
    // Without its slash the folder redirects, so relative links inside it resolve.
    const bare = await page.goto(`${origin}${path.slice(0, -1)}`);
    assert.equal(new URL(bare!.url()).pathname, path);
    await page.close();
  });
}

/** How many bookmarks, highlights and notes the study database keeps for each learner (record keys start with the learner's id). */
function studyRecordsByLearner(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('attune-study');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('annotations')) return db.close(), resolve({});
          const keys = db.transaction('annotations').objectStore('annotations').getAllKeys();
          keys.onsuccess = () => {
            const counts: Record<string, number> = {};
            for (const key of keys.result) {
              const learner = String((key as IDBValidKey[])[0]);
              counts[learner] = (counts[learner] ?? 0) + 1;
            }
            db.close();
            resolve(counts);
          };
        };
      }),
  );
}

test('a learner removed from the device takes their bookmarks along; "Delete all data on this device" leaves one fresh learner', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  const ready = () => page.waitForFunction(() => (document.querySelector('attune-reader') as unknown as { state: { status: string } }).state.status === 'ready');
  const bookmark = async () => {
    await ready();
    const button = page.getByRole('button', { name: 'Bookmark this page' });
    await button.click();
    await page.waitForFunction(() => [...document.querySelector('attune-reader')!.shadowRoot!.querySelectorAll('button[aria-pressed="true"]')].some((b) => /Bookmark/.test(b.textContent ?? '')));
  };
  await page.goto(`${origin}/?book=corpus/wasteland.epub`);
  await bookmark();
  const first = await page.locator('#learner-choice').inputValue();
  await page.getByRole('button', { name: 'New learner' }).click();
  await page.waitForFunction((id) => (document.querySelector('#learner-choice') as HTMLSelectElement).value !== id, first);
  const second = await page.locator('#learner-choice').inputValue();
  await bookmark();
  // Bookmarks are saved a moment after the button shows them pressed.
  let before: Record<string, number> = {};
  for (let tries = 0; tries < 50 && !(before[first] && before[second]); tries++) {
    await page.waitForTimeout(100);
    before = await studyRecordsByLearner(page);
  }
  assert.ok(before[first] && before[second], `both learners' bookmarks are stored: ${JSON.stringify(before)}`);

  await page.getByRole('button', { name: 'Remove this learner' }).click();
  await page.getByRole('alert').filter({ hasText: 'was removed from this device' }).waitFor();
  const options = await page.locator('#learner-choice option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  assert.deepEqual(options, [first]);
  const afterRemove = await studyRecordsByLearner(page);
  assert.equal(afterRemove[second], undefined, `the removed learner's study data is gone: ${JSON.stringify(afterRemove)}`);
  assert.equal(afterRemove[first], before[first], 'the other learner keeps theirs');

  await page.getByRole('button', { name: 'Delete all data on this device' }).click();
  await page.waitForEvent('load');
  await ready();
  const fresh = await page.locator('#learner-choice option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  assert.equal(fresh.length, 1);
  assert.notEqual(fresh[0], first, 'a new learner, not the old one');
  assert.deepEqual(await studyRecordsByLearner(page), {}, 'no bookmark, highlight or note is left');
  await context.close();
});
