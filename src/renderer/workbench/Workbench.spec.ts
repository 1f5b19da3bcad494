import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import knowledgeBase from 'virtual:knowledge-base';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KnowledgeBase } from '../../core/kb/knowledge-base';
import { SearchEngine } from '../../core/search/search-engine';
import type { AppApi } from '../../shared/app-api';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { DEFAULT_LAYOUT } from '../../shared/workbench-layout';
import { workbenchLayoutSchema } from '../../shared/workbench-layout-schema';
import type { ViewContribution, WorkbenchServices } from './registry/contribution';
import { VIEWS } from './registry/contributions.svelte';
import type { SavedWindowState } from './window-state/saved-window-state';
import Workbench from './Workbench.svelte';

const kb: KnowledgeBase = knowledgeBase;
const searchEngine = SearchEngine.fromKnowledgeBase(kb);

/** An AppApi held in memory; each test replaces the answers it is about. */
function fakeApi(overrides: Partial<AppApi>): AppApi {
  const never = () => new Promise<never>(() => {});
  return {
    platform: 'web',
    getAppInfo: async () => ({ name: 'Stride Atlas', version: 'test', platform: 'web', dataLocation: 'memory' }),
    loadSettings: async () => ({ status: 'missing' }),
    saveSettings: vi.fn(async () => {}),
    loadLayout: async () => ({ status: 'missing' }),
    saveLayout: vi.fn(async () => {}),
    // No kept consult and no saved files: a first start.
    listUserFiles: async () => ({ files: [], damaged: [] }),
    saveUserFile: vi.fn(async () => {}),
    deleteUserFile: vi.fn(async () => {}),
    listKeptAside: async () => [],
    deleteKeptAside: never,
    savePdf: never,
    printPage: async () => {},
    onMenuCommand: () => () => {},
    ...overrides,
  };
}

const workbenchRoot = () => document.querySelector<HTMLElement>('.workbench')!;

describe('Workbench start-up', () => {
  // jsdom has no idle callbacks; the workbench prefetches its lazy parts in them.
  beforeEach(() => vi.stubGlobal('requestIdleCallback', () => 0));
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('is busy until the saved layout is applied, then shows it', async () => {
    let answer!: (state: SavedWindowState) => void;
    const savedState = new Promise<SavedWindowState>((resolve) => (answer = resolve));
    render(Workbench, { props: { appApi: fakeApi({}), knowledgeBase: kb, searchEngine, savedState } });
    expect(workbenchRoot().getAttribute('aria-busy')).toBe('true');
    answer({
      readable: true,
      settings: { status: 'missing' },
      layout: { status: 'ok', value: { ...DEFAULT_LAYOUT, activeView: 'search' } },
    });
    await waitFor(() => expect(workbenchRoot().getAttribute('aria-busy')).toBe('false'));
    expect(screen.getByRole('searchbox', { name: 'Search the knowledge base' })).toBeTruthy();
  });

  it('says so when storage cannot be read at all, stops being busy, and saves nothing over it', async () => {
    const appApi = fakeApi({});
    const savedState = Promise.resolve<SavedWindowState>({
      readable: false,
      message: 'Error: IndexedDB is not available',
    });
    render(Workbench, { props: { appApi, knowledgeBase: kb, searchEngine, savedState } });
    await waitFor(() => expect(workbenchRoot().getAttribute('aria-busy')).toBe('false'));
    expect(document.body.textContent).toContain(
      'Your saved settings and layout could not be read (Error: IndexedDB is not available)',
    );
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(appApi.saveLayout).not.toHaveBeenCalled();
  });

  // Loads the page and handout code on demand, as the app does: seconds in jsdom on two busy cores.
  it(
    'keeps an "Add to handout" clicked before the handout has loaded, and counts it once it has',
    { timeout: 30_000 },
    async () => {
      const condition = kb.conditions[0]!;
      const layout = {
        ...DEFAULT_LAYOUT,
        tabs: [{ input: { kind: 'condition' as const, id: condition.id }, pinned: true, scrollTop: 0 }],
        activeTab: 0,
      };
      const savedState = Promise.resolve<SavedWindowState>({
        readable: true,
        settings: { status: 'missing' },
        layout: { status: 'ok', value: layout },
      });
      render(Workbench, { props: { appApi: fakeApi({}), knowledgeBase: kb, searchEngine, savedState } });
      // Idle callbacks never come here (see beforeEach), so nothing has prefetched the handout session.
      const add = await screen.findByRole('button', { name: 'Add to handout' }, { timeout: 20_000 });
      expect(screen.getByTestId('handout-count').textContent).toContain('Handout: 0 items');
      add.click();
      await waitFor(() => expect(screen.getByTestId('handout-count').textContent).toContain('Handout: 1 item'), {
        timeout: 5000,
      });
      expect(document.body.textContent).toContain(condition.name);
    },
  );

  it('paints in the theme and frame the last window used, then follows the saved settings and layout and remembers them', async () => {
    localStorage.setItem(
      'stride-atlas:window',
      JSON.stringify({ theme: 'dark', activeView: 'search', sideBarVisible: true, sideBarWidth: 420, zoomLevel: 0 }),
    );
    let answer!: (state: SavedWindowState) => void;
    const savedState = new Promise<SavedWindowState>((resolve) => (answer = resolve));
    render(Workbench, { props: { appApi: fakeApi({}), knowledgeBase: kb, searchEngine, savedState } });
    expect(document.documentElement.dataset['theme']).toBe('dark');
    expect(workbenchRoot().style.getPropertyValue('--side-bar-width')).toBe('420px');
    expect(screen.getByRole('searchbox', { name: 'Search the knowledge base' })).toBeTruthy();
    answer({
      readable: true,
      settings: { status: 'ok', value: { ...DEFAULT_SETTINGS, theme: 'high-contrast' } },
      layout: { status: 'ok', value: { ...DEFAULT_LAYOUT, sideBarWidth: 360 } },
    });
    await waitFor(() => expect(document.documentElement.dataset['theme']).toBe('high-contrast'));
    expect(workbenchRoot().style.getPropertyValue('--side-bar-width')).toBe('360px');
    expect(screen.getByRole('tree', { name: 'Library' })).toBeTruthy();
    expect(JSON.parse(localStorage.getItem('stride-atlas:window')!)).toEqual({
      theme: 'high-contrast',
      activeView: 'library',
      sideBarVisible: true,
      sideBarWidth: 360,
      zoomLevel: 0,
    });
  });

  it('drops the remembered theme and frame when there turn out to be no saved settings or layout', async () => {
    localStorage.setItem(
      'stride-atlas:window',
      JSON.stringify({ theme: 'dark', activeView: 'search', sideBarVisible: true, sideBarWidth: 420, zoomLevel: 0 }),
    );
    const savedState = Promise.resolve<SavedWindowState>({
      readable: true,
      settings: { status: 'missing' },
      layout: { status: 'missing' },
    });
    render(Workbench, { props: { appApi: fakeApi({}), knowledgeBase: kb, searchEngine, savedState } });
    // The test setup's stand-in for the computer's setting is light.
    await waitFor(() => expect(document.documentElement.dataset['theme']).toBe('light'));
    expect(workbenchRoot().style.getPropertyValue('--side-bar-width')).toBe('300px');
    expect(JSON.parse(localStorage.getItem('stride-atlas:window')!)).toEqual({
      theme: 'system',
      activeView: 'library',
      sideBarVisible: true,
      sideBarWidth: 300,
      zoomLevel: 0,
    });
  });
});

describe('Workbench registry', () => {
  beforeEach(() => vi.stubGlobal('requestIdleCallback', () => 0));
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  /** A view no one has written yet: one registry entry and its content, nothing else. */
  const clinicNotes: ViewContribution = {
    id: 'clinic-notes',
    title: 'Clinic notes',
    icon: 'topic',
    keybinding: 'Ctrl+Shift+K',
    render: createRawSnippet((services: () => WorkbenchServices) => ({
      render: () => `<p>Notes for ${services().knowledgeBase.conditions.length} conditions</p>`,
    })),
  };
  const views = [...VIEWS, clinicNotes];
  const viewsBar = () => within(screen.getByRole('navigation', { name: 'Views' }));

  it('shows a registered view in the activity bar, the command palette and the restored layout', async () => {
    // The saved layout goes through the same check as one read from storage.
    const layout = workbenchLayoutSchema.parse({ ...DEFAULT_LAYOUT, activeView: 'clinic-notes' });
    const savedState = Promise.resolve<SavedWindowState>({
      readable: true,
      settings: { status: 'missing' },
      layout: { status: 'ok', value: layout },
    });
    render(Workbench, { props: { appApi: fakeApi({}), knowledgeBase: kb, searchEngine, savedState, views } });
    await waitFor(() => expect(workbenchRoot().getAttribute('aria-busy')).toBe('false'));

    expect(screen.getByRole('complementary', { name: 'Clinic notes' }).textContent).toContain(
      `Notes for ${kb.conditions.length} conditions`,
    );
    const button = viewsBar().getByRole('button', { name: 'Clinic notes' });
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(button.getAttribute('title')).toBe('Clinic notes (Ctrl+Shift+K)');

    await fireEvent.click(viewsBar().getByRole('button', { name: 'Library' }));
    expect(screen.queryByRole('complementary', { name: 'Clinic notes' })).toBeNull();
    await fireEvent.keyDown(window, { key: 'P', code: 'KeyP', ctrlKey: true, shiftKey: true });
    const palette = screen.getByRole('dialog', { name: 'Command palette' });
    await fireEvent.input(within(palette).getByRole('combobox'), { target: { value: '>clinic notes' } });
    const option = within(palette).getByRole('option', { name: /View: Show Clinic notes/ });
    expect(option.textContent).toContain('Ctrl+Shift+K');
    await fireEvent.click(option);
    expect(screen.getByRole('complementary', { name: 'Clinic notes' })).toBeTruthy();
  });

  it('shows the first view when the saved layout names a view that is not registered, and keeps its tabs', async () => {
    const condition = kb.conditions[0]!;
    const savedState = Promise.resolve<SavedWindowState>({
      readable: true,
      settings: { status: 'missing' },
      layout: {
        status: 'ok',
        value: workbenchLayoutSchema.parse({
          ...DEFAULT_LAYOUT,
          activeView: 'clinic-notes',
          tabs: [{ input: { kind: 'condition', id: condition.id }, pinned: true, scrollTop: 0 }],
          activeTab: 0,
        }),
      },
    });
    render(Workbench, { props: { appApi: fakeApi({}), knowledgeBase: kb, searchEngine, savedState } });
    await waitFor(() => expect(workbenchRoot().getAttribute('aria-busy')).toBe('false'));
    expect(screen.getByRole('tree', { name: 'Library' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: new RegExp(condition.name) })).toBeTruthy();
  });
});

describe('Workbench settings', () => {
  beforeEach(() => vi.stubGlobal('requestIdleCallback', () => 0));
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('never writes settings it could not read: a changed theme applies, is not saved, and a notice says so', async () => {
    const appApi = fakeApi({});
    const savedState = Promise.resolve<SavedWindowState>({
      readable: false,
      message: 'Error: settings:load: rejected, the sender is not the Stride Atlas window',
    });
    render(Workbench, { props: { appApi, knowledgeBase: kb, searchEngine, savedState } });
    await waitFor(() => expect(workbenchRoot().getAttribute('aria-busy')).toBe('false'));
    await fireEvent.keyDown(window, { key: 'P', code: 'KeyP', ctrlKey: true, shiftKey: true });
    const palette = screen.getByRole('dialog', { name: 'Command palette' });
    await fireEvent.input(within(palette).getByRole('combobox'), { target: { value: '>Color Theme: Dark' } });
    await fireEvent.keyDown(within(palette).getByRole('combobox'), { key: 'Enter' });
    expect(document.documentElement.dataset['theme']).toBe('dark');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(appApi.saveSettings).not.toHaveBeenCalled();
    expect(document.body.textContent).toContain('This change is not saved');
  });
});
