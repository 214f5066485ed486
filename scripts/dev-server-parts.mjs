// Pieces shared by the test runner, the demo server and the benchmark: the
// Chromium flags that work on these machines, corpus serving, and pre-bundling
// of CommonJS dependencies for unbundled browser tests.
import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { resolve, extname, normalize, sep } from 'node:path';
import { buildSync } from 'esbuild';
import JSZip from 'jszip';
import { corpusDir, repoRoot } from './paths.mjs';

export const chromiumFlags = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export const contentTypes = {
  '.epub': 'application/epub+zip', '.json': 'application/json', '.xhtml': 'application/xhtml+xml',
  '.html': 'text/html', '.htm': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif',
  '.xml': 'application/xml', '.opf': 'application/oebps-package+xml', '.ncx': 'application/x-dtbncx+xml',
  '.mp3': 'audio/mpeg', '.mp4': 'audio/mp4', '.m4a': 'audio/mp4', '.smil': 'application/smil+xml',
  '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.otf': 'font/otf', '.txt': 'text/plain',
};

/** Resolves `rel` inside `dir`, or returns null when it would escape it. */
export function safeJoin(dir, rel) {
  const full = normalize(resolve(dir, '.' + sep + decodeURIComponent(rel)));
  return full === dir || full.startsWith(dir + sep) ? full : null;
}

const zipCache = new Map();
async function openCorpusZip(name) {
  if (!zipCache.has(name)) {
    zipCache.set(name, JSZip.loadAsync(readFileSync(resolve(corpusDir, name))));
  }
  return zipCache.get(name);
}

/**
 * Koa middleware: /corpus/<file> serves the corpus; /corpus/index.json lists
 * it; /corpus-unpacked/<book.epub>/<path> serves a file from inside a corpus
 * zip, so "unpacked folder" books are tested without copying the corpus.
 */
export function corpusMiddleware() {
  return async function corpus(context, next) {
    const path = context.path;
    if (path === '/corpus/index.json') {
      const files = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith('.epub')).sort() : [];
      context.type = 'application/json';
      context.body = JSON.stringify({ dir: corpusDir, files });
      return;
    }
    if (path.startsWith('/corpus/')) {
      const file = safeJoin(corpusDir, path.slice('/corpus/'.length));
      if (!file || !existsSync(file) || !statSync(file).isFile()) {
        context.status = 404;
        context.body = `Not in the corpus (${corpusDir}): ${path}`;
        return;
      }
      context.type = contentTypes[extname(file)] ?? 'application/octet-stream';
      context.body = readFileSync(file);
      return;
    }
    if (path.startsWith('/corpus-unpacked/')) {
      const [book, ...rest] = path.slice('/corpus-unpacked/'.length).split('/');
      const inner = decodeURIComponent(rest.join('/'));
      const file = safeJoin(corpusDir, book);
      if (!file || !existsSync(file)) {
        context.status = 404;
        return;
      }
      const zip = await openCorpusZip(book);
      const entry = zip.file(inner);
      if (!entry) {
        context.status = 404;
        return;
      }
      context.type = contentTypes[extname(inner).toLowerCase()] ?? 'application/octet-stream';
      context.body = await entry.async('nodebuffer');
      return;
    }
    return next();
  };
}

const prebundled = new Map();
/**
 * Entry modules for packages whose CommonJS build marks itself `__esModule`
 * without a default export (speech-rule-engine's webpack bundle): `export *`
 * cannot name their exports statically, so the whole API is the default.
 */
const prebundleEntries = {
  'speech-rule-engine': `import * as api from 'speech-rule-engine'; export default api;`,
};
/** ESM bundle of a CommonJS package, built once per process. */
export function prebundle(name) {
  if (!prebundled.has(name)) {
    const result = buildSync({
      stdin: { contents: prebundleEntries[name] ?? `export * from '${name}'; export { default } from '${name}';`, resolveDir: repoRoot },
      bundle: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'error',
    });
    prebundled.set(name, result.outputFiles[0].text);
  }
  return prebundled.get(name);
}

/**
 * A dev-server plugin that answers bare imports of CommonJS packages with an ESM bundle.
 * `module` (Node's builtin) is listed only so that node-resolve does not reject eSpeak NG's
 * script (@echogarden/espeak-ng-emscripten), which imports it on its Node-only path; the
 * browser never requests it. `pluralize` and `normalize-strings` are CommonJS dependencies of
 * `syllable`, which @attune/adapt/readability uses (the authoring editor's readability).
 */
export function prebundlePlugin(names = ['epubjs', 'jszip', 'module', 'speech-rule-engine', 'pluralize', 'normalize-strings']) {
  return {
    name: 'attune-prebundle',
    resolveImport({ source }) {
      if (names.includes(source)) return `/__prebundled__/${source}.js`;
      return undefined;
    },
    serve(context) {
      const match = context.path.match(/^\/__prebundled__\/(.+)\.js$/);
      if (match && names.includes(match[1])) return { body: prebundle(match[1]), type: 'js' };
      return undefined;
    },
  };
}

/**
 * Test-only endpoints: /__test__/hang answers headers and then never
 * finishes the body, as a stalled server does, so timeouts can be tested.
 */
export function testEndpointsMiddleware() {
  return async function testEndpoints(context, next) {
    if (context.path !== '/__test__/hang') return next();
    const { PassThrough } = await import('node:stream');
    const body = new PassThrough();
    body.write('PK');
    context.type = 'application/epub+zip';
    context.body = body;
    const end = setTimeout(() => body.end(), 60_000);
    context.req.on('close', () => {
      clearTimeout(end);
      body.end();
    });
  };
}
