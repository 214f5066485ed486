// The `a11ySnapshot` command of @web/test-runner-commands, answered from
// Chromium's own accessibility tree (CDP `Accessibility.getFullAXTree`), the
// tree screen readers are given. web-test-runner does not register the stock
// plugin by default, and the stock one calls Playwright's `page.accessibility`,
// which playwright-core 1.65 no longer has.
//
// The answer has the shape Playwright's snapshot had, so `findAccessibilityNode`
// works on it: `{ role, name, value?, description?, focused?, expanded?,
// level?, pressed?, checked?, selected?, disabled?, modal?, live?,
// keyshortcuts?, children? }`. Text is `{ role: 'text', name }`. Nodes Chromium
// ignores, and unnamed `generic`/`none` wrappers, are left out and their
// children moved up, as a screen reader would walk the tree.
//
// Not given: `aria-valuetext`. CDP's `valuetext` property in Chromium 156 is
// the plain number even for an ARIA slider with aria-valuetext, so it cannot
// say what a screen reader hears; tests read the attribute instead.

const ROOT_MARK = 'data-a11y-snapshot-root';

/** CDP property name → snapshot field, with how its value is read. */
const PROPERTIES = {
  focused: 'focused',
  expanded: 'expanded',
  level: 'level',
  pressed: 'pressed',
  checked: 'checked',
  selected: 'selected',
  disabled: 'disabled',
  modal: 'modal',
  live: 'live',
  keyshortcuts: 'keyshortcuts',
  roledescription: 'roledescription',
  multiselectable: 'multiselectable',
  haspopup: 'haspopup',
  invalid: 'invalid',
  orientation: 'orientation',
  busy: 'busy',
  atomic: 'atomic',
};

/** States whose `false` says something (collapsed, not pressed); others are left out when false. */
const KEEP_FALSE = new Set(['expanded', 'pressed', 'checked', 'selected']);
const DROPPED_ROLES = new Set(['InlineTextBox']);
const TRANSPARENT_ROLES = new Set(['generic', 'none', 'presentation']);

function convert(node, byId) {
  const role = node.role?.value ?? '';
  const children = [];
  for (const id of node.childIds ?? []) {
    const child = byId.get(id);
    if (child) children.push(...convert(child, byId));
  }
  const name = node.name?.value ?? '';
  if (node.ignored || DROPPED_ROLES.has(role) || (TRANSPARENT_ROLES.has(role) && !name)) return children;
  const out = { role: role === 'StaticText' ? 'text' : role, name };
  if (node.value?.value !== undefined && node.value.value !== '') out.value = node.value.value;
  if (node.description?.value) out.description = node.description.value;
  for (const property of node.properties ?? []) {
    const field = PROPERTIES[property.name];
    if (!field) continue;
    const value = property.value?.value;
    if (value === undefined || value === '' || (field === 'live' && value === 'off')) continue;
    const isFalse = value === false || value === 'false';
    if (isFalse && !KEEP_FALSE.has(field)) continue;
    out[field] = value === 'true' ? true : isFalse ? false : value;
  }
  // A text node's children are its inline boxes, which were dropped above.
  if (children.length && out.role !== 'text') out.children = children;
  return [out];
}

/** The DOM node carrying the root mark, in the piercing DOM tree. */
function findMarked(node) {
  const attrs = node.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === ROOT_MARK) return node;
  for (const child of childrenOf(node)) {
    const found = findMarked(child);
    if (found) return found;
  }
  return undefined;
}

function childrenOf(node) {
  return [...(node.shadowRoots ?? []), ...(node.children ?? []), ...(node.contentDocument ? [node.contentDocument] : [])];
}

/** Backend ids of a DOM node and everything under it (shadow roots included, frames not). */
function subtreeIds(node, ids = new Set()) {
  ids.add(node.backendNodeId);
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) subtreeIds(child, ids);
  return ids;
}

export function a11ySnapshotPlugin() {
  return {
    name: 'attune-a11y-snapshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'a11y-snapshot') return undefined;
      if (session.browser.type !== 'playwright') throw new Error(`a11ySnapshot needs the Playwright launcher, not ${session.browser.type}.`);
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        let inside; // backend ids of the DOM subtree asked for
        if (payload?.selector) {
          // Playwright's CSS engine pierces open shadow roots.
          const handle = await page.$(payload.selector);
          if (!handle) throw new Error(`a11ySnapshot: nothing matches ${payload.selector}`);
          await handle.evaluate((el, mark) => el.setAttribute(mark, ''), ROOT_MARK);
          try {
            const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
            const marked = findMarked(root);
            if (!marked) throw new Error(`a11ySnapshot: ${payload.selector} is not in the DOM tree`);
            inside = subtreeIds(marked);
          } finally {
            await handle.evaluate((el, mark) => el.removeAttribute(mark), ROOT_MARK);
            await handle.dispose();
          }
        }
        const { nodes } = await cdp.send('Accessibility.getFullAXTree', {});
        const byId = new Map(nodes.map((n) => [n.nodeId, n]));
        // The accessibility nodes of that subtree whose parent is outside it. The
        // element asked for may itself be absent (a host the tree leaves out, or
        // content behind a modal dialog), so its topmost descendants are used.
        const starts = inside
          ? nodes.filter((n) => inside.has(n.backendDOMNodeId) && !(n.parentId && inside.has(byId.get(n.parentId)?.backendDOMNodeId)))
          : nodes.filter((n) => !n.parentId);
        if (starts.length === 0) throw new Error(`a11ySnapshot: nothing under ${payload?.selector ?? 'the page'} is in the accessibility tree`);
        const converted = starts.flatMap((start) => convert(start, byId));
        return converted.length === 1 ? converted[0] : { role: 'generic', name: '', children: converted };
      } finally {
        await cdp.detach().catch(() => {});
      }
    },
  };
}
