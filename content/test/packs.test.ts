import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chooseVariant, validateVariantPack, type SimplifiedEntry, type TextQuoteSelector, type VariantPack } from '@attune/adapt';
import { measureReadability, plainText, type ReadabilityReport } from '@attune/adapt/readability';
import { builtPack, lessonsDir, readCatalog, readPackageMetadata } from '../build.mjs';

// The variant packs as teachers will meet them: valid, for this edition of
// the lesson, with two simpler levels for each hard passage (one of them in
// the first section), pictures, descriptions and notes, and variants that
// measure easier than what they replace.

const { lessons } = readCatalog() as { lessons: string[] };

function sourcePack(id: string): unknown {
  return JSON.parse(readFileSync(join(lessonsDir, id, 'variants.json'), 'utf8'));
}

function spineHrefs(id: string): string[] {
  const { opfPath } = readPackageMetadata(id);
  const opf = readFileSync(join(lessonsDir, id, opfPath), 'utf8');
  const hrefOf = new Map([...opf.matchAll(/<item\s[^>]*id="([^"]+)"[^>]*href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  return [...opf.matchAll(/<itemref\s[^>]*idref="([^"]+)"/g)].map((m) => hrefOf.get(m[1]!)!);
}

/** The text of the element with this id in a section's source, tags removed and spaces collapsed. */
function textOfElement(id: string, href: string, elementId: string): string {
  const xhtml = readFileSync(join(lessonsDir, id, 'EPUB', href), 'utf8');
  const match = xhtml.match(new RegExp(`<(\\w+)[^>]*\\sid="${elementId}"[^>]*>([\\s\\S]*?)</\\1>`));
  assert.ok(match, `${href} has #${elementId}`);
  return match[2]!.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}

function grade(text: string): ReadabilityReport {
  const r = measureReadability(text, { language: 'en' });
  assert.ok(r.supported, 'English text is measured');
  return r;
}

const simplifiedOf = (pack: VariantPack) => pack.entries.filter((e): e is SimplifiedEntry => e.type === 'simplified');

for (const id of lessons) {
  test(`${id}: the pack (as written and as served) validates with no issues`, () => {
    for (const json of [sourcePack(id), builtPack(id)]) {
      const { issues } = validateVariantPack(json);
      assert.deepEqual(issues.map((i) => i.message), []);
    }
  });

  test(`${id}: the pack names this lesson: the OPF's unique identifier and dcterms:modified`, () => {
    const { pack } = validateVariantPack(sourcePack(id));
    const { identifier, modified, title } = readPackageMetadata(id);
    assert.equal(pack.book.identifier, identifier);
    assert.equal(pack.book.modified, modified);
    assert.equal(pack.book.title, title);
    assert.equal(pack.language, 'en');
  });

  test(`${id}: hard passages have a "Level A" (grades 2-3) and a grade 4-5 version, one of them in the first section`, () => {
    const { pack } = validateVariantPack(sourcePack(id));
    assert.deepEqual(pack.levels.map((l) => [l.name, l.grades]), [['Level A', '2-3']]);
    const simplified = simplifiedOf(pack);
    assert.ok(simplified.length >= 3, `${simplified.length} simplified passages`);
    const first = spineHrefs(id)[0];
    assert.ok(simplified.filter((e) => e.target.source === first).length >= 1, `a simplified passage in ${first}`);
    for (const entry of simplified) {
      assert.deepEqual(entry.variants.map((v) => v.level), ['Level A', '4-5'], entry.id);
      // A learner's reading level picks the right one.
      assert.equal(chooseVariant(entry.variants, 2, pack.levels)?.variant.level, 'Level A', `${entry.id} at grade 2`);
      assert.equal(chooseVariant(entry.variants, 3, pack.levels)?.variant.level, 'Level A', `${entry.id} at grade 3`);
      assert.equal(chooseVariant(entry.variants, 5, pack.levels)?.variant.level, '4-5', `${entry.id} at grade 5`);
      assert.equal(chooseVariant(entry.variants, null, pack.levels)?.variant.level, 'Level A', `${entry.id} with no level`);
    }
  });

  test(`${id}: each simplified passage quotes a whole paragraph, which its CSS selector names`, () => {
    const { pack } = validateVariantPack(sourcePack(id));
    for (const entry of simplifiedOf(pack)) {
      const selectors = Array.isArray(entry.target.selector) ? entry.target.selector : [entry.target.selector];
      const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
      const css = selectors.find((s) => s.type === 'CssSelector') as { value: string } | undefined;
      assert.ok(quote && css, `${entry.id} has a quote and a CSS selector`);
      assert.match(css.value, /^#[\w-]+$/);
      assert.equal(quote.exact, textOfElement(id, entry.target.source, css.value.slice(1)), entry.id);
    }
  });

  test(`${id}: glossary, pictures, image descriptions and teacher's notes are there`, () => {
    const { pack } = validateVariantPack(sourcePack(id));
    const glossary = pack.entries.filter((e) => e.type === 'glossary');
    const descriptions = pack.entries.filter((e) => e.type === 'description');
    const notes = pack.entries.filter((e) => e.type === 'note');
    assert.ok(glossary.length >= 10, `${glossary.length} glossary entries`);
    assert.ok(descriptions.length >= 1 && notes.length >= 1);
    const pictured = glossary.filter((e) => e.type === 'glossary' && e.picture);
    assert.ok(pictured.length >= 3, `${pictured.length} glossary pictures`);
    for (const entry of pictured) {
      if (entry.type !== 'glossary' || !entry.picture) continue;
      assert.match(entry.picture.alt, /^\S.{10,}\.$/, `${entry.id}: the picture's alt is a sentence`);
      const svg = readFileSync(join(lessonsDir, id, entry.picture.src), 'utf8');
      assert.match(svg, /^<\?xml[^>]*\?>\s*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*viewBox=/, `${entry.picture.src} is an SVG`);
      assert.match(svg, /<title>[^<]+<\/title>/, `${entry.picture.src} has a title`);
    }
    for (const entry of glossary) {
      if (entry.type !== 'glossary') continue;
      assert.match(entry.definition, /\.$/, `${entry.id}: the definition is a sentence`);
      assert.ok(entry.example, `${entry.id} has an example`);
    }
    for (const entry of descriptions) {
      if (entry.type !== 'description') continue;
      assert.ok(entry.alt.length > 20 && typeof entry.longDescription === 'string' && entry.longDescription.length > 200, entry.id);
    }
  });

  test(`${id}: every simplified variant reads easier (Flesch–Kincaid) than the passage it replaces, and Level A easier than 4-5`, () => {
    const { pack } = validateVariantPack(sourcePack(id));
    for (const entry of simplifiedOf(pack)) {
      const selectors = Array.isArray(entry.target.selector) ? entry.target.selector : [entry.target.selector];
      const original = grade((selectors.find((s) => s.type === 'TextQuoteSelector') as TextQuoteSelector).exact);
      const [levelA, grades45] = entry.variants.map((v) => grade(plainText(v.content)));
      assert.ok(levelA!.fleschKincaidGrade < original.fleschKincaidGrade, `${entry.id}: Level A ${levelA!.fleschKincaidGrade} < ${original.fleschKincaidGrade}`);
      assert.ok(grades45!.fleschKincaidGrade < original.fleschKincaidGrade, `${entry.id}: 4-5 ${grades45!.fleschKincaidGrade} < ${original.fleschKincaidGrade}`);
      assert.ok(levelA!.fleschKincaidGrade < grades45!.fleschKincaidGrade, `${entry.id}: Level A ${levelA!.fleschKincaidGrade} < 4-5 ${grades45!.fleschKincaidGrade}`);
      // The hard passages are hard, and the simplest versions are near their grade band.
      assert.ok(original.fleschKincaidGrade >= 10, `${entry.id}: the original is a hard passage (${original.fleschKincaidGrade})`);
      assert.ok(levelA!.fleschKincaidGrade <= 4.5, `${entry.id}: Level A at grade ${levelA!.fleschKincaidGrade}`);
      assert.ok(grades45!.fleschKincaidGrade <= 6, `${entry.id}: 4-5 at grade ${grades45!.fleschKincaidGrade}`);
      const f = (r: ReadabilityReport) => `${r.fleschKincaidGrade.toFixed(1)} (${r.words} words)`;
      console.log(`${id} / ${entry.id}: original ${f(original)}, Level A ${f(levelA!)}, 4-5 ${f(grades45!)}`);
    }
  });
}
