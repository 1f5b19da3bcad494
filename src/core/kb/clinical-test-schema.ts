/**
 * Clinical examination tests (data/clinical-tests/*.yaml): how to do each one, what a positive
 * result is, and how good it is, with the population and reference standard behind every number.
 * A test with no accuracy study says so in `notEstablished` instead of leaving the reader to guess.
 */
import { z } from 'zod';
import { idList, sourceIds, text, textList } from './field-schemas';
import { kebabId } from './kebab-id';

const proportion = z.number().min(0).max(1);
const ratio = z.number().positive();

/** One study's (or one pooled analysis') figures for the test against one diagnosis. */
export const testAccuracySchema = z
  .strictObject({
    /** The knowledge base's condition the figures are for; triage uses them to move that condition. */
    condition: kebabId.optional(),
    /** The diagnosis as the study defined it, e.g. "MRI-confirmed gluteal tendinopathy". */
    target: text,
    referenceStandard: text,
    /** Who was studied: how many, where, and how they were selected. */
    population: text,
    sensitivity: proportion.optional(),
    specificity: proportion.optional(),
    /** As the source states them; otherwise computed from sensitivity and specificity. */
    lrPositive: ratio.optional(),
    lrNegative: ratio.optional(),
    /** Why the figures may mislead (healthy controls, tiny sample, second-hand numbers). */
    caveat: text.optional(),
    sources: sourceIds,
  })
  .refine((a) => [a.sensitivity, a.specificity, a.lrPositive, a.lrNegative].some((v) => v !== undefined), {
    message: 'give at least one of sensitivity, specificity, lrPositive or lrNegative',
  });

export const reliabilitySchema = z.strictObject({
  /** E.g. "kappa 0.66 between two examiners". */
  statistic: text,
  population: text,
  sources: sourceIds,
});

export const clinicalTestSchema = z
  .strictObject({
    id: kebabId,
    name: text,
    aliases: textList,
    /** What the test is used to look for, in a clinician's words. */
    purpose: text,
    how: text,
    positive: text,
    /** What a positive and a negative result mean for the decision at hand. */
    interpretation: text,
    /** Best evidence first: the first entry for a condition is the one triage uses. */
    accuracy: z.array(testAccuracySchema),
    /** Required when no accuracy study exists: what was looked for, and what to rely on instead. */
    notEstablished: text.optional(),
    reliability: z.array(reliabilitySchema),
    related: idList,
    sources: sourceIds,
  })
  .refine((t) => t.accuracy.length > 0 || t.notEstablished !== undefined, {
    message: 'give the test’s accuracy, or say in notEstablished that no study gives it',
    path: ['notEstablished'],
  });

export type TestAccuracy = z.infer<typeof testAccuracySchema>;
export type ClinicalTest = z.infer<typeof clinicalTestSchema>;
