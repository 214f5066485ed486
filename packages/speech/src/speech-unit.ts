/**
 * What read aloud speaks, one unit at a time: a sentence of text, an image's
 * alternative text or a math expression, with the DOM ranges to highlight.
 * Units are data: the engine moves through them and backends speak them;
 * only the segmenter and the highlighter touch the DOM.
 */

/** How a pronunciation is written: an IPA or X-SAMPA string, or words to say instead. */
export interface Pronunciation {
  /** Phonemes, in `alphabet` (from `ssml:ph` or a PLS `<phoneme>`). */
  phoneme?: string;
  /** `ipa`, `x-sampa` … (from `ssml:alphabet` or the PLS lexicon's `alphabet`). */
  alphabet?: string;
  /** Text to say instead (a PLS `<alias>`), for engines that cannot take phonemes. */
  alias?: string;
  /** Where it came from: an `ssml:ph` attribute in the text, or a PLS lexicon. */
  source: 'ssml' | 'lexicon';
}

/** A stretch of a unit's text with its own pronunciation (one word, or an element's whole text). */
export interface PronunciationSpan extends Pronunciation {
  /** Offsets in `SpeechUnit.text`, end exclusive. */
  start: number;
  end: number;
}

export interface SpeechWord {
  /** Offsets in `SpeechUnit.text`, end exclusive. */
  start: number;
  end: number;
  /** The word in the document; null when the unit has no text in the page (alt text, math). */
  range: Range | null;
}

/** A recorded clip for a unit (Media Overlays). Times in seconds. */
export interface AudioClip {
  /** Book-root path of the audio file. */
  path: string;
  clipBegin: number;
  /** Undefined: to the end of the file. */
  clipEnd?: number;
}

export type SpeechUnitKind = 'text' | 'image' | 'math';

export interface SpeechUnit {
  kind: SpeechUnitKind;
  /** What is said, whitespace collapsed; never markup. */
  text: string;
  /** BCP 47 language of the text (from `xml:lang` / `lang`), '' when unknown. */
  lang: string;
  /** The sentence in the document; null for alt text and for Media Overlay pars whose fragment is missing. */
  range: Range | null;
  /** The element an image or math unit stands for, or a Media Overlay par's fragment. */
  anchor: Element | null;
  words: SpeechWord[];
  pronunciations: PronunciationSpan[];
  /** The recorded audio for this unit, when a Media Overlay has it. */
  audio?: AudioClip;
  /** Media Overlay par id or fragment, for diagnostics and the author's active class. */
  overlayRef?: string;
}

/** Something that did not go as the book asked but did not stop reading. */
export interface SpeechProblem {
  code:
    | 'math-speech-failed'
    | 'lexicon-invalid'
    | 'lexicon-missing'
    | 'overlay-invalid'
    | 'overlay-missing'
    | 'overlay-text-unresolved'
    | 'audio-missing'
    | 'audio-unplayable'
    | 'voice-missing';
  message: string;
  /** Book path, fragment or element the problem is about. */
  where?: string;
}

/** A section made ready to read: its units in reading order and what went wrong on the way. */
export interface SpeechScript {
  units: SpeechUnit[];
  problems: SpeechProblem[];
}
