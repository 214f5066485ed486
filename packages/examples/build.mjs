// Builds the embedding examples into dist/, one folder a page:
//   dist/index.html              the list of examples
//   dist/examples.css            the pages' own look
//   dist/books/<lesson>.epub     our lessons (from content/dist)
//   dist/html/                   plain HTML: the page, its script, and the
//                                single-file bundle with fonts/ and mathmaps/ beside it
//   dist/react/, dist/vue/       the page and app.js (esbuild bundles the app with the reader)
//   dist/assets/                 fonts/ and mathmaps/ for the React and Vue apps
//   dist/<name>/source/*.txt     each example's source, linked from its page
// Everything comes from files that exist after the reader's build (lerna
// builds @attune/reader first); a missing one stops the build with its path.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const src = resolve(here, 'src');
const dist = resolve(here, 'dist');
const repoRoot = resolve(here, '../..');
const require = createRequire(import.meta.url);

// A workspace sibling (its package.json is not in its exports).
const readerDir = resolve(here, '../reader');
const BUNDLE = resolve(readerDir, 'dist/attune-reader.bundle.js');
const FONTS = resolve(readerDir, 'fonts');
const MATHMAPS = resolve(dirname(require.resolve('speech-rule-engine/package.json')), 'lib/mathmaps');
const CONTENT_DIST = resolve(repoRoot, 'content/dist');
/** The lesson each example opens (one each, so all three are exercised). */
const LESSONS = ['linear-equations', 'water-cycle', 'last-lamplighter'];
/** Each example's source files, shown as text from its page. */
const SOURCES = {
  html: ['html/index.html', 'html/example.js'],
  react: ['react/index.html', 'react/app.tsx', 'shared/describe-position.ts'],
  vue: ['vue/index.html', 'vue/app.ts', 'shared/describe-position.ts'],
};

const started = performance.now();

/** Stops with the path and what makes it, rather than building pages that cannot work. */
function required(path, madeBy) {
  if (!existsSync(path)) {
    console.error(`examples: ${relative(repoRoot, path)} is missing; ${madeBy}.`);
    process.exit(1);
  }
  return path;
}

// The lessons are built by content/ (0.1–0.3 s). Nothing orders content
// before this package in lerna, so build them here when they are not there yet.
if (LESSONS.some((lesson) => !existsSync(resolve(CONTENT_DIST, `${lesson}.epub`)))) {
  const made = spawnSync(process.execPath, ['build.mjs'], { cwd: resolve(repoRoot, 'content'), stdio: 'inherit' });
  if (made.status !== 0) process.exit(1);
}
required(BUNDLE, 'build @attune/reader first (cd packages/reader && npm run build)');
required(resolve(FONTS, 'manifest.json'), 'build @attune/reader first (its copy-fonts.mjs makes fonts/)');
required(resolve(MATHMAPS, 'en.json'), 'speech-rule-engine is not installed');

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

cpSync(resolve(src, 'index.html'), resolve(dist, 'index.html'));
cpSync(resolve(src, 'examples.css'), resolve(dist, 'examples.css'));
for (const lesson of LESSONS) {
  cpSync(required(resolve(CONTENT_DIST, `${lesson}.epub`), 'build content/ (cd content && npm run build)'), resolve(dist, 'books', `${lesson}.epub`));
}

// Plain HTML: the page and its script as written, the bundle with fonts/ and
// mathmaps/ next to it — exactly what a publisher copies.
for (const file of ['index.html', 'example.js']) cpSync(resolve(src, 'html', file), resolve(dist, 'html', file));
cpSync(BUNDLE, resolve(dist, 'html/attune-reader.bundle.js'));
cpSync(FONTS, resolve(dist, 'html/fonts'), { recursive: true });
cpSync(MATHMAPS, resolve(dist, 'html/mathmaps'), { recursive: true });

// React and Vue: an app bundled with the reader, as an app's own build would.
cpSync(FONTS, resolve(dist, 'assets/fonts'), { recursive: true });
cpSync(MATHMAPS, resolve(dist, 'assets/mathmaps'), { recursive: true });
for (const name of ['react', 'vue']) cpSync(resolve(src, name, 'index.html'), resolve(dist, name, 'index.html'));
await build({
  entryPoints: { 'react/app': resolve(src, 'react/app.tsx'), 'vue/app': resolve(src, 'vue/app.ts') },
  outdir: dist,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
  jsx: 'automatic',
  // The reader from its TypeScript sources, as the bundle and the demo build it.
  conditions: ['source'],
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false, jsx: 'react-jsx' } },
  // Vue's full build: it compiles the app's template in the browser (no SFC compiler).
  alias: { vue: 'vue/dist/vue.esm-bundler.js', 'jszip/dist/jszip': 'jszip' },
  define: {
    'process.env.NODE_ENV': '"production"',
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
});

for (const [name, files] of Object.entries(SOURCES)) {
  for (const file of files) cpSync(resolve(src, file), resolve(dist, name, 'source', `${basename(file)}.txt`));
}

console.log(`examples: html, react, vue built into ${relative(process.cwd(), dist) || '.'} in ${Math.round(performance.now() - started)} ms`);
