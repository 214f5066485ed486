import {
  FONT_FAMILIES,
  HIGHLIGHT_HUES,
  LINE_FOCUS_STYLES,
  MATH_STYLES,
  MATH_VERBOSITIES,
  SPEECH_HIGHLIGHTS,
  TEXT_ALIGNS,
  THEME_NAMES,
  type SettingPath,
  type SettingValue,
} from './schema.js';

/**
 * One table describes every setting: its type, range, default and words for
 * messages. Validation, defaults, the published JSON Schema and policy checks
 * all read it, so they cannot drift apart.
 */

interface RuleBase<T> {
  default: T;
  /** Plain-language description, also written into the JSON Schema. */
  description: string;
}

/** A number in a closed range. */
export interface NumberRule extends RuleBase<number | null> {
  kind: 'number';
  min: number;
  max: number;
  integer?: boolean;
  nullable?: boolean;
  /** Written after a value in messages: `%`, `em`, ` characters`, `×`. */
  unit: string;
  /** What the number is, in "the largest …" messages. */
  noun: string;
}

export interface BooleanRule extends RuleBase<boolean> {
  kind: 'boolean';
}

export interface EnumRule extends RuleBase<string> {
  kind: 'enum';
  values: readonly string[];
}

/** `#rgb` or `#rrggbb`, stored as lower-case `#rrggbb`. */
export interface ColorRule extends RuleBase<string> {
  kind: 'color';
}

/** A BCP 47 language tag, stored in canonical case. */
export interface LanguageRule extends RuleBase<string | null> {
  kind: 'language';
  nullable?: boolean;
}

export interface TextRule extends RuleBase<string | null> {
  kind: 'text';
  maxLength: number;
  nullable?: boolean;
}

export type SettingRule = NumberRule | BooleanRule | EnumRule | ColorRule | LanguageRule | TextRule;

type RuleFor<T> = SettingRule & { default: T };

/** Every setting's rule, by path. The mapped type makes a missing rule a compile error. */
export const SETTING_RULES: { readonly [P in SettingPath]: RuleFor<SettingValue<P>> } = {
  'display.fontFamily': { kind: 'enum', values: FONT_FAMILIES, default: 'publisher', description: 'Font; "publisher" keeps the book’s fonts.' },
  'display.fontSize': { kind: 'number', min: 100, max: 400, unit: '%', noun: 'size', default: 100, description: 'Text size in percent of the book’s size.' },
  'display.lineHeight': { kind: 'number', min: 1, max: 3, unit: '', noun: 'line height', default: 1.5, description: 'Line height as a multiple of the font size (WCAG 1.4.12 asks that 1.5 works).' },
  'display.letterSpacing': { kind: 'number', min: 0, max: 0.5, unit: 'em', noun: 'letter spacing', default: 0, description: 'Extra space between letters, in em.' },
  'display.wordSpacing': { kind: 'number', min: 0, max: 1, unit: 'em', noun: 'word spacing', default: 0, description: 'Extra space between words, in em.' },
  'display.paragraphSpacing': { kind: 'number', min: 0, max: 4, unit: 'em', noun: 'paragraph spacing', default: 1, description: 'Space between paragraphs, in em.' },
  'display.lineLength': { kind: 'number', min: 20, max: 120, integer: true, unit: ' characters', noun: 'line length', default: 70, description: 'Longest line, in characters (WCAG 1.4.8 suggests at most 80).' },
  'display.textAlign': { kind: 'enum', values: TEXT_ALIGNS, default: 'start', description: 'Text alignment; "start" is ragged, which most readers with dyslexia find easier.' },
  'display.theme': { kind: 'enum', values: THEME_NAMES, default: 'light', description: 'Colour theme.' },
  'display.customForeground': { kind: 'color', default: '#1a1a1a', description: 'Text colour of the custom theme.' },
  'display.customBackground': { kind: 'color', default: '#ffffff', description: 'Background colour of the custom theme.' },
  'display.highlightColor': { kind: 'enum', values: HIGHLIGHT_HUES, default: 'yellow', description: 'Colour of read-aloud highlights; each theme picks a shade with enough contrast.' },
  'display.reducedMotion': { kind: 'boolean', default: false, description: 'Reduce motion even when the device does not ask for it.' },

  'readingAids.lineFocus': { kind: 'boolean', default: false, description: 'Line focus: keep the eye on the lines being read.' },
  'readingAids.lineFocusLines': { kind: 'number', min: 1, max: 3, integer: true, unit: ' lines', noun: 'number of lines', default: 1, description: 'How many lines line focus shows.' },
  'readingAids.lineFocusStyle': { kind: 'enum', values: LINE_FOCUS_STYLES, default: 'ruler', description: 'A ruler tints the current lines; a mask dims the rest of the page.' },
  'readingAids.masking': { kind: 'boolean', default: false, description: 'Masking: cover parts of the page the learner does not want to see.' },

  'speech.readAloud': { kind: 'boolean', default: true, description: 'Read-aloud is available (the "Read aloud" button is shown). A teacher may turn it off, e.g. in assessment mode.' },
  'speech.voice': { kind: 'text', maxLength: 200, nullable: true, default: null, description: 'Voice name; null lets the device choose.' },
  'speech.rate': { kind: 'number', min: 0.5, max: 3, unit: '×', noun: 'speed', default: 1, description: 'Speaking rate, as a multiple of normal speed.' },
  'speech.pitch': { kind: 'number', min: 0.5, max: 2, unit: '×', noun: 'pitch', default: 1, description: 'Voice pitch, as a multiple of normal.' },
  'speech.volume': { kind: 'number', min: 0, max: 1, unit: '', noun: 'volume', default: 1, description: 'Volume, 0 (silent) to 1 (full).' },
  'speech.highlight': { kind: 'enum', values: SPEECH_HIGHLIGHTS, default: 'word', description: 'What is highlighted while reading aloud.' },
  'speech.skipPageNumbers': { kind: 'boolean', default: true, description: 'Do not read page numbers.' },
  'speech.skipNoteReferences': { kind: 'boolean', default: true, description: 'Do not read footnote reference marks.' },
  'speech.readAltText': { kind: 'boolean', default: true, description: 'Read images’ alternative text.' },

  'math.style': { kind: 'enum', values: MATH_STYLES, default: 'ClearSpeak', description: 'How math is read aloud.' },
  'math.verbosity': { kind: 'enum', values: MATH_VERBOSITIES, default: 'verbose', description: 'How much MathSpeak says.' },

  'content.simplifiedText': { kind: 'boolean', default: false, description: 'Show simplified versions of passages where the teacher wrote them.' },
  'content.readingLevel': { kind: 'number', min: 1, max: 12, integer: true, nullable: true, unit: '', noun: 'grade level', default: null, description: 'Grade level simplified versions should aim at; null picks the simplest.' },
  'content.glossary': { kind: 'boolean', default: true, description: 'Show glossary entries for marked words.' },
  'content.glossaryPictures': { kind: 'boolean', default: false, description: 'Glossary entries show pictures.' },
  'content.keywordTranslation': { kind: 'boolean', default: false, description: 'Glossary entries also show a translation into the content language.' },
  'content.imageDescriptions': { kind: 'boolean', default: true, description: 'Show teacher-written image descriptions.' },

  'language.ui': { kind: 'language', default: 'en', description: 'Language of Attune’s buttons and messages (BCP 47).' },
  'language.content': { kind: 'language', nullable: true, default: null, description: 'Preferred language for content and translations (BCP 47); null keeps the book’s language.' },
};

/** Every setting path, section by section in the table's order. */
export const SETTING_PATHS = Object.keys(SETTING_RULES) as SettingPath[];

/** The rule for a path, or undefined when the path is not a setting. */
export function ruleFor(path: string): SettingRule | undefined {
  return Object.hasOwn(SETTING_RULES, path) ? SETTING_RULES[path as SettingPath] : undefined;
}

/** True when `path` names a setting. */
export function isSettingPath(path: string): path is SettingPath {
  return Object.hasOwn(SETTING_RULES, path);
}

/** The settings of one section, e.g. `['fontFamily', 'fontSize', …]` for `display`. */
export function settingKeysOf(section: string): string[] {
  return SETTING_PATHS.filter((p) => p.startsWith(`${section}.`)).map((p) => p.slice(section.length + 1));
}

