// @ts-check
// HTML built from strings that come from elsewhere (manifests, the theming
// guide) must never be able to inject markup. `html` is a tagged template:
// every interpolated value is escaped unless it is itself the result of
// `html` (or of `trustedHtml`, for markup this package generated), so the
// safe path is the default one.

/** Markup that is already safe to insert. */
export class SafeHtml {
  /** @param {string} value */
  constructor(value) {
    this.value = value;
  }
  toString() {
    return this.value;
  }
}

const ESCAPES = /** @type {Record<string, string>} */ ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' });

/** Escapes text for an HTML text node or a quoted attribute value. @param {unknown} text */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * @param {unknown} value
 * @returns {string}
 */
function render(value) {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(value);
}

/**
 * @param {TemplateStringsArray} strings
 * @param {unknown[]} values
 * @returns {SafeHtml}
 */
export function html(strings, ...values) {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Marks markup this package produced itself (e.g. the Markdown renderer's output) as safe. @param {string} markup */
export function trustedHtml(markup) {
  return new SafeHtml(markup);
}

/**
 * A fragment id from any text: lowercase letters, digits and hyphens only,
 * so it is safe in `id` and `href="#…"`.
 * @param {string} text
 */
export function slug(text) {
  return String(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'section';
}
