import type { CheckReport, Finding } from './check-types.js';

/** JSON with keys in a fixed order and no timings, so the same book gives the same bytes. */
export function formatJson(report: CheckReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const LABEL: Record<Finding['severity'], string> = { critical: 'CRITICAL', serious: 'SERIOUS', moderate: 'moderate', minor: 'minor' };

/** A summary a person reads in a terminal. */
export function formatText(report: CheckReport): string {
  const lines: string[] = [];
  if (!report.opened) {
    lines.push(`${report.file}: cannot be opened (${report.error?.code}).`, report.error?.message ?? '', '', 'FAILED');
    return lines.join('\n') + '\n';
  }
  const b = report.book!;
  lines.push(`${b.title} (${report.file})`, `EPUB ${b.version}, ${b.layout}, language ${b.language || 'not given'}, ${report.sections} section(s)`, '');
  const a = report.accessibility!;
  lines.push('Accessibility metadata:');
  lines.push(`  access modes: ${a.accessMode.join(', ') || '—'}; sufficient: ${a.accessModeSufficient.join(' | ') || '—'}`);
  lines.push(`  features: ${a.accessibilityFeature.join(', ') || '—'}`);
  lines.push(`  hazards: ${a.accessibilityHazard.join(', ') || '—'}`);
  lines.push(`  conforms to: ${a.conformsTo.join(', ') || '—'}`);
  lines.push(`  summary: ${a.accessibilitySummary ?? '—'}`, '');
  if (!report.findings.length) lines.push('No problems found.');
  for (const f of report.findings) {
    lines.push(`${LABEL[f.severity].padEnd(8)} ${f.id}${f.count && f.count > 1 ? ` ×${f.count}` : ''} — ${f.where}`, `         ${f.message}`);
    if (f.help) lines.push(`         ${f.help}`);
  }
  const s = report.summary;
  lines.push('', `${s.critical} critical, ${s.serious} serious, ${s.moderate} moderate, ${s.minor} minor`, report.passed ? 'PASSED' : 'FAILED: fix the critical and serious problems above');
  return lines.join('\n') + '\n';
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A self-contained, accessible HTML report (headings, a table with a caption, no script). */
export function formatHtml(report: CheckReport): string {
  const title = report.book?.title ?? report.file;
  const rows = report.findings
    .map((f) => `<tr><td>${f.severity}</td><td><code>${escape(f.id)}</code></td><td><code>${escape(f.where)}</code></td><td>${escape(f.message)}${f.help ? ` <a href="${escape(f.help)}">More about this rule</a>` : ''}</td><td>${f.count ?? 1}</td></tr>`)
    .join('\n');
  const a = report.accessibility;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Accessibility report: ${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:70rem;margin:0 auto;padding:1rem;color:#1a1a1a;background:#fff}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #6b7280;padding:.4rem;text-align:start;vertical-align:top}
caption{text-align:start;font-weight:600;padding:.5rem 0}code{word-break:break-all}a{color:#0b5cad}
@media (prefers-color-scheme:dark){body{background:#121417;color:#f1f1f1}a{color:#8ab4f8}}</style></head>
<body><main>
<h1>Accessibility report: ${escape(title)}</h1>
<p><strong>${report.passed ? 'Passed' : 'Failed'}</strong>: ${report.summary.critical} critical, ${report.summary.serious} serious, ${report.summary.moderate} moderate, ${report.summary.minor} minor problems in ${report.sections} section(s) of <code>${escape(report.file)}</code>.</p>
${report.opened ? '' : `<p>The book cannot be opened: ${escape(report.error?.message ?? '')}</p>`}
${a ? `<h2>Accessibility metadata</h2><dl>
<dt>Access modes</dt><dd>${escape(a.accessMode.join(', ') || '—')}</dd>
<dt>Sufficient access modes</dt><dd>${escape(a.accessModeSufficient.join(' | ') || '—')}</dd>
<dt>Features</dt><dd>${escape(a.accessibilityFeature.join(', ') || '—')}</dd>
<dt>Hazards</dt><dd>${escape(a.accessibilityHazard.join(', ') || '—')}</dd>
<dt>Conforms to</dt><dd>${escape(a.conformsTo.join(', ') || '—')}</dd>
<dt>Summary</dt><dd>${escape(a.accessibilitySummary ?? '—')}</dd></dl>` : ''}
<h2>Problems</h2>
${report.findings.length ? `<table><caption>Problems found, most serious first</caption>
<thead><tr><th scope="col">Severity</th><th scope="col">Check</th><th scope="col">File</th><th scope="col">What is wrong</th><th scope="col">Elements</th></tr></thead>
<tbody>
${rows}
</tbody></table>` : '<p>No problems found.</p>'}
</main></body></html>
`;
}
