import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import type { TreeNode } from './tree-model';
import TreeView from './TreeView.svelte';

const leaf = (id: string, label: string): TreeNode<string> => ({ type: 'leaf', id, label, value: `value-${id}` });
const group = (id: string, label: string, children: TreeNode<string>[]): TreeNode<string> => ({
  type: 'group',
  id,
  label,
  children,
  description: String(children.length),
});

const LONG_NAME = 'Greater trochanteric pain syndrome with gluteal tendinopathy and trochanteric bursitis';
const NODES: TreeNode<string>[] = [
  group('fruit', 'Fruit', [
    leaf('apple', 'Apple'),
    group('citrus', 'Citrus', [leaf('lemon', 'Lemon'), leaf('lime', 'Lime')]),
    leaf('banana', LONG_NAME),
  ]),
  group('veg', 'Vegetables', [leaf('squash', 'Squash'), leaf('spinach', 'Spinach')]),
  group('herbs', 'Herbs', [leaf('sage', 'Sage')]),
];

function setup(expanded: ReadonlySet<string> = new Set()) {
  const onopen = vi.fn();
  const dragPayload = (node: { value: string }) =>
    node.value === 'value-apple' ? { type: 'text/x-fruit', data: 'apple' } : undefined;
  render(TreeView<string>, { nodes: NODES, label: 'Produce', expanded, onopen, dragPayload });
  const tree = screen.getByRole('tree', { name: 'Produce' });
  return { tree, onopen };
}

const item = (name: string | RegExp) => screen.getByRole('treeitem', { name });
const focused = () => document.activeElement as HTMLElement;
/** A real keydown on whatever has focus, as the keyboard would send it. */
async function press(key: string) {
  await fireEvent.keyDown(focused(), { key });
  await tick();
}

describe('TreeView', () => {
  it('is an ARIA tree: levels, positions, expanded state and groups', () => {
    const { tree } = setup(new Set(['fruit']));
    const fruit = item(/^Fruit/);
    expect(fruit.getAttribute('aria-expanded')).toBe('true');
    expect(fruit.getAttribute('aria-level')).toBe('1');
    expect(fruit.getAttribute('aria-setsize')).toBe('3');
    expect(fruit.getAttribute('aria-posinset')).toBe('1');
    const citrus = item(/^Citrus/);
    expect(citrus.getAttribute('aria-expanded')).toBe('false');
    expect(citrus.getAttribute('aria-level')).toBe('2');
    expect(citrus.getAttribute('aria-posinset')).toBe('2');
    expect(within(fruit).getByRole('group')).toBeTruthy();
    expect(item('Apple').hasAttribute('aria-expanded')).toBe(false);
    // Closed groups keep their children out of the page.
    expect(screen.queryByRole('treeitem', { name: 'Lemon' })).toBeNull();
    expect(within(tree).getAllByRole('treeitem')).toHaveLength(6);
  });

  it('names each row by its own label and count, not by the rows inside it', () => {
    setup(new Set(['fruit']));
    expect(item(/^Fruit/).textContent).toContain('Apple');
    expect(screen.getByRole('treeitem', { name: 'Fruit 3' })).toBeTruthy();
  });

  it('has exactly one row in the Tab order, and it follows the arrow keys', async () => {
    const { tree } = setup();
    const tabStops = () =>
      within(tree)
        .getAllByRole('treeitem')
        .filter((el) => el.tabIndex === 0);
    expect(tabStops()).toEqual([item(/^Fruit/)]);
    item(/^Fruit/).focus();
    await press('ArrowDown');
    expect(focused()).toBe(item(/^Vegetables/));
    expect(tabStops()).toEqual([item(/^Vegetables/)]);
  });

  it('walks the tree with the arrow keys, Home and End', async () => {
    setup();
    item(/^Fruit/).focus();
    await press('ArrowRight');
    expect(item(/^Fruit/).getAttribute('aria-expanded')).toBe('true');
    expect(focused()).toBe(item(/^Fruit/));
    await press('ArrowRight');
    expect(focused()).toBe(item('Apple'));
    await press('ArrowDown');
    await press('ArrowRight');
    await press('ArrowRight');
    expect(focused()).toBe(item('Lemon'));
    await press('ArrowLeft');
    expect(focused()).toBe(item(/^Citrus/));
    await press('ArrowLeft');
    expect(item(/^Citrus/).getAttribute('aria-expanded')).toBe('false');
    await press('ArrowUp');
    expect(focused()).toBe(item('Apple'));
    await press('End');
    expect(focused()).toBe(item(/^Herbs/));
    await press('Home');
    expect(focused()).toBe(item(/^Fruit/));
    await press('ArrowUp');
    expect(focused()).toBe(item(/^Fruit/));
  });

  it('opens a leaf with Enter (pinned) or Space (preview), and toggles a group with either', async () => {
    const { onopen } = setup(new Set(['fruit']));
    item('Apple').focus();
    await press('Enter');
    expect(onopen).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'apple', value: 'value-apple' }), {
      pinned: true,
    });
    await press(' ');
    expect(onopen).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'apple' }), { pinned: false });
    expect(item('Apple').getAttribute('aria-selected')).toBe('true');
    item(/^Vegetables/).focus();
    await press(' ');
    expect(item(/^Vegetables/).getAttribute('aria-expanded')).toBe('true');
    await press('Enter');
    expect(item(/^Vegetables/).getAttribute('aria-expanded')).toBe('false');
    expect(onopen).toHaveBeenCalledTimes(2);
  });

  it('* opens every group beside the focused one', async () => {
    setup();
    item(/^Vegetables/).focus();
    await press('*');
    for (const name of [/^Fruit/, /^Vegetables/, /^Herbs/])
      expect(item(name).getAttribute('aria-expanded')).toBe('true');
    expect(item(/^Citrus/).getAttribute('aria-expanded')).toBe('false');
  });

  it('jumps to a row by typing the start of its name', async () => {
    setup(new Set(['veg']));
    item(/^Fruit/).focus();
    await press('s');
    expect(focused()).toBe(item('Squash'));
    await press('p');
    expect(focused()).toBe(item('Spinach'));
  });

  it('leaves shortcuts with Ctrl or Alt to the workbench', async () => {
    setup();
    item(/^Fruit/).focus();
    const event = new KeyboardEvent('keydown', { key: 'ArrowRight', altKey: true, bubbles: true, cancelable: true });
    focused().dispatchEvent(event);
    await tick();
    expect(event.defaultPrevented).toBe(false);
    expect(item(/^Fruit/).getAttribute('aria-expanded')).toBe('false');
  });

  it('opens a preview on click and pins on double click; a click on a group toggles it', async () => {
    const { onopen } = setup(new Set(['fruit']));
    await fireEvent.click(within(item('Apple')).getByText('Apple'));
    expect(onopen).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'apple' }), { pinned: false });
    await fireEvent.dblClick(within(item('Apple')).getByText('Apple'));
    expect(onopen).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'apple' }), { pinned: true });
    await fireEvent.click(within(item(/^Citrus/)).getByText('Citrus'));
    expect(item(/^Citrus/).getAttribute('aria-expanded')).toBe('true');
    // A click inside a child row acts on that row only, not on the groups around it.
    await fireEvent.click(screen.getByText('Lemon'));
    expect(onopen).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'lemon' }), { pinned: false });
    expect(item(/^Citrus/).getAttribute('aria-expanded')).toBe('true');
    expect(item(/^Fruit/).getAttribute('aria-expanded')).toBe('true');
  });

  it('shows long names in full as a tooltip', () => {
    setup(new Set(['fruit']));
    expect(screen.getByText(LONG_NAME).closest('[title]')!.getAttribute('title')).toBe(LONG_NAME);
  });

  it('lets only rows with a payload be dragged, carrying it', async () => {
    setup(new Set(['fruit']));
    expect(item('Apple').getAttribute('draggable')).toBe('true');
    expect(item(/^Fruit/).hasAttribute('draggable')).toBe(false);
    expect(item(LONG_NAME).hasAttribute('draggable')).toBe(false);
    const setData = vi.fn();
    await fireEvent.dragStart(item('Apple'), { dataTransfer: { setData, effectAllowed: 'all' } });
    expect(setData).toHaveBeenCalledWith('text/x-fruit', 'apple');
  });
});
