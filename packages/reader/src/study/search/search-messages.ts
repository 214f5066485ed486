import { msg, str } from '@lit/localize';
import { formatUiNumber, plural } from '../../localization/plural.js';

/**
 * Every string of the search panel, through @lit/localize with stable ids.
 * Counts choose a whole sentence per plural form (Intl.PluralRules), numbers
 * are written the UI language's way.
 */
export const searchMessages = {
  get search() {
    return msg('Search', { id: 'study.search' });
  },
  get searchInBook() {
    return msg('Search in the book', { id: 'study.search.label' });
  },
  get cancel() {
    return msg('Cancel', { id: 'study.search.cancel' });
  },
  get previousResult() {
    return msg('Previous result', { id: 'study.search.previous' });
  },
  get nextResult() {
    return msg('Next result', { id: 'study.search.next' });
  },
  get results() {
    return msg('Results', { id: 'study.search.results' });
  },
  get untitled() {
    return msg('Untitled section', { id: 'study.search.untitledSection' });
  },
  get hint() {
    return msg('Capitals, accents and the kind of quotes or dashes don’t matter. ↑ and ↓ move through the results; Enter opens one.', { id: 'study.search.hint' });
  },
  progress(done: number, total: number, found: number): string {
    const [d, t, n] = [formatUiNumber(done), formatUiNumber(total), formatUiNumber(found)];
    return plural(found, {
      one: () => msg(str`Searched ${d} of ${t} chapters, ${n} result.`, { id: 'study.search.progress.one' }),
      two: () => msg(str`Searched ${d} of ${t} chapters, ${n} results.`, { id: 'study.search.progress.two' }),
      few: () => msg(str`Searched ${d} of ${t} chapters, ${n} results.`, { id: 'study.search.progress.few' }),
      many: () => msg(str`Searched ${d} of ${t} chapters, ${n} results.`, { id: 'study.search.progress.many' }),
      other: () => msg(str`Searched ${d} of ${t} chapters, ${n} results.`, { id: 'study.search.progress.other' }),
    });
  },
  finished(total: number, found: number): string {
    const [t, n] = [formatUiNumber(total), formatUiNumber(found)];
    if (found === 0) return msg(str`Searched all ${t} chapters: no results.`, { id: 'study.search.finished.none' });
    return plural(found, {
      one: () => msg(str`Searched all ${t} chapters: ${n} result.`, { id: 'study.search.finished.one' }),
      two: () => msg(str`Searched all ${t} chapters: ${n} results.`, { id: 'study.search.finished.two' }),
      few: () => msg(str`Searched all ${t} chapters: ${n} results.`, { id: 'study.search.finished.few' }),
      many: () => msg(str`Searched all ${t} chapters: ${n} results.`, { id: 'study.search.finished.many' }),
      other: () => msg(str`Searched all ${t} chapters: ${n} results.`, { id: 'study.search.finished.other' }),
    });
  },
  capped: (found: number) => {
    const n = formatUiNumber(found);
    return msg(str`Showing the first ${n} results; there are more. A longer phrase finds fewer.`, { id: 'study.search.capped' });
  },
  stopped(done: number, total: number, found: number): string {
    const [d, t, n] = [formatUiNumber(done), formatUiNumber(total), formatUiNumber(found)];
    return plural(found, {
      one: () => msg(str`Search stopped after ${d} of ${t} chapters: ${n} result.`, { id: 'study.search.stopped.one' }),
      two: () => msg(str`Search stopped after ${d} of ${t} chapters: ${n} results.`, { id: 'study.search.stopped.two' }),
      few: () => msg(str`Search stopped after ${d} of ${t} chapters: ${n} results.`, { id: 'study.search.stopped.few' }),
      many: () => msg(str`Search stopped after ${d} of ${t} chapters: ${n} results.`, { id: 'study.search.stopped.many' }),
      other: () => msg(str`Search stopped after ${d} of ${t} chapters: ${n} results.`, { id: 'study.search.stopped.other' }),
    });
  },
  skipped: (count: number) => {
    const n = formatUiNumber(count);
    return msg(str`${n} of the book’s sections could not be read and were not searched.`, { id: 'study.search.skipped' });
  },
  get emptyQuery() {
    return msg('Type a word or phrase to search for.', { id: 'study.search.emptyQuery' });
  },
  tooLong: (max: number) => {
    const n = formatUiNumber(max);
    return msg(str`That is too long to search for; use at most ${n} characters.`, { id: 'study.search.tooLong' });
  },
  /** Said when a result is opened: where the learner now is. */
  opened: (position: number, count: number, chapter: string) => {
    const [p, c] = [formatUiNumber(position), formatUiNumber(count)];
    return chapter
      ? msg(str`Result ${p} of ${c}, in ${chapter}.`, { id: 'study.search.opened', desc: 'chapter is a chapter title.' })
      : msg(str`Result ${p} of ${c}.`, { id: 'study.search.openedUntitled' });
  },
  get notFoundOnPage() {
    return msg('This result’s text is no longer where it was (the page changed); its chapter is shown.', { id: 'study.search.notOnPage' });
  },
};
