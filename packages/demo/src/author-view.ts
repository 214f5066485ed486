import type { SampleBook } from './samples.js';

/**
 * The demo's Author view (?view=author): the teacher's tools from
 * @attune/authoring, loaded only when this view is opened. `tool=profile`
 * turns an IEP into a learner's profile and policy (saved on this device,
 * where the Read view finds them); `tool=variants` writes simplified passages,
 * glossary entries and descriptions for a book.
 */
export async function showAuthorView(params: URLSearchParams, samples: SampleBook[]): Promise<void> {
  document.querySelector<HTMLElement>('#author-view')!.hidden = false;
  for (const id of ['#picker-panel', '#reader']) document.querySelector<HTMLElement>(id)!.hidden = true;
  document.querySelector('#nav-read')!.removeAttribute('aria-current');
  document.querySelector('#nav-author')!.setAttribute('aria-current', 'page');
  const tool = params.get('tool') === 'variants' ? 'variants' : 'profile';
  document.querySelector(`#tool-${tool}`)!.setAttribute('aria-current', 'page');
  document.title = tool === 'profile' ? 'Learner profile — Attune' : 'Simplified texts and glossary — Attune';

  await import('@attune/authoring');
  const host = document.querySelector<HTMLElement>('#author-tool')!;
  const lesson = samples.find((s) => s.group === 'Lessons') ?? samples[0];
  if (tool === 'profile') {
    const builder = document.createElement('attune-profile-builder');
    if (lesson) builder.setAttribute('preview-src', lesson.url);
    host.replaceChildren(builder);
  } else {
    const book = params.get('book') ?? lesson?.url ?? '';
    const editor = document.createElement('attune-variant-editor');
    const pack = samples.find((s) => s.url === book)?.variants;
    if (pack) editor.setAttribute('variants', pack);
    editor.setAttribute('src', book);
    host.replaceChildren(editor);
  }
}
