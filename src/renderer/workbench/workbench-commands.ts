import type { MenuCommand } from '../../shared/menu-commands';
import type { ThemeChoice } from '../../shared/settings';
import type { EditorInput } from '../../shared/workbench-layout';
import type { Command } from './commands/command-registry.svelte';
import type { WorkbenchState } from './model/workbench-state.svelte';
import type { ViewContribution } from './registry/contribution';

/** What the commands act on besides the workbench state; the workbench supplies it. */
export interface WorkbenchCommandTarget {
  state: WorkbenchState;
  openQuickInput(initialValue: string): void;
  open(input: EditorInput, options?: { pinned?: boolean }): void;
  /** Shows a view and puts keyboard focus where the view wants it. */
  showView(view: ViewContribution): void;
  setTheme(choice: ThemeChoice): void;
  newPatient(): void;
  addActiveToHandout(): void;
}

const THEMES: { choice: ThemeChoice; title: string }[] = [
  { choice: 'system', title: 'Preferences: Color Theme: Follow the System' },
  { choice: 'light', title: 'Preferences: Color Theme: Light' },
  { choice: 'dark', title: 'Preferences: Color Theme: Dark' },
  { choice: 'high-contrast', title: 'Preferences: Color Theme: High Contrast' },
];

/**
 * Every workbench command: the palette lists these, shortcuts and the native menu run them. Each
 * registered view brings one that shows it (`view.<id>`).
 */
export function workbenchCommands(t: WorkbenchCommandTarget, views: readonly ViewContribution[]): Command[] {
  const { state } = t;
  const pageInput = () => {
    const input = state.tabs.active?.input;
    return input && 'id' in input ? input : undefined;
  };
  return [
    {
      id: 'workbench.quickOpen',
      title: 'Go to Condition, Exercise or Advice…',
      keybindings: ['Ctrl+P'],
      whileTyping: true,
      run: () => t.openQuickInput(''),
    },
    {
      id: 'workbench.commandPalette',
      title: 'Show All Commands',
      keybindings: ['Ctrl+Shift+P', 'F1'],
      whileTyping: true,
      run: () => t.openQuickInput('>'),
    },
    ...views.map((view) => ({
      id: `view.${view.id}`,
      title: view.commandTitle ?? `View: Show ${view.title}`,
      ...(view.keybinding ? { keybindings: [view.keybinding] } : {}),
      whileTyping: true,
      run: () => t.showView(view),
    })),
    {
      id: 'view.toggleSideBar',
      title: 'View: Toggle Side Bar',
      keybindings: ['Ctrl+B'],
      whileTyping: true,
      run: () => (state.sideBarVisible = !state.sideBarVisible),
    },
    {
      id: 'view.patientView',
      title: 'View: Toggle Patient View',
      keybindings: ['F11'],
      whileTyping: true,
      run: () => (state.patientView = !state.patientView),
    },
    { id: 'view.zoomIn', title: 'View: Zoom In', keybindings: ['Ctrl+='], whileTyping: true, run: () => state.zoom(1) },
    {
      id: 'view.zoomOut',
      title: 'View: Zoom Out',
      keybindings: ['Ctrl+-'],
      whileTyping: true,
      run: () => state.zoom(-1),
    },
    {
      id: 'view.zoomReset',
      title: 'View: Reset Zoom',
      keybindings: ['Ctrl+0'],
      whileTyping: true,
      run: () => state.zoom(0),
    },
    {
      id: 'editor.close',
      title: 'Tabs: Close Tab',
      keybindings: ['Ctrl+W'],
      whileTyping: true,
      run: () => state.closeTab(),
    },
    {
      id: 'editor.reopenClosed',
      title: 'Tabs: Reopen Closed Tab',
      keybindings: ['Ctrl+Shift+T'],
      whileTyping: true,
      run: () => state.tabs.reopenClosed(),
    },
    {
      id: 'editor.next',
      title: 'Tabs: Next Tab',
      keybindings: ['Ctrl+Tab', 'Ctrl+PageDown'],
      whileTyping: true,
      run: () => state.tabs.next(),
    },
    {
      id: 'editor.previous',
      title: 'Tabs: Previous Tab',
      keybindings: ['Ctrl+Shift+Tab', 'Ctrl+PageUp'],
      whileTyping: true,
      run: () => state.tabs.previous(),
    },
    {
      id: 'editor.pin',
      title: 'Tabs: Keep Tab Open',
      run: () => state.tabs.active && (state.tabs.active.pinned = true),
    },
    { id: 'navigate.back', title: 'Go Back', keybindings: ['Alt+ArrowLeft'], run: () => state.goBack() },
    { id: 'navigate.forward', title: 'Go Forward', keybindings: ['Alt+ArrowRight'], run: () => state.goForward() },
    ...THEMES.map(({ choice, title }) => ({ id: `theme.${choice}`, title, run: () => t.setTheme(choice) })),
    {
      id: 'triage.open',
      title: 'Body Map: Open Body Map and Triage',
      run: () => t.open({ kind: 'triage' }, { pinned: true }),
    },
    {
      id: 'triage.newPatient',
      title: 'Body Map: New Patient (clear the map, answers, search and handout draft)',
      keybindings: ['Ctrl+Alt+N'],
      whileTyping: true,
      run: () => t.newPatient(),
    },
    {
      id: 'handout.open',
      title: 'Handout: Open Handout Builder',
      run: () => t.open({ kind: 'handout' }, { pinned: true }),
    },
    { id: 'handout.addActive', title: 'Handout: Add Current Page to Handout', run: () => t.addActiveToHandout() },
    {
      id: 'gallery.open',
      title: 'Show All Exercise Illustrations',
      run: () => t.open({ kind: 'gallery' }, { pinned: true }),
    },
    {
      id: 'favourites.toggle',
      title: 'Library: Add or Remove Current Page from Favourites',
      keybindings: ['Ctrl+D'],
      whileTyping: true,
      run: () => {
        const input = pageInput();
        if (input) state.toggleFavourite(input);
      },
    },
    {
      id: 'help.shortcuts',
      title: 'Help: Keyboard Shortcuts',
      run: () => t.open({ kind: 'welcome' }, { pinned: true }),
    },
  ];
}

/** The native menu's commands, mapped onto workbench commands. */
export const MENU_COMMAND_IDS: Readonly<Record<MenuCommand, string>> = {
  'new-patient': 'triage.newPatient',
  'toggle-side-bar': 'view.toggleSideBar',
  'quick-open': 'workbench.quickOpen',
  'command-palette': 'workbench.commandPalette',
  'zoom-in': 'view.zoomIn',
  'zoom-out': 'view.zoomOut',
  'zoom-reset': 'view.zoomReset',
  'toggle-patient-view': 'view.patientView',
  'open-settings': 'view.settings',
  'show-shortcuts': 'help.shortcuts',
};
