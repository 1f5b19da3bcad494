/**
 * Shared rules (data/rules.yaml): the rules, sequences and limits that patients read in more than
 * one place, such as the pain rule or the return-to-running stages. They are written once and
 * referenced by id (`{ rule: pain-rule }`) from condition advice, exercise steps and topic
 * sections, so two handouts can never print different numbers for the same rule.
 */
import { z } from 'zod';
import { sourceIds, tableSchema, text, textList } from './field-schemas';
import { kebabId } from './kebab-id';

export const ruleSchema = z.strictObject({
  id: kebabId,
  /** The rule's name on the clinician's pages, e.g. "The pain rule". */
  name: text,
  /** The heading it prints under when it is a section of an advice topic. */
  heading: text,
  /** One plain sentence or two, printed where a list of advice refers to the rule. */
  short: text,
  /** The whole rule for the patient, printed where a topic includes it. */
  patient: text,
  points: textList.optional(),
  table: tableSchema.optional(),
  /** What the rule rests on and where the sources disagree, for the clinician. */
  clinician: text,
  sources: sourceIds,
});

/** Where an item uses a shared rule instead of restating it. */
export const ruleReferenceSchema = z.strictObject({ rule: kebabId });

export type Rule = z.infer<typeof ruleSchema>;
export type RuleReference = z.infer<typeof ruleReferenceSchema>;
