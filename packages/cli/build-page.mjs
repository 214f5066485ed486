// Bundles the page the CLI opens in headless Chromium (it opens the book with
// @attune/book exactly as the reader does, and runs axe on every section)
// into dist/page/check-page.js. axe itself is loaded from axe-core's own file.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/page/check-page.ts'],
  outfile: 'dist/page/check-page.js',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['source'],
  minify: true,
  logLevel: 'warning',
});
