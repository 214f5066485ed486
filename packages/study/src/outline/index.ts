export { studyOutlineHtml } from './study-outline-html.js';
export type { StudyOutlineInput } from './study-outline-html.js';
export { ENGLISH_OUTLINE_STRINGS } from './outline-strings.js';
export type { OutlineStrings } from './outline-strings.js';
export { escapeHtml } from './escape-html.js';
export {
  toWebAnnotation,
  toWebAnnotationCollection,
  webAnnotationJson,
  annotationIri,
  idFromIri,
  ANNOTATION_CONTEXT,
  WEB_ANNOTATION_MEDIA_TYPE,
} from './web-annotation.js';
export type { WebAnnotation, WebAnnotationCollection, WebAnnotationTarget, TextualBody } from './web-annotation.js';
export { readWebAnnotations, mergeAnnotations, MAX_IMPORT_BYTES } from './read-web-annotations.js';
export type { WebAnnotationRead, AnnotationMerge } from './read-web-annotations.js';
