import type { Provenance, ResolvedProfile, SettingPath } from '@attune/profile';
import { preferenceMessages as m } from './preference-messages.js';

/**
 * The sentences under a control that say who set its value and why the
 * learner cannot change it (or not beyond a limit). Locks and limits always
 * carry the teacher's reason; the learner should never meet a control that
 * refuses without saying why.
 */

/** One note; `kind` picks its look (a lock gets the lock icon). */
export interface ProvenanceNote {
  kind: 'locked' | 'limit' | 'source' | 'reason';
  text: string;
}

/** "From your IEP: Large print", "Set by your teacher", or undefined for the learner's own and Attune's values. */
function whoSet(provenance: Provenance, resolved: ResolvedProfile): string | undefined {
  if (provenance.source !== 'teacher' && provenance.source !== 'iep') return undefined;
  const accommodation = provenance.accommodation ? resolved.accommodations.find((a) => a.id === provenance.accommodation) : undefined;
  if (accommodation) {
    if (accommodation.source === '504-plan') return m.who.plan504With(accommodation.name);
    if (accommodation.source === 'iep') return m.who.iepWith(accommodation.name);
    return m.who.teacherWith(accommodation.name);
  }
  return provenance.source === 'iep' ? m.who.iep : m.who.teacher;
}

/**
 * The notes for `path`. `formatValue` writes a limit the way the control
 * shows values ("150%", "1.5×").
 */
export function provenanceNotes(path: SettingPath, resolved: ResolvedProfile, formatValue: (value: number) => string): ProvenanceNote[] {
  const provenance = resolved.provenance[path];
  const reason = provenance.reason ?? '';
  if (provenance.locked) {
    return [{ kind: 'locked', text: provenance.source === 'iep' ? m.who.lockedByIep(reason) : m.who.lockedByTeacher(reason) }];
  }
  const notes: ProvenanceNote[] = [];
  const who = whoSet(provenance, resolved);
  if (who) notes.push({ kind: 'source', text: who });
  const { min, max } = provenance;
  if (min !== undefined && max !== undefined) notes.push({ kind: 'limit', text: m.who.between(formatValue(min), formatValue(max), reason) });
  else if (min !== undefined) notes.push({ kind: 'limit', text: m.who.atLeast(formatValue(min), reason) });
  else if (max !== undefined) notes.push({ kind: 'limit', text: m.who.atMost(formatValue(max), reason) });
  else if (reason) notes.push({ kind: 'reason', text: reason });
  return notes;
}
