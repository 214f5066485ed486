import { describeValue, issue, isRecord, type ProfileIssue } from './issues.js';
import { SECTION_NAMES, type LearnerProfile, type ProfilePatch } from './schema.js';
import { checkSections, didYouMean } from './validate-setting.js';

/**
 * A patch is some settings by section: a preset, what an accommodation
 * implies, a teacher's defaults. Applying one to a profile records the values
 * as the learner's own choices.
 */

/** A checked patch and what was left out of it. */
export interface PatchValidation {
  patch: ProfilePatch;
  issues: ProfileIssue[];
}

/**
 * Checks patch JSON. Invalid settings are left out of the patch (a patch has
 * no defaults to fall back to) and reported; `prefix` locates the messages
 * inside a larger document, e.g. `"defaults."` in a policy.
 */
export function validatePatch(json: unknown, prefix = ''): PatchValidation {
  if (!isRecord(json)) {
    const where = prefix.replace(/\.$/, '');
    return { patch: {}, issues: [issue('not-an-object', 'error', where, `expected an object of settings by section, got ${describeValue(json)}.`)] };
  }
  const issues: ProfileIssue[] = [];
  for (const key of Object.keys(json)) {
    if (!(SECTION_NAMES as readonly string[]).includes(key)) {
      issues.push(issue('unknown-field', 'warning', `${prefix}${key}`, `this is not a section of settings; it was ignored.${didYouMean(key, SECTION_NAMES, prefix)}`));
    }
  }
  const sections = checkSections(json, prefix, 'It was left out.');
  issues.push(...sections.issues);
  const patch = Object.fromEntries(Object.entries(sections.patch).filter(([, values]) => Object.keys(values).length > 0)) as ProfilePatch;
  return { patch, issues };
}

/** `later` over `earlier`, setting by setting. */
export function mergePatches(...patches: ProfilePatch[]): ProfilePatch {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const patch of patches) {
    for (const section of SECTION_NAMES) {
      const values = patch[section];
      if (values && Object.keys(values).length > 0) merged[section] = { ...merged[section], ...values };
    }
  }
  return merged as ProfilePatch;
}

/**
 * A copy of `profile` with the patch's settings as the learner's choices
 * (e.g. when a learner picks the "Low vision" preset). Other settings are kept.
 */
export function applyPatch(profile: LearnerProfile, patch: ProfilePatch): LearnerProfile {
  const next: LearnerProfile = { ...profile };
  for (const section of SECTION_NAMES) {
    const values = patch[section];
    // Each section is spread separately so the mapped type keeps its section's value types.
    if (values) (next as unknown as Record<string, unknown>)[section] = { ...profile[section], ...values };
  }
  return next;
}
