import {
  DEFAULT_CATALOG,
  defaultSettings,
  findAccommodation,
  type AccommodationCatalog,
  type ResolvedProfile,
  type SettingPath,
  type TeacherPolicy,
} from '@attune/profile';
import { authoringMessages } from '../messages.js';
import { formatUiList, formatUiNumber } from '@attune/reader/localization';
import { formatSettingValue, settingLabel } from './policy-settings.js';

const m = authoringMessages.summary;

/**
 * What a learner's reader does, in sentences a learner and their family can
 * read, made from the resolved settings and the policy: read aloud, text
 * size and its floor, font, spacing, colours, reading aids, simplified text,
 * glossary, descriptions, what is locked and why, and the accommodations
 * the plan lists. Pure; the builder shows it and offers to copy it.
 */
export function plainSummary(resolved: ResolvedProfile, policy: TeacherPolicy | undefined, catalog: AccommodationCatalog = DEFAULT_CATALOG): string[] {
  const s = resolved.settings;
  const base = defaultSettings();
  const lines: string[] = [];
  const limitsSaid = new Set<SettingPath>();
  const limitSentence = (path: SettingPath): string | undefined => {
    const { min, max } = resolved.provenance[path];
    limitsSaid.add(path);
    const label = settingLabel(path);
    if (min !== undefined && max !== undefined) return m.between(label, formatSettingValue(path, min), formatSettingValue(path, max));
    if (min !== undefined) return m.atLeast(label, formatSettingValue(path, min));
    if (max !== undefined) return m.atMost(label, formatSettingValue(path, max));
    return undefined;
  };
  const push = (...sentences: (string | undefined)[]) => lines.push(...sentences.filter((x): x is string => !!x));

  if (resolved.mode === 'assessment') push(m.testMode);

  // Reading aloud first: it is what learners and families ask about most.
  if (s.speech.readAloud) {
    push(s.speech.highlight === 'word' ? m.readAloudWords : s.speech.highlight === 'sentence' ? m.readAloudSentences : m.readAloud);
    if (s.speech.rate !== base.speech.rate) push(m.speed(formatUiNumber(s.speech.rate)));
  } else push(m.readAloudOff);

  if (s.display.fontSize !== base.display.fontSize) push(m.fontSize(formatSettingValue('display.fontSize', s.display.fontSize)));
  push(limitSentence('display.fontSize'));
  if (s.display.fontFamily !== 'publisher') push(m.font(formatSettingValue('display.fontFamily', s.display.fontFamily)));
  const spaced = s.display.lineHeight > base.display.lineHeight || s.display.letterSpacing > 0 || s.display.wordSpacing > 0 || s.display.paragraphSpacing > base.display.paragraphSpacing;
  if (spaced) push(m.spacing);
  if (s.display.lineLength < base.display.lineLength) push(m.lineLength(String(s.display.lineLength)));
  push(m.themes[s.display.theme] || undefined);
  if (s.display.textAlign === 'justify') push(m.justified);
  if (s.display.reducedMotion) push(m.reducedMotion);

  if (s.readingAids.lineFocus) push(s.readingAids.lineFocusStyle === 'mask' ? m.mask : m.ruler);
  if (s.readingAids.masking) push(m.masking);

  if (s.content.simplifiedText) push(s.content.readingLevel === null ? m.simplified : m.simplifiedAt(String(s.content.readingLevel)));
  if (s.content.glossary) push(s.content.glossaryPictures ? m.glossaryPictures : m.glossary);
  if (s.content.glossary && s.content.keywordTranslation) push(m.translation);
  if (s.content.imageDescriptions) push(s.speech.readAloud && s.speech.readAltText ? m.descriptionsAloud : m.descriptions);
  if (s.speech.readAloud && s.math.style === 'MathSpeak') push(m.mathSpeak);

  // Every other limit, then the locks with their reasons.
  for (const limit of policy?.limits ?? []) if (!limitsSaid.has(limit.setting)) push(limitSentence(limit.setting));
  for (const lock of policy?.locks ?? []) {
    const label = settingLabel(lock.setting);
    const value = formatSettingValue(lock.setting, lock.value).toLowerCase();
    const when = lock.when ?? 'always';
    if (when === 'always') push(m.locked(label, value, lock.reason));
    else if (when === 'assessment') push(m.lockedInTests(label, value, lock.reason));
    else push(m.lockedWhileLearning(label, value, lock.reason));
  }

  const assigned = (policy?.accommodations ?? []).map((a) => ({ assigned: a, entry: findAccommodation(catalog, a.id) })).filter((x) => x.entry);
  for (const source of ['iep', '504-plan'] as const) {
    const names = assigned.filter((x) => x.assigned.source === source && x.entry!.embedded).map((x) => x.entry!.name);
    if (names.length) push(m.fromPlan(m.planNames[source]!, formatUiList(names)));
  }
  const teacher = assigned.filter((x) => x.assigned.source === 'teacher' && x.entry!.embedded).map((x) => x.entry!.name);
  if (teacher.length) push(m.byTeacher(formatUiList(teacher)));
  const outside = assigned.filter((x) => !x.entry!.embedded).map((x) => x.entry!.name);
  if (outside.length) push(m.recordedOnly(formatUiList(outside)));

  return lines.length ? lines : [m.nothing];
}
