export { openBook, AttuneBook, languageDirection } from './open-book.js';
export type { BookInput, OpenBookOptions, BookMetadata, SectionInfo, BookProblem } from './open-book.js';
export { BookError, isBookError } from './errors.js';
export type { BookErrorCode } from './errors.js';
export { DEFAULT_ZIP_LIMITS } from './limits.js';
export type { ZipLimits } from './limits.js';
export type { BookNavigation, NavPoint } from './navigation.js';
export type { AccessibilityMetadata, PackageDocument, ManifestItem } from './package-document.js';
export { ReadingPositions, measureText, CHARACTERS_PER_MINUTE } from './reading-positions.js';
export type { SectionWeight } from './reading-positions.js';
export { sanitizeSection } from './sanitize-section.js';
export type { SanitizeReport } from './sanitize-section.js';
export { rewriteResources, SECTION_CSP } from './rewrite-resources.js';
export { rewriteCssUrls } from './css-urls.js';
export type { PublicationSource, SizeHint } from './source.js';
// epubjs's own types for what the reader renders with, so elements depend on
// @attune/book alone.
import type * as RenditionModule from 'epubjs/types/rendition.js';
import type * as ContentsModule from 'epubjs/types/contents.js';
export type Rendition = RenditionModule.default;
export type RenditionOptions = RenditionModule.RenditionOptions;
export type RenditionLocation = RenditionModule.Location;
export type Contents = ContentsModule.default;
export { extractNote, isNoteReference } from './extract-note.js';
