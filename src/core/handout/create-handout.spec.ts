import { beforeAll, describe, expect, it } from 'vitest';
import type { KbLookup } from '../kb/kb-lookup';
import { realLookup } from '../../../tests/pdf/support/representative-handout';
import {
  createHandout,
  DEFAULT_HANDOUT_OPTIONS,
  handoutExerciseFromKb,
  templateProgramme,
  unknownHandoutReferences,
} from './create-handout';
import { HANDOUT_SCHEMA_VERSION, handoutSchema, type HandoutTemplate } from './handout';

let lookup: KbLookup;
beforeAll(async () => {
  lookup = await realLookup();
});

const base = { id: '0d8f7a62-3f0b-4d5c-9e1a-2b3c4d5e6f70', now: '2026-03-02T09:00:00+00:00', date: '2026-03-02' };

describe('handoutExerciseFromKb', () => {
  it('takes the knowledge base dosage as the editable default', () => {
    const entry = handoutExerciseFromKb(lookup.exercise('clamshell')!);
    expect(entry).toEqual({
      exerciseId: 'clamshell',
      sets: 3,
      reps: 15,
      holdSeconds: null,
      durationMinutes: null,
      perDay: 1,
      perWeek: 3,
      load: '',
      side: 'both',
      tempo: 'Lift for 1 second, lower slowly over 3 seconds',
      notes: 'Add a loop band just above the knees when 15 easy reps feel light.',
    });
  });

  it('applies a condition phase override, replacing the amount', () => {
    const entry = handoutExerciseFromKb(lookup.exercise('clamshell')!, { override: { holdSeconds: 30, sets: 5 } });
    expect(entry).toMatchObject({ sets: 5, reps: null, holdSeconds: 30, perWeek: 3 });
  });

  it('writes distances in the default notes in the chosen units', () => {
    const walkRun = lookup.exercise('walk-run-intervals')!;
    const exercise = { ...walkRun, dosage: { ...walkRun.dosage, note: 'Finish with 2 miles of easy running.' } };
    expect(handoutExerciseFromKb(exercise, { units: 'km' }).notes).toBe('Finish with about 3 km of easy running.');
    expect(handoutExerciseFromKb(exercise).notes).toBe(exercise.dosage.note);
  });

  it('sets the side from how the exercise is done', () => {
    expect(handoutExerciseFromKb(lookup.exercise('glute-bridge')!).side).toBe('both');
    const alternating = lookup.kb.exercises.find((e) => e.sides === 'alternating');
    if (alternating) expect(handoutExerciseFromKb(alternating).side).toBe('alternating');
  });
});

describe('createHandout', () => {
  it('makes a valid handout with defaults and a review date four weeks on', () => {
    const handout = createHandout(base);
    expect(handoutSchema.parse(handout)).toEqual(handout);
    expect(handout).toMatchObject({
      schemaVersion: HANDOUT_SCHEMA_VERSION,
      patientName: '',
      reviewDate: '2026-03-30',
      options: DEFAULT_HANDOUT_OPTIONS,
      createdAt: base.now,
      updatedAt: base.now,
    });
  });

  it('takes options partly, and no review date when asked', () => {
    const handout = createHandout({
      ...base,
      reviewAfterWeeks: null,
      options: { units: 'miles', include: { notes: false } },
    });
    expect(handout.reviewDate).toBeNull();
    expect(handout.options).toEqual({
      ...DEFAULT_HANDOUT_OPTIONS,
      units: 'miles',
      include: { ...DEFAULT_HANDOUT_OPTIONS.include, notes: false },
    });
  });

  it('refuses what the schema refuses', () => {
    expect(() => createHandout({ ...base, id: 'not-a-uuid' })).toThrow();
    expect(() => createHandout({ ...base, conditions: ['Not Kebab'] })).toThrow();
  });

  it('starts from a template’s programme', () => {
    const template: HandoutTemplate = {
      schemaVersion: HANDOUT_SCHEMA_VERSION,
      id: '5b3c0a43-6a2e-4f8e-8a1b-7c6d5e4f3a21',
      name: 'Lateral hip, early',
      conditions: ['gluteal-tendinopathy'],
      exercises: [handoutExerciseFromKb(lookup.exercise('clamshell')!)],
      topics: ['pain-monitoring'],
      notes: 'Sleep with a pillow between the knees.',
      options: { ...DEFAULT_HANDOUT_OPTIONS, largePrint: true },
      createdAt: base.now,
      updatedAt: base.now,
    };
    const handout = createHandout({ ...base, patientName: 'J. K.', ...templateProgramme(template) });
    expect(handout).toMatchObject({
      patientName: 'J. K.',
      conditions: ['gluteal-tendinopathy'],
      topics: ['pain-monitoring'],
      options: { largePrint: true },
    });
    expect(handout.exercises[0]).not.toBe(template.exercises[0]);
  });

  it('lists references the knowledge base no longer has', () => {
    const handout = createHandout({
      ...base,
      conditions: ['gluteal-tendinopathy', 'gone-condition'],
      topics: ['gone-topic'],
    });
    expect(unknownHandoutReferences(handout, lookup)).toEqual(['condition "gone-condition"', 'topic "gone-topic"']);
  });
});
