// `npm run build` in content/: builds what the demo serves at /content/ and
// the tests open, in content/dist/:
//   <id>.epub            each lesson folder zipped as an EPUB (mimetype first and stored)
//   <id>.variants.json   its variant pack, with glossary pictures inlined as data: URLs
//   profiles/<name>.json the sample learner profiles ({ profile, policy })
//   index.json           { lessons: [{ file, title, variants }], profiles: [{ file, title }] }
// The same sources always give the same bytes (entry dates come from the
// lesson's dcterms:modified), so a rebuilt lesson is a different file only
// when its sources changed.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import JSZip from 'jszip';

export const contentDir = dirname(fileURLToPath(import.meta.url));
export const lessonsDir = resolve(contentDir, 'lessons');
export const profilesDir = resolve(contentDir, 'profiles');
export const distDir = resolve(contentDir, 'dist');

const EPUB_MIMETYPE = 'application/epub+zip';
/** What of a lesson folder goes into the EPUB; the pack (variants.json, pictures/) stays out. */
const PUBLICATION_PARTS = ['META-INF', 'EPUB'];
const PICTURE_TYPES = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp' };

/** A build problem, with the file it is about. */
export class ContentBuildError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ContentBuildError';
  }
}

/** The lessons and profiles in the order the demo lists them (content/catalog.json). */
export function readCatalog() {
  const catalog = JSON.parse(readFileSync(resolve(contentDir, 'catalog.json'), 'utf8'));
  const folders = readdirSync(lessonsDir).filter((name) => statSync(join(lessonsDir, name)).isDirectory());
  for (const folder of folders) {
    if (!catalog.lessons.includes(folder)) throw new ContentBuildError(`lessons/${folder} is not listed in catalog.json, so it would not be built; add it to "lessons".`);
  }
  for (const id of catalog.lessons) {
    if (!folders.includes(id)) throw new ContentBuildError(`catalog.json lists the lesson "${id}", but there is no folder lessons/${id}.`);
  }
  for (const { id } of catalog.profiles) {
    if (!existsSync(join(profilesDir, `${id}.json`))) throw new ContentBuildError(`catalog.json lists the profile "${id}", but there is no file profiles/${id}.json.`);
  }
  return catalog;
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join('/'))
    .sort();
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function xmlText(s) {
  return s.replace(/&(amp|lt|gt|quot|apos);/g, (_, name) => ENTITIES[name]).replace(/\s+/g, ' ').trim();
}

/** Title, unique identifier and dcterms:modified from a lesson's package document. */
export function readPackageMetadata(id) {
  const dir = join(lessonsDir, id);
  const container = readFileSync(join(dir, 'META-INF', 'container.xml'), 'utf8');
  const opfPath = container.match(/full-path="([^"]+)"/)?.[1];
  if (!opfPath) throw new ContentBuildError(`lessons/${id}/META-INF/container.xml names no package document.`);
  const opf = readFileSync(join(dir, opfPath), 'utf8');
  const uid = opf.match(/<package[^>]*\sunique-identifier="([^"]+)"/)?.[1];
  const identifier = uid && opf.match(new RegExp(`<dc:identifier[^>]*\\sid="${uid}"[^>]*>([^<]+)</dc:identifier>`))?.[1];
  const title = opf.match(/<dc:title[^>]*>([^<]+)<\/dc:title>/)?.[1];
  const modified = opf.match(/<meta[^>]*property="dcterms:modified"[^>]*>([^<]+)<\/meta>/)?.[1];
  if (!identifier || !title || !modified) {
    throw new ContentBuildError(`lessons/${id}/${opfPath} needs a unique identifier, a dc:title and dcterms:modified.`);
  }
  return { opfPath, identifier: xmlText(identifier), title: xmlText(title), modified: xmlText(modified) };
}

/** Zips a lesson folder as an EPUB: mimetype first and stored, the rest deflated. */
export async function zipLesson(id, modified) {
  const dir = join(lessonsDir, id);
  const mimetype = readFileSync(join(dir, 'mimetype'), 'utf8');
  if (mimetype !== EPUB_MIMETYPE) {
    throw new ContentBuildError(`lessons/${id}/mimetype must hold exactly "${EPUB_MIMETYPE}" (no line break); it holds ${JSON.stringify(mimetype)}.`);
  }
  const date = new Date(modified);
  const zip = new JSZip();
  zip.file('mimetype', mimetype, { compression: 'STORE', date, createFolders: false });
  for (const part of PUBLICATION_PARTS) {
    for (const file of filesUnder(join(dir, part))) {
      zip.file(`${part}/${file}`, readFileSync(join(dir, part, file)), { compression: 'DEFLATE', compressionOptions: { level: 9 }, date, createFolders: false });
    }
  }
  return zip.generateAsync({ type: 'nodebuffer', platform: 'UNIX' });
}

/**
 * A lesson's pack as served: glossary pictures given as files next to the
 * pack (`pictures/drop.svg`) become data: URLs, so the built pack is one
 * self-contained file that works wherever it is loaded from.
 */
export function builtPack(id) {
  const dir = join(lessonsDir, id);
  const pack = JSON.parse(readFileSync(join(dir, 'variants.json'), 'utf8'));
  for (const entry of pack.entries ?? []) {
    const src = entry.type === 'glossary' ? entry.picture?.src : undefined;
    if (!src || /^(data:|https:)/i.test(src)) continue;
    const file = resolve(dir, src);
    const type = PICTURE_TYPES[extname(file).toLowerCase()];
    if (!file.startsWith(dir + sep) || !type) {
      throw new ContentBuildError(`lessons/${id}/variants.json: the picture of "${entry.id}" (${src}) must be an SVG, PNG, JPEG or WebP file inside lessons/${id}.`);
    }
    if (!existsSync(file)) throw new ContentBuildError(`lessons/${id}/variants.json: the picture of "${entry.id}" is missing (${relative(contentDir, file)}).`);
    entry.picture.src = `data:${type};base64,${readFileSync(file).toString('base64')}`;
  }
  return pack;
}

/** Builds everything into `out` (content/dist by default), replacing what was there. */
export async function buildContent({ out = distDir } = {}) {
  const started = performance.now();
  const catalog = readCatalog();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(resolve(out, 'profiles'), { recursive: true });
  const lessons = await Promise.all(
    catalog.lessons.map(async (id) => {
      const { title, modified } = readPackageMetadata(id);
      writeFileSync(resolve(out, `${id}.epub`), await zipLesson(id, modified));
      writeFileSync(resolve(out, `${id}.variants.json`), `${JSON.stringify(builtPack(id), null, 2)}\n`);
      return { file: `${id}.epub`, title, variants: `${id}.variants.json` };
    }),
  );
  const profiles = catalog.profiles.map(({ id, title }) => {
    const json = JSON.parse(readFileSync(join(profilesDir, `${id}.json`), 'utf8'));
    writeFileSync(resolve(out, 'profiles', `${id}.json`), `${JSON.stringify(json, null, 2)}\n`);
    return { file: `profiles/${id}.json`, title };
  });
  const index = { lessons, profiles };
  writeFileSync(resolve(out, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  return { index, out, durationMs: performance.now() - started };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const { index, out, durationMs } = await buildContent();
    console.log(`content: ${index.lessons.length} lessons and ${index.profiles.length} profiles built in ${relative(process.cwd(), out) || '.'} (${durationMs.toFixed(0)} ms)`);
  } catch (error) {
    console.error(`content build failed: ${error.message}`);
    process.exit(1);
  }
}
