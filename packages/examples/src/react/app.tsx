// Attune in a React 19 app: @lit/react's createComponent wraps <attune-reader>
// so React sets `profile` as a property and maps the reader's events to
// onAttuneReady / onAttuneRelocate / onAttuneError props.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { StrictMode, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AttuneReader, type ErrorDetail, type ReadyDetail, type RelocateDetail } from '@attune/reader';
import { applyPatch, createProfile } from '@attune/profile';
import { atEnd, describePosition } from '../shared/describe-position.js';

// The reader fetches its reading fonts and math speech files at run time;
// this app serves them from ../assets/ (build.mjs copies them there).
AttuneReader.fontBaseUrl = new URL('../assets/fonts/', import.meta.url).href;
AttuneReader.mathLocaleUrl = new URL('../assets/mathmaps/', import.meta.url).href;

const Reader = createComponent({
  react: React,
  tagName: 'attune-reader',
  elementClass: AttuneReader,
  events: {
    onAttuneReady: 'attune-ready' as EventName<CustomEvent<ReadyDetail>>,
    onAttuneRelocate: 'attune-relocate' as EventName<CustomEvent<RelocateDetail>>,
    onAttuneError: 'attune-error' as EventName<CustomEvent<ErrorDetail>>,
  },
});

// Made once, outside render: a new object would make the reader apply it again.
const profile = applyPatch(createProfile({ id: 'react-example-learner' }), {
  display: { fontSize: 175, theme: 'high-contrast' },
});

function ReaderExample({ book }: { book: string }) {
  const reader = useRef<AttuneReader>(null);
  const [position, setPosition] = useState('Opening the book…');
  const [canTurn, setCanTurn] = useState(false);

  return (
    <>
      <section className="example-controls" aria-labelledby="controls-heading">
        <h2 id="controls-heading">This page’s controls</h2>
        <button type="button" disabled={!canTurn} onClick={() => void reader.current?.next()}>
          Next page
        </button>
        <p className="position" role="status">
          {position}
        </p>
      </section>
      <Reader
        ref={reader}
        src={book}
        profile={profile}
        onAttuneReady={() => setCanTurn(true)}
        onAttuneRelocate={(event) => {
          setPosition(describePosition(event.target as AttuneReader, event.detail));
          setCanTurn(!atEnd(event.target as AttuneReader));
        }}
        onAttuneError={(event) => setPosition(`The book could not be opened: ${event.detail.message}`)}
      />
    </>
  );
}

// ?book=<url> opens another book (the tests use it to see onAttuneError).
const book = new URLSearchParams(location.search).get('book') ?? '../books/water-cycle.epub';

createRoot(document.querySelector('#app')!).render(
  <StrictMode>
    <ReaderExample book={book} />
  </StrictMode>,
);
