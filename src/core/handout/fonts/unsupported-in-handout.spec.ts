import { describe, expect, it } from 'vitest';
import { createHandout } from '../create-handout';
import { describeUnsupportedCharacters, unsupportedCharactersInHandout } from './unsupported-in-handout';

const clinic = { name: 'Clinic', address: '', phone: '', email: '', logoDataUrl: null };
const handout = createHandout({
  id: '0d8f7a62-3f0b-4d5c-9e1a-2b3c4d5e6f70',
  now: '2026-03-02T09:00:00+00:00',
  date: '2026-03-02',
  patientName: 'Zoë 李',
  exercises: [
    {
      exerciseId: 'clamshell',
      sets: 3,
      reps: 10,
      holdSeconds: null,
      durationMinutes: null,
      perDay: 1,
      perWeek: 3,
      load: 'band ✓',
      side: 'both',
      tempo: '',
      notes: '',
    },
  ],
});

describe('unsupported characters in a handout', () => {
  it('names each field with characters the font lacks', () => {
    const found = unsupportedCharactersInHandout(handout, clinic, { exerciseName: () => 'Clamshell' });
    expect(found).toEqual([
      { field: 'Patient name', characters: [{ character: '李', codePoint: 'U+674E' }] },
      { field: 'Exercise 1 (Clamshell): load', characters: [{ character: '✓', codePoint: 'U+2713' }] },
    ]);
    expect(describeUnsupportedCharacters(found)).toMatch(
      /Patient name: "李" \(U\+674E\); Exercise 1 \(Clamshell\): load: "✓"/,
    );
  });

  it('finds nothing in Latin, Greek and Cyrillic text', () => {
    const ok = { ...handout, patientName: 'Łukasz Ørsted-Çelik', exercises: [] };
    expect(unsupportedCharactersInHandout(ok, { ...clinic, address: 'Αθήνα\nМосква' })).toEqual([]);
    expect(describeUnsupportedCharacters([])).toBeUndefined();
  });
});
