/**
 * Making handouts: a new handout with sensible defaults, and a programme entry from a
 * knowledge-base exercise (its dosage, optionally a condition phase's override, ready to edit).
 */
import { applyDosageOverride } from '../kb/dosage';
import type { KbLookup } from '../kb/kb-lookup';
import type { DosageOverride, Exercise } from '../kb/schema';
import type { ExerciseSides } from '../kb/vocabulary';
import {
  HANDOUT_SCHEMA_VERSION,
  handoutSchema,
  type Handout,
  type HandoutExercise,
  type HandoutOptions,
  type HandoutOutcome,
  type HandoutSide,
  type HandoutTemplate,
} from './handout';
import { convertDistances, type DistanceUnits } from './distance-units';
import { addDays } from './handout-dates';

export const DEFAULT_HANDOUT_OPTIONS: HandoutOptions = {
  paperSize: 'A4',
  largePrint: false,
  units: 'km',
  include: { conditions: true, exercises: true, advice: true, notes: true, score: false },
};

export const DEFAULT_REVIEW_AFTER_WEEKS = 4;

/** One-sided exercises are prescribed for both legs unless the clinician picks a side. */
const DEFAULT_SIDE: Record<ExerciseSides, HandoutSide> = {
  'one-side': 'both',
  'both-sides': 'both',
  alternating: 'alternating',
};

export interface FromKbOptions {
  /** A condition phase's dosage for this exercise, applied over the exercise's own. */
  override?: DosageOverride;
  /** Distances in the default tempo and notes are written in these units. */
  units?: DistanceUnits;
}

/** A programme entry with the knowledge base's dosage (and a condition phase's override, if any). */
export function handoutExerciseFromKb(exercise: Exercise, options: FromKbOptions = {}): HandoutExercise {
  const dosage = applyDosageOverride(exercise.dosage, options.override);
  const text = (value: string | undefined) =>
    value && options.units ? convertDistances(value, options.units) : (value ?? '');
  return {
    exerciseId: exercise.id,
    sets: dosage.sets ?? null,
    reps: dosage.reps ?? null,
    holdSeconds: dosage.holdSeconds ?? null,
    durationMinutes: dosage.durationMinutes ?? null,
    perDay: dosage.perDay ?? null,
    perWeek: dosage.perWeek ?? null,
    load: '',
    side: DEFAULT_SIDE[exercise.sides],
    tempo: text(dosage.tempo),
    notes: text(dosage.note),
  };
}

export interface NewHandoutInput {
  /** A fresh UUID from the caller (`crypto.randomUUID()`): core has no random source. */
  id: string;
  /** ISO date-time with offset, for createdAt/updatedAt. */
  now: string;
  /** The handout's day (YYYY-MM-DD) in the clinic's time zone. */
  date: string;
  /** Weeks until the review date; null for no review date. Default 4. */
  reviewAfterWeeks?: number | null;
  patientName?: string;
  clinicianName?: string;
  conditions?: string[];
  exercises?: HandoutExercise[];
  topics?: string[];
  notes?: string;
  outcomes?: HandoutOutcome[];
  options?: Partial<Omit<HandoutOptions, 'include'>> & { include?: Partial<HandoutOptions['include']> };
}

/**
 * A new handout built from `input` as it is, not checked against the schema: for callers whose
 * input is valid by construction (a blank draft from validated settings), where building the
 * schema would cost ~15 ms of zod as the handout session is made (just after start-up, or on a
 * first "Add to handout"). Anything else goes through createHandout.
 */
export function draftHandout(input: NewHandoutInput): Handout {
  const weeks = input.reviewAfterWeeks === undefined ? DEFAULT_REVIEW_AFTER_WEEKS : input.reviewAfterWeeks;
  const { include, ...options } = input.options ?? {};
  return {
    schemaVersion: HANDOUT_SCHEMA_VERSION,
    id: input.id,
    patientName: input.patientName?.trim() ?? '',
    date: input.date,
    reviewDate: weeks === null ? null : addDays(input.date, weeks * 7),
    clinicianName: input.clinicianName?.trim() ?? '',
    conditions: input.conditions ?? [],
    exercises: input.exercises ?? [],
    topics: input.topics ?? [],
    notes: input.notes ?? '',
    options: { ...DEFAULT_HANDOUT_OPTIONS, ...options, include: { ...DEFAULT_HANDOUT_OPTIONS.include, ...include } },
    outcomes: input.outcomes ?? [],
    createdAt: input.now,
    updatedAt: input.now,
  };
}

/** A valid new handout; throws (a ZodError) when the input breaks the handout schema. */
export function createHandout(input: NewHandoutInput): Handout {
  return handoutSchema.parse(draftHandout(input));
}

/** The parts of a template that a new handout takes over. */
export function templateProgramme(
  template: HandoutTemplate,
): Pick<NewHandoutInput, 'conditions' | 'exercises' | 'topics' | 'notes' | 'options'> {
  return {
    conditions: [...template.conditions],
    exercises: template.exercises.map((e) => ({ ...e })),
    topics: [...template.topics],
    notes: template.notes,
    options: { ...template.options, include: { ...template.options.include } },
  };
}

/** Ids the handout refers to that the knowledge base no longer has (the PDF skips them). */
export function unknownHandoutReferences(
  handout: Pick<Handout, 'conditions' | 'exercises' | 'topics'>,
  lookup: KbLookup,
): string[] {
  return [
    ...handout.conditions.filter((id) => !lookup.condition(id)).map((id) => `condition "${id}"`),
    ...handout.exercises.filter((e) => !lookup.exercise(e.exerciseId)).map((e) => `exercise "${e.exerciseId}"`),
    ...handout.topics.filter((id) => !lookup.topic(id)).map((id) => `topic "${id}"`),
  ];
}
