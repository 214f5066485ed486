import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import type { AnchorResult, CheckPageWindow, CheckReport, CheckResult, Finding } from './check-types.js';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
/** The browser-side bundle, built by build-page.mjs next to this file's dist/. */
const PAGE_SCRIPT = resolve(here, '..', 'dist', 'page', 'check-page.js');
const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');

/** Chromium flags that work on school machines and CI alike (no sandbox as root, no background network). */
const CHROMIUM_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const SEVERITIES: Finding['severity'][] = ['critical', 'serious', 'moderate', 'minor'];

export interface CheckOptions {
  /** Called as sections are checked. */
  onProgress?: (done: number, total: number, section: string) => void;
  /** Chromium to use; default CHROME_PATH or /usr/bin/chromium. */
  chromiumPath?: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.epub': 'application/epub+zip', '.xhtml': 'application/xhtml+xml',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.xml': 'application/xml', '.opf': 'application/oebps-package+xml',
};

/** A local server for the check page, axe, and the book (a file or an unpacked folder). Nothing else is served. */
function serve(bookPath: string): Promise<{ server: Server; origin: string; bookUrl: string }> {
  const folder = statSync(bookPath).isDirectory();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const send = (file: string) => {
      response.writeHead(200, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' });
      createReadStream(file).pipe(response);
    };
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>attune check</title><script type="module" src="/check-page.js"></script></head><body></body></html>');
    } else if (path === '/check-page.js') send(PAGE_SCRIPT);
    else if (path === '/axe.min.js') send(AXE_SCRIPT);
    else if (!folder && path === '/book.epub') send(bookPath);
    else if (folder && path.startsWith('/book/')) {
      const file = normalize(join(bookPath, path.slice('/book/'.length)));
      if ((file === bookPath || file.startsWith(bookPath + sep)) && existsSync(file) && statSync(file).isFile()) send(file);
      else response.writeHead(404).end();
    } else response.writeHead(404).end();
  });
  return new Promise((resolveServer) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      const origin = `http://127.0.0.1:${port}`;
      resolveServer({ server, origin, bookUrl: folder ? `${origin}/book/` : `${origin}/book.epub` });
    }),
  );
}

/** Orders findings (severity, then file, then id) so the same book always gives the same report. */
function stable(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.where.localeCompare(b.where) || a.id.localeCompare(b.id),
  );
}

/** Runs `work` on the check page with the book served; closes everything after. */
async function onCheckPage<T>(file: string, options: CheckOptions, work: (page: import('playwright-core').Page, urls: { bookUrl: string; origin: string }) => Promise<T>): Promise<T> {
  const bookPath = resolve(file);
  if (!existsSync(bookPath)) throw new Error(`There is no file at ${file}.`);
  if (!existsSync(PAGE_SCRIPT)) throw new Error(`The check page is not built (${PAGE_SCRIPT}); run npm run build in @attune/cli.`);
  const { server, origin, bookUrl } = await serve(bookPath);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: options.chromiumPath ?? process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
    const page = await browser.newPage();
    await page.exposeFunction('attuneProgress', (done: number, total: number, label: string) => options.onProgress?.(done, total, label));
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => typeof (window as unknown as CheckPageWindow).attuneCheck === 'function');
    return await work(page, { bookUrl, origin });
  } finally {
    await browser?.close();
    server.close();
  }
}

/** Anchors a variant pack in a book (in Chromium, as the reader would). */
export function anchorPack(file: string, pack: unknown, options: CheckOptions = {}): Promise<AnchorResult> {
  return onCheckPage(file, options, (page, { bookUrl }) => page.evaluate(([url, json]) => (window as unknown as CheckPageWindow).attuneAnchors(url as string, json), [bookUrl, pack] as const));
}

/**
 * Checks a book: opens it in headless Chromium with the same sanitizing and
 * rendering code as the reader, runs axe-core (WCAG 2.2 AA) on every section
 * and checks accessibility metadata and structure.
 */
export async function checkBook(file: string, options: CheckOptions = {}): Promise<CheckReport> {
  const result: CheckResult = await onCheckPage(file, options, (page, { bookUrl, origin }) =>
    page.evaluate(([url, axeUrl]) => (window as unknown as CheckPageWindow).attuneCheck(url!, { axeUrl: axeUrl! }), [bookUrl, `${origin}/axe.min.js`]),
  );
  const findings = stable(result.findings);
  const summary = Object.fromEntries(SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length])) as CheckReport['summary'];
  return { file: basename(resolve(file)), ...result, findings, summary, passed: result.opened && summary.critical === 0 && summary.serious === 0 };
}

/** Reads a JSON file with a clear error when it is missing or not JSON. */
export async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new Error(`There is no file at ${file}.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${(error as Error).message}).`);
  }
}
