import { describeValue, issue, isRecord, type ProfileIssue } from './issues.js';
import { validatePatch } from './profile-patch.js';
import type { ProfilePatch } from './schema.js';

/**
 * The accommodation catalog is data: lists of allowed resources change every
 * year and from state to state, so a district can load its own catalog JSON
 * (checked with `validateCatalog`) instead of waiting for a code change.
 */

/**
 * The three tiers of the Smarter Balanced model, which most US states and
 * IEP teams use:
 * - `universal-tool`: any learner may turn it on; an educator may turn it off.
 * - `designated-support`: an educator or team assigns it for a documented need.
 * - `accommodation`: written in the learner's IEP or 504 plan.
 */
export const ACCOMMODATION_TIERS = ['universal-tool', 'designated-support', 'accommodation'] as const;
export type AccommodationTier = (typeof ACCOMMODATION_TIERS)[number];

/** Who may switch a resource of each tier on, in plain words for the authoring UI. */
export const TIER_ASSIGNED_BY: Readonly<Record<AccommodationTier, string>> = {
  'universal-tool': 'Any learner may turn this on; a teacher may turn it off.',
  'designated-support': 'A teacher or the learner’s team turns this on for a documented need.',
  accommodation: 'This is written in the learner’s IEP or 504 plan.',
};

/**
 * QTI 3 AfA PNP feature names (1EdTech QTI 3.0 Access for All PNP). Resources
 * the PNP has no element for use vendor `ext:` names, as the consortia do.
 */
export const QTI_PNP_FEATURES = [
  'spoken', 'braille', 'text-appearance', 'magnification', 'invert-display-polarity', 'line-reader',
  'high-contrast', 'layout-single-column', 'answer-masking', 'additional-testing-time', 'calculator-on-screen',
  'long-description', 'keyword-translation', 'item-translation', 'sign-language', 'language-of-interface',
  'linguistic-guidance', 'keyword-emphasis', 'simplified-language-portions', 'simplified-graphics',
  'encouragement', 'additional-directions', 'keyboard-directions', 'alternative-text', 'audio-description',
  'captions', 'transcript', 'tactile', 'dictionary-on-screen', 'glossary-on-screen', 'thesaurus-on-screen',
  'homophone-checker-on-screen', 'note-taking-on-screen', 'visual-organizer-on-screen', 'outliner-on-screen',
  'peer-interaction-on-screen', 'spell-checker-on-screen', 'environment', 'hazard-avoidance', 'input-requirements',
] as const;

/** One resource a learner can be given, and what it means for their settings. */
export interface Accommodation {
  /** Stable kebab-case id, used in policies. */
  id: string;
  /** Plain-language name, as a parent or learner would say it. */
  name: string;
  /** What it does and who it helps, in one or two plain sentences. */
  explanation: string;
  tier: AccommodationTier;
  /** Provided inside Attune (true) or outside it and only recorded (false), as Smarter Balanced splits them. */
  embedded: boolean;
  /** The QTI 3 AfA PNP feature it maps to (`ext:…` where the PNP has none). */
  qtiPnp: string;
  /** The ISO/IEC 24751-2 (AfA 2.0) preference it corresponds to, where there is one. */
  iso24751?: string;
  /** The settings it implies; applied under the learner's own choices unless the policy locks them. */
  patch: ProfilePatch;
  /** For the teacher: limits, or what else to set. */
  note?: string;
}

/** A named list of accommodations. */
export interface AccommodationCatalog {
  id: string;
  name: string;
  accommodations: readonly Accommodation[];
}

/** The accommodation with `id`, or undefined. */
export function findAccommodation(catalog: AccommodationCatalog, id: string): Accommodation | undefined {
  return catalog.accommodations.find((a) => a.id === id);
}

/** A checked catalog and its problems. Entries with problems in their identity are left out. */
export interface CatalogValidation {
  catalog: AccommodationCatalog;
  issues: ProfileIssue[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function text(entry: Record<string, unknown>, key: string, where: string, issues: ProfileIssue[]): string | undefined {
  const value = entry[key];
  if (typeof value === 'string' && value.trim() !== '') return value;
  issues.push(issue('missing-field', 'error', `${where}.${key}`, `expected plain-language text, got ${describeValue(value)}.`));
  return undefined;
}

/** Checks catalog JSON: ids unique and kebab-case, tiers known, QTI names known or `ext:`, patches valid. */
export function validateCatalog(json: unknown): CatalogValidation {
  const issues: ProfileIssue[] = [];
  if (!isRecord(json) || !Array.isArray(json['accommodations'])) {
    issues.push(issue('not-an-object', 'error', '', 'A catalog is an object with a list "accommodations".'));
    return { catalog: { id: '', name: '', accommodations: [] }, issues };
  }
  const accommodations: Accommodation[] = [];
  const seen = new Set<string>();
  json['accommodations'].forEach((raw: unknown, index: number) => {
    const where = `accommodations[${index}]`;
    if (!isRecord(raw)) {
      issues.push(issue('not-an-object', 'error', where, `expected an accommodation object, got ${describeValue(raw)}; it was left out.`));
      return;
    }
    const id = raw['id'];
    if (typeof id !== 'string' || !ID.test(id)) {
      issues.push(issue('wrong-type', 'error', `${where}.id`, `${describeValue(id)} is not a kebab-case id; the entry was left out.`));
      return;
    }
    if (seen.has(id)) {
      issues.push(issue('duplicate', 'error', `${where}.id`, `"${id}" appears twice; the second entry was left out.`));
      return;
    }
    seen.add(id);
    const name = text(raw, 'name', where, issues);
    const explanation = text(raw, 'explanation', where, issues);
    const tier = raw['tier'];
    if (!(ACCOMMODATION_TIERS as readonly unknown[]).includes(tier)) {
      issues.push(issue('not-allowed', 'error', `${where}.tier`, `${describeValue(tier)} is not one of ${ACCOMMODATION_TIERS.join(', ')}; the entry was left out.`));
      return;
    }
    const qtiPnp = raw['qtiPnp'];
    if (typeof qtiPnp !== 'string' || !((QTI_PNP_FEATURES as readonly string[]).includes(qtiPnp) || /^ext:[a-z0-9-]+$/.test(qtiPnp))) {
      issues.push(issue('not-allowed', 'warning', `${where}.qtiPnp`, `${describeValue(qtiPnp)} is not a QTI 3 PNP feature name or an ext: name.`));
    }
    const patch = validatePatch(raw['patch'] ?? {}, `${where}.patch.`);
    issues.push(...patch.issues);
    const entry: Accommodation = {
      id,
      name: name ?? id,
      explanation: explanation ?? '',
      tier: tier as AccommodationTier,
      embedded: raw['embedded'] !== false,
      qtiPnp: typeof qtiPnp === 'string' ? qtiPnp : '',
      patch: patch.patch,
    };
    if (typeof raw['iso24751'] === 'string') entry.iso24751 = raw['iso24751'];
    if (typeof raw['note'] === 'string') entry.note = raw['note'];
    accommodations.push(entry);
  });
  const id = typeof json['id'] === 'string' ? json['id'] : '';
  const name = typeof json['name'] === 'string' ? json['name'] : id;
  return { catalog: { id, name, accommodations }, issues };
}
