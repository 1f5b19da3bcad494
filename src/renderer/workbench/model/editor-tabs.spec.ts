import { describe, expect, it } from 'vitest';
import type { EditorInput } from '../../workbench-api/editor-input';
import { EditorTabs } from './editor-tabs.svelte';

const condition = (id: string): EditorInput => ({ kind: 'condition', id });
const keys = (tabs: EditorTabs) =>
  tabs.tabs.map((t) => `${'id' in t.input ? t.input.id : t.input.kind}${t.pinned ? '' : '*'}`);

describe('EditorTabs', () => {
  it('replaces the preview tab with the next preview, in place', () => {
    const tabs = new EditorTabs();
    tabs.open(condition('a'), { pinned: true });
    tabs.open(condition('b'), { pinned: false });
    tabs.open(condition('c'), { pinned: false });
    expect(keys(tabs)).toEqual(['a', 'c*']);
    expect(tabs.activeIndex).toBe(1);
  });

  it('pins a tab opened again with pinned, and on double click', () => {
    const tabs = new EditorTabs();
    tabs.open(condition('a'), { pinned: false });
    tabs.open(condition('a'), { pinned: true });
    tabs.open(condition('b'), { pinned: false });
    expect(keys(tabs)).toEqual(['a', 'b*']);
    tabs.pin(condition('b'));
    tabs.open(condition('c'), { pinned: false });
    expect(keys(tabs)).toEqual(['a', 'b', 'c*']);
  });

  it('activates an open tab instead of opening it twice', () => {
    const tabs = new EditorTabs();
    tabs.open(condition('a'), { pinned: true });
    tabs.open(condition('b'), { pinned: true });
    tabs.open(condition('a'), { pinned: false });
    expect(keys(tabs)).toEqual(['a', 'b']);
    expect(tabs.activeIndex).toBe(0);
  });

  it('closes tabs, keeping a sensible neighbour active, and reopens the last closed with its scroll', () => {
    const tabs = new EditorTabs();
    for (const id of ['a', 'b', 'c']) tabs.open(condition(id), { pinned: true });
    tabs.activate(1);
    tabs.active!.scrollTop = 420;
    tabs.close();
    expect(keys(tabs)).toEqual(['a', 'c']);
    expect(tabs.active?.input).toEqual(condition('c'));
    const reopened = tabs.reopenClosed();
    expect(reopened?.scrollTop).toBe(420);
    expect(keys(tabs)).toEqual(['a', 'b', 'c']);
    expect(tabs.reopenClosed()).toBeUndefined();
  });

  it('cycles next and previous, wrapping around', () => {
    const tabs = new EditorTabs();
    for (const id of ['a', 'b', 'c']) tabs.open(condition(id), { pinned: true });
    tabs.next();
    expect(tabs.activeIndex).toBe(0);
    tabs.previous();
    expect(tabs.activeIndex).toBe(2);
  });

  it('closing the last tab leaves nothing active; an empty editor tolerates every command', () => {
    const tabs = new EditorTabs();
    tabs.open(condition('a'), { pinned: true });
    tabs.close();
    expect(tabs.activeIndex).toBe(-1);
    tabs.next();
    tabs.previous();
    expect(tabs.close()).toBeUndefined();
    expect(tabs.active).toBeUndefined();
  });

  it('drops tabs whose item no longer exists', () => {
    const tabs = new EditorTabs();
    for (const id of ['a', 'gone', 'c']) tabs.open(condition(id), { pinned: true });
    tabs.activate(1);
    tabs.retain((input) => !('id' in input && input.id === 'gone'));
    expect(keys(tabs)).toEqual(['a', 'c']);
    expect(tabs.activeIndex).toBe(0);
  });

  it('moves a tab and keeps the same tab active', () => {
    const tabs = new EditorTabs();
    for (const id of ['a', 'b', 'c']) tabs.open(condition(id), { pinned: true });
    tabs.activate(0);
    tabs.move(0, 2);
    expect(keys(tabs)).toEqual(['b', 'c', 'a']);
    expect(tabs.activeIndex).toBe(2);
  });
});
