export { anchorAnnotations, isSelectionAnnotation } from './anchor-annotations.js';
export type { PlacedAnnotation, OrphanAnnotation, SelectionAnnotation } from './anchor-annotations.js';
