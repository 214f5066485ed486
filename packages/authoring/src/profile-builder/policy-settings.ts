import { SETTING_RULES, type AnySettingValue, type SettingPath, type SettingRule } from '@attune/profile';
import { authoringMessages } from '../messages.js';
import { formatUiNumber } from '@attune/reader/localization';

/**
 * The settings a teacher sets starting values, limits and locks for, by
 * group, and how their values read in words. Voices, custom colours and UI
 * language are left to the learner.
 */
export const POLICY_SETTING_GROUPS: readonly { id: keyof typeof authoringMessages.builder.groups; paths: readonly SettingPath[] }[] = [
  { id: 'text', paths: ['display.fontSize', 'display.fontFamily', 'display.lineHeight', 'display.letterSpacing', 'display.wordSpacing', 'display.paragraphSpacing', 'display.lineLength', 'display.textAlign'] },
  { id: 'colours', paths: ['display.theme', 'display.highlightColor', 'display.reducedMotion'] },
  { id: 'readingAids', paths: ['readingAids.lineFocus', 'readingAids.lineFocusLines', 'readingAids.lineFocusStyle', 'readingAids.masking'] },
  { id: 'readAloud', paths: ['speech.readAloud', 'speech.rate', 'speech.highlight', 'speech.readAltText'] },
  { id: 'math', paths: ['math.style', 'math.verbosity'] },
  { id: 'content', paths: ['content.simplifiedText', 'content.readingLevel', 'content.glossary', 'content.glossaryPictures', 'content.keywordTranslation', 'content.imageDescriptions'] },
];

const labels = authoringMessages.settings.labels;

export function settingLabel(path: SettingPath): string {
  return labels[path];
}

export function ruleOf(path: SettingPath): SettingRule {
  return SETTING_RULES[path] as SettingRule;
}

/** Decimal places a number setting is shown and stepped with. */
export function stepOf(path: SettingPath): number {
  const rule = ruleOf(path);
  if (rule.kind !== 'number') return 1;
  if (rule.integer) return 1;
  return rule.max <= 1 ? 0.01 : rule.max <= 3 ? 0.05 : 1;
}

/** A value in words: `150%`, `1.5`, `0.12 em`, `45 characters`, `On`, `Lexend`. */
export function formatSettingValue(path: SettingPath, value: AnySettingValue): string {
  const rule = ruleOf(path);
  if (value === null) return path === 'content.readingLevel' ? authoringMessages.settings.simplestLevel : '—';
  if (typeof value === 'boolean') return value ? authoringMessages.common.on : authoringMessages.common.off;
  if (typeof value === 'number' && rule.kind === 'number') {
    const text = formatUiNumber(value);
    // Units that are words are whole translated phrases, in the plural the number needs.
    if (rule.unit === ' characters') return authoringMessages.settings.characters(value, text);
    if (rule.unit === ' lines') return authoringMessages.settings.lines(value, text);
    if (rule.unit === '%' || rule.unit === '×') return `${text}${rule.unit}`;
    return rule.unit ? `${text}${rule.unit.startsWith(' ') ? rule.unit : ` ${rule.unit}`}` : text;
  }
  return authoringMessages.settings.options[path]?.[String(value)] ?? String(value);
}

/** The range a number setting allows, in words (`100%–400%`). */
export function rangeOf(path: SettingPath): string {
  const rule = ruleOf(path);
  return rule.kind === 'number' ? `${formatSettingValue(path, rule.min)}–${formatSettingValue(path, rule.max)}` : '';
}
