import type { AttuneReader } from '../src/index.js';
import { openReader } from './reader-fixture.js';

/**
 * Opens a book the way the study-tools tests need it: at its start, every
 * time. The reader reopens a book where the learner left it (saved on the
 * device), which would race with the places a test goes to, so the saved
 * position is turned off (`no-study-tools`) before the book is set.
 */
export async function openAtStart(src: string, options: { width?: number; height?: number } = {}): Promise<AttuneReader> {
  const parent = document.createElement('div');
  document.body.append(parent);
  new MutationObserver((_, observer) => {
    const reader = parent.querySelector('attune-reader');
    if (!reader) return;
    reader.setAttribute('no-study-tools', '');
    observer.disconnect();
  }).observe(parent, { childList: true });
  const { reader, outcome } = await openReader(src, { ...options, parent });
  if (outcome.type !== 'ready') throw new Error(`${src} did not open: ${JSON.stringify(outcome.detail)}`);
  return reader;
}
