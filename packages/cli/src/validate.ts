import { validatePolicy, validateProfile, type ProfileIssue } from '@attune/profile';
import { validateVariantPack, type PackIssue } from '@attune/adapt';

export interface ValidationReport {
  file: string;
  kind: 'profile' | 'profile-and-policy' | 'variant-pack';
  errors: number;
  warnings: number;
  issues: { severity: string; path: string; message: string }[];
}

function report(file: string, kind: ValidationReport['kind'], issues: (ProfileIssue | PackIssue)[]): ValidationReport {
  const list = issues.map((i) => ({ severity: i.severity, path: i.path, message: i.message }));
  return { file, kind, errors: list.filter((i) => i.severity === 'error').length, warnings: list.filter((i) => i.severity === 'warning').length, issues: list };
}

/** A learner profile, or `{ profile, policy }` as teachers export them. */
export function validateProfileJson(file: string, json: unknown): ValidationReport {
  if (json && typeof json === 'object' && 'profile' in json) {
    const bundle = json as { profile: unknown; policy?: unknown };
    const issues = [...validateProfile(bundle.profile).issues];
    if (bundle.policy !== undefined) issues.push(...validatePolicy(bundle.policy).issues);
    return report(file, 'profile-and-policy', issues);
  }
  return report(file, 'profile', validateProfile(json).issues);
}

export function validatePackJson(file: string, json: unknown): ValidationReport {
  return report(file, 'variant-pack', validateVariantPack(json).issues);
}

export function formatValidation(r: ValidationReport): string {
  const lines = [`${r.file} (${r.kind}): ${r.errors} error(s), ${r.warnings} warning(s)`];
  for (const i of r.issues) lines.push(`  ${i.severity.padEnd(7)} ${i.message}`);
  return lines.join('\n') + '\n';
}
