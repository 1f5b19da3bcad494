import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppApi } from '../../../shared/app-api';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings';
import { DEFAULT_LAYOUT } from '../../../shared/workbench-layout';
import { WorkbenchState } from '../model/workbench-state.svelte';
import type { SavedWindowState } from './saved-window-state';
import { SETTINGS_SAVE_DELAY_MS, WindowState } from './window-state.svelte';

const CLINIC_SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  units: 'miles',
  clinic: {
    name: 'Riverside Sports Physio',
    address: '1 River Lane, Bristol',
    phone: '0117 000 0000',
    email: 'desk@riverside.example',
    logoDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
  },
};
const READ_OK: SavedWindowState = {
  readable: true,
  settings: { status: 'ok', value: CLINIC_SETTINGS },
  layout: { status: 'missing' },
};

function setup() {
  const saveSettings = vi.fn<AppApi['saveSettings']>(async () => {});
  const notices: string[] = [];
  const workbench = new WorkbenchState();
  const state = new WindowState({
    appApi: { saveSettings, saveLayout: async () => {} },
    workbench,
    notify: (message) => notices.push(message),
    inputExists: () => true,
    views: ['library', 'search'],
    hint: undefined,
  });
  return { state, workbench, saveSettings, notices };
}

/** Lets the settings-save delay pass. */
const pause = () => vi.advanceTimersByTime(SETTINGS_SAVE_DELAY_MS + 1);

describe('WindowState', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('uses the saved settings and writes nothing until the user changes one', () => {
    const { state, saveSettings } = setup();
    state.apply(READ_OK);
    pause();
    expect(state.settings).toEqual(CLINIC_SETTINGS);
    expect(saveSettings).not.toHaveBeenCalled();
    state.changeSettings({ ...state.settings, theme: 'dark' });
    expect(saveSettings).not.toHaveBeenCalled();
    pause();
    expect(saveSettings).toHaveBeenCalledWith({ ...CLINIC_SETTINGS, theme: 'dark' });
  });

  it('never writes settings it could not read: a change is refused with a notice, once, and kept in the window', () => {
    const { state, saveSettings, notices } = setup();
    state.apply({
      readable: false,
      message: 'Error: settings:load: rejected, the sender is not the Stride Atlas window',
    });
    expect(notices).toEqual([expect.stringContaining('could not be read')]);
    state.changeSettings({ ...state.settings, theme: 'dark' });
    state.changeSettings({ ...state.settings, clinicianName: 'Sam' });
    pause();
    expect(saveSettings).not.toHaveBeenCalled();
    expect(state.settings).toMatchObject({ theme: 'dark', clinicianName: 'Sam' });
    expect(notices).toHaveLength(2);
    expect(notices[1]).toContain('This change is not saved');
  });

  it('keeps a change made before the saved settings arrive, on top of them, and writes that', () => {
    const { state, saveSettings } = setup();
    state.changeSettings({ ...state.settings, clinic: { ...state.settings.clinic, name: 'Hillside Physio' } });
    pause();
    expect(saveSettings).not.toHaveBeenCalled();
    state.apply(READ_OK);
    const expected = { ...CLINIC_SETTINGS, clinic: { ...CLINIC_SETTINGS.clinic, name: 'Hillside Physio' } };
    expect(state.settings).toEqual(expected);
    pause();
    expect(saveSettings).toHaveBeenCalledTimes(1);
    expect(saveSettings).toHaveBeenCalledWith(expected);
  });

  it('saves over a damaged settings file (it was kept aside), and says where it went', () => {
    const { state, saveSettings, notices } = setup();
    state.apply({
      readable: true,
      settings: {
        status: 'damaged',
        reason: 'damaged',
        message: 'theme: invalid option',
        keptAs: 'damaged/settings.json',
      },
      layout: { status: 'missing' },
    });
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    expect(notices).toEqual([expect.stringContaining('The file was kept as damaged/settings.json')]);
    state.changeSettings({ ...state.settings, units: 'miles' });
    pause();
    expect(saveSettings).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, units: 'miles' });
  });

  it('never saves over settings a newer version wrote (they were left in place), and says so', () => {
    const { state, saveSettings, notices } = setup();
    state.apply({
      readable: true,
      settings: {
        status: 'damaged',
        reason: 'newer',
        message: 'settings.json was skipped: this settings file was saved by a newer version of Stride Atlas.',
        keptAs: '/data/settings.json',
      },
      layout: { status: 'missing' },
    });
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    expect(notices[0]).toContain('Your saved settings were left as they are, at /data/settings.json');
    state.changeSettings({ ...state.settings, units: 'miles' });
    pause();
    expect(saveSettings).not.toHaveBeenCalled();
    expect(notices[1]).toContain('This change is not saved');
  });

  it('is settled and restored once the saved state is applied; storage that cannot be read is settled, not restored', () => {
    const readable = setup();
    expect(readable.state.settled).toBe(false);
    readable.state.apply(READ_OK);
    expect([readable.state.settled, readable.state.restored]).toEqual([true, true]);
    const unreadable = setup();
    unreadable.state.apply({ readable: false, message: 'Error: no storage' });
    expect([unreadable.state.settled, unreadable.state.restored]).toEqual([true, false]);
  });

  it('shows the first registered view when the saved layout names one this window does not have', () => {
    const { state, workbench } = setup();
    state.apply({ ...READ_OK, layout: { status: 'ok', value: { ...DEFAULT_LAYOUT, activeView: 'patient-notes' } } });
    expect(workbench.activeView).toBe('library');
    const other = setup();
    other.state.apply({ ...READ_OK, layout: { status: 'ok', value: { ...DEFAULT_LAYOUT, activeView: 'search' } } });
    expect(other.workbench.activeView).toBe('search');
  });
});
