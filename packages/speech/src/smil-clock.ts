/**
 * SMIL 3.0 clock values, as Media Overlays write `clipBegin`/`clipEnd`:
 * full clock `1:02:03.5`, partial clock `02:03.5`, timecount `1.5s`,
 * `500ms`, `2min`, `0.5h`, or a bare number of seconds. Returns seconds, or
 * null when the value is not a clock value.
 */
export function parseClockValue(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  const full = /^(\d+):([0-5]\d):([0-5]\d(?:\.\d+)?)$/.exec(text);
  if (full) return Number(full[1]) * 3600 + Number(full[2]) * 60 + Number(full[3]);
  const partial = /^([0-5]?\d):([0-5]\d(?:\.\d+)?)$/.exec(text);
  if (partial) return Number(partial[1]) * 60 + Number(partial[2]);
  const count = /^(\d+(?:\.\d+)?|\.\d+)(h|min|s|ms)?$/.exec(text);
  if (count) {
    const n = Number(count[1]);
    switch (count[2]) {
      case 'h':
        return n * 3600;
      case 'min':
        return n * 60;
      case 'ms':
        return n / 1000;
      default:
        return n;
    }
  }
  return null;
}
