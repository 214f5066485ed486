import { BookError } from './errors.js';
import type { PublicationSource } from './source.js';
import { parseXml, resolveBookPath } from './xml.js';

export interface ManifestItem {
  id: string;
  /** Book-root path. */
  path: string;
  mediaType: string;
  properties: string[];
  mediaOverlay?: string;
}

export interface AccessibilityMetadata {
  accessMode: string[];
  accessModeSufficient: string[];
  accessibilityFeature: string[];
  accessibilityHazard: string[];
  accessibilitySummary?: string;
  conformsTo: string[];
}

export interface PackageDocument {
  path: string;
  version: string;
  title: string;
  language: string;
  identifier: string;
  modified?: string;
  /** `ltr` | `rtl` | `default`, from the spine's page-progression-direction. */
  pageProgression: 'ltr' | 'rtl' | 'default';
  layout: 'reflowable' | 'pre-paginated';
  spread: string;
  manifest: Map<string, ManifestItem>;
  /** Manifest items by book path. */
  byPath: Map<string, ManifestItem>;
  spine: { idref: string; path: string; linear: boolean; properties: string[] }[];
  accessibility: AccessibilityMetadata;
}

const OPF_NS = 'http://www.idpf.org/2007/opf';
const DC_NS = 'http://purl.org/dc/elements/1.1/';

/** Reads and checks the package document; the errors name the file and what is wrong. */
export async function readPackageDocument(source: PublicationSource, path: string): Promise<PackageDocument> {
  let text: string;
  try {
    text = await source.text(path);
  } catch (cause) {
    if ((cause as BookError)?.code === 'resource-missing') {
      throw new BookError('package-missing', `The package document “${path}” is not in the book.`, { where: path, cause });
    }
    throw cause;
  }
  const parsed = parseXml(text);
  if ('error' in parsed) throw new BookError('package-invalid', `The package document “${path}” is not well-formed XML (${parsed.error}).`, { where: path });
  const doc = parsed.doc;
  const root = doc.documentElement;
  if (root.localName !== 'package') throw new BookError('package-invalid', `“${path}” is not an EPUB package document (its root is <${root.localName}>).`, { where: path });

  const manifest = new Map<string, ManifestItem>();
  const byPath = new Map<string, ManifestItem>();
  for (const el of doc.getElementsByTagNameNS(OPF_NS, 'item')) {
    const id = el.getAttribute('id');
    const href = el.getAttribute('href');
    if (!id || !href) continue;
    const itemPath = resolveBookPath(path, href);
    if (!itemPath) continue; // remote resources are not part of the book
    const item: ManifestItem = {
      id,
      path: itemPath,
      mediaType: el.getAttribute('media-type') ?? '',
      properties: (el.getAttribute('properties') ?? '').split(/\s+/).filter(Boolean),
      mediaOverlay: el.getAttribute('media-overlay') ?? undefined,
    };
    manifest.set(id, item);
    byPath.set(itemPath, item);
  }
  const spineEl = doc.getElementsByTagNameNS(OPF_NS, 'spine')[0];
  const spine: PackageDocument['spine'] = [];
  for (const ref of spineEl?.getElementsByTagNameNS(OPF_NS, 'itemref') ?? []) {
    const idref = ref.getAttribute('idref') ?? '';
    const item = manifest.get(idref);
    if (!item) continue;
    spine.push({
      idref,
      path: item.path,
      linear: ref.getAttribute('linear') !== 'no',
      properties: (ref.getAttribute('properties') ?? '').split(/\s+/).filter(Boolean),
    });
  }
  if (spine.length === 0) {
    throw new BookError('package-invalid', `The package document “${path}” lists no readable content in its spine.`, { where: path });
  }

  const metas = [...doc.getElementsByTagNameNS(OPF_NS, 'meta')];
  const metaValues = (property: string): string[] =>
    metas.filter((m) => m.getAttribute('property') === property).map((m) => (m.textContent ?? '').trim()).filter(Boolean);
  // EPUB 2 books write `<meta name="…" content="…"/>`.
  const legacyMeta = (name: string): string | undefined =>
    metas.find((m) => m.getAttribute('name') === name)?.getAttribute('content') ?? undefined;
  const dc = (name: string): string => (doc.getElementsByTagNameNS(DC_NS, name)[0]?.textContent ?? '').trim();
  const uniqueId = root.getAttribute('unique-identifier');
  const identifierEl = uniqueId ? doc.getElementById(uniqueId) ?? [...doc.getElementsByTagNameNS(DC_NS, 'identifier')].find((e) => e.getAttribute('id') === uniqueId) : null;
  const split = (values: string[]): string[] => values.flatMap((v) => v.split(',').map((s) => s.trim())).filter(Boolean);
  const ppd = spineEl?.getAttribute('page-progression-direction');

  return {
    path,
    version: root.getAttribute('version') ?? '',
    title: dc('title'),
    language: dc('language'),
    identifier: (identifierEl?.textContent ?? dc('identifier')).trim(),
    modified: metaValues('dcterms:modified')[0],
    pageProgression: ppd === 'rtl' || ppd === 'ltr' ? ppd : 'default',
    layout: metaValues('rendition:layout')[0] === 'pre-paginated' || legacyMeta('fixed-layout') === 'true' ? 'pre-paginated' : 'reflowable',
    spread: metaValues('rendition:spread')[0] ?? 'auto',
    manifest,
    byPath,
    spine,
    accessibility: {
      accessMode: split(metaValues('schema:accessMode')),
      accessModeSufficient: metaValues('schema:accessModeSufficient'),
      accessibilityFeature: split(metaValues('schema:accessibilityFeature')),
      accessibilityHazard: split(metaValues('schema:accessibilityHazard')),
      accessibilitySummary: metaValues('schema:accessibilitySummary')[0],
      conformsTo: [
        ...metaValues('dcterms:conformsTo'),
        ...[...doc.getElementsByTagNameNS(OPF_NS, 'link')].filter((l) => l.getAttribute('rel') === 'dcterms:conformsTo').map((l) => l.getAttribute('href') ?? ''),
      ].filter(Boolean),
    },
  };
}
