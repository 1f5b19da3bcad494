/**
 * The pure part of an ARIA tree: which rows are visible for a set of expanded groups, and what
 * each key does. Kept free of the DOM so every keyboard rule is unit-tested on plain data;
 * TreeView.svelte only renders rows and applies the commands this returns.
 */

/** A row that opens something. `value` is whatever the owner needs to open it. */
export interface TreeLeaf<T> {
  readonly type: 'leaf';
  /** Unique in the whole tree (the same item may sit under two groups, with two ids). */
  readonly id: string;
  readonly label: string;
  /** Short muted text after the label (a count, an urgency). */
  readonly description?: string;
  readonly value: T;
}

/** A row that expands to show its children. An empty group is allowed (it says so). */
export interface TreeGroup<T> {
  readonly type: 'group';
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly children: readonly TreeNode<T>[];
}

export type TreeNode<T> = TreeLeaf<T> | TreeGroup<T>;

/** What a row carries when dragged: a data-transfer type and its text. */
export interface DragPayload {
  readonly type: string;
  readonly data: string;
}

/** One visible row, with what ARIA needs to announce it (level, position in its set). */
export interface TreeRow<T> {
  readonly node: TreeNode<T>;
  /** 1 for top-level rows. */
  readonly level: number;
  /** 1-based position among its siblings, and how many siblings there are. */
  readonly posInSet: number;
  readonly setSize: number;
  readonly parentId: string | undefined;
  /** Only groups are expandable; a leaf has `expanded: undefined`. */
  readonly expanded: boolean | undefined;
}

/** The rows on screen, top to bottom: every node whose ancestors are all expanded. */
export function visibleRows<T>(roots: readonly TreeNode<T>[], expanded: ReadonlySet<string>): TreeRow<T>[] {
  const rows: TreeRow<T>[] = [];
  const walk = (nodes: readonly TreeNode<T>[], level: number, parentId: string | undefined) => {
    nodes.forEach((node, index) => {
      const isOpen = node.type === 'group' ? expanded.has(node.id) : undefined;
      rows.push({ node, level, posInSet: index + 1, setSize: nodes.length, parentId, expanded: isOpen });
      if (node.type === 'group' && isOpen) walk(node.children, level + 1, node.id);
    });
  };
  walk(roots, 1, undefined);
  return rows;
}

/** What a key press asks the tree to do. */
export type TreeCommand<T> =
  | { type: 'focus'; id: string }
  | { type: 'expand'; ids: readonly string[] }
  | { type: 'collapse'; id: string }
  | { type: 'open'; leaf: TreeLeaf<T>; pinned: boolean };

/** Keys the tree handles itself; type-ahead letters are handled by `typeAheadTarget`. */
export const TREE_KEYS = ['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft', 'Home', 'End', 'Enter', ' ', '*'] as const;
export type TreeKey = (typeof TREE_KEYS)[number];

export function isTreeKey(key: string): key is TreeKey {
  return (TREE_KEYS as readonly string[]).includes(key);
}

/**
 * The WAI-ARIA tree pattern, as VS Code's explorer does it: Right opens a group or steps into it,
 * Left closes a group or steps out to the parent, Enter opens a page for good (pinned tab) and
 * Space opens it as a preview; on a group both toggle it. `*` opens every group beside this one.
 * Returns undefined when the key does nothing here (for example Up on the first row).
 */
export function treeKeyCommand<T>(
  rows: readonly TreeRow<T>[],
  focusedId: string,
  key: TreeKey,
): TreeCommand<T> | undefined {
  const at = rows.findIndex((r) => r.node.id === focusedId);
  const row = rows[at];
  if (!row) return rows[0] ? { type: 'focus', id: rows[0].node.id } : undefined;
  const focus = (target: TreeRow<T> | undefined): TreeCommand<T> | undefined =>
    target && target !== row ? { type: 'focus', id: target.node.id } : undefined;
  const { node } = row;

  switch (key) {
    case 'ArrowDown':
      return focus(rows[at + 1]);
    case 'ArrowUp':
      return focus(rows[at - 1]);
    case 'Home':
      return focus(rows[0]);
    case 'End':
      return focus(rows[rows.length - 1]);
    case 'ArrowRight':
      if (node.type !== 'group') return undefined;
      if (!row.expanded) return { type: 'expand', ids: [node.id] };
      return node.children[0] ? { type: 'focus', id: node.children[0].id } : undefined;
    case 'ArrowLeft':
      if (row.expanded) return { type: 'collapse', id: node.id };
      return row.parentId === undefined ? undefined : { type: 'focus', id: row.parentId };
    case 'Enter':
    case ' ':
      if (node.type === 'leaf') return { type: 'open', leaf: node, pinned: key === 'Enter' };
      return row.expanded ? { type: 'collapse', id: node.id } : { type: 'expand', ids: [node.id] };
    case '*': {
      const closedSiblings = rows
        .filter((r) => r.parentId === row.parentId && r.level === row.level && r.node.type === 'group' && !r.expanded)
        .map((r) => r.node.id);
      return closedSiblings.length > 0 ? { type: 'expand', ids: closedSiblings } : undefined;
    }
  }
}

/** Letters typed in quick succession, as a search prefix. */
export interface TypeAheadBuffer {
  readonly text: string;
  /** When the last letter came, in milliseconds (any monotonic clock). */
  readonly at: number;
}

/** A pause longer than this starts a new search, as in file managers. */
export const TYPE_AHEAD_RESET_MS = 700;

export const EMPTY_TYPE_AHEAD: TypeAheadBuffer = { text: '', at: Number.NEGATIVE_INFINITY };

export function extendTypeAhead(buffer: TypeAheadBuffer, char: string, now: number): TypeAheadBuffer {
  const fresh = now - buffer.at > TYPE_AHEAD_RESET_MS;
  return { text: (fresh ? '' : buffer.text) + char.toLowerCase(), at: now };
}

/**
 * The row that type-ahead lands on: the next visible row whose label starts with the typed text,
 * wrapping around. One letter (or the same letter again and again) moves to the next match after
 * the focused row, so "s", "s", "s" cycles through everything starting with S; a longer prefix
 * keeps the focused row if it still matches.
 */
export function typeAheadTarget<T>(rows: readonly TreeRow<T>[], focusedId: string, text: string): string | undefined {
  if (text === '') return undefined;
  const repeated = [...text].every((c) => c === text[0]);
  const prefix = repeated ? text[0]! : text;
  const from = rows.findIndex((r) => r.node.id === focusedId);
  const start = repeated ? from + 1 : Math.max(from, 0);
  for (let step = 0; step < rows.length; step++) {
    const row = rows[(start + step) % rows.length]!;
    if (row.node.label.toLowerCase().startsWith(prefix)) return row.node.id;
  }
  return undefined;
}

/** How many leaves sit under a node (a leaf counts itself); shown beside groups. */
export function countLeaves<T>(node: TreeNode<T>): number {
  return node.type === 'leaf' ? 1 : node.children.reduce((sum, child) => sum + countLeaves(child), 0);
}
