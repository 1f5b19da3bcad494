import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings';
import { withChanges } from './settings-changes';

const SAVED: Settings = {
  ...DEFAULT_SETTINGS,
  theme: 'dark',
  units: 'miles',
  clinic: {
    name: 'Riverside Sports Physio',
    address: '1 River Lane',
    phone: '01234 567890',
    email: 'desk@riverside.example',
    logoDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
  },
};

describe('withChanges', () => {
  it('keeps every saved value the user did not touch, and takes the one they changed', () => {
    const after = { ...DEFAULT_SETTINGS, clinic: { ...DEFAULT_SETTINGS.clinic, name: 'Hillside Physio' } };
    expect(withChanges(SAVED, DEFAULT_SETTINGS, after)).toEqual({
      ...SAVED,
      clinic: { ...SAVED.clinic, name: 'Hillside Physio' },
    });
  });

  it('gives back the saved settings when nothing was changed', () => {
    expect(withChanges(SAVED, DEFAULT_SETTINGS, DEFAULT_SETTINGS)).toEqual(SAVED);
  });

  it('takes a change back to a value the defaults already had (the user chose it over the saved one)', () => {
    const before = { ...DEFAULT_SETTINGS, theme: 'light' as const };
    const after = { ...DEFAULT_SETTINGS, theme: 'system' as const };
    expect(withChanges(SAVED, before, after).theme).toBe('system');
  });

  it('takes a removed logo as a change', () => {
    const before = {
      ...DEFAULT_SETTINGS,
      clinic: { ...DEFAULT_SETTINGS.clinic, logoDataUrl: 'data:image/png;base64,AA==' },
    };
    expect(withChanges(SAVED, before, DEFAULT_SETTINGS).clinic.logoDataUrl).toBeNull();
  });
});
