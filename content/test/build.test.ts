import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { buildContent, builtPack, distDir, lessonsDir, profilesDir, readCatalog, readPackageMetadata, zipLesson } from '../build.mjs';

// Builds content/dist (the browser tests, which run after these, open what
// this writes), then checks the zips byte by byte and runs EPUBCheck on them.

const catalog = readCatalog();
const built = await buildContent();

interface ZipEntry {
  name: string;
  method: number;
  extraLength: number;
  localHeaderOffset: number;
}

/** The entries of a zip, in order, from its central directory. */
function zipEntries(bytes: Buffer): ZipEntry[] {
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, 'end of central directory found');
  const count = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(bytes.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    entries.push({
      name: bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
      method: bytes.readUInt16LE(at + 10),
      extraLength: extra,
      localHeaderOffset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

function manifestHrefs(opf: string): string[] {
  return [...opf.matchAll(/<item\s[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
}

test('npm run build is fast (< 1 s) and writes index.json as the demo reads it', () => {
  assert.ok(built.durationMs < 1000, `build took ${built.durationMs.toFixed(0)} ms`);
  const index = JSON.parse(readFileSync(join(distDir, 'index.json'), 'utf8'));
  assert.deepEqual(index, built.index);
  assert.deepEqual(
    index.lessons,
    catalog.lessons.map((id: string) => ({ file: `${id}.epub`, title: readPackageMetadata(id).title, variants: `${id}.variants.json` })),
  );
  assert.deepEqual(index.profiles, catalog.profiles.map(({ id, title }: { id: string; title: string }) => ({ file: `profiles/${id}.json`, title })));
  for (const lesson of index.lessons) {
    assert.ok(existsSync(join(distDir, lesson.file)), lesson.file);
    assert.ok(existsSync(join(distDir, lesson.variants)), lesson.variants);
  }
  console.log(`built ${index.lessons.length} lessons and ${index.profiles.length} profiles in ${built.durationMs.toFixed(0)} ms`);
});

test('every lesson folder is in catalog.json and every lesson in catalog.json has a folder', () => {
  const folders = readdirSync(lessonsDir).sort();
  assert.deepEqual([...catalog.lessons].sort(), folders);
});

for (const id of catalog.lessons as string[]) {
  test(`${id}.epub: mimetype first, stored, without extra field; everything else deflated; only the publication is inside`, () => {
    const bytes = readFileSync(join(distDir, `${id}.epub`));
    // The local header of the first entry, as reading systems sniff it.
    assert.equal(bytes.readUInt32LE(0), 0x04034b50);
    assert.equal(bytes.readUInt16LE(8), 0, 'stored');
    assert.equal(bytes.readUInt16LE(28), 0, 'no extra field');
    assert.equal(bytes.subarray(30, 38).toString('ascii'), 'mimetype');
    assert.equal(bytes.subarray(38, 58).toString('ascii'), 'application/epub+zip');

    const entries = zipEntries(bytes);
    assert.equal(entries[0]!.name, 'mimetype');
    assert.equal(entries[0]!.localHeaderOffset, 0);
    for (const entry of entries.slice(1)) assert.equal(entry.method, 8, `${entry.name} is deflated`);
    const names = entries.map((e) => e.name);
    assert.ok(names.includes('META-INF/container.xml'));
    assert.ok(names.every((n) => n === 'mimetype' || n.startsWith('META-INF/') || n.startsWith('EPUB/')), `unexpected entries: ${names}`);
    assert.ok(!names.some((n) => /variants\.json|pictures\//.test(n)), 'the variant pack stays out of the EPUB');

    // Every file in the zip is in the manifest and every manifest item is in the zip.
    const { opfPath } = readPackageMetadata(id);
    const opf = readFileSync(join(lessonsDir, id, opfPath), 'utf8');
    const inManifest = manifestHrefs(opf).map((href) => `EPUB/${href}`).sort();
    const publicationFiles = names.filter((n) => n.startsWith('EPUB/') && n !== opfPath).sort();
    assert.deepEqual(publicationFiles, inManifest);
  });

  test(`${id}: the build is reproducible (same sources, same bytes)`, async () => {
    const { modified } = readPackageMetadata(id);
    const again = await zipLesson(id, modified);
    assert.ok(Buffer.compare(again, readFileSync(join(distDir, `${id}.epub`))) === 0);
  });

  test(`${id}.variants.json is the lesson's pack with its pictures inlined`, () => {
    const source = JSON.parse(readFileSync(join(lessonsDir, id, 'variants.json'), 'utf8'));
    const served = JSON.parse(readFileSync(join(distDir, `${id}.variants.json`), 'utf8'));
    assert.deepEqual(served, builtPack(id));
    let pictures = 0;
    source.entries.forEach((entry: { type: string; picture?: { src: string } }, i: number) => {
      const servedEntry = served.entries[i];
      if (entry.type !== 'glossary' || !entry.picture) {
        assert.deepEqual(servedEntry, entry);
        return;
      }
      pictures += 1;
      const file = readFileSync(join(lessonsDir, id, entry.picture.src));
      assert.equal(servedEntry.picture.src, `data:image/svg+xml;base64,${file.toString('base64')}`);
      assert.deepEqual({ ...servedEntry, picture: { ...servedEntry.picture, src: entry.picture.src } }, entry);
    });
    assert.ok(pictures >= 3, `${pictures} glossary pictures`);
  });
}

test('profiles are copied to dist/profiles unchanged', () => {
  for (const { id } of catalog.profiles as { id: string }[]) {
    assert.deepEqual(
      JSON.parse(readFileSync(join(distDir, 'profiles', `${id}.json`), 'utf8')),
      JSON.parse(readFileSync(join(profilesDir, `${id}.json`), 'utf8')),
    );
  }
});

// Debian's epubcheck package installs the jar as /usr/bin/epubcheck (run by
// binfmt where that is set up); running it with java works everywhere.
const EPUBCHECK = process.env.EPUBCHECK_JAR ?? (existsSync('/usr/bin/epubcheck') ? realpathSync('/usr/bin/epubcheck') : '/usr/share/java/epubcheck.jar');
const run = promisify(execFile);

interface EpubcheckReport {
  checker: { checkerVersion: string; nFatal: number; nError: number; nWarning: number };
  messages: { ID: string; severity: string; message: string; locations: { path: string; line: number }[] }[];
}

test('EPUBCheck: every built lesson has 0 fatal errors, 0 errors and 0 warnings', { timeout: 120_000 }, async () => {
  assert.ok(existsSync(EPUBCHECK), `EPUBCheck is not installed (looked for ${EPUBCHECK}); apt-get install epubcheck`);
  const reports = await Promise.all(
    (catalog.lessons as string[]).map(async (id) => {
      const { stdout } = await run('java', ['-jar', EPUBCHECK, resolve(distDir, `${id}.epub`), '--json', '-'], { maxBuffer: 16 * 1024 * 1024 }).catch(
        (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
      );
      const json = stdout.slice(stdout.indexOf('{'), stdout.lastIndexOf('}') + 1);
      return { id, report: JSON.parse(json) as EpubcheckReport };
    }),
  );
  for (const { id, report } of reports) {
    const problems = report.messages
      .filter((m) => ['FATAL', 'ERROR', 'WARNING'].includes(m.severity))
      .map((m) => `${m.severity} ${m.ID} ${m.locations[0]?.path ?? ''}:${m.locations[0]?.line ?? ''} ${m.message}`);
    assert.deepEqual(problems, [], id);
    assert.deepEqual([report.checker.nFatal, report.checker.nError, report.checker.nWarning], [0, 0, 0], id);
    console.log(`EPUBCheck ${report.checker.checkerVersion}: ${id}.epub: 0 fatals / 0 errors / 0 warnings`);
  }
});
