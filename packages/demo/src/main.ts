import { AttuneReader } from '@attune/reader';
import { showAuthorView } from './author-view.js';
import { setUpLearners } from './learners.js';
import { loadSampleProfiles, loadSamples, type SampleBook } from './samples.js';

/**
 * The demo page: one <attune-reader>, a book picker (samples, a file from the
 * device, drag and drop) and the contract's query parameters
 * `?book=<url>&profile=<url>&variants=<url>`.
 */
// Math speech's locale files and the offline voice (eSpeak NG, GPL-3.0, in its
// own package) are served next to the demo; neither loads until needed.
AttuneReader.mathLocaleUrl = new URL('mathmaps/', location.href).href;
AttuneReader.offlineVoice = {
  load: () => import('@attune/speech-espeak'),
  options: { baseUrl: new URL('espeak/', location.href).href, workerUrl: new URL('espeak-worker.js', location.href).href },
};

const params = new URLSearchParams(location.search);
const reader = document.querySelector<AttuneReader>('attune-reader')!;
const choice = document.querySelector<HTMLSelectElement>('#book-choice')!;
const fileInput = document.querySelector<HTMLInputElement>('#book-file')!;
const flowChoice = document.querySelector<HTMLSelectElement>('#flow-choice')!;

function setParam(name: string, value: string | null): void {
  const next = new URLSearchParams(location.search);
  if (value) next.set(name, value);
  else next.delete(name);
  history.replaceState(null, '', `?${next}`);
}

let samples: SampleBook[] = [];

/** Opens a book, with the teacher's variant pack that goes with it (or the one in the address). */
function openBook(url: string): void {
  reader.variants = params.get('variants') ?? samples.find((s) => s.url === url)?.variants ?? '';
  reader.src = url;
}

async function start(): Promise<void> {
  // On a phone the choices fold away so the book gets the screen.
  if (matchMedia('(max-width: 600px)').matches) document.querySelector<HTMLDetailsElement>('#picker-panel')!.open = false;
  samples = await loadSamples();
  if (params.get('view') === 'author') return showAuthorView(params, samples);
  const groups = new Map<string, HTMLOptGroupElement>();
  for (const sample of samples) {
    let group = groups.get(sample.group);
    if (!group) {
      group = document.createElement('optgroup');
      group.label = sample.group;
      groups.set(sample.group, group);
      choice.append(group);
    }
    group.append(new Option(sample.title, sample.url));
  }
  const requested = params.get('book');
  if (requested && !samples.some((s) => s.url === requested)) {
    choice.prepend(new Option(requested, requested));
  }
  const first = requested ?? samples[0]?.url ?? '';
  choice.value = first;
  if (params.get('flow') === 'scrolled') flowChoice.value = 'scrolled';
  reader.flow = flowChoice.value as 'paginated' | 'scrolled';
  // A profile given in the address is a teacher's file, used as it is;
  // otherwise the learners kept on this device are offered.
  if (params.get('profile')) {
    reader.profileSrc = params.get('profile')!;
    document.querySelector<HTMLElement>('#learner-controls')!.hidden = true;
  } else {
    await setUpLearners(reader, {
      choice: document.querySelector('#learner-choice')!,
      newLearner: document.querySelector('#new-learner')!,
      removeLearner: document.querySelector('#remove-learner')!,
      deleteAll: document.querySelector('#delete-all-data')!,
      message: document.querySelector('#store-message')!,
    });
  }
  if (first) openBook(first);
  await offerSampleLearners();
}

/** Sample learners (profile + teacher policy from their IEP) from content/, beside the learners kept on this device. */
async function offerSampleLearners(): Promise<void> {
  const profiles = await loadSampleProfiles();
  const select = document.querySelector<HTMLSelectElement>('#sample-learner')!;
  if (!profiles.length) {
    select.closest('label')!.hidden = true;
    return;
  }
  select.append(...profiles.map((p) => new Option(p.title, p.url)));
  select.addEventListener('change', () => {
    // A sample is a teacher's file, used as it is and never saved on this
    // device: the page starts again in that mode (as ?profile= does).
    setParam('profile', select.value || null);
    location.reload();
  });
  if (params.get('profile')) select.value = params.get('profile')!;
}

choice.addEventListener('change', () => {
  openBook(choice.value);
  setParam('book', choice.value);
});

flowChoice.addEventListener('change', () => {
  reader.flow = flowChoice.value as 'paginated' | 'scrolled';
  setParam('flow', flowChoice.value === 'scrolled' ? 'scrolled' : null);
});

function openFile(file: File): void {
  reader.removeAttribute('src');
  void reader.open(file);
  const label = `${file.name} (from this device)`;
  let option = [...choice.options].find((o) => o.value === '');
  if (!option) {
    option = new Option(label, '');
    choice.prepend(option);
  }
  option.text = label;
  choice.value = '';
  setParam('book', null);
}

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) openFile(file);
});

reader.addEventListener('dragover', (event) => {
  event.preventDefault();
  reader.classList.add('dragging');
});
reader.addEventListener('dragleave', () => reader.classList.remove('dragging'));
reader.addEventListener('drop', (event) => {
  event.preventDefault();
  reader.classList.remove('dragging');
  const file = event.dataTransfer?.files[0];
  if (file) openFile(file);
});

reader.addEventListener('attune-ready', (event) => {
  document.title = `${event.detail.title} — Attune`;
});

void start();
