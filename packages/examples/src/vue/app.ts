// Attune in a Vue 3 app, with no SFC compiler: the template below is compiled
// in the browser by Vue's full build ('vue' is aliased to
// vue/dist/vue.esm-bundler.js in build.mjs). Vue is told that attune-*
// elements are custom elements, binds the profile object as a DOM property
// (.prop) and listens to the reader's events with @attune-relocate & co.
import { createApp, ref } from 'vue';
import { AttuneReader, type ErrorDetail, type RelocateDetail } from '@attune/reader';
import { applyPatch, createProfile } from '@attune/profile';
import { atEnd, describePosition } from '../shared/describe-position.js';

// The reader fetches its reading fonts and math speech files at run time;
// this app serves them from ../assets/ (build.mjs copies them there).
AttuneReader.fontBaseUrl = new URL('../assets/fonts/', import.meta.url).href;
AttuneReader.mathLocaleUrl = new URL('../assets/mathmaps/', import.meta.url).href;

const app = createApp({
  template: `
    <section class="example-controls" aria-labelledby="controls-heading">
      <h2 id="controls-heading">This page’s controls</h2>
      <button type="button" :disabled="!canTurn" @click="next">Next page</button>
      <p class="position" role="status">{{ position }}</p>
    </section>
    <attune-reader
      ref="reader"
      :src="book"
      :profile.prop="profile"
      @attune-ready="canTurn = true"
      @attune-relocate="onRelocate"
      @attune-error="onError"
    ></attune-reader>
  `,
  setup() {
    const reader = ref<AttuneReader | null>(null);
    const position = ref('Opening the book…');
    const canTurn = ref(false);
    // A plain object (not reactive): the element gets the profile itself, not a Vue proxy.
    const profile = applyPatch(createProfile({ id: 'vue-example-learner' }), {
      display: { fontSize: 125, theme: 'dark', fontFamily: 'lexend' },
    });
    return {
      reader,
      position,
      canTurn,
      profile,
      // ?book=<url> opens another book (the tests use it to see @attune-error).
      book: new URLSearchParams(location.search).get('book') ?? '../books/last-lamplighter.epub',
      next: () => reader.value?.next(),
      onRelocate(event: CustomEvent<RelocateDetail>) {
        position.value = describePosition(reader.value!, event.detail);
        canTurn.value = !atEnd(reader.value!);
      },
      onError(event: CustomEvent<ErrorDetail>) {
        position.value = `The book could not be opened: ${event.detail.message}`;
      },
    };
  },
});
// Without this, Vue would try to resolve <attune-reader> as a Vue component and warn.
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('attune-');
app.mount('#app');
