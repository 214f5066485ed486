// The <math> elements of the corpus's linear-algebra-mathml.epub, in reading
// (spine) order, read in place from the shared corpus with jszip. Shared by
// the benchmark and the Node tests.
import { readFileSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import JSZip from 'jszip';
import { corpusDir } from '../../../scripts/paths.mjs';

export const LINEAR_ALGEBRA = 'linear-algebra-mathml.epub';

/** Every <math> element's markup, in spine order (duplicates kept). */
export async function linearAlgebraMath() {
  const zip = await JSZip.loadAsync(readFileSync(resolve(corpusDir, LINEAR_ALGEBRA)));
  const container = await zip.file('META-INF/container.xml').async('string');
  const opfPath = /full-path="([^"]+)"/.exec(container)[1];
  const opf = await zip.file(opfPath).async('string');
  const hrefs = new Map([...opf.matchAll(/<item\b[^>]*>/g)].map(([tag]) => [/\bid="([^"]+)"/.exec(tag)?.[1], /\bhref="([^"]+)"/.exec(tag)?.[1]]));
  const spine = [...opf.matchAll(/<itemref\b[^>]*\bidref="([^"]+)"/g)].map(([, idref]) => posix.join(posix.dirname(opfPath), hrefs.get(idref)));
  const maths = [];
  for (const path of spine) {
    const text = (await zip.file(path)?.async('string')) ?? '';
    // Comments may hold markup that is not shown; the book's math is never nested.
    maths.push(...(text.replace(/<!--[\s\S]*?-->/g, '').match(/<math[\s>][\s\S]*?<\/math>/g) ?? []));
  }
  return maths;
}

/** `count` distinct expressions spread evenly over the book, after skipping the first `skip` distinct ones. */
export function spreadSample(maths, count, skip = 0) {
  const distinct = [...new Set(maths)].slice(skip);
  if (distinct.length < count) throw new Error(`${LINEAR_ALGEBRA} has only ${distinct.length} distinct expressions after the first ${skip}.`);
  const step = distinct.length / count;
  return Array.from({ length: count }, (_, i) => distinct[Math.floor(i * step)]);
}
