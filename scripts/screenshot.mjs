// Takes a screenshot of a page in Debian's Chromium, to look at what we
// built: node scripts/screenshot.mjs <url> <out.png> [light|dark|forced] [width] [height]
import { chromium } from 'playwright-core';
import { chromiumFlags } from './dev-server-parts.mjs';

const [url, out, mode = 'light', width = '1280', height = '800', waitFor = 'attune-ready'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: chromiumFlags });
const page = await browser.newPage({
  viewport: { width: Number(width), height: Number(height) },
  colorScheme: mode === 'dark' ? 'dark' : 'light',
  forcedColors: mode === 'forced' ? 'active' : 'none',
});
page.on('console', (m) => console.log(`[console.${m.type()}] ${m.text()}`));
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(url);
if (waitFor === 'attune-ready') {
  await page.evaluate(
    () => new Promise((resolve) => {
      const r = document.querySelector('attune-reader');
      if (!r) return resolve(null);
      if (r.state?.status === 'ready' || r.state?.status === 'error') return resolve(null);
      r.addEventListener('attune-ready', resolve, { once: true });
      r.addEventListener('attune-error', resolve, { once: true });
      setTimeout(resolve, 12000);
    }),
  );
}
await page.waitForTimeout(500);
// CLICK="Preferences": press buttons by their accessible names first.
if (process.env.CLICK) for (const name of process.env.CLICK.split(',')) { await page.getByRole('button', { name }).click(); await page.waitForTimeout(400); }
if (process.env.KEYS) for (const key of process.env.KEYS.split(',')) { await page.keyboard.press(key); await page.waitForTimeout(250); }
await page.screenshot({ path: out });
await browser.close();
