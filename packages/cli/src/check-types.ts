import type { AccessibilityMetadata } from '@attune/book';

/** One thing `attune check` found, located in the book. */
export interface Finding {
  /** Stable id: `axe:<rule>`, `book:<problem>` or our own (e.g. `access-mode-missing`). */
  id: string;
  severity: 'critical' | 'serious' | 'moderate' | 'minor';
  source: 'axe' | 'metadata' | 'structure';
  /** Book path of the file where it was found. */
  where: string;
  message: string;
  /** How many elements (for axe rules and counts). */
  count?: number;
  /** Where to learn more (axe rules). */
  help?: string;
  /** The first offending element's markup, shortened. */
  example?: string;
}

export interface CheckResult {
  opened: boolean;
  error?: { code: string; message: string };
  book?: { title: string; identifier: string; language: string; version: string; layout: string; modified: string | null };
  accessibility?: AccessibilityMetadata;
  sections: number;
  findings: Finding[];
}

/** The report: the result plus counts, ordered so JSON output is stable. */
export interface CheckReport extends CheckResult {
  file: string;
  summary: Record<Finding['severity'], number>;
  /** False when anything critical or serious was found, or the book did not open. */
  passed: boolean;
}

/** Where a variant pack's entries landed in a book. */
export interface AnchorResult {
  anchored: { id: string; method: string; errors: number }[];
  orphans: { id: string; reason: string; message: string }[];
}

/** What the check page (src/page/check-page.ts) puts on its window for the CLI to call. */
export interface CheckPageWindow {
  attuneProgress?: (done: number, total: number, label: string) => void;
  attuneCheck: (bookUrl: string, options: { axeUrl: string }) => Promise<CheckResult>;
  attuneAnchors: (bookUrl: string, pack: unknown) => Promise<AnchorResult>;
}
