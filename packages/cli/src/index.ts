export { main } from './cli.js';
export { checkBook, anchorPack } from './check-book.js';
export type { CheckOptions } from './check-book.js';
export { formatText, formatJson, formatHtml } from './report-format.js';
export { validateProfileJson, validatePackJson, formatValidation } from './validate.js';
export type { ValidationReport } from './validate.js';
export type { Finding, CheckResult, CheckReport, AnchorResult } from './check-types.js';
