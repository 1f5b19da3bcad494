import { describe, expect, it } from 'vitest';
import { patientInitials } from './patient-initials';

describe('patientInitials', () => {
  it('shortens names in any script to initials, keeps initials as typed and an empty name empty', () => {
    expect(patientInitials('Zoë Çelik')).toBe('Z. Ç.');
    expect(patientInitials('  łukasz nowak-ørsted ')).toBe('Ł. N. Ø.');
    expect(patientInitials('Αλέξης')).toBe('Α.');
    expect(patientInitials('JS')).toBe('JS');
    expect(patientInitials('')).toBe('');
  });
});
