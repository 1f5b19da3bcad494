/**
 * The handout: what leaves the clinic. One schema for the editor, the stores (Electron JSON files,
 * web IndexedDB), the PDF builder and the CLI. Knowledge-base items are referred to by stable id.
 */
import { z } from 'zod';
import { kebabId } from '../kb/kebab-id';
import { handoutDateProblem, PERSON_NAME_MAX_LENGTH } from './handout-limits';

export const HANDOUT_SCHEMA_VERSION = 2;

// The schemas are built on first use (z.lazy), not when this module loads: the renderer's
// handout session loads just after start-up, and the blank handout it begins with needs none.
const isoDate = () =>
  z.string().superRefine((text, ctx) => {
    const problem = handoutDateProblem(text);
    if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
  });
const isoDateTime = () => z.string().datetime({ offset: true });
const shortText = (max: number) => z.string().max(max);

export const HANDOUT_SIDES = ['left', 'right', 'both', 'alternating'] as const;
export type HandoutSide = (typeof HANDOUT_SIDES)[number];

/** One exercise in a patient's programme: the knowledge-base default, edited for this patient. */
export const handoutExerciseSchema = z.lazy(() =>
  z.object({
    exerciseId: kebabId,
    sets: z.number().int().min(1).max(10).nullable(),
    reps: z.number().int().min(1).max(200).nullable(),
    holdSeconds: z.number().int().min(1).max(600).nullable(),
    durationMinutes: z.number().min(0.5).max(180).nullable(),
    perDay: z.number().int().min(1).max(6).nullable(),
    perWeek: z.number().int().min(1).max(7).nullable(),
    /** Free text such as "green band" or "4 kg kettlebell". */
    load: shortText(80),
    side: z.enum(HANDOUT_SIDES),
    tempo: shortText(120),
    notes: shortText(1000),
  }),
);
export type HandoutExercise = z.infer<typeof handoutExerciseSchema>;

/** `score` prints the outcome scores recorded on the handout's day ("Your score today"). */
export const HANDOUT_SECTIONS = ['conditions', 'exercises', 'advice', 'notes', 'score'] as const;
export type HandoutSection = (typeof HANDOUT_SECTIONS)[number];

export const handoutOptionsSchema = z.lazy(() =>
  z.object({
    paperSize: z.enum(['A4', 'Letter']),
    largePrint: z.boolean(),
    units: z.enum(['km', 'miles']),
    /** Sections the clinician chose to print. The red-flag section is always printed. */
    include: z.object({
      conditions: z.boolean(),
      exercises: z.boolean(),
      advice: z.boolean(),
      notes: z.boolean(),
      score: z.boolean(),
    }),
  }),
);
export type HandoutOptions = z.infer<typeof handoutOptionsSchema>;

/**
 * One outcome measure scored for the patient: the item answers as entered (one list per scale of
 * the measure, null for an item left blank) and the scale scores they gave (a scale that could not
 * be scored is absent). Plain data, so drafts and files keep it as it is.
 */
export const handoutOutcomeSchema = z.lazy(() =>
  z.object({
    measureId: kebabId,
    date: isoDate(),
    answers: z.array(z.array(z.number().nullable()).max(40)).min(1).max(10),
    score: z.record(kebabId, z.number()),
  }),
);
export type HandoutOutcome = z.infer<typeof handoutOutcomeSchema>;

/** The part of a handout that a template keeps: no patient, no dates. */
const programmeShape = () => ({
  conditions: z.array(kebabId).max(20),
  exercises: z.array(handoutExerciseSchema).max(60),
  topics: z.array(kebabId).max(40),
  notes: shortText(5000),
  options: handoutOptionsSchema,
});

export const handoutSchema = z.lazy(() =>
  z.object({
    schemaVersion: z.literal(HANDOUT_SCHEMA_VERSION),
    id: z.string().uuid(),
    /** Name or initials; optional (empty when the clinician prefers not to print it). */
    patientName: shortText(PERSON_NAME_MAX_LENGTH),
    date: isoDate(),
    reviewDate: isoDate().nullable(),
    clinicianName: shortText(PERSON_NAME_MAX_LENGTH),
    ...programmeShape(),
    /** Outcome scores, oldest first; the patient's record, so templates do not keep them. */
    outcomes: z.array(handoutOutcomeSchema).max(200),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
  }),
);
export type Handout = z.infer<typeof handoutSchema>;

export const handoutTemplateSchema = z.lazy(() =>
  z.object({
    schemaVersion: z.literal(HANDOUT_SCHEMA_VERSION),
    id: z.string().uuid(),
    name: z.string().trim().min(1).max(PERSON_NAME_MAX_LENGTH),
    ...programmeShape(),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
  }),
);
export type HandoutTemplate = z.infer<typeof handoutTemplateSchema>;

/** What a list of saved handouts shows without reading every file in full. */
export interface HandoutSummary {
  id: string;
  patientName: string;
  date: string;
  conditionIds: string[];
  exerciseCount: number;
  updatedAt: string;
}

export function summarizeHandout(h: Handout): HandoutSummary {
  return {
    id: h.id,
    patientName: h.patientName,
    date: h.date,
    conditionIds: h.conditions,
    exerciseCount: h.exercises.length,
    updatedAt: h.updatedAt,
  };
}
