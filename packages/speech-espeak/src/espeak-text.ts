/**
 * Text as eSpeak NG is given it, with the way back to the caller's offsets.
 *
 * This build reads its input as SSML (`<b>` vanishes, `&amp;` is "and"),
 * so `<`, `>` and `&` of the text are written as entities. eSpeak reports a
 * word's place as a 1-based count of Unicode code points in that input; a
 * JavaScript string counts UTF-16 units, which differ after any character
 * outside the Basic Multilingual Plane (emoji, 𝒳, many CJK extension
 * characters).
 */
export interface EspeakInput {
  /** What eSpeak synthesizes. */
  text: string;
  /**
   * The UTF-16 offset in the original text of eSpeak's `text_position`
   * (1-based code points in `text`); positions inside an entity map to the
   * character it stands for, positions past the end to the text's length.
   */
  offsetOf(textPosition: number): number;
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function espeakInput(source: string): EspeakInput {
  let text = '';
  /** For each code point of `text`, the UTF-16 offset of its source character. */
  const offsets: number[] = [];
  let offset = 0;
  for (const char of source) {
    const entity = ENTITIES[char];
    text += entity ?? char;
    // An entity is ASCII, one code point per unit; any other character is one code point.
    const codePoints = entity ? entity.length : 1;
    for (let i = 0; i < codePoints; i++) offsets.push(offset);
    offset += char.length;
  }
  return {
    text,
    offsetOf(textPosition: number): number {
      const index = Math.floor(textPosition) - 1;
      if (index < 0) return 0;
      return offsets[index] ?? source.length;
    },
  };
}
