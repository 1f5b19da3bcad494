/**
 * Puts each shared rule's own words where an item refers to it: an advice line or an exercise step
 * becomes the rule's short form, a topic section becomes the rule as a section. Runs once, when the
 * knowledge base is parsed, so pages, handouts, search and the CLI all read the same text.
 */
import type { KbIssue } from './knowledge-base';
import type { Rule, RuleReference } from './rule-schema';
import type {
  AuthoredCondition,
  AuthoredExercise,
  AuthoredTopic,
  Condition,
  Exercise,
  Topic,
  TopicSection,
} from './schema';

type Line = string | RuleReference;

export interface RuleExpander {
  conditions(items: readonly AuthoredCondition[]): Condition[];
  exercises(items: readonly AuthoredExercise[]): Exercise[];
  topics(items: readonly AuthoredTopic[]): Topic[];
  /** References to rules that do not exist, found while expanding. */
  readonly issues: KbIssue[];
}

export function createRuleExpander(rules: readonly Rule[]): RuleExpander {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const issues: KbIssue[] = [];

  const find = (id: string, file: string, item: string, field: string): Rule | undefined => {
    const rule = byId.get(id);
    if (!rule) issues.push({ file, item, field, message: `unknown rule "${id}" (rules live in data/rules.yaml)` });
    return rule;
  };
  const lines = (list: readonly Line[], file: string, item: string, field: string): string[] =>
    list.flatMap((line, i) => {
      if (typeof line === 'string') return [line];
      const rule = find(line.rule, file, item, `${field}[${i}]`);
      return rule ? [rule.short] : [];
    });
  const section = (rule: Rule): TopicSection => ({
    heading: rule.heading,
    clinician: rule.clinician,
    patient: rule.patient,
    ...(rule.points ? { points: rule.points } : {}),
    ...(rule.table ? { table: rule.table } : {}),
    rule: rule.id,
  });

  return {
    issues,
    conditions: (items) =>
      items.map((c) => {
        const file = `data/conditions/${c.id}.yaml`;
        return {
          ...c,
          management: c.management.map((m, i) => ({
            ...m,
            advice: lines(m.advice, file, c.id, `management[${i}].advice`),
          })),
        };
      }),
    exercises: (items) =>
      items.map((e) => {
        const file = `data/exercises/${e.id}.yaml`;
        return {
          ...e,
          instructions: lines(e.instructions, file, e.id, 'instructions'),
          precautions: lines(e.precautions, file, e.id, 'precautions'),
        };
      }),
    topics: (items) =>
      items.map((t) => {
        const file = `data/topics/${t.id}.yaml`;
        return {
          ...t,
          sections: t.sections.flatMap((s, i) => {
            if (!('rule' in s)) return [s];
            const rule = find(s.rule, file, t.id, `sections[${i}]`);
            return rule ? [section(rule)] : [];
          }),
        };
      }),
  };
}
