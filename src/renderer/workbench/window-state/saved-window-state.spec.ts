import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { loadSavedWindowState } from './saved-window-state';

describe('loadSavedWindowState', () => {
  it('answers with both records as they were read', async () => {
    const state = await loadSavedWindowState({
      loadSettings: async () => ({ status: 'ok', value: { ...DEFAULT_SETTINGS, theme: 'dark' } }),
      loadLayout: async () => ({
        status: 'damaged',
        reason: 'damaged',
        message: 'layout could not be read: tabs: expected array',
        keptAs: 'layout.json.damaged',
      }),
    });
    expect(state).toEqual({
      readable: true,
      settings: { status: 'ok', value: { ...DEFAULT_SETTINGS, theme: 'dark' } },
      layout: {
        status: 'damaged',
        reason: 'damaged',
        message: 'layout could not be read: tabs: expected array',
        keptAs: 'layout.json.damaged',
      },
    });
  });

  it('says why, instead of rejecting, when the storage cannot be read at all', async () => {
    const state = await loadSavedWindowState({
      loadSettings: async () => ({ status: 'missing' }),
      loadLayout: () => Promise.reject(new Error('IndexedDB is not available')),
    });
    expect(state).toEqual({ readable: false, message: 'Error: IndexedDB is not available' });
  });
});
