/**
 * The remark plugin that puts the interface words back into the committed MDX when Astro
 * renders it: every token of src/site/labels.ts in a text or in a component's attribute
 * becomes the label of src/site/strings.ts it names.
 */
import { resolveLabels } from '../../../src/site/labels.ts';

interface Node {
  type: string;
  value?: unknown;
  attributes?: { type: string; value?: unknown }[];
  children?: Node[];
}

function walk(node: Node): void {
  if (typeof node.value === 'string' && node.type !== 'yaml') node.value = resolveLabels(node.value);
  for (const a of node.attributes ?? []) if (typeof a.value === 'string') a.value = resolveLabels(a.value);
  node.children?.forEach(walk);
}

export function remarkLabels() {
  return (tree: Node) => walk(tree);
}
