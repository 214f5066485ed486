// Copies the reading fonts Attune offers (Atkinson Hyperlegible, Lexend,
// OpenDyslexic; SIL OFL 1.1, from @fontsource) into fonts/ with a
// manifest.json of their @font-face facts, so the reader can load them into
// book frames offline as blob: URLs (the frames' CSP allows no other fonts).
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const FAMILIES = ['atkinson-hyperlegible', 'lexend', 'opendyslexic'];
const VARIANTS = ['400', '700', '400-italic', '700-italic'];
const SUBSETS = ['latin', 'latin-ext'];

const out = resolve('fonts');
mkdirSync(out, { recursive: true });
const faces = [];
for (const family of FAMILIES) {
  const dir = dirname(require.resolve(`@fontsource/${family}/package.json`));
  copyFileSync(resolve(dir, 'LICENSE'), resolve(out, `${family}.LICENSE.txt`));
  for (const variant of VARIANTS) {
    const cssPath = resolve(dir, `${variant}.css`);
    if (!existsSync(cssPath)) continue;
    const css = readFileSync(cssPath, 'utf8');
    for (const block of css.split('@font-face').slice(1)) {
      const file = block.match(/url\(\.\/files\/([^)]+\.woff2)\)/)?.[1];
      const subset = SUBSETS.find((s) => file?.startsWith(`${family}-${s}-`));
      if (!file || !subset) continue;
      copyFileSync(resolve(dir, 'files', file), resolve(out, file));
      faces.push({
        id: family,
        family: block.match(/font-family:\s*'([^']+)'/)[1],
        style: block.match(/font-style:\s*(\w+)/)[1],
        weight: block.match(/font-weight:\s*(\d+)/)[1],
        unicodeRange: block.match(/unicode-range:\s*([^;]+);/)?.[1] ?? '',
        file,
      });
    }
  }
}
writeFileSync(resolve(out, 'manifest.json'), JSON.stringify({ faces }, null, 1));
console.log(`fonts: ${faces.length} faces copied to fonts/`);
