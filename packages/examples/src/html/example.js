// The plain-HTML example's script: no framework, no build step. It imports
// the profile helpers from the same single-file bundle that defines
// <attune-reader>, so the page loads nothing else.
import { applyPatch, createProfile } from './attune-reader.bundle.js';

const reader = document.querySelector('#reader');
const nextPage = document.querySelector('#next-page');
const position = document.querySelector('#position');

// The learner's settings: Attune's defaults, with what this learner needs on top.
// A property, not an attribute: the reader takes the profile object itself.
reader.profile = applyPatch(createProfile({ id: 'html-example-learner' }), {
  display: { fontSize: 150, theme: 'dark', fontFamily: 'atkinson-hyperlegible' },
});

reader.addEventListener('attune-ready', () => {
  nextPage.disabled = false;
});
reader.addEventListener('attune-relocate', (event) => {
  const { index, page, pages, fraction } = event.detail;
  const chapter = reader.book?.sections[index]?.label ?? `Section ${index + 1}`;
  position.textContent = `${chapter}: page ${page} of ${pages}, ${Math.round(fraction * 100)}% through the book`;
  nextPage.disabled = reader.state.location?.atEnd ?? false;
});
reader.addEventListener('attune-error', (event) => {
  position.textContent = `The book could not be opened: ${event.detail.message}`;
});
nextPage.addEventListener('click', () => reader.next());
