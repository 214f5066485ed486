/**
 * @attune/study — a learner's bookmarks, highlights and notes in a book, its
 * last position, the study outline (HTML and W3C Web Annotation JSON) and
 * its import, kept per learner and per book on the device.
 */
export { HIGHLIGHT_COLORS, MAX_LABEL_LENGTH, ANNOTATION_LIMITS, EPUB_CFI, isHighlightColor } from './model/annotation.js';
export type { Annotation, AnnotationKind, Bookmark, Highlight, Note, HighlightColor, ColorLabels, SelectionTarget, CfiSelector } from './model/annotation.js';
export { placeOf, compareAnnotations, quoteOf, cfiOf, isCfiSelector } from './model/annotation-place.js';
export type { AnnotationPlace } from './model/annotation-place.js';
export { studyBookOf } from './model/study-book.js';
export type { StudyBook, BookMetadataLike } from './model/study-book.js';
export { cleanLocation, locationProblem, MAX_CHAPTER_LENGTH } from './model/study-location.js';
export type { StudyLocation } from './model/study-location.js';
export { checkAnnotation, validateAnnotations, validateColorLabels } from './model/validate-annotation.js';
export type { AnnotationCheck, SkippedRecord } from './model/validate-annotation.js';
export { createBookmark, createHighlight, createNote, editAnnotation, snippetOf } from './model/create-annotation.js';
export type { CreateOptions } from './model/create-annotation.js';
export * from './search/index.js';
export { StudyStore, openStudyStore, deleteStudyDatabase, deleteAllStudyData, STUDY_DATABASE_NAME, STUDY_DATABASE_VERSION } from './store/index.js';
export type { BookStudyData, StudyDatabaseLocation, DamagedStudyRecord } from './store/index.js';
export { HIGHLIGHT_UNDERLINES, HIGHLIGHT_COLOR_NAMES } from './model/highlight-style.js';
export { groupByChapter } from './model/annotation-groups.js';
export type { ChapterGroup } from './model/annotation-groups.js';
export * from './outline/index.js';
export * from './anchoring/index.js';
