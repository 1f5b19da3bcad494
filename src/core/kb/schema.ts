/**
 * Runtime schema of the authored knowledge base (the YAML files in `data/`). Objects are strict so
 * a misspelt field name is an error rather than silently dropped content. Cross-references
 * (ids pointing at other items) are checked separately in `cross-references.ts`, because they need
 * the whole knowledge base.
 */
import { z } from 'zod';
import { idList, sourceIds, tableSchema, text, textList } from './field-schemas';
import { kebabId } from './kebab-id';
import { ruleReferenceSchema } from './rule-schema';
import { sourceSchema } from './source-schema';
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

const weight = z.number().int().min(1).max(3);

/**
 * Why a triage weight is what it is: the sources that support it, or clinical consensus with a
 * one-line reason. A weight that only articles for runners support is capped (see clinical-checks).
 */
const weightBasis = {
  basis: idList.min(1).optional(),
  consensus: text.optional(),
};
const hasOneBasis = (w: { basis?: string[] | undefined; consensus?: string | undefined }) =>
  !(w.basis !== undefined && w.consensus !== undefined);
const ONE_BASIS = { message: 'give either basis (source ids) or consensus (a reason), not both' };

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

export { sourceSchema };

export const metaSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.2.0'),
  updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'),
  /**
   * Ids that are public API (saved handouts, open tabs, favourites) but whose item was merged into
   * another: looking one up finds the item that replaced it.
   */
  retired: z.array(z.strictObject({ id: kebabId, now: kebabId, why: text })).optional(),
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
    /** At least `count` of these findings, as clinical criteria are often written (e.g. 2 of 4). */
    atLeast: z
      .strictObject({ count: z.number().int().min(1), of: idList })
      .refine((a) => a.of.length > a.count, { message: 'needs more findings than its count' })
      .optional(),
    regionsAny: z.array(z.enum(BODY_REGION_IDS)).optional(),
  })
  .refine((p) => (p.findingsAll?.length ?? 0) + (p.findingsAny?.length ?? 0) + (p.atLeast ? 1 : 0) > 0, {
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
  /** Conditions this serious cause can look like: rule it out before settling on one of them. */
  ruleOutBefore: idList.optional(),
  sources: sourceIds,
});

/** The limits of every dosage field, shared by an exercise's dosage and a condition's override. */
const dosageFields = {
  sets: z.number().int().min(1).max(10).optional(),
  reps: z.number().int().min(1).max(200).optional(),
  holdSeconds: z.number().int().min(1).max(600).optional(),
  durationMinutes: z.number().min(0.5).max(120).optional(),
  perDay: z.number().int().min(1).max(6).optional(),
  perWeek: z.number().int().min(1).max(7).optional(),
  tempo: text.optional(),
  note: text.optional(),
};

export const dosageSchema = z
  .strictObject({
    ...dosageFields,
    /** Which sources give this dosage; `clinical-consensus` where none does. */
    sources: sourceIds,
  })
  .refine((d) => [d.reps, d.holdSeconds, d.durationMinutes].filter((v) => v !== undefined).length === 1, {
    message: 'give exactly one of reps, holdSeconds or durationMinutes',
  });

/**
 * A partial dosage used where a condition's phase prescribes an exercise differently. `reason` says
 * why it differs from the exercise's own dosage (for the clinician); it is required whenever the
 * amount or frequency differs (see clinical-checks), so no two handouts print different doses
 * without one.
 */
export const dosageOverrideSchema = z.strictObject({
  ...dosageFields,
  reason: text.optional(),
});

/** Patient advice: a line of its own, or a reference to a shared rule (data/rules.yaml). */
const adviceLine = z.union([text, ruleReferenceSchema]);

const phasePlanSchema = z.strictObject({
  phase: z.enum(PHASES),
  goals: text,
  /** Plain-language version of the goals for the handout. */
  patient: text,
  /** What must be true before moving to the next phase. */
  progressWhen: text.optional(),
  /** What supports the goals and the progression criterion (never the patient text). */
  sources: sourceIds,
  exercises: z.array(
    z.strictObject({
      id: kebabId,
      dosage: dosageOverrideSchema.optional(),
      note: text.optional(),
    }),
  ),
  advice: z.array(adviceLine),
});

const weightedIdSchema = z.strictObject({ id: kebabId, weight, ...weightBasis }).refine(hasOneBasis, ONE_BASIS);

export const conditionSchema = z.strictObject({
  id: kebabId,
  name: text,
  aliases: textList,
  category: z.enum(CONDITION_CATEGORIES),
  prevalence: z.enum(PREVALENCES),
  regions: z
    .array(
      z
        .strictObject({
          id: z.enum(BODY_REGION_IDS),
          role: z.enum(['primary', 'referred']),
          weight,
          ...weightBasis,
        })
        .refine(hasOneBasis, ONE_BASIS),
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
    /** Clinical tests (data/clinical-tests) in the order a clinician would use them. */
    tests: idList.optional(),
    /** `sources` support what a finding suggests. */
    check: z.array(z.strictObject({ name: text, how: text, suggests: text, sources: sourceIds })),
  }),
  /** What to ask or check to tell this condition apart from a named neighbour. */
  differentiate: z.array(z.strictObject({ from: kebabId, how: text, sources: sourceIds })),
  redFlags: idList,
  /**
   * Present where the condition itself needs a doctor (for example a suspected stress fracture).
   * `redFlag` is the flag triage raises when the picture fits this condition.
   */
  referral: z
    .strictObject({ urgency: z.enum(URGENCIES), reason: text, redFlag: kebabId, sources: sourceIds })
    .optional(),
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
  instructions: z.array(adviceLine).min(2),
  cues: textList.min(1),
  mistakes: textList.min(1),
  precautions: z.array(adviceLine),
  easier: idList,
  harder: idList,
  facts: z.array(factSchema),
  disagreements: z.array(disagreementSchema),
  sources: sourceIds,
});

const sectionContent = {
  heading: text,
  clinician: text.optional(),
  patient: text.optional(),
  points: textList.optional(),
  table: tableSchema.optional(),
};
const hasContent = (s: { clinician?: string; patient?: string; points?: string[]; table?: unknown }) =>
  Boolean(s.clinician ?? s.patient ?? s.points ?? s.table);
const NO_CONTENT = { message: 'a section needs text, points or a table' };

/**
 * A topic section. `audience: clinician`: the whole section is for clinicians (never printed on a
 * handout, not in the patient view) and guides decisions, so it must cite its sources. Otherwise
 * its patient text, points and table print, and must read plainly.
 */
const topicSectionSchema = z.discriminatedUnion('audience', [
  z
    .strictObject({ ...sectionContent, audience: z.literal('clinician'), sources: sourceIds })
    .refine(hasContent, NO_CONTENT),
  z.strictObject({ ...sectionContent, audience: z.undefined().optional() }).refine(hasContent, NO_CONTENT),
]);

export const topicSchema = z.strictObject({
  id: kebabId,
  name: text,
  aliases: textList,
  category: z.enum(TOPIC_CATEGORIES),
  summary: twoReaderTextSchema,
  /** A section of its own, or a shared rule printed as a section (data/rules.yaml). */
  sections: z.array(z.union([topicSectionSchema, ruleReferenceSchema])).min(1),
  exercises: idList,
  conditions: idList,
  related: idList,
  facts: z.array(factSchema),
  disagreements: z.array(disagreementSchema),
  sources: sourceIds,
});

export type { Source } from './source-schema';
export type KbMeta = z.infer<typeof metaSchema>;
export type BodyRegion = z.infer<typeof bodyRegionSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type RedFlag = z.infer<typeof redFlagSchema>;
export type RedFlagPattern = RedFlag['when'][number];
export type Dosage = z.infer<typeof dosageSchema>;
export type DosageOverride = z.infer<typeof dosageOverrideSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Disagreement = z.infer<typeof disagreementSchema>;
export type TwoReaderText = z.infer<typeof twoReaderTextSchema>;

/* Items as authored, with references to shared rules, and as compiled, with each rule's own words
   in their place (see expand-rules.ts): everything after parsing sees only the compiled shapes. */
export type AuthoredCondition = z.infer<typeof conditionSchema>;
export type AuthoredExercise = z.infer<typeof exerciseSchema>;
export type AuthoredTopic = z.infer<typeof topicSchema>;

export type PhasePlan = Omit<AuthoredCondition['management'][number], 'advice'> & { advice: string[] };
export type Condition = Omit<AuthoredCondition, 'management'> & { management: PhasePlan[] };
export type Exercise = Omit<AuthoredExercise, 'instructions' | 'precautions'> & {
  instructions: string[];
  precautions: string[];
};
/** A topic section; `rule` names the shared rule it was printed from. */
export type TopicSection = z.infer<typeof topicSectionSchema> & { rule?: string };
export type Topic = Omit<AuthoredTopic, 'sections'> & { sections: TopicSection[] };
