/**
 * Runs axe-core (WCAG 2.2 A/AA) on a rendered, sanitized book section. axe
 * cannot be injected into the reader's frames (they never run scripts, by
 * design), so the same document — exactly as rendered, minus its CSP — is
 * loaded in a frame of its own that may run scripts. Safe only because the
 * content is already sanitized and this runs on a check or test page, never
 * in the reader. Used by `attune check` and by a11y-tests.
 */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { html: string; target: unknown[]; failureSummary?: string }[];
}

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function auditSectionDocument(doc: Document, axeUrl: string, size = { width: 1024, height: 768 }): Promise<AxeViolation[]> {
  const copy = doc.documentElement.cloneNode(true) as Element;
  copy.querySelector('meta[http-equiv="Content-Security-Policy"]')?.remove();
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'application/xhtml+xml' }));
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin');
  frame.title = 'audit copy';
  frame.style.cssText = `width:${size.width}px;height:${size.height}px`;
  document.body.append(frame);
  try {
    await new Promise<void>((resolve) => {
      frame.addEventListener('load', () => resolve(), { once: true });
      frame.src = url;
    });
    const fdoc = frame.contentDocument!;
    const script = fdoc.createElementNS('http://www.w3.org/1999/xhtml', 'script') as HTMLScriptElement;
    await new Promise<void>((resolve, reject) => {
      script.addEventListener('load', () => resolve(), { once: true });
      script.addEventListener('error', () => reject(new Error(`axe did not load from ${axeUrl} in the audit frame`)), { once: true });
      script.src = axeUrl;
      (fdoc.head ?? fdoc.documentElement).append(script);
    });
    const axe = (frame.contentWindow as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(fdoc, { runOnly: { type: 'tag', values: WCAG_22_AA }, resultTypes: ['violations'] });
    return result.violations;
  } finally {
    frame.remove();
    URL.revokeObjectURL(url);
  }
}
