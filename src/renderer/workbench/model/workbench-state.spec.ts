import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT } from '../../../shared/workbench-layout';
import { workbenchLayoutSchema } from '../../../shared/workbench-layout-schema';
import { WorkbenchState, zoomFactor } from './workbench-state.svelte';

const condition = (id: string) => ({ kind: 'condition', id }) as const;
const exercise = (id: string) => ({ kind: 'exercise', id }) as const;

describe('WorkbenchState', () => {
  it('goes back and forward through opened pages, reusing the preview tab', () => {
    const state = new WorkbenchState();
    state.open(condition('gtps'));
    state.open(exercise('clamshell'));
    expect(state.tabs.tabs).toHaveLength(1);
    state.goBack();
    expect(state.tabs.active?.input).toEqual(condition('gtps'));
    state.goForward();
    expect(state.tabs.active?.input).toEqual(exercise('clamshell'));
  });

  it('keeps the most recently opened pages first, without duplicates, and not the tool tabs', () => {
    const state = new WorkbenchState();
    state.open(condition('a'));
    state.open(condition('b'));
    state.open(condition('a'));
    state.open({ kind: 'handout' });
    expect(state.recent).toEqual([condition('a'), condition('b')]);
  });

  it('hides the side bar when the active view is clicked again, and shows it for another', () => {
    const state = new WorkbenchState();
    state.selectView('library');
    expect(state.sideBarVisible).toBe(false);
    state.selectView('search');
    expect(state.sideBarVisible).toBe(true);
    expect(state.activeView).toBe('search');
  });

  it('zooms in 10% steps within limits, and resets', () => {
    const state = new WorkbenchState();
    for (let i = 0; i < 20; i++) state.zoom(1);
    expect(state.zoomLevel).toBe(8);
    expect(zoomFactor(state.zoomLevel)).toBe(1.8);
    state.zoom(0);
    expect(zoomFactor(state.zoomLevel)).toBe(1);
  });

  it('round-trips through a saved layout and drops pages that no longer exist', () => {
    const state = new WorkbenchState();
    state.open(condition('gtps'), { pinned: true });
    state.open(condition('removed'), { pinned: true });
    state.open(exercise('clamshell'), { pinned: true });
    state.tabs.tabs[0]!.scrollTop = 240;
    state.toggleFavourite(condition('gtps'));
    state.zoom(1);
    const saved = workbenchLayoutSchema.parse(JSON.parse(JSON.stringify(state.toLayout())));

    const restored = new WorkbenchState();
    restored.restore(saved, (input) => !('id' in input) || input.id !== 'removed');
    expect(restored.tabs.tabs.map((t) => t.input)).toEqual([condition('gtps'), exercise('clamshell')]);
    expect(restored.tabs.active?.input).toEqual(exercise('clamshell'));
    expect(restored.tabs.tabs[0]!.scrollTop).toBe(240);
    expect(restored.isFavourite(condition('gtps'))).toBe(true);
    expect(restored.zoomLevel).toBe(1);
  });

  it('keeps what the user did before the saved layout arrived, adding only the saved favourites and recent pages', () => {
    const saved = new WorkbenchState();
    saved.open(condition('gtps'), { pinned: true });
    saved.toggleFavourite(condition('gtps'));
    saved.showView('search');
    const layout = saved.toLayout();

    const window = new WorkbenchState();
    window.selectView('settings');
    window.open(exercise('clamshell'));
    window.toggleFavourite(exercise('clamshell'));
    window.restore(layout, () => true);
    expect(window.activeView).toBe('settings');
    expect(window.tabs.tabs.map((t) => t.input)).toEqual([exercise('clamshell')]);
    expect(window.favourites).toEqual([exercise('clamshell'), condition('gtps')]);
    expect(window.recent).toEqual([exercise('clamshell'), condition('gtps')]);

    const untouched = new WorkbenchState();
    untouched.restore(layout, () => true);
    expect(untouched.activeView).toBe('search');
    expect(untouched.tabs.tabs.map((t) => t.input)).toEqual([condition('gtps')]);
  });

  it('starts with the frame it is given, and still counts as untouched by the user until they act', () => {
    const window = new WorkbenchState({ activeView: 'search', sideBarVisible: false, sideBarWidth: 420, zoomLevel: 2 });
    expect(window.toLayout()).toMatchObject({
      activeView: 'search',
      sideBarVisible: false,
      sideBarWidth: 420,
      zoomLevel: 2,
    });
    // The saved layout decides: the frame was only the last window's, shown until it was read.
    window.restore(
      {
        ...DEFAULT_LAYOUT,
        tabs: [{ input: condition('gtps'), pinned: true, scrollTop: 0 }],
        activeTab: 0,
        zoomLevel: 1,
      },
      () => true,
    );
    expect(window.toLayout()).toMatchObject({
      activeView: 'library',
      sideBarVisible: true,
      sideBarWidth: 300,
      zoomLevel: 1,
    });
    expect(window.tabs.active?.input).toEqual(condition('gtps'));

    const acted = new WorkbenchState({ zoomLevel: 2 });
    acted.zoom(1);
    acted.restore(DEFAULT_LAYOUT, () => true);
    expect(acted.zoomLevel).toBe(3);
  });

  it('accepts a layout saved before favourites and recent existed', () => {
    const { favourites: _f, recent: _r, ...older } = DEFAULT_LAYOUT;
    expect(workbenchLayoutSchema.parse(older).favourites).toEqual([]);
  });
});
