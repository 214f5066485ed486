// Bundles the demo (and the reader it hosts) from TypeScript sources into
// dist/ with esbuild: one ES module, no network at run time.
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';

const started = performance.now();
mkdirSync('dist', { recursive: true });
await build({
  entryPoints: { main: 'src/main.ts' },
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['source'],
  sourcemap: true,
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
});
cpSync('public', 'dist', { recursive: true });
// The reading fonts (built by @attune/reader into its fonts/ folder) sit next
// to the bundle, where the reader looks for them (../../fonts/ from its module
// resolves to /fonts/ for a bundle at the site root).
cpSync('../reader/fonts', 'dist/fonts', { recursive: true });
console.log(`demo built in ${Math.round(performance.now() - started)} ms`);
