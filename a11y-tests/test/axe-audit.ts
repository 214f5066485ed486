import { auditSectionDocument, WCAG_22_AA } from '../../packages/cli/src/page/audit-section.js';

export { WCAG_22_AA };
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

/** Audits a rendered book section (see @attune/cli's auditSectionDocument: the check uses the same code). */
export function auditSection(doc: Document): Promise<AxeViolation[]> {
  return auditSectionDocument(doc, AXE_URL, { width: doc.defaultView?.innerWidth ?? 800, height: doc.defaultView?.innerHeight ?? 600 }) as Promise<AxeViolation[]>;
}
