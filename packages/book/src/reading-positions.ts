import type { PublicationSource } from './source.js';

/**
 * Where the learner is in the book, as a fraction, available at first paint
 * without epubjs's `locations.generate()` (seconds on a novel). Each spine
 * item is weighted by an estimate of its text: first from the zip directory
 * (deflated size tracks text far better than raw size — MathML markup is huge
 * but repetitive), then replaced by a measured character count in the
 * background. Measuring all sections at once avoids progress that creeps as
 * chapters are visited one by one.
 */
export interface SectionWeight {
  path: string;
  linear: boolean;
  /** Estimated characters of text. */
  characters: number;
  /** True once measured from the section's markup. */
  measured: boolean;
}

/** Characters of text per deflated byte; measured over the shared corpus (0.9–2.5, prose ≈ 2). */
const TEXT_PER_COMPRESSED_BYTE = 1.8;
/**
 * Prose XHTML inflates 2–5× from deflate; a section that inflates much more is
 * mostly repetitive markup (MathML, SVG paths, big tables), whose deflated
 * size still overstates its text. Damp those by the square root of the excess.
 */
const MARKUP_HEAVY_RATIO = 8;

function estimateCharacters(size: { compressed: number; uncompressed: number }): number {
  const ratio = size.uncompressed / Math.max(size.compressed, 1);
  const damping = ratio > MARKUP_HEAVY_RATIO ? Math.sqrt(MARKUP_HEAVY_RATIO / ratio) : 1;
  return Math.max(1, Math.round(size.compressed * TEXT_PER_COMPRESSED_BYTE * damping));
}
/** Used when a source has no sizes (an unpacked folder) until measuring is done. */
const UNKNOWN_SECTION_CHARACTERS = 4000;
/** Characters a typical secondary-school reader covers per minute (about 200 words). */
export const CHARACTERS_PER_MINUTE = 1100;

/** Counts the readable characters of a section's markup: text, image alt, one per math or SVG. */
export function measureText(markup: string): number {
  const body = markup.replace(/^[\s\S]*?<body[^>]*>/i, '');
  const text = body
    .replace(/<(math|svg)\b[\s\S]*?<\/\1>/gi, ' x ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, 'x')
    .replace(/\s+/g, ' ');
  return text.trim().length;
}

type Listener = (positions: ReadingPositions) => void;

export class ReadingPositions {
  readonly sections: SectionWeight[];
  private readonly listeners = new Set<Listener>();
  private starts: number[] = [];
  private total = 0;

  constructor(spine: { path: string; linear: boolean }[], source: PublicationSource) {
    this.sections = spine.map(({ path, linear }) => {
      const size = source.sizeHint(path);
      const characters = size ? estimateCharacters(size) : UNKNOWN_SECTION_CHARACTERS;
      return { path, linear, characters, measured: false };
    });
    this.recompute();
  }

  private recompute(): void {
    let sum = 0;
    this.starts = this.sections.map((s) => {
      const start = sum;
      sum += s.characters;
      return start;
    });
    this.total = Math.max(sum, 1);
  }

  /** Estimated characters in the whole book. */
  get totalCharacters(): number {
    return this.total;
  }

  /** True when every section has been measured. */
  get complete(): boolean {
    return this.sections.every((s) => s.measured);
  }

  /** Fraction (0–1) of the book before `within` (0–1) of section `index`. */
  fraction(index: number, within = 0): number {
    const section = this.sections[index];
    if (!section) return index <= 0 ? 0 : 1;
    const w = Math.min(Math.max(within, 0), 1);
    return Math.min(1, (this.starts[index]! + section.characters * w) / this.total);
  }

  /** The section and the fraction within it for a book fraction (the inverse of `fraction`). */
  locate(fraction: number): { index: number; within: number } {
    const target = Math.min(Math.max(fraction, 0), 1) * this.total;
    for (let i = this.sections.length - 1; i >= 0; i--) {
      if (this.starts[i]! <= target) return { index: i, within: (target - this.starts[i]!) / this.sections[i]!.characters };
    }
    return { index: 0, within: 0 };
  }

  /** Estimated minutes to read from a position to the end of the book. */
  minutesLeft(index: number, within = 0): number {
    return ((1 - this.fraction(index, within)) * this.total) / CHARACTERS_PER_MINUTE;
  }

  /** Records a measured character count for a section. */
  setMeasured(index: number, characters: number): void {
    const section = this.sections[index];
    if (!section) return;
    section.characters = Math.max(1, characters);
    section.measured = true;
  }

  /**
   * Measures every section from its markup, a few at a time so the page stays
   * responsive, then notifies listeners once (one change, not many small ones).
   */
  async measureAll(read: (path: string) => Promise<string>, signal?: AbortSignal): Promise<void> {
    for (let i = 0; i < this.sections.length; i++) {
      if (signal?.aborted) return;
      const section = this.sections[i]!;
      if (section.measured) continue;
      const characters = await read(section.path).then(measureText, () => section.characters);
      this.setMeasured(i, characters);
      if (i % 8 === 7) await new Promise((r) => setTimeout(r, 0));
    }
    this.recompute();
    for (const listener of this.listeners) listener(this);
  }

  /** Called when estimates change; returns an unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
