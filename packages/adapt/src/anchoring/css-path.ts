/**
 * A CSS selector for an element that a re-issued book is likely to keep:
 * the nearest ancestor with a unique id, then element names with
 * `:nth-of-type` only where a name repeats. Classes are left out on purpose:
 * they change with every production tool, ids and structure rarely do.
 */

function escapeIdentifier(value: string): string {
  const css = (globalThis as { CSS?: { escape?: (s: string) => string } }).CSS;
  if (css?.escape) return css.escape(value);
  return value.replace(/^-?\d|[^\w-]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `);
}

function hasUniqueId(el: Element): boolean {
  const id = el.getAttribute('id');
  if (!id) return false;
  try {
    return el.ownerDocument.querySelectorAll(`#${escapeIdentifier(id)}`).length === 1;
  } catch {
    return false;
  }
}

function step(el: Element): string {
  const name = el.localName;
  const parent = el.parentElement;
  if (!parent) return name;
  let index = 0;
  let count = 0;
  for (let sibling = parent.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
    if (sibling.localName !== name) continue;
    count++;
    if (sibling === el) index = count;
  }
  // Names in other namespaces (svg, math) are matched by local name; escaping keeps odd ones valid.
  const tag = /^[a-z][a-z0-9-]*$/i.test(name) ? name : escapeIdentifier(name);
  return count > 1 ? `${tag}:nth-of-type(${index})` : tag;
}

/** A selector that matches `el` and nothing else in its document. */
export function cssSelectorOf(el: Element): string {
  const steps: string[] = [];
  const root = el.ownerDocument.documentElement;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (hasUniqueId(node)) {
      steps.unshift(`#${escapeIdentifier(node.getAttribute('id')!)}`);
      break;
    }
    steps.unshift(step(node));
    if (node === root) break;
  }
  return steps.join(' > ');
}

/** The element a selector names, or an error value when the selector is not valid CSS. */
export function queryCss(doc: Document, value: string): { element: Element | null } | { invalid: string } {
  try {
    return { element: doc.querySelector(value) };
  } catch (error) {
    return { invalid: (error as Error).message };
  }
}
