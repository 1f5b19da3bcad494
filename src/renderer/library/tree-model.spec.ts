import { describe, expect, it } from 'vitest';
import {
  countLeaves,
  EMPTY_TYPE_AHEAD,
  extendTypeAhead,
  treeKeyCommand,
  TYPE_AHEAD_RESET_MS,
  typeAheadTarget,
  visibleRows,
  type TreeNode,
} from './tree-model';

const leaf = (id: string, label: string): TreeNode<string> => ({ type: 'leaf', id, label, value: id });
const group = (id: string, label: string, children: TreeNode<string>[]): TreeNode<string> => ({
  type: 'group',
  id,
  label,
  children,
});

/*
 * Fruit
 *   Apple
 *   Citrus
 *     Lemon
 *     Lime
 *   Banana
 * Vegetables
 *   Squash
 *   Spinach
 *   Swede
 * Empty
 */
const TREE: TreeNode<string>[] = [
  group('fruit', 'Fruit', [
    leaf('apple', 'Apple'),
    group('citrus', 'Citrus', [leaf('lemon', 'Lemon'), leaf('lime', 'Lime')]),
    leaf('banana', 'Banana'),
  ]),
  group('veg', 'Vegetables', [leaf('squash', 'Squash'), leaf('spinach', 'Spinach'), leaf('swede', 'Swede')]),
  group('empty', 'Empty', []),
];
const ids = (expanded: string[]) => visibleRows(TREE, new Set(expanded)).map((r) => r.node.id);
const rowsWith = (...expanded: string[]) => visibleRows(TREE, new Set(expanded));

describe('visibleRows', () => {
  it('shows only the children of expanded groups whose ancestors are expanded too', () => {
    expect(ids([])).toEqual(['fruit', 'veg', 'empty']);
    expect(ids(['fruit'])).toEqual(['fruit', 'apple', 'citrus', 'banana', 'veg', 'empty']);
    expect(ids(['citrus'])).toEqual(['fruit', 'veg', 'empty']);
    expect(ids(['fruit', 'citrus'])).toEqual(['fruit', 'apple', 'citrus', 'lemon', 'lime', 'banana', 'veg', 'empty']);
  });

  it('gives each row its level, position among its siblings and parent', () => {
    const lime = rowsWith('fruit', 'citrus').find((r) => r.node.id === 'lime')!;
    expect(lime).toMatchObject({ level: 3, posInSet: 2, setSize: 2, parentId: 'citrus', expanded: undefined });
    const veg = rowsWith('fruit').find((r) => r.node.id === 'veg')!;
    expect(veg).toMatchObject({ level: 1, posInSet: 2, setSize: 3, parentId: undefined, expanded: false });
  });
});

describe('treeKeyCommand', () => {
  it('moves up and down through visible rows, and stops at the ends', () => {
    const rows = rowsWith('fruit');
    expect(treeKeyCommand(rows, 'banana', 'ArrowDown')).toEqual({ type: 'focus', id: 'veg' });
    expect(treeKeyCommand(rows, 'apple', 'ArrowUp')).toEqual({ type: 'focus', id: 'fruit' });
    expect(treeKeyCommand(rows, 'fruit', 'ArrowUp')).toBeUndefined();
    expect(treeKeyCommand(rows, 'empty', 'ArrowDown')).toBeUndefined();
  });

  it('jumps to the first and last visible rows with Home and End', () => {
    const rows = rowsWith('fruit', 'veg');
    expect(treeKeyCommand(rows, 'squash', 'Home')).toEqual({ type: 'focus', id: 'fruit' });
    expect(treeKeyCommand(rows, 'apple', 'End')).toEqual({ type: 'focus', id: 'empty' });
  });

  it('Right expands a closed group, then steps to its first child; does nothing on a leaf', () => {
    expect(treeKeyCommand(rowsWith(), 'fruit', 'ArrowRight')).toEqual({ type: 'expand', ids: ['fruit'] });
    expect(treeKeyCommand(rowsWith('fruit'), 'fruit', 'ArrowRight')).toEqual({ type: 'focus', id: 'apple' });
    expect(treeKeyCommand(rowsWith('fruit'), 'apple', 'ArrowRight')).toBeUndefined();
    expect(treeKeyCommand(rowsWith('empty'), 'empty', 'ArrowRight')).toBeUndefined();
  });

  it('Left collapses an open group, otherwise steps to the parent', () => {
    const rows = rowsWith('fruit', 'citrus');
    expect(treeKeyCommand(rows, 'citrus', 'ArrowLeft')).toEqual({ type: 'collapse', id: 'citrus' });
    expect(treeKeyCommand(rows, 'lime', 'ArrowLeft')).toEqual({ type: 'focus', id: 'citrus' });
    expect(treeKeyCommand(rows, 'apple', 'ArrowLeft')).toEqual({ type: 'focus', id: 'fruit' });
    expect(treeKeyCommand(rowsWith(), 'veg', 'ArrowLeft')).toBeUndefined();
  });

  it('Enter opens a leaf pinned, Space as a preview; on a group both toggle it', () => {
    const rows = rowsWith('fruit');
    expect(treeKeyCommand(rows, 'apple', 'Enter')).toMatchObject({ type: 'open', leaf: { id: 'apple' }, pinned: true });
    expect(treeKeyCommand(rows, 'apple', ' ')).toMatchObject({ type: 'open', leaf: { id: 'apple' }, pinned: false });
    expect(treeKeyCommand(rows, 'fruit', 'Enter')).toEqual({ type: 'collapse', id: 'fruit' });
    expect(treeKeyCommand(rows, 'veg', ' ')).toEqual({ type: 'expand', ids: ['veg'] });
  });

  it('* expands every closed group beside the focused row, and nothing deeper', () => {
    expect(treeKeyCommand(rowsWith(), 'fruit', '*')).toEqual({ type: 'expand', ids: ['fruit', 'veg', 'empty'] });
    expect(treeKeyCommand(rowsWith('fruit'), 'apple', '*')).toEqual({ type: 'expand', ids: ['citrus'] });
    expect(treeKeyCommand(rowsWith('fruit', 'citrus'), 'apple', '*')).toBeUndefined();
  });

  it('recovers when the focused row is no longer visible by going to the first row', () => {
    expect(treeKeyCommand(rowsWith(), 'lime', 'ArrowDown')).toEqual({ type: 'focus', id: 'fruit' });
  });
});

describe('type-ahead', () => {
  const rows = rowsWith('fruit', 'veg');

  it('finds the next row starting with a letter, cycling on repeats and wrapping around', () => {
    expect(typeAheadTarget(rows, 'fruit', 's')).toBe('squash');
    expect(typeAheadTarget(rows, 'squash', 'ss')).toBe('spinach');
    expect(typeAheadTarget(rows, 'spinach', 'sss')).toBe('swede');
    expect(typeAheadTarget(rows, 'swede', 's')).toBe('squash');
    expect(typeAheadTarget(rows, 'empty', 'a')).toBe('apple');
  });

  it('narrows with a longer prefix, keeping the focused row while it still matches', () => {
    expect(typeAheadTarget(rows, 'squash', 'sp')).toBe('spinach');
    expect(typeAheadTarget(rows, 'spinach', 'spi')).toBe('spinach');
    expect(typeAheadTarget(rows, 'fruit', 'zz')).toBeUndefined();
  });

  it('only searches visible rows', () => {
    expect(typeAheadTarget(rowsWith(), 'fruit', 'l')).toBeUndefined();
  });

  it('starts a new search after a pause', () => {
    const typed = extendTypeAhead(extendTypeAhead(EMPTY_TYPE_AHEAD, 'S', 1000), 'p', 1100);
    expect(typed.text).toBe('sp');
    expect(extendTypeAhead(typed, 'b', 1100 + TYPE_AHEAD_RESET_MS + 1).text).toBe('b');
  });
});

describe('countLeaves', () => {
  it('counts leaves at any depth', () => {
    expect(countLeaves(TREE[0]!)).toBe(4);
    expect(countLeaves(TREE[2]!)).toBe(0);
  });
});
