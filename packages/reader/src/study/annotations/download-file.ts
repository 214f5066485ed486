import type { StudyFile } from '../study-session.js';

/** How long a download's object URL lives (the browser has long read it by then). */
const URL_LIFETIME_MS = 60_000;

/**
 * Offers a file for download with an `<a download>` inside `root` (the
 * reader's shadow root, so the page's own links and styles are untouched).
 */
export function downloadFile(file: StudyFile, root: ShadowRoot | HTMLElement): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
}
