import { expect } from '@open-wc/testing';
import type { TeacherPolicy } from '@attune/profile';
import { openProfileStore } from '@attune/profile/store';
import type { AttuneReader } from '@attune/reader';
import '../src/index.js';
import { openAuthoringStore } from '../src/index.js';
import type { AttuneProfileBuilder, FileExportDetail } from '../src/index.js';
import { $, BOOK, cleanPage, deleteDatabase, frameDocuments, setValue, uniqueName, until } from './authoring-fixture.js';

interface Stores {
  learners: string;
  authoring: string;
}

async function mountBuilder(stores: Stores, options: { previewSrc?: string; previewAt?: string } = {}): Promise<AttuneProfileBuilder> {
  const el = document.createElement('attune-profile-builder');
  if (options.previewAt) el.setAttribute('preview-at', options.previewAt);
  el.setAttribute('store-name', stores.authoring);
  el.setAttribute('learners-store-name', stores.learners);
  if (options.previewSrc) el.previewSrc = options.previewSrc;
  document.body.append(el);
  await el.updateComplete;
  await el.ready;
  await el.updateComplete;
  return el;
}

async function addLearner(el: AttuneProfileBuilder, name: string): Promise<void> {
  setValue($<HTMLInputElement>(el, '#new-name'), name);
  $<HTMLButtonElement>(el, '.new-learner button[type="submit"]').click();
  await until(() => el.profile?.displayName === name, 5000, `learner ${name} opened`);
  await el.updateComplete;
}

async function tick(el: AttuneProfileBuilder, id: string): Promise<void> {
  $<HTMLInputElement>(el, `#acc-${id}`).click();
  await el.updateComplete;
}

/** Opens a setting's disclosure and returns a query for its fields. */
async function openSetting(el: AttuneProfileBuilder, path: string): Promise<<T extends HTMLElement>(suffix: string) => T> {
  const details = $<HTMLDetailsElement>(el, `details[data-setting="${path}"]`);
  details.open = true;
  await el.updateComplete;
  const id = `#set-${path.replace('.', '-')}`;
  return <T extends HTMLElement>(suffix: string) => $<T>(el, `${id}-${suffix}`);
}

/** Root font size of the section the preview reader shows, in px (the reader scales text there). */
function previewFontSize(el: AttuneProfileBuilder): number {
  const doc = frameDocuments($<AttuneReader>(el, 'attune-reader'))[0];
  return doc?.defaultView ? parseFloat(doc.defaultView.getComputedStyle(doc.documentElement).fontSize) : 0;
}

const summary = (el: AttuneProfileBuilder) => [...el.shadowRoot!.querySelectorAll('.summary-lines li')].map((li) => li.textContent!);

describe('<attune-profile-builder>', function () {
  this.timeout(60_000);
  let stores: Stores;
  beforeEach(() => {
    stores = { learners: uniqueName('learners'), authoring: uniqueName('authoring') };
  });
  afterEach(async () => {
    cleanPage();
    await deleteDatabase(stores.learners);
    await deleteDatabase(stores.authoring);
  });

  it('builds a profile from accommodations and the preview reader follows (large print → text at least 150%)', async () => {
    const el = await mountBuilder(stores, { previewSrc: BOOK(), previewAt: 'ch01.xhtml' });
    await addLearner(el, 'Maya');
    const reader = $<AttuneReader>(el, 'attune-reader');
    await until(() => frameDocuments(reader).some((d) => d.baseURI.endsWith('/ch01.xhtml')) && previewFontSize(el) > 0, 20_000, 'the preview at chapter 1');
    const before = previewFontSize(el);
    await tick(el, 'large-print');
    await until(() => previewFontSize(el) >= before * 1.5, 15_000, 'larger text in the preview');
    expect(el.resolved.settings.display.fontSize).to.equal(200);
    expect(el.policy.accommodations).to.deep.equal([{ id: 'large-print', source: 'iep' }]);
    expect(summary(el)).to.include('Text is shown at 200% of its normal size.');
    expect(summary(el)).to.include('From the IEP: Large print.');
    // Colour contrast (a designated support) changes the preview's page too.
    await tick(el, 'color-contrast');
    await until(() => reader.settings.settings.display.theme === 'high-contrast', 10_000, 'the theme in the preview');
    expect(summary(el)).to.include('Pages are black with yellow text, for high contrast.');
  });

  it('groups the catalog by tier, explains each entry, and records where each is written', async () => {
    const el = await mountBuilder(stores);
    await addLearner(el, 'Jordan');
    const legends = [...el.shadowRoot!.querySelectorAll('fieldset.tier > legend')].map((l) => l.textContent);
    expect(legends).to.deep.equal(['Universal tools', 'Designated supports', 'Accommodations']);
    const tts = $<HTMLInputElement>(el, '#acc-text-to-speech');
    expect($(el, `#${tts.getAttribute('aria-describedby')}`).textContent).to.contain('reads the text aloud');
    await tick(el, 'text-to-speech');
    const source = $<HTMLSelectElement>(el, '#acc-text-to-speech-source');
    expect(source.value).to.equal('teacher');
    setValue(source, '504-plan');
    await el.updateComplete;
    setValue($<HTMLInputElement>(el, '#acc-text-to-speech-note'), '504 plan of 2026-09-12, section 3');
    await el.updateComplete;
    expect(el.policy.accommodations).to.deep.equal([{ id: 'text-to-speech', source: '504-plan', note: '504 plan of 2026-09-12, section 3' }]);
    expect(summary(el)).to.include('From the 504 plan: Text-to-speech.');
    // An accommodation-tier entry marked as the teacher's own choice is flagged to check.
    await tick(el, 'extended-time');
    setValue($<HTMLSelectElement>(el, '#acc-extended-time-source'), 'teacher');
    await el.updateComplete;
    expect($(el, '.problems').textContent).to.contain('is an accommodation, which is written in an IEP or 504 plan');
    expect(summary(el)).to.include('Also in the plan, outside the reader: Extended time.');
  });

  it('sets a starting value, a floor and a lock with the reason the learner reads; the preview obeys them', async () => {
    const el = await mountBuilder(stores, { previewSrc: BOOK() });
    await addLearner(el, 'Sam');
    const size = await openSetting(el, 'display.fontSize');
    setValue(size<HTMLInputElement>('default'), '125');
    setValue(size<HTMLInputElement>('min'), '150');
    await el.updateComplete;
    expect(size('reason-error').textContent).to.equal('Write a reason the learner can read.');
    expect(size<HTMLTextAreaElement>('reason').getAttribute('aria-invalid')).to.equal('true');
    setValue(size<HTMLTextAreaElement>('reason'), 'Your IEP says text is always at least 150%.');
    setValue(size<HTMLSelectElement>('source'), 'iep');
    await el.updateComplete;
    const readAloud = await openSetting(el, 'speech.readAloud');
    readAloud<HTMLInputElement>('lock').click();
    await el.updateComplete;
    expect(readAloud<HTMLSelectElement>('locked').value).to.equal('true');
    setValue(readAloud<HTMLTextAreaElement>('reason'), 'Read-aloud is always there for you.');
    await el.updateComplete;
    const policy: TeacherPolicy = el.policy;
    expect(policy.defaults).to.deep.equal({ display: { fontSize: 125 } });
    expect(policy.limits).to.deep.equal([{ setting: 'display.fontSize', min: 150, reason: 'Your IEP says text is always at least 150%.', source: 'iep' }]);
    expect(policy.locks).to.deep.equal([{ setting: 'speech.readAloud', value: true, reason: 'Read-aloud is always there for you.' }]);
    expect(el.resolved.settings.display.fontSize).to.equal(150, 'the floor lifts the starting value');
    expect(summary(el)).to.include('Text size is never below 150%.');
    expect(summary(el)).to.include('Read aloud is always on. Read-aloud is always there for you.');
    const reader = $<AttuneReader>(el, 'attune-reader');
    await until(() => reader.settings.provenance['speech.readAloud'].locked && reader.settings.settings.display.fontSize === 150, 10_000, 'the preview reader under the policy');
    expect(reader.settings.provenance['speech.readAloud'].reason).to.equal('Read-aloud is always there for you.');
    // The at-most below the at-least is pointed out beside the fields.
    setValue(size<HTMLInputElement>('max'), '120');
    await el.updateComplete;
    expect(size('range-error').textContent).to.equal('The “at least” value is above the “at most” value.');
  });

  it('saves on the device within a second; a new element opens the same learner with everything', async () => {
    let el = await mountBuilder(stores);
    await addLearner(el, 'Ana');
    await tick(el, 'line-reader');
    await tick(el, 'glossary');
    const mode = $<HTMLSelectElement>(el, '#mode');
    setValue(mode, 'assessment');
    setValue($<HTMLInputElement>(el, '#display-name'), 'Ana Bell');
    const id = el.profile!.id;
    const authoring = await openAuthoringStore({ name: stores.authoring });
    const learnersStore = await openProfileStore({ name: stores.learners });
    await until(async () => (await authoring.getPolicy(id))?.mode === 'assessment' && (await learnersStore.get(id))?.profile.displayName === 'Ana Bell', 1500, 'the policy and the name saved');
    authoring.close();
    learnersStore.close();
    const saved = el.policy;
    el.remove();
    el = await mountBuilder(stores);
    expect(el.profile!.id).to.equal(id);
    expect(el.profile!.displayName).to.equal('Ana Bell');
    expect(el.policy).to.deep.equal(saved);
    expect($<HTMLInputElement>(el, '#acc-line-reader').checked).to.equal(true);
    expect($<HTMLSelectElement>(el, '#mode').value).to.equal('assessment');
    const learners = await openProfileStore({ name: stores.learners });
    expect((await learners.list()).map((l) => l.displayName)).to.deep.equal(['Ana Bell']);
    expect(await learners.getCurrentLearnerId()).to.equal(id);
    learners.close();
  });

  it('exports { profile, policy } and imports a sample from content/profiles', async () => {
    const el = await mountBuilder(stores);
    await addLearner(el, 'Lee');
    await tick(el, 'zoom');
    let exported: FileExportDetail | undefined;
    el.addEventListener('attune-profile-export', (e) => {
      exported = e.detail;
      e.preventDefault();
    }, { once: true });
    $<HTMLButtonElement>(el, '.learner .export').click();
    expect(exported!.fileName).to.equal('attune-profile-lee.json');
    const file = JSON.parse(exported!.json);
    expect(Object.keys(file)).to.deep.equal(['profile', 'policy']);
    expect(file.profile.displayName).to.equal('Lee');
    expect(file.policy.accommodations).to.deep.equal([{ id: 'zoom', source: 'teacher' }]);

    const sample = await (await fetch('/content/profiles/dyslexia.json')).text();
    const input = $<HTMLInputElement>(el, '.learner input.file');
    const files = new DataTransfer();
    files.items.add(new File([sample], 'dyslexia.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await until(() => el.shadowRoot!.querySelector('.import-report')?.textContent?.includes('Maya was imported.'), 5000, 'the sample learner imported');
    expect(el.profile!.displayName).to.equal('Maya');
    expect($<HTMLInputElement>(el, '#acc-read-aloud-passages').checked).to.equal(true);
    expect(el.policy.locks!.map((l) => l.setting)).to.deep.equal(['speech.readAloud', 'display.textAlign', 'content.simplifiedText']);
    expect([...$<HTMLSelectElement>(el, '#learner-choice').options].map((o) => o.textContent)).to.deep.equal(['Lee', 'Maya']);
    // Importing it again replaces the same learner instead of adding one.
    await el.importFile(new File([sample], 'dyslexia.json'));
    expect([...$<HTMLSelectElement>(el, '#learner-choice').options].length).to.equal(2);
    // A file that is not a profile says so.
    await el.importFile(new File(['PK\u0003\u0004'], 'book.epub'));
    expect($(el, '.import-report').textContent).to.contain('“book.epub” is not a learner profile file.');
  });

  it('switches learners from the list; a name is required for a new learner', async () => {
    const el = await mountBuilder(stores);
    $<HTMLButtonElement>(el, '.new-learner button[type="submit"]').click();
    await el.updateComplete;
    expect($(el, '#new-name-error').textContent).to.equal('Type the learner’s name first.');
    await addLearner(el, 'Bo');
    await tick(el, 'masking');
    await addLearner(el, 'Cy');
    expect(el.policy.accommodations).to.deep.equal([]);
    const choice = $<HTMLSelectElement>(el, '#learner-choice');
    const bo = [...choice.options].find((o) => o.textContent === 'Bo')!.value;
    setValue(choice, bo);
    await until(() => el.profile?.displayName === 'Bo', 5000, 'Bo opened');
    expect(el.policy.accommodations).to.deep.equal([{ id: 'masking', source: 'teacher' }]);
  });
});
