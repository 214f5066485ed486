import {
  FONT_FAMILIES,
  HIGHLIGHT_HUES,
  LINE_FOCUS_STYLES,
  MATH_STYLES,
  MATH_VERBOSITIES,
  SPEECH_HIGHLIGHTS,
  TEXT_ALIGNS,
  THEME_NAMES,
  type AnySettingValue,
  type SettingPath,
} from '@attune/profile';
import { UI_LOCALES } from '../localization/locale-choice.js';
import { preferenceMessages as m } from './preference-messages.js';

/**
 * What the preferences panel shows, as data: the groups in order and, for
 * each setting, which native control edits it. The element renders from this
 * table, so adding a setting to the panel is one line here.
 */

/** An option of a select; `''` stands for `null` (e.g. "the device's own voice"). */
export interface FieldOption {
  value: string;
  label: string;
  /** The label's own language, when it is not the UI's (a language named in itself). */
  lang?: string;
}

/** How a number reads on screen and to a screen reader (`aria-valuetext`). */
export interface NumberText {
  text: string;
  spoken: string;
}

export interface RangeField {
  kind: 'range';
  path: SettingPath;
  step: number;
  format(value: number, locale: string): NumberText;
}

export interface SelectField {
  kind: 'select';
  path: SettingPath;
  options(locale: string): FieldOption[];
  /** The select's string back to the setting's value. */
  parse(value: string): AnySettingValue;
}

export interface SwitchField {
  kind: 'switch';
  path: SettingPath;
}

/** Controls with their own template: the voice chooser and the custom colour pair. */
export interface SpecialField {
  kind: 'voice' | 'colors';
  path: SettingPath;
}

export type PreferenceField = RangeField | SelectField | SwitchField | SpecialField;

export type GroupId = Exclude<keyof typeof m.groups, 'presets'>;

export interface FieldGroup {
  id: GroupId;
  fields: PreferenceField[];
}

/** `1.5`, `0.12`, `150` in the learner's interface language. */
export function formatNumber(value: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  } catch {
    return new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(value);
  }
}

const same = (text: string): NumberText => ({ text, spoken: text });

function range(path: SettingPath, step: number, format: (n: string, value: number, locale: string) => NumberText): RangeField {
  return { kind: 'range', path, step, format: (value, locale) => format(formatNumber(value, locale), value, locale) };
}

function choice<T extends string>(path: SettingPath, values: readonly T[], labels: Record<T, string>): SelectField {
  return { kind: 'select', path, options: () => values.map((value) => ({ value, label: labels[value] })), parse: (value) => value };
}

const toggle = (path: SettingPath): SwitchField => ({ kind: 'switch', path });

/** Languages offered for the interface and for translations; the learner's own tag is added when it is missing. */
export const LANGUAGE_TAGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'ar', 'fa', 'ur', 'hi', 'bn', 'zh', 'ja', 'ko', 'vi', 'tl', 'so', 'sw', 'ht'] as const;

/** "Spanish (español)": the name in the interface language and in the language itself. */
export function languageLabel(tag: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
    const own = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? name;
    return m.options.languageName(name, own);
  } catch {
    return tag;
  }
}

/**
 * The languages Attune's own buttons and messages come in, each named in
 * itself (and marked with its language, so a screen reader says it right):
 * a learner looks for their language's own name.
 */
export const UI_LANGUAGE_NAMES: Record<(typeof UI_LOCALES)[number], string> = { en: 'English', es: 'Español', ar: 'العربية' };

function uiLanguageOptions(): FieldOption[] {
  // In the order of the names above (English first), not the locale codes' alphabetical order.
  return (Object.keys(UI_LANGUAGE_NAMES) as (keyof typeof UI_LANGUAGE_NAMES)[]).map((tag) => ({ value: tag, label: UI_LANGUAGE_NAMES[tag], lang: tag }));
}

function languageOptions(locale: string, withBook: boolean): FieldOption[] {
  const options = LANGUAGE_TAGS.map((tag) => ({ value: tag, label: languageLabel(tag, locale) }));
  return withBook ? [{ value: '', label: m.options.bookLanguage }, ...options] : options;
}

const nullable = (value: string): AnySettingValue => (value === '' ? null : value);

/** The panel's groups, in the order they are shown. */
export const PREFERENCE_GROUPS: readonly FieldGroup[] = [
  {
    id: 'text',
    fields: [
      choice('display.fontFamily', FONT_FAMILIES, m.options.fontFamily),
      range('display.fontSize', 10, (n) => same(m.values.percent(n))),
      range('display.lineHeight', 0.1, (n) => ({ text: m.values.times(n), spoken: m.values.timesText(n) })),
      range('display.letterSpacing', 0.01, (n) => ({ text: m.values.em(n), spoken: m.values.emSpoken(n) })),
      range('display.wordSpacing', 0.01, (n) => ({ text: m.values.em(n), spoken: m.values.emSpoken(n) })),
      range('display.paragraphSpacing', 0.25, (n) => ({ text: m.values.em(n), spoken: m.values.emSpoken(n) })),
      range('display.lineLength', 5, (n, value) => same(m.values.characters(value, n))),
      choice('display.textAlign', TEXT_ALIGNS, m.options.textAlign),
    ],
  },
  {
    id: 'colours',
    fields: [
      choice('display.theme', THEME_NAMES, m.options.theme),
      { kind: 'colors', path: 'display.customForeground' },
      choice('display.highlightColor', HIGHLIGHT_HUES, m.options.highlightColor),
    ],
  },
  {
    id: 'readingAids',
    fields: [
      toggle('readingAids.lineFocus'),
      range('readingAids.lineFocusLines', 1, (n, value) => same(m.values.lines(value, n))),
      choice('readingAids.lineFocusStyle', LINE_FOCUS_STYLES, m.options.lineFocusStyle),
      toggle('readingAids.masking'),
      toggle('display.reducedMotion'),
    ],
  },
  {
    id: 'readAloud',
    fields: [
      toggle('speech.readAloud'),
      { kind: 'voice', path: 'speech.voice' },
      range('speech.rate', 0.1, (n) => ({ text: m.values.speed(n), spoken: m.values.speedSpoken(n) })),
      range('speech.pitch', 0.1, (n) => ({ text: m.values.pitch(n), spoken: m.values.pitchSpoken(n) })),
      range('speech.volume', 0.1, (_n, value, locale) => same(m.values.percent(formatNumber(Math.round(value * 100), locale)))),
      choice('speech.highlight', SPEECH_HIGHLIGHTS, m.options.speechHighlight),
      toggle('speech.skipPageNumbers'),
      toggle('speech.skipNoteReferences'),
      toggle('speech.readAltText'),
    ],
  },
  {
    id: 'math',
    fields: [choice('math.style', MATH_STYLES, m.options.mathStyle), choice('math.verbosity', MATH_VERBOSITIES, m.options.mathVerbosity)],
  },
  {
    id: 'content',
    fields: [
      toggle('content.simplifiedText'),
      {
        kind: 'select',
        path: 'content.readingLevel',
        options: (locale) => [
          { value: '', label: m.options.simplestLevel },
          ...Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: m.options.grade(formatNumber(i + 1, locale)) })),
        ],
        parse: (value) => (value === '' ? null : Number(value)),
      },
      toggle('content.glossary'),
      toggle('content.glossaryPictures'),
      toggle('content.keywordTranslation'),
      toggle('content.imageDescriptions'),
    ],
  },
  {
    id: 'language',
    fields: [
      { kind: 'select', path: 'language.ui', options: () => uiLanguageOptions(), parse: (value) => value },
      { kind: 'select', path: 'language.content', options: (locale) => languageOptions(locale, true), parse: nullable },
    ],
  },
];

/** The string a select shows for a setting's value. */
export function optionValue(value: AnySettingValue): string {
  return value === null ? '' : String(value);
}
