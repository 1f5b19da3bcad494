/**
 * Outcome measures (data/outcome-measures.yaml): how each instrument is scored and what change
 * matters, with the sources for both. The items themselves are not reproduced (several instruments
 * are copyrighted): the clinician enters the answers from the patient's own form, item by item, as
 * the numbers the instrument's scoring key gives them. A scale may name each item by a few-word
 * subject in our own words ("putting on socks"), so the clinician finds the item on the patient's form.
 */
import { z } from 'zod';
import { sourceIds, text } from '../kb/field-schemas';
import { kebabId } from '../kb/kebab-id';

/** How item answers become a score; each is implemented in score-outcome.ts. */
export const SCORING_RULES = [
  /** One number, as given (a pain rating). */
  'single',
  /** The mean of the answers (PSFS, iHOT-12). */
  'mean',
  /** The sum of the answers (LEFS). */
  'sum',
  /**
   * KOOS-family scales (HOOS-12, HAGOS): items 0 (no problem) to 4 (extreme), each scale
   * transformed to 100 − mean × 25, so 100 means no problems.
   */
  'koos-scale',
] as const;

const threshold = z.strictObject({
  value: z.number().positive(),
  /** What kind of threshold the source reports: MCID, MID, MCII, MDC, SDC or PASS. */
  kind: z.enum(['MCID', 'MID', 'MCII', 'MDC', 'SDC', 'PASS']),
  /** The population the threshold was derived in, and anything that limits it. */
  population: text,
  sources: sourceIds,
});

const wordCount = (phrase: string) => phrase.split(/\s+/).length;

/** A few words naming what an item asks about: never the questionnaire's own sentence. */
const itemSubject = text.refine((phrase) => wordCount(phrase) >= 2 && wordCount(phrase) <= 5, {
  message: 'an item subject is 2 to 5 words',
});

const scaleSchema = z
  .strictObject({
    id: kebabId,
    name: text,
    items: z.number().int().min(1),
    /** The fewest answered items that still give a score; the others are imputed by their mean. */
    minAnswered: z.number().int().min(1),
    /** One subject per item, in the form's order (only where that order was checked). */
    subjects: z.array(itemSubject).optional(),
  })
  .refine((s) => s.subjects === undefined || s.subjects.length === s.items, {
    message: 'give one subject per item: subjects must have as many entries as the scale has items',
    path: ['subjects'],
  });

export const outcomeMeasureSchema = z
  .strictObject({
    id: kebabId,
    name: text,
    shortName: text,
    purpose: text,
    /** The answer range of one item, and what its ends mean. */
    item: z.strictObject({
      min: z.number(),
      max: z.number(),
      step: z.number().positive(),
      minMeans: text,
      maxMeans: text,
    }),
    /** Items per scale; an instrument without subscales has one scale. */
    scales: z.array(scaleSchema).min(1),
    /** For `mean` with a variable number of items (PSFS): how many the patient may choose. */
    itemsChosen: z.strictObject({ min: z.number().int().min(1), max: z.number().int().min(1) }).optional(),
    scoring: z.enum(SCORING_RULES),
    higherIsBetter: z.boolean(),
    /** How the score is computed and what to do with missing items, in words for the clinician. */
    scoringNote: text,
    /** The change that matters, best-suited population first. */
    importantChange: z.array(threshold),
    /** A score the patient is likely to find acceptable, where one is published. */
    acceptableState: z.array(threshold),
    /** Said when no important change could be confirmed from a checked source. */
    noImportantChange: text.optional(),
    sources: sourceIds,
  })
  .refine((m) => m.item.max > m.item.min, { message: 'item.max must be above item.min', path: ['item'] })
  .refine((m) => m.scales.every((s) => s.minAnswered <= s.items), {
    message: 'a scale cannot need more answers than it has items',
    path: ['scales'],
  })
  .refine((m) => m.importantChange.length > 0 || m.noImportantChange !== undefined, {
    message: 'give the important change, or say in noImportantChange that none is published',
    path: ['noImportantChange'],
  });

export type OutcomeMeasure = z.infer<typeof outcomeMeasureSchema>;
export type OutcomeThreshold = z.infer<typeof threshold>;
export type ScoringRule = (typeof SCORING_RULES)[number];
