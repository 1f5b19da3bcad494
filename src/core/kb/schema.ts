/**
 * Runtime schema of the authored knowledge base (the YAML files in `data/`). Objects are strict so
 * a misspelt field name is an error rather than silently dropped content. Cross-references
 * (ids pointing at other items) are checked separately in `cross-references.ts`, because they need
 * the whole knowledge base.
 */
import { z } from 'zod';
import { kebabId } from './kebab-id';
import {
  BODY_REGION_IDS,
  BODY_VIEWS,
  CONDITION_CATEGORIES,
  EQUIPMENT,
  EXERCISE_KINDS,
  EXERCISE_SIDES,
  FINDING_GROUPS,
  LEVELS,
  PHASES,
  POSITIONS,
  PREVALENCES,
  TOPIC_CATEGORIES,
  URGENCIES,
} from './vocabulary';

const text = z.string().trim().min(1, 'must not be empty');
const textList = z.array(text);
const idList = z.array(kebabId);
const sourceIds = z.array(kebabId).min(1, 'must name at least one source');
const weight = z.number().int().min(1).max(3);

/** A text written twice: once for the clinician (precise) and once for the patient (plain). */
export const twoReaderTextSchema = z.strictObject({
  clinician: text,
  patient: text,
});

/** A figure or fact from the reference articles, kept with the article(s) it came from. */
export const factSchema = z.strictObject({
  text,
  sources: sourceIds,
});

/** Where the sources disagree: every position is recorded with its sources, none is hidden. */
export const disagreementSchema = z.strictObject({
  question: text,
  positions: z
    .array(z.strictObject({ position: text, sources: sourceIds }))
    .min(2, 'a disagreement needs at least two positions'),
});

export const sourceSchema = z.strictObject({
  id: kebabId,
  title: text,
  author: text.optional(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
    .optional(),
  note: text.optional(),
});

export const metaSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.2.0'),
  updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'),
});

export const bodyRegionSchema = z.strictObject({
  id: z.enum(BODY_REGION_IDS),
  label: text,
  patientLabel: text,
  description: text,
  sided: z.boolean(),
  views: z.array(z.enum(BODY_VIEWS)).min(1),
});

export const findingSchema = z.strictObject({
  id: kebabId,
  label: text,
  group: z.enum(FINDING_GROUPS),
  /** Plain-language question shown in triage. */
  question: text,
  /** What the clinician is establishing, in clinical terms. */
  clinician: text,
  /** Findings that cannot both be present (for example sudden and gradual onset). */
  excludes: idList.optional(),
});

export const synonymsSchema = z.strictObject({
  groups: z.array(z.array(text).min(2, 'a synonym group needs at least two terms')),
});

/** A pattern of findings (and optionally regions) that raises a red flag. */
const redFlagPatternSchema = z
  .strictObject({
    findingsAll: idList.optional(),
    findingsAny: idList.optional(),
    regionsAny: z.array(z.enum(BODY_REGION_IDS)).optional(),
  })
  .refine((p) => (p.findingsAll?.length ?? 0) + (p.findingsAny?.length ?? 0) > 0, {
    message: 'a red-flag pattern needs at least one finding',
  });

export const redFlagSchema = z.strictObject({
  id: kebabId,
  name: text,
  urgency: z.enum(URGENCIES),
  clinician: text,
  /** The line for the handout's "contact us or a doctor if…" section. */
  patient: text,
  /** What the clinician should do now. */
  action: text,
  /** Any one pattern matching raises the flag. Empty: a flag only raised through conditions. */
  when: z.array(redFlagPatternSchema),
  sources: sourceIds,
});

export const dosageSchema = z
  .strictObject({
    sets: z.number().int().min(1).max(10).optional(),
    reps: z.number().int().min(1).max(200).optional(),
    holdSeconds: z.number().int().min(1).max(600).optional(),
    durationMinutes: z.number().min(0.5).max(120).optional(),
    perDay: z.number().int().min(1).max(6).optional(),
    perWeek: z.number().int().min(1).max(7).optional(),
    tempo: text.optional(),
    note: text.optional(),
    /** Which articles give this dosage; `clinical-consensus` where none does. */
    sources: sourceIds,
  })
  .refine((d) => [d.reps, d.holdSeconds, d.durationMinutes].filter((v) => v !== undefined).length === 1, {
    message: 'give exactly one of reps, holdSeconds or durationMinutes',
  });

/** A partial dosage used where a condition's phase prescribes an exercise differently. */
export const dosageOverrideSchema = z.strictObject({
  sets: z.number().int().min(1).max(10).optional(),
  reps: z.number().int().min(1).max(200).optional(),
  holdSeconds: z.number().int().min(1).max(600).optional(),
  durationMinutes: z.number().min(0.5).max(120).optional(),
  perDay: z.number().int().min(1).max(6).optional(),
  perWeek: z.number().int().min(1).max(7).optional(),
  tempo: text.optional(),
  note: text.optional(),
});

const phasePlanSchema = z.strictObject({
  phase: z.enum(PHASES),
  goals: text,
  /** Plain-language version of the goals for the handout. */
  patient: text,
  /** What must be true before moving to the next phase. */
  progressWhen: text.optional(),
  exercises: z.array(
    z.strictObject({
      id: kebabId,
      dosage: dosageOverrideSchema.optional(),
      note: text.optional(),
    }),
  ),
  advice: textList,
});

const weightedIdSchema = z.strictObject({ id: kebabId, weight });

export const conditionSchema = z.strictObject({
  id: kebabId,
  name: text,
  aliases: textList,
  category: z.enum(CONDITION_CATEGORIES),
  prevalence: z.enum(PREVALENCES),
  regions: z
    .array(
      z.strictObject({
        id: z.enum(BODY_REGION_IDS),
        role: z.enum(['primary', 'referred']),
        weight,
      }),
    )
    .min(1),
  findings: z.strictObject({
    for: z.array(weightedIdSchema).min(1),
    against: z.array(weightedIdSchema),
  }),
  summary: twoReaderTextSchema,
  presentation: textList.min(1),
  assessment: z.strictObject({
    ask: textList.min(1),
    check: z.array(z.strictObject({ name: text, how: text, suggests: text })),
  }),
  /** What to ask or check to tell this condition apart from a named neighbour. */
  differentiate: z.array(z.strictObject({ from: kebabId, how: text })),
  redFlags: idList,
  /**
   * Present where the condition itself needs a doctor (for example a suspected stress fracture).
   * `redFlag` is the flag triage raises when the picture fits this condition.
   */
  referral: z.strictObject({ urgency: z.enum(URGENCIES), reason: text, redFlag: kebabId }).optional(),
  /** Triage ranks the condition only when one of these findings is present (a population such as pregnancy). */
  requiresAnyFinding: idList.min(1).optional(),
  management: z.array(phasePlanSchema).min(1),
  topics: idList,
  related: idList,
  facts: z.array(factSchema),
  disagreements: z.array(disagreementSchema),
  sources: sourceIds,
});

export const exerciseSchema = z.strictObject({
  id: kebabId,
  name: text,
  aliases: textList,
  kind: z.enum(EXERCISE_KINDS),
  targets: textList.min(1),
  equipment: z.array(z.enum(EQUIPMENT)).min(1),
  position: z.enum(POSITIONS),
  level: z.enum(LEVELS),
  phases: z.array(z.enum(PHASES)).min(1),
  sides: z.enum(EXERCISE_SIDES),
  summary: twoReaderTextSchema,
  dosage: dosageSchema,
  instructions: textList.min(2),
  cues: textList.min(1),
  mistakes: textList.min(1),
  precautions: textList,
  easier: idList,
  harder: idList,
  facts: z.array(factSchema),
  disagreements: z.array(disagreementSchema),
  sources: sourceIds,
});

const topicSectionSchema = z
  .strictObject({
    heading: text,
    clinician: text.optional(),
    patient: text.optional(),
    points: textList.optional(),
    table: z
      .strictObject({
        columns: textList.min(2),
        rows: z.array(textList).min(1),
      })
      .refine((t) => t.rows.every((r) => r.length === t.columns.length), {
        message: 'every table row needs one cell per column',
      })
      .optional(),
  })
  .refine((s) => s.clinician ?? s.patient ?? s.points ?? s.table, {
    message: 'a section needs text, points or a table',
  });

export const topicSchema = z.strictObject({
  id: kebabId,
  name: text,
  aliases: textList,
  category: z.enum(TOPIC_CATEGORIES),
  summary: twoReaderTextSchema,
  sections: z.array(topicSectionSchema).min(1),
  exercises: idList,
  conditions: idList,
  related: idList,
  facts: z.array(factSchema),
  disagreements: z.array(disagreementSchema),
  sources: sourceIds,
});

export type Source = z.infer<typeof sourceSchema>;
export type KbMeta = z.infer<typeof metaSchema>;
export type BodyRegion = z.infer<typeof bodyRegionSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type RedFlag = z.infer<typeof redFlagSchema>;
export type RedFlagPattern = RedFlag['when'][number];
export type Dosage = z.infer<typeof dosageSchema>;
export type DosageOverride = z.infer<typeof dosageOverrideSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type PhasePlan = Condition['management'][number];
export type Exercise = z.infer<typeof exerciseSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type TopicSection = Topic['sections'][number];
export type Fact = z.infer<typeof factSchema>;
export type Disagreement = z.infer<typeof disagreementSchema>;
export type TwoReaderText = z.infer<typeof twoReaderTextSchema>;
