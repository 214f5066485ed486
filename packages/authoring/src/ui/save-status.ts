import type { SaveStatus } from '../storage/autosaver.js';
import { authoringMessages } from '../messages.js';
import { uiLocale } from '@attune/reader/localization';
import { storageProblemText } from './storage-problem-text.js';

const m = authoringMessages.common;

/** The autosave status as a sentence for the status line. */
export function saveStatusText(status: SaveStatus): string {
  switch (status.state) {
    case 'idle':
      return '';
    case 'pending':
      return m.unsaved;
    case 'saving':
      return m.saving;
    case 'saved':
      return m.saved(status.at.toLocaleTimeString(uiLocale(), { hour: '2-digit', minute: '2-digit', second: '2-digit' }));
    case 'failed':
      return m.saveFailed(storageProblemText(status.error));
  }
}
