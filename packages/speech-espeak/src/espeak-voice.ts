import type { VoiceInfo } from '@attune/speech';
import { ESPEAK_VOICES } from './espeak-voices.js';

/** One eSpeak NG voice (a language, not a speaker: eSpeak has one synthetic speaker). */
export interface EspeakVoice {
  /** What eSpeak's `set_voice()` takes, e.g. `gmw/en-US`. */
  id: string;
  /** eSpeak's name, e.g. `English (America)`. */
  name: string;
  /** BCP 47 tag of its main language, e.g. `en-US`. */
  lang: string;
  /** The language tags it speaks (lower case, as eSpeak writes them); a lower priority is a better match. */
  languages: readonly { tag: string; priority: number }[];
}

/** The voice used when eSpeak speaks nothing close to the text's language. */
export const FALLBACK_ESPEAK_VOICE_ID = 'gmw/en-US';

/** What a language alone means when eSpeak's own priorities would pick something else. */
const PREFERRED_FOR_LANGUAGE: Readonly<Record<string, string>> = {
  // eSpeak ranks British English first; learners here mostly hear American English.
  en: 'gmw/en-US',
};

/** The name a voice has in pickers and in the profile (`speech.voice`). */
export function espeakVoiceName(voice: EspeakVoice): string {
  return `eSpeak NG ${voice.name}`;
}

/** The voices as @attune/speech lists them: all local, none the system default. */
export function espeakVoiceInfos(voices: readonly EspeakVoice[] = ESPEAK_VOICES): VoiceInfo[] {
  return voices.map((v) => ({ name: espeakVoiceName(v), lang: v.lang, local: true, default: false }));
}

export interface EspeakVoiceChoice {
  voice: EspeakVoice;
  /** True when no voice speaks the language and the fallback voice reads it. */
  fallback: boolean;
}

const normalize = (tag: string) => tag.trim().replace(/_/g, '-').toLowerCase();

/**
 * The voice for text in `lang` (BCP 47): the learner's `preferred` voice
 * (a name from `voices()`) when it speaks that language; else the voice
 * eSpeak ranks best for the tag, dropping subtags from the end (`en-GB-x-foo`
 * → `en-GB` → `en`); else the fallback voice (American English), flagged so
 * the reader can say the language is not really spoken.
 */
export function chooseEspeakVoice(lang: string, preferred: string | null = null, voices: readonly EspeakVoice[] = ESPEAK_VOICES): EspeakVoiceChoice {
  const wanted = normalize(lang);
  const primary = wanted.split('-')[0] ?? '';
  const speaks = (v: EspeakVoice, language: string) => v.languages.some((l) => l.tag === language || l.tag.split('-')[0] === language);
  const named = preferred ? voices.find((v) => espeakVoiceName(v) === preferred || v.id === preferred) : undefined;
  if (named && (!primary || speaks(named, primary))) return { voice: named, fallback: false };
  const byId = (id: string) => voices.find((v) => v.id === id);
  if (primary) {
    const subtags = wanted.split('-');
    // Spanish outside Spain is Latin American Spanish, which eSpeak lists only as es-419 / es-mx.
    if (primary === 'es' && subtags[1] && /^([a-z]{2}|\d{3})$/.test(subtags[1]) && subtags[1] !== 'es') {
      const latin = byId('roa/es-419');
      if (latin) return { voice: latin, fallback: false };
    }
    for (let n = subtags.length; n > 0; n--) {
      const tag = subtags.slice(0, n).join('-');
      const preferredId = n === 1 ? PREFERRED_FOR_LANGUAGE[tag] : undefined;
      const preferredVoice = preferredId ? byId(preferredId) : undefined;
      if (preferredVoice) return { voice: preferredVoice, fallback: false };
      const best = bestFor(voices, tag);
      if (best) return { voice: best, fallback: false };
    }
  } else if (named) {
    return { voice: named, fallback: false };
  }
  const fallback = byId(FALLBACK_ESPEAK_VOICE_ID) ?? voices[0];
  if (!fallback) throw new Error('chooseEspeakVoice(): the voice list is empty.');
  return { voice: fallback, fallback: primary !== '' };
}

/** The voice with the best (lowest) priority for exactly `tag`; eSpeak's order breaks ties. */
function bestFor(voices: readonly EspeakVoice[], tag: string): EspeakVoice | undefined {
  let best: EspeakVoice | undefined;
  let bestPriority = Infinity;
  for (const voice of voices) {
    const entry = voice.languages.find((l) => l.tag === tag);
    if (entry && entry.priority < bestPriority) {
      best = voice;
      bestPriority = entry.priority;
    }
  }
  return best;
}
