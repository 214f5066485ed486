// Builds the API page, dist/index.html (and dist/api.css beside it), from the
// Custom Elements Manifests that @attune/reader's and @attune/authoring's
// builds write. Renders @attune/reader's THEMING.md into the page when the
// guide exists; the build works without it. Fails with a sentence naming the
// missing file when a manifest has not been generated.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderApiPage } from './src/api-page.mjs';
import { collectPackageDocs } from './src/package-docs.mjs';
import { packagesDir } from './src/manifests.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'dist');
const themingFile = join(packagesDir, 'reader', 'THEMING.md');

let packages;
try {
  packages = collectPackageDocs();
} catch (error) {
  console.error(`@attune/docs: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const theming = existsSync(themingFile) ? { markdown: readFileSync(themingFile, 'utf8'), href: 'THEMING.md' } : undefined;
if (theming) copyFileSync(themingFile, join(out, 'THEMING.md'));
copyFileSync(join(here, 'src', 'api.css'), join(out, 'api.css'));
writeFileSync(join(out, 'index.html'), renderApiPage({ packages, theming }));

const count = packages.reduce((n, pkg) => n + pkg.elements.length, 0);
console.log(`@attune/docs: dist/index.html documents ${count} elements from ${packages.map((p) => p.name).join(', ')}${theming ? ', with the theming guide' : ' (no THEMING.md yet)'}`);
