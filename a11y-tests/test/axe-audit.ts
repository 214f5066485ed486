const AXE_URL = new URL('/node_modules/axe-core/axe.min.js', location.href).href;
let axeLoaded: Promise<void> | undefined;

/** Loads axe-core into this page once (its UMD build sets window.axe). */
function loadAxe(): Promise<void> {
  axeLoaded ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = AXE_URL;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`axe-core did not load from ${AXE_URL}`));
    document.head.append(script);
  });
  return axeLoaded;
}

/** WCAG 2.2 A and AA, as axe-core tags them. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: unknown[]; html: string; failureSummary?: string }[];
}

interface Axe {
  run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }>;
}

/** Runs axe (WCAG 2.2 AA) on an element of this page; book frames are audited apart (they cannot run scripts). */
export async function auditElement(element: Element): Promise<AxeViolation[]> {
  await loadAxe();
  const axe = (window as unknown as { axe: Axe }).axe;
  const result = await axe.run(element, { runOnly: { type: 'tag', values: WCAG_22_AA }, iframes: false, resultTypes: ['violations'] });
  return result.violations;
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.html).slice(0, 3).join('\n  ')}`).join('\n');
}

/**
 * Audits a rendered book section. axe cannot be injected into the reader's
 * frame (scripts are off there, by design), so the same document — exactly
 * as rendered, minus its CSP — is loaded in a test-only frame that allows
 * scripts. Safe only because the content is already sanitized and this is a
 * test page.
 */
export async function auditSection(doc: Document): Promise<AxeViolation[]> {
  const copy = doc.documentElement.cloneNode(true) as Element;
  copy.querySelector('meta[http-equiv="Content-Security-Policy"]')?.remove();
  const markup = new XMLSerializer().serializeToString(copy);
  const url = URL.createObjectURL(new Blob([markup], { type: 'application/xhtml+xml' }));
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin');
  frame.title = 'audit copy';
  frame.style.cssText = `width:${doc.defaultView?.innerWidth ?? 800}px;height:${doc.defaultView?.innerHeight ?? 600}px`;
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
      script.addEventListener('error', () => reject(new Error('axe did not load in the audit frame')), { once: true });
      script.src = AXE_URL;
      (fdoc.head ?? fdoc.documentElement).append(script);
    });
    const axe = (frame.contentWindow as unknown as { axe: Axe }).axe;
    const result = await axe.run(fdoc, { runOnly: { type: 'tag', values: WCAG_22_AA }, resultTypes: ['violations'] });
    return result.violations;
  } finally {
    frame.remove();
    URL.revokeObjectURL(url);
  }
}
