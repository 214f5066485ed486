/**
 * A guard on the live editing surface, before any output is made: whatever
 * reaches the contenteditable (a paste the browser handled itself, a drop,
 * an extension, a script calling execCommand) loses event handlers,
 * `javascript:` URLs and active elements in the same microtask, before an
 * image's `onerror` or an SVG's `onload` could fire.
 */

const ACTIVE_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'svg', 'math', 'style', 'link', 'meta', 'base', 'form', 'template', 'frame', 'frameset', 'audio', 'video', 'source', 'input', 'button', 'textarea', 'select']);
const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'srcset', 'poster', 'data'];
const SAFE_URL = /^(?:(?:https|mailto):|data:image\/(?:png|gif|jpe?g|webp|avif)[;,]|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/** Removes what could run from `root`'s subtree; true when anything was removed. */
export function disarm(root: Element | DocumentFragment): boolean {
  let changed = false;
  const elements = root instanceof Element ? [root, ...root.querySelectorAll('*')] : [...root.querySelectorAll('*')];
  for (const el of elements) {
    if (!el.isConnected && root instanceof Element && !root.contains(el)) continue;
    if (ACTIVE_ELEMENTS.has(el.localName)) {
      el.remove();
      changed = true;
      continue;
    }
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const unsafeUrl = URL_ATTRIBUTES.includes(name) && !SAFE_URL.test(attr.value.replace(/[\u0000-\u0020]/g, ''));
      if (name.startsWith('on') || name === 'style' || unsafeUrl) {
        el.removeAttribute(attr.name);
        changed = true;
      }
    }
  }
  return changed;
}

/** Watches an editable element and disarms every node added to it or attribute set in it. */
export function guardEditable(editable: HTMLElement): MutationObserver {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes' && record.target instanceof Element) disarm(record.target);
      for (const node of record.addedNodes) if (node instanceof Element) disarm(node);
    }
  });
  observer.observe(editable, { childList: true, subtree: true, attributes: true });
  return observer;
}
