// Where the repository and the shared test corpus live. The corpus is never
// copied into the project: tests read it from ../shared/corpus (or
// ATTUNE_CORPUS) and must fail, not skip, when it is missing.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const corpusDir = resolve(process.env.ATTUNE_CORPUS ?? resolve(repoRoot, '..', 'shared', 'corpus'));
export const resultsDir = resolve(repoRoot, '.test-results');

/** Throws with a clear sentence when the corpus is missing or empty. */
export function assertCorpus() {
  const ok = existsSync(corpusDir) && readdirSync(corpusDir).some((f) => f.endsWith('.epub'));
  if (!ok) {
    throw new Error(
      `The test corpus is missing: no .epub files in ${corpusDir}. ` +
        'Tests that need it fail rather than skip. Put the shared corpus there or set ATTUNE_CORPUS.',
    );
  }
}
