import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeAnnotations, readWebAnnotations, toWebAnnotationCollection, webAnnotationJson, annotationIri, idFromIri, editAnnotation, compareAnnotations, type Annotation } from '../src/index.js';
import { sampleAnnotations } from './annotations.js';

const book = { identifier: 'urn:uuid:moby', title: 'Moby-Dick', language: 'en', dir: 'ltr' as const };
const labels = { yellow: 'main idea' };

test('exports a W3C AnnotationCollection: context, motivations, selectors, colour and label bodies', () => {
  const collection = toWebAnnotationCollection(book, sampleAnnotations(), labels);
  assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(collection.type, 'AnnotationCollection');
  assert.equal(collection.total, 4);
  const [bookmark, highlight, note, placeNote] = collection.first.items;
  assert.deepEqual([bookmark, highlight, note, placeNote].map((a) => a!.motivation), ['bookmarking', 'highlighting', 'commenting', 'commenting']);
  assert.equal(highlight!.id, 'urn:attune:annotation:h1');
  assert.deepEqual(highlight!.body, [
    { type: 'TextualBody', purpose: 'classifying', value: 'yellow' },
    { type: 'TextualBody', purpose: 'tagging', value: 'main idea' },
  ]);
  const selectors = highlight!.target.selector;
  assert.deepEqual(selectors[0], { type: 'TextQuoteSelector', exact: 'It is a way I have of driving off the spleen', prefix: 'little or no money in my purse, ', suffix: ' and regulating the circulation.' });
  assert.deepEqual(selectors[2], { type: 'CssSelector', value: '#c001s0003', refinedBy: selectors[0] });
  assert.deepEqual(selectors[3], { type: 'FragmentSelector', conformsTo: 'http://www.idpf.org/epub/linking/cfi/epub-cfi.html', value: 'epubcfi(/6/8!/4/2[c001s0003]/1:10)' });
  assert.equal(highlight!.target['attune:chapter'], 'Chapter 1. Loomings.');
  assert.deepEqual(note!.body, [{ type: 'TextualBody', purpose: 'commenting', value: 'Ishmael goes to sea <when> he is "grim".', format: 'text/plain' }]);
  assert.deepEqual(bookmark!.target, { source: 'chapter_001.xhtml', selector: [{ type: 'FragmentSelector', conformsTo: 'http://www.idpf.org/epub/linking/cfi/epub-cfi.html', value: 'epubcfi(/6/8!/4/2/1:0)' }], 'attune:fraction': 0.02, 'attune:chapter': 'Chapter 1. Loomings.' });
  // The store's own annotations are not changed by exporting them.
  assert.equal(JSON.stringify(sampleAnnotations()).includes('refinedBy'), false);
});

test('export → import gives the same annotations and labels', () => {
  const annotations: Annotation[] = [...sampleAnnotations(), { ...sampleAnnotations()[1]!, id: crypto.randomUUID(), color: 'pink', edition: '2020-02-02T00:00:00Z' } as Annotation];
  const json = webAnnotationJson(book, annotations, labels);
  assert.match(json, /"id": "urn:uuid:[0-9a-f-]{36}"/);
  const read = readWebAnnotations(json, book);
  assert.equal(read.ok, true);
  if (!read.ok) return;
  assert.deepEqual(read.skipped, []);
  // The file is in book order (the two highlights on the same passage by id).
  assert.deepEqual(read.annotations, [...annotations].sort(compareAnnotations));
  assert.deepEqual(read.labels, labels);
});

test('ids: UUIDs become urn:uuid IRIs, others a urn:attune IRI, and come back', () => {
  const uuid = '0b9e3f5c-9c1e-4c55-9c3a-3c1f4b6a7d80';
  assert.equal(annotationIri(uuid), `urn:uuid:${uuid}`);
  for (const id of [uuid, 'h1', 'with space/and#hash']) assert.equal(idFromIri(annotationIri(id)), id);
  assert.equal(idFromIri('https://example.org/anno/7'), 'https://example.org/anno/7');
});

test('a bad annotation in a file is skipped with where and why; the rest import', () => {
  const collection = JSON.parse(webAnnotationJson(book, sampleAnnotations(), labels));
  delete collection.first.items[1].target.selector[0].exact;
  collection.first.items[2].motivation = 'editing';
  delete collection.first.items[3].body;
  collection.first.items.push({ type: 'Annotation', id: 'urn:uuid:x', created: '2026-01-01T00:00:00Z', target: 'https://example.org/page' });
  const read = readWebAnnotations(JSON.stringify(collection), book);
  assert.equal(read.ok, true);
  if (!read.ok) return;
  assert.deepEqual(read.annotations.map((a) => a.id), ['b1']);
  assert.deepEqual(read.skipped, [
    { path: 'first.items[1]', id: 'h1', message: 'first.items[1].target.selector[0].exact: missing' },
    { path: 'first.items[2]', id: 'n1', message: 'first.items[2].motivation: "editing" is not bookmarking, highlighting or commenting' },
    { path: 'first.items[3]', id: 'n2', message: 'first.items[3].body: no comment text' },
    { path: 'first.items[4]', id: 'x', message: 'first.items[4].motivation: missing' },
  ]);
});

test('files that are not Web Annotations, or are for another book, are refused whole with a sentence', () => {
  const refused = (source: unknown) => {
    const read = readWebAnnotations(source, book);
    assert.equal(read.ok, false);
    return read.ok ? '' : read.message;
  };
  assert.match(refused('{ not json'), /^The file is not JSON \(.+\), so it is not a W3C Web Annotation file.$/);
  assert.equal(refused('{"type":"AnnotationCollection"}'), 'The file cannot be imported: @context: not "http://www.w3.org/ns/anno.jsonld", so this is not a W3C Web Annotation file.');
  assert.equal(refused('[1]'), 'The file cannot be imported: [0].@context: not "http://www.w3.org/ns/anno.jsonld", so this is not a W3C Web Annotation file.');
  const other = webAnnotationJson({ identifier: 'urn:uuid:flatland', title: 'Flatland' }, sampleAnnotations());
  assert.equal(refused(other), 'This file holds annotations of “Flatland”, not of this book, so nothing was imported.');
});

test('annotations from another tool: a single Annotation or a page; a highlight without a colour is yellow', () => {
  const single = {
    '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'https://example.org/anno/1', type: 'Annotation', motivation: 'highlighting', created: '2025-05-05T05:05:05Z',
    target: { source: 'chapter_001.xhtml', selector: { type: 'TextQuoteSelector', exact: 'Call me Ishmael.' } },
  };
  const read = readWebAnnotations(single, book);
  assert.ok(read.ok);
  if (!read.ok) return;
  assert.deepEqual(read.annotations, [{ id: 'https://example.org/anno/1', kind: 'highlight', color: 'yellow', created: '2025-05-05T05:05:05.000Z', modified: '2025-05-05T05:05:05.000Z', target: { source: 'chapter_001.xhtml', selector: [{ type: 'TextQuoteSelector', exact: 'Call me Ishmael.' }] } }]);
  const page = readWebAnnotations({ '@context': ['http://www.w3.org/ns/anno.jsonld'], type: 'AnnotationPage', items: [{ ...single, motivation: 'commenting', body: { type: 'TextualBody', value: 'Famous.' } }] }, book);
  assert.ok(page.ok && page.annotations[0]!.kind === 'note' && page.annotations[0]!.text === 'Famous.');
});

test('merging by id: new ones added, newer ones replace, older or equal ones leave what is stored', () => {
  const stored = sampleAnnotations();
  const newer = editAnnotation(stored[2] as Extract<Annotation, { kind: 'note' }>, { text: 'changed' }, new Date('2027-01-01T00:00:00Z'));
  const older = { ...stored[1]!, modified: '2025-01-01T00:00:00.000Z' };
  const fresh = { ...stored[0]!, id: 'b2' };
  const merge = mergeAnnotations(stored, [newer, older, stored[3]!, fresh]);
  assert.deepEqual({ ...merge, toSave: merge.toSave.map((a) => a.id) }, { toSave: ['n1', 'b2'], added: 1, updated: 1, unchanged: 2 });
});
