interface TreeNode {
  id: string;
  parentId?: string | null;
}

/**
 * Flat nodes (categories, facets) in tree order, each with its depth: parents before their children,
 * siblings in the order given. A node whose parent is not in the list starts a tree of its own.
 */
export function inTreeOrder<T extends TreeNode>(nodes: readonly T[]): { node: T; depth: number }[] {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<string | null, T[]>();
  for (const node of nodes) {
    const parent = node.parentId && ids.has(node.parentId) ? node.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), node]);
  }
  const out: { node: T; depth: number }[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const node of children.get(parent) ?? []) {
      out.push({ node, depth });
      visit(node.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** Categories as Select choices, indented by depth so that the tree still reads in a flat list. */
export function categoryChoices(categories: readonly (TreeNode & { name: string; code: string })[]) {
  return inTreeOrder(categories).map(({ node, depth }) => ({
    value: node.id,
    label: `${'\u00a0\u00a0\u00a0'.repeat(depth)}${node.name} (${node.code})`,
  }));
}
