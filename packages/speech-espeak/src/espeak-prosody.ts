/** eSpeak NG's normal speed in words per minute (its `-s` default). */
export const ESPEAK_NORMAL_WPM = 175;
/** eSpeak NG is not faster than this without the sonic library, which this build lacks. */
export const ESPEAK_MAX_WPM = 450;
/** eSpeak NG's slowest speed. */
export const ESPEAK_MIN_WPM = 80;

/** How the engine's settings become eSpeak's own and, past its top speed, faster playback. */
export interface EspeakProsody {
  /** eSpeak speed, words per minute. */
  wpm: number;
  /** eSpeak pitch 0–100 (50 is the voice's own). */
  pitch: number;
  /**
   * Playback speed-up for what eSpeak cannot say fast enough (rate above
   * 450/175 ≈ 2.6): the audio is played faster, which also raises its pitch a
   * little (at most 17 %, at rate 3).
   */
  playbackRate: number;
}

/**
 * eSpeak settings for the engine's `rate` (0.5–3 × normal) and `pitch`
 * (0.5–2 × normal). The speed is eSpeak's own (words per minute), so word
 * timings stay those of the synthesizer; only above eSpeak's maximum is the
 * audio played faster.
 */
export function espeakProsody(settings: { rate: number; pitch: number }): EspeakProsody {
  const rate = Number.isFinite(settings.rate) && settings.rate > 0 ? settings.rate : 1;
  const pitch = Number.isFinite(settings.pitch) && settings.pitch > 0 ? settings.pitch : 1;
  const wanted = ESPEAK_NORMAL_WPM * rate;
  const wpm = Math.round(Math.min(ESPEAK_MAX_WPM, Math.max(ESPEAK_MIN_WPM, wanted)));
  return {
    wpm,
    pitch: Math.round(Math.min(100, Math.max(0, 50 * pitch))),
    playbackRate: wanted > ESPEAK_MAX_WPM ? wanted / ESPEAK_MAX_WPM : 1,
  };
}
