/** How much read aloud highlights: the spoken word inside its sentence, the sentence, or nothing. */
export type HighlightGranularity = 'word' | 'sentence' | 'none';

/**
 * The learner profile's `speech` section as the engine uses it (the same
 * names as @attune/profile's `SpeechSettings`, so that object can be passed
 * as it is).
 */
export interface ReadAloudSettings {
  /** A voice name from the backend; null lets the backend choose one for the text's language. */
  voice: string | null;
  /** 0.5–3 × normal speed. */
  rate: number;
  /** 0.5–2 × normal pitch. */
  pitch: number;
  /** 0–1. */
  volume: number;
  highlight: HighlightGranularity;
  skipPageNumbers: boolean;
  skipNoteReferences: boolean;
  readAltText: boolean;
}

/** The profile's defaults. */
export const DEFAULT_READ_ALOUD_SETTINGS: Readonly<ReadAloudSettings> = Object.freeze({
  voice: null,
  rate: 1,
  pitch: 1,
  volume: 1,
  highlight: 'word',
  skipPageNumbers: true,
  skipNoteReferences: true,
  readAltText: true,
});

const clamp = (value: number, min: number, max: number, fallback: number) => (Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback);

/** Settings merged over `base`, numbers kept inside the profile's ranges. */
export function mergeReadAloudSettings(base: ReadAloudSettings, patch: Partial<ReadAloudSettings>): ReadAloudSettings {
  const merged = { ...base };
  for (const key of Object.keys(DEFAULT_READ_ALOUD_SETTINGS) as (keyof ReadAloudSettings)[]) {
    if (patch[key] !== undefined) (merged as Record<string, unknown>)[key] = patch[key];
  }
  merged.rate = clamp(merged.rate, 0.5, 3, 1);
  merged.pitch = clamp(merged.pitch, 0.5, 2, 1);
  merged.volume = clamp(merged.volume, 0, 1, 1);
  if (!['word', 'sentence', 'none'].includes(merged.highlight)) merged.highlight = 'word';
  return merged;
}
