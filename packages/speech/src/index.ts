// @attune/speech: read aloud with synchronized highlighting.

// The engine
export { ReadAloudEngine, prepareSection } from './read-aloud-engine.js';
export type {
  ReadAloudStatus, ReadAloudState, ReadAloudEvent, ReadAloudListener, ReadAloudOptions, ReadAloudProgress, ReadAloudHost,
  SpeechSection, BoundaryKind, WordBoundarySupport,
} from './read-aloud-engine.js';
export { DEFAULT_READ_ALOUD_SETTINGS, mergeReadAloudSettings } from './read-aloud-settings.js';
export type { ReadAloudSettings, HighlightGranularity } from './read-aloud-settings.js';
export { locatePosition } from './locate-position.js';
export type { ReadAloudPosition } from './locate-position.js';

// What is read
export { segmentDocument } from './segment-document.js';
export type { SegmentOptions, MathSpeech } from './segment-document.js';
export { splitSentences, splitWords, splitLongText } from './split-text.js';
export type { TextSpan } from './split-text.js';
export type {
  SpeechUnit, SpeechUnitKind, SpeechWord, SpeechScript, SpeechProblem, Pronunciation, PronunciationSpan, AudioClip,
} from './speech-unit.js';
export { utteranceText, unitSsml } from './utterance-text.js';
export type { UtteranceText } from './utterance-text.js';

// Pronunciation and Media Overlays from the book
export { PronunciationLexicon } from './pronunciation-lexicon.js';
export { parseClockValue } from './smil-clock.js';
export { parseMediaOverlay, readMediaOverlayClasses } from './media-overlay.js';
export type { MediaOverlay, MediaOverlayPar, MediaOverlayClasses } from './media-overlay.js';
export { mediaOverlayScript } from './media-overlay-script.js';
export type { MediaOverlayScriptOptions } from './media-overlay-script.js';
export { BookSpeechResources, pronunciationLinks } from './book-speech-resources.js';
export type { SpeechBookFiles, ManifestEntry } from './book-speech-resources.js';

// Backends
export { SpeechError } from './speech-backend.js';
export type {
  SpeechBackend, BackendCapabilities, SpeakRequest, SpeakEvents, VoiceInfo, SpeechErrorCode,
} from './speech-backend.js';
export { WebSpeechBackend, chooseVoice } from './web-speech-backend.js';
export type { WebSpeechBackendOptions, VoiceLike } from './web-speech-backend.js';
export { MediaOverlayBackend } from './media-overlay-backend.js';
export type { MediaOverlayBackendOptions } from './media-overlay-backend.js';

// Highlighting
export { SpeechHighlighter, HIGHLIGHT_CSS, WORD_HIGHLIGHT, SENTENCE_HIGHLIGHT } from './speech-highlighter.js';
export type { SpeechHighlighterOptions } from './speech-highlighter.js';
