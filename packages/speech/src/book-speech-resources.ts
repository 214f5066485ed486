import { resolveBookHref } from './book-path.js';
import { parseMediaOverlay, readMediaOverlayClasses, type MediaOverlay, type MediaOverlayClasses } from './media-overlay.js';
import { PronunciationLexicon } from './pronunciation-lexicon.js';
import type { SpeechProblem } from './speech-unit.js';

/** A manifest item as @attune/book's `PackageDocument` has it. */
export interface ManifestEntry {
  id: string;
  path: string;
  mediaType: string;
  mediaOverlay?: string;
}

/** What the engine needs to read from a book: @attune/book's AttuneBook fits with a one-line adapter. */
export interface SpeechBookFiles {
  /** Book path of the package document and its manifest (`book.packageDocument`). */
  packageDocument: { path: string; manifest: ReadonlyMap<string, ManifestEntry> };
  /** A book file as text (`(path) => book.source.text(path)`). */
  readText(path: string): Promise<string>;
}

/**
 * The speech resources of one book, loaded on demand and cached: each
 * section's Media Overlay, the overlay class names, and PLS lexicons.
 */
export class BookSpeechResources {
  private readonly overlays = new Map<string, Promise<MediaOverlay | null>>();
  private readonly lexiconFiles = new Map<string, Promise<PronunciationLexicon | null>>();
  private classes: Promise<MediaOverlayClasses> | undefined;
  /** What could not be read (a SMIL or PLS file missing or broken). */
  readonly problems: SpeechProblem[] = [];

  constructor(private readonly files: SpeechBookFiles) {}

  /** True when some content document has a Media Overlay. */
  get hasMediaOverlays(): boolean {
    for (const item of this.files.packageDocument.manifest.values()) if (item.mediaOverlay) return true;
    return false;
  }

  /** The Media Overlay of the section at `sectionPath`, or null when it has none or it cannot be read. */
  mediaOverlay(sectionPath: string): Promise<MediaOverlay | null> {
    const manifest = this.files.packageDocument.manifest;
    const item = [...manifest.values()].find((i) => i.path === sectionPath);
    const smil = item?.mediaOverlay ? manifest.get(item.mediaOverlay) : undefined;
    if (!item?.mediaOverlay) return Promise.resolve(null);
    if (!smil) {
      this.report({ code: 'overlay-missing', message: `The Media Overlay “${item.mediaOverlay}” of “${sectionPath}” is not in the manifest; the section is read with a synthesized voice.`, where: sectionPath });
      return Promise.resolve(null);
    }
    let overlay = this.overlays.get(smil.path);
    if (!overlay) {
      overlay = this.files.readText(smil.path).then(
        (xml) => {
          try {
            return parseMediaOverlay(xml, smil.path);
          } catch (error) {
            this.report({ code: 'overlay-invalid', message: `${(error as Error).message} The section is read with a synthesized voice.`, where: smil.path });
            return null;
          }
        },
        () => {
          this.report({ code: 'overlay-missing', message: `The Media Overlay “${smil.path}” is missing from the book; the section is read with a synthesized voice.`, where: smil.path });
          return null;
        },
      );
      this.overlays.set(smil.path, overlay);
    }
    return overlay;
  }

  /** `media:active-class` / `media:playback-active-class` of the book. */
  mediaOverlayClasses(): Promise<MediaOverlayClasses> {
    this.classes ??= this.files.readText(this.files.packageDocument.path).then(readMediaOverlayClasses, () => ({}));
    return this.classes;
  }

  /**
   * The PLS lexicons for a section. EPUB links them from the content
   * document (`<link rel="pronunciation" type="application/pls+xml">`);
   * sanitizing removes those links from what is shown, so pass the
   * section's original markup (`book.sectionText(index)`). Without it,
   * every PLS file in the manifest is used.
   */
  async lexicons(sectionPath: string, sectionMarkup?: string): Promise<PronunciationLexicon[]> {
    const paths = sectionMarkup !== undefined
      ? pronunciationLinks(sectionMarkup, sectionPath)
      : [...this.files.packageDocument.manifest.values()].filter((i) => i.mediaType === 'application/pls+xml').map((i) => i.path);
    const lexicons = await Promise.all(paths.map((path) => this.lexicon(path)));
    return lexicons.filter((l): l is PronunciationLexicon => l !== null);
  }

  private lexicon(path: string): Promise<PronunciationLexicon | null> {
    let lexicon = this.lexiconFiles.get(path);
    if (!lexicon) {
      lexicon = this.files.readText(path).then(
        (xml) => {
          try {
            return PronunciationLexicon.parse(xml, path);
          } catch (error) {
            this.report({ code: 'lexicon-invalid', message: `${(error as Error).message} Its pronunciations are not used.`, where: path });
            return null;
          }
        },
        () => {
          this.report({ code: 'lexicon-missing', message: `The pronunciation lexicon “${path}” is missing from the book.`, where: path });
          return null;
        },
      );
      this.lexiconFiles.set(path, lexicon);
    }
    return lexicon;
  }

  private report(problem: SpeechProblem): void {
    if (!this.problems.some((p) => p.code === problem.code && p.where === problem.where)) this.problems.push(problem);
  }
}

/** Book paths of the `<link rel="pronunciation">` files in a content document's markup. */
export function pronunciationLinks(markup: string, sectionPath: string): string[] {
  const paths: string[] = [];
  for (const tag of markup.match(/<link\b[^>]*>/gi) ?? []) {
    const attrs = new Map<string, string>();
    for (const m of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? '');
    if (!(attrs.get('rel') ?? '').toLowerCase().split(/\s+/).includes('pronunciation')) continue;
    const type = attrs.get('type');
    if (type && type !== 'application/pls+xml') continue;
    const href = attrs.get('href');
    const target = href ? resolveBookHref(sectionPath, href.replace(/&amp;/g, '&')) : null;
    if (target && !paths.includes(target.path)) paths.push(target.path);
  }
  return paths;
}
