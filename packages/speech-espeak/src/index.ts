// @attune/speech-espeak: an offline voice for read aloud (eSpeak NG, GPL-3.0-or-later).
// Load this module with a dynamic import, only when the offline voice is used.

export { EspeakBackend, ESPEAK_BACKEND_LABEL } from './espeak-backend.js';
export type { EspeakBackendOptions, EspeakTraceEvent, PrefetchRequest, FollowableEngine } from './espeak-backend.js';

// Voices
export { chooseEspeakVoice, espeakVoiceInfos, espeakVoiceName, FALLBACK_ESPEAK_VOICE_ID } from './espeak-voice.js';
export type { EspeakVoice, EspeakVoiceChoice } from './espeak-voice.js';
export { ESPEAK_VOICES } from './espeak-voices.js';
export { espeakProsody, ESPEAK_NORMAL_WPM, ESPEAK_MAX_WPM, ESPEAK_MIN_WPM } from './espeak-prosody.js';
export type { EspeakProsody } from './espeak-prosody.js';

// The synthesizer, for tools and tests
export { EspeakRuntime, defaultEspeakBaseUrl } from './espeak-runtime.js';
export type { SynthesisRequest, SynthesisChunk, SpokenWord } from './espeak-runtime.js';
export { espeakInput } from './espeak-text.js';
export type { EspeakInput } from './espeak-text.js';
export { InProcessSynthesizer, EspeakLoadError, ESPEAK_SAMPLE_RATE } from './espeak-synthesizer.js';
export type { EspeakSynthesizer } from './espeak-synthesizer.js';
export { WorkerSynthesizer, defaultWorkerUrl } from './worker-synthesizer.js';
export { SynthesisJob } from './synthesis-job.js';
export type { SynthesisListener } from './synthesis-job.js';
