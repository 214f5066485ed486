import type { AttuneReader } from '../../../packages/reader/src/index.js';
import type { LearnerProfile } from '@attune/profile';
import { contentDocuments, until } from '../../../packages/reader/test/reader-fixture.js';
import { press, textOf } from './keys.js';

/** The teacher's pack for moby-dick chapter 1 (written for @attune/adapt's tests). */
export const MOBY_DICK_PACK = '/packages/adapt/test/fixtures/pack-moby-dick.json';

/** Every shadow root under `host` (its own and those of elements inside it, however deep). */
export function shadowRootsOf(host: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (scope: Element | ShadowRoot) => {
    for (const el of scope.querySelectorAll('*')) {
      if (el.shadowRoot) {
        roots.push(el.shadowRoot);
        visit(el.shadowRoot);
      }
    }
  };
  if (host.shadowRoot) {
    roots.push(host.shadowRoot);
    visit(host.shadowRoot);
  }
  visit(host);
  return roots;
}

/** All elements matching `selector` under `host`, in its light DOM and every shadow root beneath (not in book frames). */
export function queryAllDeep<T extends Element = HTMLElement>(host: Element, selector: string): T[] {
  return [host, ...shadowRootsOf(host)].flatMap((scope) => [...scope.querySelectorAll<T>(selector)]);
}

/** A button of the reader's UI by its visible text. */
export function buttonNamed(reader: AttuneReader, name: string): HTMLButtonElement {
  const button = queryAllDeep<HTMLButtonElement>(reader, 'button').find((b) => textOf(b) === name);
  if (!button) throw new Error(`The reader has no button "${name}"`);
  return button;
}

/** The toolbar buttons, in order (including the read-aloud ones). */
export function toolbarButtons(reader: AttuneReader): HTMLButtonElement[] {
  const toolbar = reader.shadowRoot!.querySelector('.toolbar')!;
  return [...toolbar.querySelectorAll<HTMLElement>('button, attune-read-aloud')].flatMap((el) =>
    el.localName === 'attune-read-aloud' ? [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')] : [el as HTMLButtonElement],
  );
}

export const tocElement = (reader: AttuneReader) => reader.shadowRoot!.querySelector('attune-toc');
export const preferencesElement = (reader: AttuneReader) => reader.shadowRoot!.querySelector('attune-preferences');
export const readAloudElement = (reader: AttuneReader) => reader.shadowRoot!.querySelector('attune-read-aloud')!;
export const noteDialog = (reader: AttuneReader) => reader.shadowRoot!.querySelector('attune-footnote')!.shadowRoot!.querySelector('dialog')!;
export const pageAnnouncer = (reader: AttuneReader) => reader.shadowRoot!.querySelector<HTMLElement>('.reader > [role="status"][aria-live="polite"]')!;
export const readAloudStatus = (reader: AttuneReader) => readAloudElement(reader).getAttribute('status');

/** Sets the learner profile and resolves once the reader has applied it. */
export async function applyProfile(reader: AttuneReader, profile: Partial<LearnerProfile> | undefined, policy?: unknown): Promise<void> {
  const applied = new Promise((resolve) => reader.addEventListener('attune-profile-change', resolve, { once: true }));
  reader.policy = policy as AttuneReader['policy'];
  reader.profile = profile ? ({ version: 1, id: 'a11y-learner', ...profile } as LearnerProfile) : undefined;
  await applied;
}

/**
 * Moby-Dick with the teacher's pack applied at reading level 3, on chapter 1.
 * The pack loads asynchronously and the reader has no "pack loaded" event, so
 * this waits for the reader to hold it before going to the chapter (see the
 * report: a pack that arrives while a section is being shown can miss it).
 */
export async function showAdaptedChapterOne(reader: AttuneReader): Promise<Document> {
  await applyProfile(reader, { content: { simplifiedText: true, readingLevel: 3, glossary: true, imageDescriptions: true } } as never);
  reader.variants = MOBY_DICK_PACK;
  await until(() => !!(reader as unknown as { adaptations: { pack?: unknown } }).adaptations.pack, 10_000, 'the variant pack loaded');
  await reader.goTo(reader.book!.sections.find((s) => s.path.endsWith('chapter_001.xhtml'))!.path);
  await until(() => !!contentDocuments(reader)[0]?.querySelector('button[data-attune-passage-switch]'), 10_000, 'the pack applied to chapter 1');
  return contentDocuments(reader)[0]!;
}

/** The first section of the book (in reading order) that holds a note reference; its path. */
export async function sectionWithNoteReference(reader: AttuneReader): Promise<string> {
  const book = reader.book!;
  for (const section of book.sections) {
    const doc = await book.sectionDocument(section.index);
    const hasNoteref = [...doc.querySelectorAll('a[href]')].some((a) => a.getAttributeNS('http://www.idpf.org/2007/ops', 'type') === 'noteref');
    if (hasNoteref) return section.path;
  }
  throw new Error(`${book.metadata.title} has no note reference`);
}

export const isNoteReference = (el: Element) => el.localName === 'a' && el.getAttributeNS('http://www.idpf.org/2007/ops', 'type') === 'noteref';

/**
 * Opens epubtest-0120's narrated section, starts its recorded narration with
 * a real Enter on "Read aloud" (browsers play sound only after a key press)
 * and pauses it with Alt+Shift+R, so the reading controls stay on screen.
 */
export async function pauseNarration(reader: AttuneReader): Promise<void> {
  const book = reader.book!;
  await reader.goTo(book.sections.find((s) => book.packageDocument.byPath.get(s.path)?.mediaOverlay)!.path);
  buttonNamed(reader, 'Read aloud').focus();
  await press('Enter');
  await until(() => readAloudStatus(reader) === 'playing', 10_000, 'narration playing');
  await press('Alt+Shift+KeyR');
  await until(() => readAloudStatus(reader) === 'paused', 5000, 'narration paused');
  await readAloudElement(reader).updateComplete;
}

/** Opens a side panel with its toolbar button and waits for it to render. */
export async function openPanel(reader: AttuneReader, panel: 'toc' | 'preferences'): Promise<HTMLElement> {
  reader.shadowRoot!.querySelector<HTMLButtonElement>(panel === 'toc' ? '.toc-toggle' : '.preferences-toggle')!.click();
  const section = reader.shadowRoot!.querySelector<HTMLElement>(panel === 'toc' ? '.toc-panel' : '.preferences-panel')!;
  await until(() => !section.hidden && !!(panel === 'toc' ? tocElement(reader) : preferencesElement(reader))?.shadowRoot?.firstElementChild, 3000, `the ${panel} panel`);
  await (panel === 'toc' ? tocElement(reader) : preferencesElement(reader))!.updateComplete;
  return section;
}

/** Opens the first note of wasteland (or any book with note references) by clicking its reference. */
export async function openFirstNote(reader: AttuneReader): Promise<HTMLDialogElement> {
  await reader.goTo(await sectionWithNoteReference(reader));
  const link = [...contentDocuments(reader)[0]!.querySelectorAll('a')].find(isNoteReference)!;
  link.click();
  await until(() => noteDialog(reader).open, 3000, 'the note dialog');
  return noteDialog(reader);
}

/** A focusable button placed before the reader, where keyboard journeys start. */
export function startBefore(reader: AttuneReader): HTMLButtonElement {
  const before = document.createElement('button');
  before.textContent = 'Before the reader';
  reader.before(before);
  before.focus();
  return before;
}

/** Removes everything a test put on the page. */
export function clearPage(): void {
  for (const el of [...document.body.children]) if (el.localName !== 'script' && el.localName !== 'style') el.remove();
}
