// Builds dist/attune-reader.bundle.js: the whole reader (lit, epubjs, jszip,
// DOMPurify, speech, math with speech-rule-engine) in one minified ES module,
// for a publisher's page with no build step:
//   <script type="module" src="attune-reader.bundle.js"></script>
//   <attune-reader src="book.epub"></attune-reader>
// Files fetched at run time stay files, looked up next to the bundle:
// fonts/ (AttuneReader.fontBaseUrl) and mathmaps/ (AttuneReader.mathLocaleUrl).
// The offline voice (@attune/speech-espeak) is GPL-3.0 and is refused here:
// the bundle is MIT (its third-party notices are kept at its end).
import { build } from 'esbuild';
import { readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = fileURLToPath(new URL('.', import.meta.url));
const OUT = resolve(here, 'dist/attune-reader.bundle.js');
/** Packages whose licence the MIT bundle cannot carry. */
const GPL = /@attune[\\/]speech-espeak|speech-espeak[\\/]|@echogarden[\\/]espeak/;
/** The fonts' place seen from src/display/ in the package, and next to the bundle. */
const FONTS_IN_PACKAGE = "new URL('../../fonts/', import.meta.url)";
const FONTS_NEXT_TO_BUNDLE = "new URL('./fonts/', import.meta.url)";

/**
 * In the package, the font manifest is two folders up from the module that
 * loads it; in the bundle it is in fonts/ beside the bundle. The build fails
 * if the source no longer says what this rewrites, rather than shipping a
 * bundle that looks for fonts in the wrong place.
 */
const fontsNextToBundle = {
  name: 'attune-fonts-next-to-bundle',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]display[\\/]bundled-fonts\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(FONTS_IN_PACKAGE)) {
        return { errors: [{ text: `bundle.mjs: ${args.path} no longer contains ${FONTS_IN_PACKAGE}; update FONTS_IN_PACKAGE so the bundle finds fonts/ next to itself.` }] };
      }
      return { contents: source.replace(FONTS_IN_PACKAGE, FONTS_NEXT_TO_BUNDLE), loader: 'ts' };
    });
  },
};

/** Stops the build if anything GPL-licensed was pulled in (it must stay a separate, opt-in download). */
const refuseGpl = {
  name: 'attune-refuse-gpl',
  setup(esbuild) {
    esbuild.onResolve({ filter: /espeak/ }, (args) => {
      if (!GPL.test(args.path)) return undefined;
      return { errors: [{ text: `bundle.mjs: ${args.importer} imports ${args.path}, which is GPL-3.0; the MIT bundle must not contain it (load it with AttuneReader.offlineVoice instead).` }] };
    });
  },
};

/**
 * What the bundle exports: everything `@attune/reader` does, and the profile
 * helpers a page with no build step needs to make a learner profile (it
 * cannot import `@attune/profile` on its own).
 */
const ENTRY = `
export * from './src/index.ts';
export { createProfile, applyPatch, validateProfile, PRESETS } from '@attune/profile';
`;

const started = performance.now();
const result = await build({
  stdin: { contents: ENTRY, resolveDir: here, sourcefile: 'attune-reader.bundle.ts', loader: 'ts' },
  outfile: OUT,
  bundle: true,
  // One file: speech-rule-engine's dynamic import is inlined and still runs
  // only when math is first spoken.
  splitting: false,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  conditions: ['source'],
  minify: true,
  // The licences of lit, epubjs, JSZip, DOMPurify… travel inside the one file.
  legalComments: 'eof',
  metafile: true,
  logLevel: 'warning',
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  // epubjs imports JSZip's dist file by path and @attune/book imports the
  // package: one copy (the same release) instead of two (−96 KB).
  alias: { 'jszip/dist/jszip': 'jszip' },
  plugins: [refuseGpl, fontsNextToBundle],
});

const inputs = Object.keys(result.metafile.inputs);
const gpl = inputs.filter((path) => GPL.test(path));
if (gpl.length) throw new Error(`bundle.mjs: GPL code in the MIT bundle: ${gpl.join(', ')}`);
const raw = statSync(OUT).size;
const gzipped = gzipSync(readFileSync(OUT), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
console.log(`bundle: ${relative(process.cwd(), OUT)} ${kb(raw)} (${kb(gzipped)} gzipped), ${inputs.length} modules, in ${Math.round(performance.now() - started)} ms`);
