import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ItemLinks from './ItemLinks.svelte';
import { fakeWorkbench } from '../workbench-api/test-support/fake-workbench';

const bridge = { kind: 'exercise', id: 'glute-bridge' } as const;
function show() {
  const workbench = fakeWorkbench();
  const items = [
    { input: bridge, label: 'Glute bridge' },
    { input: { kind: 'topic', id: 'warm-up' } as const, label: 'Warming up' },
  ];
  render(ItemLinks, { props: { items }, context: workbench.context });
  return { calls: workbench.calls };
}

describe('ItemLink (through ItemLinks)', () => {
  it('is a real, focusable link with an in-page address', () => {
    show();
    const link = screen.getByRole('link', { name: 'Glute bridge' });
    expect(link.getAttribute('href')).toBe('#exercise/glute-bridge');
    link.focus();
    expect(document.activeElement).toBe(link);
  });

  it('opens a preview on a plain click and never navigates', async () => {
    const { calls } = show();
    const before = location.href;
    expect(await fireEvent.click(screen.getByRole('link', { name: 'Glute bridge' }))).toBe(false);
    expect(calls.open).toEqual([[bridge, {}]]);
    expect(location.href).toBe(before);
  });

  it('keeps the tab open on Ctrl/Cmd+click, middle click and Ctrl+Enter', async () => {
    const { calls } = show();
    const link = screen.getByRole('link', { name: 'Glute bridge' });
    await fireEvent.click(link, { ctrlKey: true });
    await fireEvent.click(link, { metaKey: true });
    expect(await fireEvent(link, new MouseEvent('auxclick', { button: 1, bubbles: true, cancelable: true }))).toBe(
      false,
    );
    await fireEvent.keyDown(link, { key: 'Enter', metaKey: true });
    expect(calls.open).toEqual(Array(4).fill([bridge, { pinned: true }]));
  });

  it('does not open twice for the two clicks of a double click', async () => {
    const { calls } = show();
    const link = screen.getByRole('link', { name: 'Warming up' });
    await fireEvent.click(link, { detail: 1 });
    await fireEvent.click(link, { detail: 2 });
    await fireEvent.dblClick(link);
    expect(calls.open).toEqual([
      [{ kind: 'topic', id: 'warm-up' }, {}],
      [{ kind: 'topic', id: 'warm-up' }, { pinned: true }],
    ]);
  });
});
