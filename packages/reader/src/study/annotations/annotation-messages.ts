import { msg, str } from '@lit/localize';
import type { HighlightColor, OutlineStrings } from '@attune/study';
import { uiDirection, uiLocale } from '../../localization/ui-locale.js';
import { formatUiNumber, plural } from '../../localization/plural.js';

/**
 * Every string of bookmarks, highlights and notes, through @lit/localize
 * with stable `study.annotations.*` ids. Whole sentences per case; counts
 * pick a plural form; numbers in the UI language's digits.
 */

/** A colour's name in words: how every list and button names it, never by colour alone. */
export function colorName(color: HighlightColor): string {
  switch (color) {
    case 'yellow':
      return msg('Yellow', { id: 'study.color.yellow' });
    case 'green':
      return msg('Green', { id: 'study.color.green' });
    case 'blue':
      return msg('Blue', { id: 'study.color.blue' });
    case 'pink':
      return msg('Pink', { id: 'study.color.pink' });
  }
}

/** "Yellow (main idea)", or "Yellow" with no label. */
export function colorWithLabel(color: HighlightColor, label: string | undefined): string {
  const name = colorName(color);
  return label ? msg(str`${name} (${label})`, { id: 'study.color.withLabel', desc: 'name is a colour name, label the learner’s meaning for it, e.g. main idea.' }) : name;
}

/** A highlight button's accessible name: "Highlight yellow (main idea)". */
export function highlightIn(color: HighlightColor, label: string | undefined): string {
  const colour = colorWithLabel(color, label);
  return msg(str`Highlight ${colour}`, { id: 'study.selection.highlightIn', desc: 'colour is a colour name, maybe with its label.' });
}

export const annotationMessages = {
  get panel() {
    return msg('Notes and highlights', { id: 'study.annotations.panel' });
  },
  get bookmarkPage() {
    return msg('Bookmark this page', { id: 'study.bookmark.toggle' });
  },
  get bookmarkAdded() {
    return msg('Bookmark added.', { id: 'study.bookmark.added' });
  },
  get bookmarkRemoved() {
    return msg('Bookmark removed.', { id: 'study.bookmark.removed' });
  },
  get selectionToolbar() {
    return msg('Selected text', { id: 'study.selection.toolbar' });
  },
  get selectFirst() {
    return msg('Select some text in the book first (Shift with the arrow keys), then press Alt+Shift+H.', { id: 'study.selection.selectFirst' });
  },
  get insertedText() {
    return msg('This text was added for you (a simplified passage or a teacher’s note), so it can’t be highlighted. Show the original text to highlight it, or add a note here from “Notes and highlights”.', { id: 'study.selection.insertedText' });
  },
  get addNote() {
    return msg('Add note', { id: 'study.selection.addNote' });
  },
  get copy() {
    return msg('Copy', { id: 'study.selection.copy' });
  },
  get copied() {
    return msg('Copied.', { id: 'study.selection.copied' });
  },
  get copyFailed() {
    return msg('The text could not be copied. Select it and press Ctrl+C.', { id: 'study.selection.copyFailed' });
  },
  highlighted(colour: string) {
    return msg(str`Highlighted in ${colour}.`, { id: 'study.selection.highlighted', desc: 'colour is a colour name, maybe with its label.' });
  },
  get noteDialog() {
    return msg('Note', { id: 'study.note.dialog' });
  },
  get editNoteDialog() {
    return msg('Edit note', { id: 'study.note.editDialog' });
  },
  get noteText() {
    return msg('Your note', { id: 'study.note.text' });
  },
  get noteOn() {
    return msg('On the text:', { id: 'study.note.on' });
  },
  get noteAt() {
    return msg('At this place:', { id: 'study.note.at' });
  },
  get noteEmpty() {
    return msg('Write something first, or cancel.', { id: 'study.note.empty' });
  },
  get save() {
    return msg('Save', { id: 'study.note.save' });
  },
  get cancel() {
    return msg('Cancel', { id: 'study.note.cancel' });
  },
  get noteSaved() {
    return msg('Note saved.', { id: 'study.note.saved' });
  },
  get addNoteHere() {
    return msg('Add a note here', { id: 'study.annotations.addNoteHere' });
  },
  get filterKind() {
    return msg('Show', { id: 'study.annotations.filterKind' });
  },
  get all() {
    return msg('Everything', { id: 'study.annotations.all' });
  },
  get bookmarks() {
    return msg('Bookmarks', { id: 'study.annotations.bookmarks' });
  },
  get highlights() {
    return msg('Highlights', { id: 'study.annotations.highlights' });
  },
  get notes() {
    return msg('Notes', { id: 'study.annotations.notes' });
  },
  get filterColor() {
    return msg('Colour', { id: 'study.annotations.filterColor' });
  },
  get allColors() {
    return msg('All colours', { id: 'study.annotations.allColors' });
  },
  get bookmark() {
    return msg('Bookmark', { id: 'study.annotations.bookmark' });
  },
  get note() {
    return msg('Note', { id: 'study.annotations.note' });
  },
  highlight(colour: string) {
    return msg(str`${colour} highlight`, { id: 'study.annotations.highlight', desc: 'colour is a colour name, maybe with its label.' });
  },
  get untitledChapter() {
    return msg('Untitled section', { id: 'study.annotations.untitledSection' });
  },
  get goTo() {
    return msg('Go to', { id: 'study.annotations.goTo' });
  },
  /** The accessible names of an item's buttons: the visible word, then which item (whole sentences, for translators). */
  goToItem(what: string, text: string) {
    return msg(str`Go to ${what}: ${text}`, { id: 'study.annotations.goToItem', desc: 'what is e.g. “Green highlight (main idea)”; text is the start of the passage. Keep “Go to” as on the button.' });
  },
  editItem(what: string, text: string) {
    return msg(str`Edit ${what}: ${text}`, { id: 'study.annotations.editItem', desc: 'what is e.g. “Note”; text is the start of the passage. Keep “Edit” as on the button.' });
  },
  deleteItem(what: string, text: string) {
    return msg(str`Delete ${what}: ${text}`, { id: 'study.annotations.deleteItem', desc: 'what is e.g. “Green highlight”; text is the start of the passage. Keep “Delete” as on the button.' });
  },
  get edit() {
    return msg('Edit', { id: 'study.annotations.edit' });
  },
  get delete() {
    return msg('Delete', { id: 'study.annotations.delete' });
  },
  deleted(what: string) {
    return msg(str`${what} deleted.`, { id: 'study.annotations.deleted', desc: 'what is e.g. “Yellow highlight” or “Note”.' });
  },
  get undo() {
    return msg('Undo', { id: 'study.annotations.undo' });
  },
  get restored() {
    return msg('Restored.', { id: 'study.annotations.restored' });
  },
  get empty() {
    return msg('No bookmarks, highlights or notes yet. Select text in the book to highlight it or add a note.', { id: 'study.annotations.empty' });
  },
  get nothingMatches() {
    return msg('Nothing matches this filter.', { id: 'study.annotations.nothingMatches' });
  },
  get orphans() {
    return msg('Not found in this edition', { id: 'study.annotations.orphans' });
  },
  get orphansIntro() {
    return msg('The book has changed and the text of these could not be found. They are kept as they were.', { id: 'study.annotations.orphansIntro' });
  },
  get labels() {
    return msg('Colour labels', { id: 'study.annotations.labels' });
  },
  get labelsHelp() {
    return msg('What each colour means to you, such as “main idea”, “vocabulary” or “question”.', { id: 'study.annotations.labelsHelp' });
  },
  labelFor(colour: string) {
    return msg(str`Label for ${colour}`, { id: 'study.annotations.labelFor', desc: 'colour is a colour name.' });
  },
  get saveLabels() {
    return msg('Save labels', { id: 'study.annotations.saveLabels' });
  },
  get labelsSaved() {
    return msg('Labels saved.', { id: 'study.annotations.labelsSaved' });
  },
  get exportImport() {
    return msg('Export and import', { id: 'study.annotations.exportImport' });
  },
  get exportHtml() {
    return msg('Download study outline (web page)', { id: 'study.annotations.exportHtml' });
  },
  get exportJson() {
    return msg('Download as Web Annotations (JSON)', { id: 'study.annotations.exportJson' });
  },
  get importFile() {
    return msg('Import Web Annotations (JSON file)', { id: 'study.annotations.importFile' });
  },
  imported(added: number, updated: number, unchanged: number) {
    const [a, u, k] = [formatUiNumber(added), formatUiNumber(updated), formatUiNumber(unchanged)];
    return msg(str`Imported: ${a} new, ${u} updated, ${k} already here.`, { id: 'study.annotations.imported', desc: 'counts of annotations.' });
  },
  skipped(count: number) {
    const n = formatUiNumber(count);
    return plural(count, {
      one: () => msg(str`${n} item was skipped:`, { id: 'study.annotations.skipped.one' }),
      other: () => msg(str`${n} items were skipped:`, { id: 'study.annotations.skipped.other' }),
    });
  },
  get damaged() {
    return msg('Some saved items could not be read and were set aside:', { id: 'study.annotations.damaged' });
  },
  count(count: number) {
    const n = formatUiNumber(count);
    return plural(count, {
      one: () => msg(str`${n} item`, { id: 'study.annotations.count.one' }),
      other: () => msg(str`${n} items`, { id: 'study.annotations.count.other' }),
    });
  },
  jumpedTo(where: string) {
    return msg(str`Went to ${where}.`, { id: 'study.annotations.jumpedTo', desc: 'where is a chapter title or a text snippet.' });
  },
  get notFoundInBook() {
    return msg('This text is no longer in the book, so there is nowhere to go.', { id: 'study.annotations.notFound' });
  },
  failed(message: string) {
    return msg(str`That did not work: ${message}`, { id: 'study.annotations.failed', desc: 'message says what went wrong.' });
  },
  storageProblem(message: string) {
    return msg(str`Not saved: ${message}`, { id: 'study.annotations.storageProblem', desc: 'message explains the storage failure.' });
  },
};

/** The study outline's words in the UI language (the outline itself is made by @attune/study). */
export function outlineStrings(): OutlineStrings {
  return {
    language: uiLocale(),
    dir: uiDirection(),
    documentTitle: (title) => msg(str`Study outline: ${title}`, { id: 'study.outline.title', desc: 'title is the book’s title.' }),
    heading: msg('Study outline', { id: 'study.outline.heading' }),
    made: (date) => msg(str`Made on ${date}`, { id: 'study.outline.made', desc: 'date is a formatted date.' }),
    contentsHeading: msg('Chapters', { id: 'study.outline.chapters' }),
    untitledChapter: annotationMessages.untitledChapter,
    colorNames: { yellow: colorName('yellow'), green: colorName('green'), blue: colorName('blue'), pink: colorName('pink') },
    highlightsHeading: (colour, label) =>
      label
        ? msg(str`${colour} highlights: ${label}`, { id: 'study.outline.highlightsLabelled', desc: 'colour is a colour name; label the learner’s meaning for it.' })
        : msg(str`${colour} highlights`, { id: 'study.outline.highlights', desc: 'colour is a colour name.' }),
    notesHeading: annotationMessages.notes,
    bookmarksHeading: annotationMessages.bookmarks,
    noteLabel: msg('Note:', { id: 'study.outline.noteLabel' }),
    orphansHeading: annotationMessages.orphans,
    orphansIntro: annotationMessages.orphansIntro,
    empty: msg('No highlights, notes or bookmarks yet.', { id: 'study.outline.empty' }),
  };
}
