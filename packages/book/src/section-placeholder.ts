/**
 * What the reader shows in place of a section that cannot be rendered (its
 * file is missing, or it is not well-formed XHTML, which EPUB requires): a
 * clear message where the content would be, so the rest of the book stays
 * readable and the learner knows something is missing rather than blank.
 */
export type SectionProblem = 'section-missing' | 'section-invalid';

const XHTML_NS = 'http://www.w3.org/1999/xhtml';

export function sectionPlaceholder(problem: SectionProblem, path: string, detail: string, language: string): Document {
  const doc = document.implementation.createDocument(XHTML_NS, 'html', null);
  const html = doc.documentElement;
  html.setAttribute('lang', language || 'en');
  const head = doc.createElementNS(XHTML_NS, 'head');
  const title = doc.createElementNS(XHTML_NS, 'title');
  title.textContent = problem === 'section-missing' ? 'Missing part of the book' : 'Damaged part of the book';
  const style = doc.createElementNS(XHTML_NS, 'style');
  style.textContent =
    '.attune-section-problem{border:3px solid currentColor;border-radius:6px;padding:1em 1.25em;margin:2em 0;font-family:system-ui,sans-serif}' +
    '.attune-section-problem h1{font-size:1.3em;margin:0 0 .5em}.attune-section-problem code{word-break:break-all}';
  head.append(title, style);
  const body = doc.createElementNS(XHTML_NS, 'body');
  const box = doc.createElementNS(XHTML_NS, 'section');
  box.setAttribute('class', 'attune-section-problem');
  box.setAttribute('data-attune-error', problem);
  box.setAttribute('aria-labelledby', 'attune-problem-title');
  const h1 = doc.createElementNS(XHTML_NS, 'h1');
  h1.setAttribute('id', 'attune-problem-title');
  h1.textContent = 'This part of the book can’t be shown';
  const p = doc.createElementNS(XHTML_NS, 'p');
  p.textContent =
    problem === 'section-missing'
      ? 'Its file is missing from the book. The other parts can still be read: use Next to go on.'
      : 'Its file is damaged (it is not well-formed XHTML, which EPUB requires). The other parts can still be read: use Next to go on.';
  const where = doc.createElementNS(XHTML_NS, 'p');
  const code = doc.createElementNS(XHTML_NS, 'code');
  code.textContent = path;
  where.append('File: ', code);
  box.append(h1, p, where);
  if (detail) {
    const d = doc.createElementNS(XHTML_NS, 'p');
    d.textContent = `Details for the publisher: ${detail}`;
    box.append(d);
  }
  body.append(box);
  html.append(head, body);
  return doc;
}
