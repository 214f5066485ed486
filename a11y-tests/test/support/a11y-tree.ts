import { a11ySnapshot } from '@web/test-runner-commands';

/**
 * A node of Chromium's accessibility tree as `a11ySnapshot` returns it
 * (served by ../a11y-snapshot-plugin.mjs from CDP).
 */
export interface AXNode {
  role: string;
  name: string;
  value?: string | number;
  description?: string;
  focused?: boolean;
  expanded?: boolean;
  level?: number;
  pressed?: boolean | 'mixed';
  checked?: boolean | 'mixed';
  selected?: boolean;
  disabled?: boolean;
  modal?: boolean;
  live?: string;
  keyshortcuts?: string;
  children?: AXNode[];
}

/** The accessibility tree under the element `selector` finds (CSS, piercing shadow roots). */
export async function axTree(selector: string): Promise<AXNode> {
  const tree = (await a11ySnapshot({ selector })) as unknown as AXNode | null;
  if (!tree) throw new Error(`No accessibility tree under ${selector}`);
  return tree;
}

export function findAll(node: AXNode, test: (n: AXNode) => boolean): AXNode[] {
  const out: AXNode[] = [];
  const walk = (n: AXNode) => {
    if (test(n)) out.push(n);
    n.children?.forEach(walk);
  };
  walk(node);
  return out;
}

export function findOne(node: AXNode, test: (n: AXNode) => boolean, what: string): AXNode {
  const found = findAll(node, test);
  if (found.length === 0) throw new Error(`The accessibility tree has no ${what}:\n${outline(node)}`);
  return found[0]!;
}

/** The text a node's subtree carries (its text leaves, joined). */
export function textIn(node: AXNode): string {
  return findAll(node, (n) => n.role === 'text')
    .map((n) => n.name)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The tree as indented `role "name"` lines, for failure messages. */
export function outline(node: AXNode, depth = 0, max = 60): string {
  const lines: string[] = [];
  const walk = (n: AXNode, d: number) => {
    if (lines.length >= max) return;
    if (n.role !== 'text') lines.push(`${'  '.repeat(d)}${n.role}${n.name ? ` "${n.name}"` : ''}`);
    n.children?.forEach((c) => walk(c, d + 1));
  };
  walk(node, depth);
  return lines.join('\n');
}
