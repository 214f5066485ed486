// Bundles the demo (and the reader it hosts) from TypeScript sources into
// dist/ with esbuild: one ES module, no network at run time.
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const started = performance.now();
mkdirSync('dist', { recursive: true });
await build({
  // The offline voice's Worker is its own entry; speech-rule-engine and the
  // offline voice are split into chunks loaded only when a learner needs them.
  entryPoints: { main: 'src/main.ts', 'espeak-worker': '@attune/speech-espeak/worker' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  // eSpeak NG's script imports Node's `module` only on its Node path.
  external: ['module'],
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
// Math speech's locale files and the offline voice's data, served by us (never a CDN).
const require = createRequire(import.meta.url);
cpSync(dirname(require.resolve('speech-rule-engine/package.json')) + '/lib/mathmaps', 'dist/mathmaps', { recursive: true });
const espeak = dirname(require.resolve('@echogarden/espeak-ng-emscripten/package.json'));
mkdirSync('dist/espeak', { recursive: true });
for (const file of ['espeak-ng.js', 'espeak-ng.data']) cpSync(`${espeak}/${file}`, `dist/espeak/${file}`);
console.log(`demo built in ${Math.round(performance.now() - started)} ms`);
