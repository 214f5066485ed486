/**
 * Runs in headless Chromium, opened by `attune check`: opens the book with
 * @attune/book exactly as the reader does (same sanitizing), checks its
 * structure and accessibility metadata, and runs axe-core on every section.
 * Each section is audited as its own document in a frame that may run
 * scripts — safe only because the content is already sanitized, and only
 * on this local check page.
 */
import { openBook, isBookError, type AttuneBook, type NavPoint } from '@attune/book';
import { checkPackAnchors, validateVariantPack } from '@attune/adapt';
import { auditSectionDocument } from './audit-section.js';
import type { Finding, CheckResult, CheckPageWindow } from '../check-types.js';

/** This page's window, as the CLI calls it. */
const page = window as unknown as CheckPageWindow;

function hasNoteOrAnnotation(math: Element): boolean {
  return !!math.getAttribute('alttext')?.trim() || math.getElementsByTagNameNS('*', 'annotation').length > 0 || !!math.getAttribute('aria-label');
}

function metadataFindings(book: AttuneBook): Finding[] {
  const a = book.metadata.accessibility;
  const findings: Finding[] = [];
  const add = (id: string, severity: Finding['severity'], message: string) => findings.push({ id, severity, source: 'metadata', where: book.packageDocument.path, message });
  if (!book.metadata.language) add('language-missing', 'serious', 'The package document has no dc:language, so assistive technology cannot pick the right voice or braille table.');
  if (!a.accessMode.length) add('access-mode-missing', 'serious', 'No schema:accessMode: say how the content is perceived (textual, visual, auditory).');
  if (!a.accessModeSufficient.length) add('access-mode-sufficient-missing', 'moderate', 'No schema:accessModeSufficient: say which combinations of senses are enough to use the book (e.g. textual).');
  if (!a.accessibilityFeature.length) add('accessibility-feature-missing', 'serious', 'No schema:accessibilityFeature: list what makes the book accessible (e.g. alternativeText, structuralNavigation, tableOfContents).');
  if (!a.accessibilityHazard.length) add('accessibility-hazard-missing', 'serious', 'No schema:accessibilityHazard: say whether the book has flashing, motion or sound hazards (or "none").');
  if (!a.accessibilitySummary) add('accessibility-summary-missing', 'moderate', 'No schema:accessibilitySummary: describe the book\'s accessibility in a sentence or two for teachers and learners.');
  if (!a.conformsTo.length) add('conformance-missing', 'moderate', 'No dcterms:conformsTo: state the EPUB Accessibility conformance the book meets (e.g. EPUB Accessibility 1.1 - WCAG 2.2 Level AA).');
  return findings;
}

function navigationFindings(book: AttuneBook): Finding[] {
  const findings: Finding[] = [];
  const nav = book.navigation;
  const where = book.packageDocument.path;
  if (!nav.toc.length) findings.push({ id: 'toc-missing', severity: 'serious', source: 'structure', where, message: 'The book has no table of contents (nav document or NCX).' });
  if (!nav.pageList.length) findings.push({ id: 'page-list-missing', severity: 'minor', source: 'structure', where, message: 'No page list: learners cannot go to a printed page number their class uses.' });
  if (!nav.landmarks.length && book.metadata.version.startsWith('3')) findings.push({ id: 'landmarks-missing', severity: 'minor', source: 'structure', where, message: 'No landmarks in the nav document (e.g. the start of the body matter).' });
  const inToc = new Set<string>();
  const walk = (points: NavPoint[]) => points.forEach((p) => (inToc.add(p.href.split('#')[0]!), walk(p.children)));
  walk(nav.toc);
  const unreachable = book.sections.filter((s) => s.linear && !inToc.has(s.path));
  if (nav.toc.length && unreachable.length > book.sections.length / 2) {
    findings.push({ id: 'toc-sparse', severity: 'minor', source: 'structure', where, message: `${unreachable.length} of ${book.sections.length} sections are not in the table of contents; learners reach them only by paging.` });
  }
  return findings;
}

function sectionFindings(doc: Document, path: string): Finding[] {
  const findings: Finding[] = [];
  const root = doc.documentElement;
  if (!root.getAttribute('lang') && !root.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang')) {
    findings.push({ id: 'section-language-missing', severity: 'moderate', source: 'structure', where: path, message: 'The section does not say its language (lang and xml:lang on <html>).' });
  }
  const imagesWithoutAlt = [...doc.querySelectorAll('img')].filter((img) => !img.hasAttribute('alt'));
  if (imagesWithoutAlt.length) {
    findings.push({ id: 'image-alt-missing', severity: 'serious', source: 'structure', where: path, count: imagesWithoutAlt.length, message: `${imagesWithoutAlt.length} image(s) have no alt attribute: give each a text alternative, or alt="" when it is decorative.` });
  }
  const maths = [...doc.getElementsByTagNameNS('http://www.w3.org/1998/Math/MathML', 'math')];
  const bareMath = maths.filter((m) => !hasNoteOrAnnotation(m));
  if (bareMath.length) {
    findings.push({ id: 'math-alternative-missing', severity: 'minor', source: 'structure', where: path, count: bareMath.length, message: `${bareMath.length} MathML expression(s) have no alttext or annotation; readers without MathML speech have nothing to say.` });
  }
  return findings;
}

page.attuneCheck = async (bookUrl, { axeUrl }) => {
  let book: AttuneBook;
  try {
    book = await openBook(bookUrl);
  } catch (error) {
    const code = isBookError(error) ? error.code : 'unknown';
    return { opened: false, error: { code, message: (error as Error).message }, findings: [], sections: 0 } as CheckResult;
  }
  const findings: Finding[] = [...metadataFindings(book), ...navigationFindings(book)];
  const total = book.sections.length;
  for (const section of book.sections) {
    page.attuneProgress?.(section.index, total, section.path);
    let doc: Document;
    try {
      doc = await book.sectionDocument(section.index);
    } catch (error) {
      findings.push({ id: 'section-unreadable', severity: 'serious', source: 'structure', where: section.path, message: `The section could not be read: ${(error as Error).message}` });
      continue;
    }
    findings.push(...sectionFindings(doc, section.path));
    if (doc.querySelector('[data-attune-error]')) continue; // a missing or damaged section: reported from book.problems
    for (const v of await auditSectionDocument(doc, axeUrl)) {
      findings.push({
        id: `axe:${v.id}`,
        severity: (v.impact ?? 'minor') as Finding['severity'],
        source: 'axe',
        where: section.path,
        count: v.nodes.length,
        message: v.help,
        help: v.helpUrl,
        example: v.nodes[0]?.html.slice(0, 200),
      });
    }
  }
  page.attuneProgress?.(total, total, '');
  for (const problem of book.problems) {
    const severity: Finding['severity'] = problem.code === 'script-removed' || problem.code === 'outside-load-removed' || problem.code === 'font-unreadable' ? 'moderate' : 'serious';
    findings.push({ id: `book:${problem.code}`, severity, source: 'structure', where: problem.where, message: problem.message });
  }
  const m = book.metadata;
  const result: CheckResult = {
    opened: true,
    book: { title: m.title, identifier: m.identifier, language: m.language, version: m.version, layout: m.layout, modified: m.modified ?? null },
    accessibility: m.accessibility,
    sections: total,
    findings,
  };
  book.destroy();
  return result;
};

/** Anchors a variant pack in the book: which entries fit, which are orphans (and why). */
page.attuneAnchors = async (bookUrl, json) => {
  const book = await openBook(bookUrl);
  try {
    const { pack } = validateVariantPack(json);
    // Sections are adapted as copies, never the documents the book keeps.
    const copies = {
      sections: book.sections,
      sectionDocument: async (i: number) => (await book.sectionDocument(i)).cloneNode(true) as Document,
    };
    const check = await checkPackAnchors(pack, copies);
    return {
      anchored: check.anchored.map((a) => ({ id: a.id, method: a.method, errors: a.errors })),
      orphans: check.orphans.map((o) => ({ id: o.id, reason: o.reason, message: o.message })),
    };
  } finally {
    book.destroy();
  }
};
