// The Custom Elements Manifests the packages' builds write are complete and
// true to the sources: every registered element, every attribute lit
// observes, every event the code creates; no internal member as public API.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { elementsOf, packagesWithElements, publicPackages, readManifest, repoRoot } from '../src/manifests.mjs';
import { readSourceFacts, type SourceEvent } from '../src/checks/source-facts.mjs';
import { checkElementCoverage, checkElementDocs, checkEvents, checkMembersMatchSource } from '../src/checks/manifest-checks.mjs';

const problemList = (problems: string[]) => `\n  ${problems.join('\n  ')}`;

test('every public package whose sources register elements declares a manifest in package.json ("customElements")', () => {
  const missing = publicPackages()
    .filter((pkg) => !pkg.json.customElements && readSourceFacts(pkg.dir).elements.length > 0)
    .map((pkg) => `${pkg.name} registers ${readSourceFacts(pkg.dir).elements.map((el) => `<${el.tagName}>`).join(', ')} but has no "customElements" field`);
  assert.deepEqual(missing, [], problemList(missing));
  assert.deepEqual(packagesWithElements().map((pkg) => pkg.name).sort(), ['@attune/authoring', '@attune/reader']);
});

test('a manifest that has not been generated is reported with its path and the command that makes it', () => {
  const dir = join(repoRoot, 'packages/docs/no-such-package');
  assert.throws(
    () => readManifest({ name: '@attune/nothing', dir, folder: 'no-such-package', json: { customElements: 'custom-elements.json' } }),
    (error: Error) => error.message.includes(join(dir, 'custom-elements.json')) && error.message.includes('npm run build -w @attune/nothing'),
  );
});

const allSourceEvents: SourceEvent[] = [];
const allManifests: unknown[] = [];
for (const pkg of packagesWithElements()) {
  describe(`${pkg.name} custom-elements.json`, () => {
    const manifest = readManifest(pkg);
    const facts = readSourceFacts(pkg.dir);
    allSourceEvents.push(...facts.events);
    allManifests.push(manifest);

    test('lists every element its sources register, and no other', () => {
      assert.ok(facts.elements.length > 0, `${pkg.name}: no @customElement or customElements.define found in src/`);
      const problems = checkElementCoverage(manifest, facts, pkg.name);
      assert.deepEqual(problems, [], problemList(problems));
    });

    test('describes every element, attribute, property, method, event, part, CSS property and slot; fields have types', () => {
      const problems = checkElementDocs(manifest, pkg.name);
      assert.deepEqual(problems, [], problemList(problems));
    });

    test('documents exactly the attributes lit observes, every @property, and nothing internal', () => {
      const problems = checkMembersMatchSource(manifest, facts, pkg.name);
      assert.deepEqual(problems, [], problemList(problems));
    });

    test('points module paths at the shipped dist/*.js files', () => {
      const wrong = (manifest.modules as { path: string }[]).map((m) => m.path).filter((path) => !/^dist\/.+\.js$/.test(path));
      assert.deepEqual(wrong, []);
    });
  });
}

test('every event name the reader and authoring sources create or declare is an event of a documented element, and none is invented', () => {
  assert.ok(allSourceEvents.some((e) => e.name === 'attune-relocate'), 'the source scan found no attune-relocate: it is not reading the sources');
  const problems = checkEvents(allManifests, allSourceEvents);
  assert.deepEqual(problems, [], problemList(problems));
});

test('<attune-reader> documents the embedding contract', () => {
  const reader = packagesWithElements().find((pkg) => pkg.name === '@attune/reader');
  assert.ok(reader, '@attune/reader has no customElements field');
  const el = elementsOf(readManifest(reader), reader.name).find((e) => e.tagName === 'attune-reader');
  assert.ok(el, 'custom-elements.json of @attune/reader has no <attune-reader>');
  const d = el.declaration;
  const names = (list: { name: string }[]) => list.map((x) => x.name);
  for (const attribute of ['src', 'variants', 'flow', 'profile-src']) assert.ok(names(d.attributes).includes(attribute), `attribute ${attribute}`);
  for (const property of ['profile', 'policy', 'settings', 'state', 'book']) assert.ok(names(d.members).includes(property), `property ${property}`);
  for (const method of ['next', 'prev', 'goTo', 'goToPage', 'open', 'focusContent']) assert.ok(names(d.members).includes(method), `method ${method}`);
  const events = new Map<string, { type?: { text: string }; description?: string }>(d.events.map((e: { name: string }) => [e.name, e]));
  for (const [name, detail] of [
    ['attune-ready', 'ReadyDetail'],
    ['attune-error', 'ErrorDetail'],
    ['attune-relocate', 'RelocateDetail'],
  ] as const) {
    assert.equal(events.get(name)?.type?.text, `CustomEvent<${detail}>`, `${name} has the type CustomEvent<${detail}>`);
    assert.match(events.get(name)?.description ?? '', /detail/, `${name} says what its detail holds`);
  }
  for (const part of ['toolbar', 'button', 'viewer']) assert.ok(names(d.cssParts).includes(part), `part ${part}`);
  assert.ok(names(d.cssProperties).some((p) => p.startsWith('--attune-')), 'an --attune-* custom property');
  assert.deepEqual(d.slots, [], 'slots are stated (none)');
});

describe('the checks themselves, on a package written to break them', () => {
  // A real analyzer run with our plugin over an element that gets things
  // wrong, so these tests show the checks fail when they should.
  // Inside the repository: run in the system temp folder, the analyzer globs far beyond its folder and never ends.
  const dir = mkdtempSync(join(repoRoot, 'packages/docs/.test-tmp-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(
    join(dir, 'src', 'attune-broken.ts'),
    `import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

export class PickEvent extends Event {
  constructor(readonly value: string) { super('attune-pick', { bubbles: true, composed: true }); }
}

/**
 * An element with gaps in its docs.
 * @fires attune-pick - Something was picked; \`value\` holds it.
 * @csspart box
 */
@customElement('attune-broken')
export class AttuneBroken extends LitElement {
  /** Documented. */
  @property({ attribute: 'label-text' }) labelText = '';
  @property({ type: Number }) count = 0;
  @property({ attribute: false }) data;
  @state() private open = false;
  private secret = 1;
  _cache = 2;
  render() {
    this.dispatchEvent(new CustomEvent('attune-undocumented', { detail: 1 }));
    return html\`<p>\${this.open}\${this.secret}</p>\`;
  }
}

export class Unregistered extends LitElement {}
customElements.define('attune-defined', Unregistered);
`,
  );
  const plugin = pathToFileURL(join(repoRoot, 'packages/docs/cem/attune-manifest-plugin.mjs')).href;
  writeFileSync(
    join(dir, 'custom-elements-manifest.config.mjs'),
    `import { attuneManifestPlugin } from ${JSON.stringify(plugin)};
export default { globs: ['src/**/*.ts'], outdir: '.', litelement: true, packagejson: false, plugins: [attuneManifestPlugin()] };`,
  );
  execFileSync(process.execPath, [join(repoRoot, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--quiet', '--config', 'custom-elements-manifest.config.mjs'], { cwd: dir });
  const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  const facts = readSourceFacts(dir);
  rmSync(dir, { recursive: true, force: true });
  const broken = elementsOf(manifest, 'x').find((e) => e.tagName === 'attune-broken')!.declaration;

  test('the plugin keeps @state, private and _x members out, and names a class-based event by its real name', () => {
    const members = broken.members.map((m: { name: string }) => m.name);
    assert.deepEqual(members.filter((n: string) => ['open', 'secret', '_cache'].includes(n)), []);
    assert.ok(members.includes('labelText') && members.includes('data'));
    assert.deepEqual(broken.events.map((e: { name: string }) => e.name).sort(), ['attune-pick', 'attune-undocumented']);
    assert.equal(broken.events.find((e: { name: string }) => e.name === 'attune-pick').type.text, 'PickEvent');
    assert.deepEqual(broken.slots, [], 'an element with no @slot states an empty list');
    assert.deepEqual(manifest.modules.map((m: { path: string }) => m.path), ['dist/attune-broken.js']);
  });

  test('source facts read lit attributes, internal fields, registrations and events', () => {
    const el = facts.elements.find((e) => e.tagName === 'attune-broken')!;
    assert.deepEqual(el.attributes, [
      { field: 'labelText', attribute: 'label-text' },
      { field: 'count', attribute: 'count' },
    ]);
    assert.deepEqual(el.internalFields.sort(), ['_cache', 'open', 'secret']);
    assert.deepEqual(facts.elements.map((e) => e.tagName).sort(), ['attune-broken', 'attune-defined']);
    assert.deepEqual(facts.events.map((e) => e.name).sort(), ['attune-pick', 'attune-undocumented']);
  });

  test('coverage fails for a registered element the manifest lacks, and for an invented one', () => {
    const withoutDefined = { ...manifest, modules: manifest.modules.map((m: { declarations: { tagName?: string }[] }) => ({ ...m, declarations: m.declarations.filter((d) => d.tagName !== 'attune-defined') })) };
    assert.match(checkElementCoverage(withoutDefined, facts, 'x').join('\n'), /<attune-defined> \(Unregistered, src\/attune-broken\.ts:\d+\) is registered but missing/);
    const invented = { ...manifest, modules: [...manifest.modules, { kind: 'javascript-module', path: 'dist/ghost.js', declarations: [{ kind: 'class', name: 'Ghost', customElement: true, tagName: 'attune-ghost' }] }] };
    assert.match(checkElementCoverage(invented, facts, 'x').join('\n'), /lists <attune-ghost>, which no source file registers/);
  });

  test('docs check names each undocumented thing', () => {
    const problems = checkElementDocs(manifest, 'x').join('\n');
    assert.match(problems, /<attune-broken>: attributes "count" has no description/);
    assert.match(problems, /<attune-broken>: cssParts "box" has no description/);
    assert.match(problems, /<attune-broken>: field "data" has no description/);
    assert.match(problems, /<attune-broken>: property "data" has no type/);
    assert.match(problems, /<attune-defined>: the class has no description/);
  });

  test('member check fails for a missing attribute, an attribute that does not exist and an internal member shown as public', () => {
    const tampered = structuredClone(manifest);
    const d = elementsOf(tampered, 'x').find((e) => e.tagName === 'attune-broken')!.declaration;
    d.attributes = d.attributes.filter((a: { name: string }) => a.name !== 'label-text');
    d.attributes.push({ name: 'colour' });
    d.members.push({ kind: 'field', name: 'open', type: { text: 'boolean' } });
    const problems = checkMembersMatchSource(tampered, facts, 'x').join('\n');
    assert.match(problems, /attribute "label-text" \(from @property labelText\) is missing/);
    assert.match(problems, /documents attribute "colour", which the element does not observe/);
    assert.match(problems, /internal member "open" appears as public API/);
  });

  test('event check fails for an event no element documents, and for one no source creates', () => {
    const tampered = structuredClone(manifest);
    const d = elementsOf(tampered, 'x').find((e) => e.tagName === 'attune-broken')!.declaration;
    d.events = [...d.events.filter((e: { name: string }) => e.name !== 'attune-undocumented'), { name: 'attune-imaginary', description: 'x' }];
    const problems = checkEvents([tampered], facts.events).join('\n');
    assert.match(problems, /event "attune-undocumented" \(src\/attune-broken\.ts:\d+\) is not an event of any documented element/);
    assert.match(problems, /documents event "attune-imaginary", which no source creates/);
    assert.deepEqual(checkEvents([manifest], facts.events), []);
  });
});
