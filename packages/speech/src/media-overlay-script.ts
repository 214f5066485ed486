import { isNoteReference, isPageBreak, semanticTypes } from './markup.js';
import type { MediaOverlay, MediaOverlayPar } from './media-overlay.js';
import { segmentDocument, type SegmentOptions } from './segment-document.js';
import type { SpeechProblem, SpeechScript, SpeechUnit } from './speech-unit.js';

export interface MediaOverlayScriptOptions extends SegmentOptions {
  /** False for a book path that is not in the book (its audio is then spoken by TTS). Undefined: not known. */
  hasResource?: (path: string) => boolean | undefined;
}

/**
 * The units of a section read with its Media Overlay: one unit per `<par>`
 * of this document, in SMIL order, with the fragment as its range and the
 * recorded clip as its audio. A par without audio — a TTS-only overlay, or
 * audio missing from the book — becomes the fragment's sentences, spoken by
 * the fallback voice. A fragment that is not in the document is not
 * highlighted (its audio still plays) and is reported; nothing waits on it.
 */
export async function mediaOverlayScript(doc: Document, overlay: MediaOverlay, sectionPath: string, options: MediaOverlayScriptOptions = {}): Promise<SpeechScript> {
  const skipPageNumbers = options.skipPageNumbers ?? true;
  const skipNoteReferences = options.skipNoteReferences ?? true;
  const units: SpeechUnit[] = [];
  const problems: SpeechProblem[] = [];
  const missingAudio = new Set<string>();
  const lang = doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang') ?? options.language ?? '';
  for (const clip of overlay.badClockValues) {
    problems.push({ code: 'overlay-invalid', message: `“${clip}” in the Media Overlay is not a time; the clip plays from its start or to its end instead.`, where: overlay.path });
  }
  for (const par of overlay.pars) {
    if (par.textPath !== sectionPath) continue; // an overlay may span several documents
    const skip = (types: string[]) => (skipPageNumbers && isPageBreak(types)) || (skipNoteReferences && isNoteReference(types));
    if (skip(par.types)) continue;
    let audio = par.audio;
    if (audio && options.hasResource?.(audio.path) === false) {
      if (!missingAudio.has(audio.path)) {
        missingAudio.add(audio.path);
        problems.push({ code: 'audio-missing', message: `The recorded audio “${audio.path}” is missing from the book; a synthesized voice reads instead.`, where: audio.path });
      }
      audio = undefined;
    }
    const element = par.fragment ? findFragment(doc, par.fragment) : doc.body;
    if (!element) {
      problems.push({ code: 'overlay-text-unresolved', message: `The Media Overlay points at “#${par.fragment}”, which is not in this section; its audio plays without highlighting.`, where: `${par.textPath}#${par.fragment}` });
      if (audio) units.push({ kind: 'text', text: '', lang, range: null, anchor: null, words: [], pronunciations: [], audio, overlayRef: ref(par) });
      continue;
    }
    if (skip(semanticTypes(element))) continue;
    const script = await segmentDocument(element, options);
    problems.push(...script.problems);
    if (!audio) {
      // TTS fallback: the fragment's own sentences, so long fragments are not one utterance.
      for (const unit of script.units) units.push({ ...unit, overlayRef: ref(par), anchor: unit.anchor ?? element });
      continue;
    }
    units.push(joinUnits(script.units, element, audio, ref(par), lang));
  }
  return { units, problems };
}

function ref(par: MediaOverlayPar): string {
  return par.id ?? `${par.textPath}#${par.fragment}`;
}

function findFragment(doc: Document, fragment: string): Element | null {
  // The only fragment form Media Overlays use in practice is an id.
  return doc.getElementById(fragment) ?? (doc.querySelector(`[id="${CSS.escape(fragment)}"]`) as Element | null);
}

/** The fragment's units as one unit for its clip (the words are kept for a TTS fallback). */
function joinUnits(parts: SpeechUnit[], element: Element, audio: NonNullable<SpeechUnit['audio']>, overlayRef: string, fallbackLang: string): SpeechUnit {
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  const unit: SpeechUnit = { kind: 'text', text: '', lang: parts[0]?.lang || fallbackLang, range, anchor: element, words: [], pronunciations: [], audio, overlayRef };
  for (const part of parts) {
    const shift = unit.text ? unit.text.length + 1 : 0;
    unit.text = unit.text ? `${unit.text} ${part.text}` : part.text;
    unit.words.push(...part.words.map((w) => ({ ...w, start: w.start + shift, end: w.end + shift })));
    unit.pronunciations.push(...part.pronunciations.map((p) => ({ ...p, start: p.start + shift, end: p.end + shift })));
  }
  return unit;
}
