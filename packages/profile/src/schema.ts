/**
 * The shape of a learner profile, version 1.
 *
 * A profile stores only what the learner chose: every setting is optional, and
 * anything left out falls back to the teacher's defaults, the learner's
 * accommodations, or Attune's defaults (see `resolveProfile`). This is the
 * Readium "preferences vs settings" split: preferences are sparse, settings
 * (`EffectiveSettings`) are complete.
 */

/** The profile format this code writes. Older ones are migrated on load. */
export const PROFILE_VERSION = 1 as const;

/** Font choices. `publisher` keeps the book's own fonts. */
export const FONT_FAMILIES = [
  'publisher',
  'serif',
  'sans-serif',
  'atkinson-hyperlegible',
  'lexend',
  'opendyslexic',
  'monospace',
] as const;
export type FontFamily = (typeof FONT_FAMILIES)[number];

/** `start` is left in left-to-right books and right in right-to-left ones. */
export const TEXT_ALIGNS = ['publisher', 'start', 'justify'] as const;
export type TextAlign = (typeof TEXT_ALIGNS)[number];

/** Colour themes. `custom` uses `display.customForeground`/`customBackground`. */
export const THEME_NAMES = ['light', 'sepia', 'dark', 'high-contrast', 'custom'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

/** The hue of read-aloud highlights; each theme tunes the exact shade for contrast. */
export const HIGHLIGHT_HUES = ['yellow', 'green', 'blue', 'pink', 'orange'] as const;
export type HighlightHue = (typeof HIGHLIGHT_HUES)[number];

/** A ruler tints the lines being read; a mask dims everything else. */
export const LINE_FOCUS_STYLES = ['ruler', 'mask'] as const;
export type LineFocusStyle = (typeof LINE_FOCUS_STYLES)[number];

/** What read-aloud highlights as it speaks. */
export const SPEECH_HIGHLIGHTS = ['word', 'sentence', 'none'] as const;
export type SpeechHighlight = (typeof SPEECH_HIGHLIGHTS)[number];

/** The speech-rule-engine rule sets Attune offers for math. */
export const MATH_STYLES = ['ClearSpeak', 'MathSpeak'] as const;
export type MathStyle = (typeof MATH_STYLES)[number];

/** MathSpeak's verbosity levels (ClearSpeak reads the same at every level). */
export const MATH_VERBOSITIES = ['verbose', 'brief', 'superbrief'] as const;
export type MathVerbosity = (typeof MATH_VERBOSITIES)[number];

/** How text looks. */
export interface DisplaySettings {
  fontFamily: FontFamily;
  /** Percent of the book's size, 100–400. */
  fontSize: number;
  /** Unitless multiple of the font size, 1–3. */
  lineHeight: number;
  /** em, 0–0.5. */
  letterSpacing: number;
  /** em, 0–1. */
  wordSpacing: number;
  /** em between paragraphs, 0–4. */
  paragraphSpacing: number;
  /** Longest line, in characters (`ch`), 20–120. */
  lineLength: number;
  textAlign: TextAlign;
  theme: ThemeName;
  /** `#rrggbb`; used when `theme` is `custom`. */
  customForeground: string;
  /** `#rrggbb`; used when `theme` is `custom`. */
  customBackground: string;
  highlightColor: HighlightHue;
  /** Forces reduced motion even when the device does not ask for it. */
  reducedMotion: boolean;
}

/** Tools that help the eye keep its place. */
export interface ReadingAidSettings {
  /** Line focus (a reading ruler or a mask around the current lines). */
  lineFocus: boolean;
  /** How many lines line focus shows, 1–3. */
  lineFocusLines: number;
  lineFocusStyle: LineFocusStyle;
  /** Lets the learner cover parts of the page (Smarter Balanced "masking"). */
  masking: boolean;
}

/** Read aloud. */
export interface SpeechSettings {
  /** Read-aloud is available in the toolbar. */
  readAloud: boolean;
  /** A voice name from the speech backend; `null` lets the device choose. */
  voice: string | null;
  /** 0.5–3 × normal speed. */
  rate: number;
  /** 0.5–2 × normal pitch. */
  pitch: number;
  /** 0–1. */
  volume: number;
  highlight: SpeechHighlight;
  /** Skip `epub:type="pagebreak"` markers. */
  skipPageNumbers: boolean;
  /** Skip note reference marks (`noteref`). */
  skipNoteReferences: boolean;
  /** Read images' alternative text. */
  readAltText: boolean;
}

/** Math read aloud. */
export interface MathSettings {
  style: MathStyle;
  verbosity: MathVerbosity;
}

/** Teacher-written adaptations the learner sees. */
export interface ContentSettings {
  /** Show simplified variants of passages where the teacher wrote them. */
  simplifiedText: boolean;
  /** Grade level (1–12) simplified variants should aim at; `null` picks the simplest. */
  readingLevel: number | null;
  glossary: boolean;
  /** Glossary entries show pictures (illustration glossary). */
  glossaryPictures: boolean;
  /** Glossary entries also show a translation into `language.content`. */
  keywordTranslation: boolean;
  imageDescriptions: boolean;
}

/** Languages, as BCP 47 tags. */
export interface LanguageSettings {
  /** Language of Attune's own buttons and messages. */
  ui: string;
  /** Preferred language for content variants and translations; `null` keeps the book's. */
  content: string | null;
}

/** Every setting, complete: what the reader, speech, math and adapt engines consume. */
export interface EffectiveSettings {
  display: DisplaySettings;
  readingAids: ReadingAidSettings;
  speech: SpeechSettings;
  math: MathSettings;
  content: ContentSettings;
  language: LanguageSettings;
}

/** The sections of a profile, in the order they are shown and written. */
export const SECTION_NAMES = ['display', 'readingAids', 'speech', 'math', 'content', 'language'] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

/** `"display.fontSize"` and every other setting, as a dotted path. */
export type SettingPath = {
  [S in SectionName]: `${S}.${keyof EffectiveSettings[S] & string}`;
}[SectionName];

/** The value type of the setting at `P`. */
export type SettingValue<P extends SettingPath> = P extends `${infer S}.${infer K}`
  ? S extends SectionName
    ? K extends keyof EffectiveSettings[S]
      ? EffectiveSettings[S][K]
      : never
    : never
  : never;

/** Any setting's value. */
export type AnySettingValue = SettingValue<SettingPath>;

/** Some settings, by section: a preset, an accommodation's implications, a teacher's defaults. */
export type ProfilePatch = { [S in SectionName]?: Partial<EffectiveSettings[S]> };

/** What the learner chose, by section; a setting left out was not chosen. */
export type LearnerPreferences = { [S in SectionName]: Partial<EffectiveSettings[S]> };

/** One learner's profile as stored and exchanged (JSON). */
export interface LearnerProfile extends LearnerPreferences {
  version: typeof PROFILE_VERSION;
  /** Stable id, unique on the device and in exports (not the learner's name). */
  id: string;
  /** The name shown when choosing a learner on a shared device. */
  displayName: string;
  /** ISO 8601 time of the last save; set by the store. */
  updatedAt?: string;
}
