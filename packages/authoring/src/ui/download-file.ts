/** Offers text as a file download (an export the teacher asked for; nothing is sent anywhere). */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by then; the URL is only needed until it has.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A file name made of plain letters and digits: `attune-pack-accessible-epub-3.json`. */
export function safeFileName(prefix: string, name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${prefix}-${base || 'untitled'}.json`;
}
