/**
 * Checks of clinical consistency that need the whole knowledge base: every shared rule and triage
 * weight cites sources that exist, every triage weight says where it comes from (sources, or
 * clinical consensus with a reason), a weight that only articles for runners support stays weak, a
 * condition that prescribes an exercise differently says why, and a serious cause that can look
 * like a condition is listed among that condition's red flags.
 */
import type { KbIssue, KnowledgeBase } from './knowledge-base';
import type { Condition, Exercise } from './schema';

/** The most a weight may count for when only articles for runners support it. */
export const ARTICLE_ONLY_MAX_WEIGHT = 1;

/** A consensus reason is a sentence that says why, not a label such as "clinical consensus". */
export const MIN_CONSENSUS_WORDS = 5;

const CLINICAL_CONSENSUS = 'clinical-consensus';

/** Everything a dose prints; a difference in any of them needs a reason. */
const DOSE_KEYS = ['sets', 'reps', 'holdSeconds', 'durationMinutes', 'perDay', 'perWeek', 'tempo'] as const;

interface Weighted {
  id: string;
  weight: number;
  basis?: string[] | undefined;
  consensus?: string | undefined;
}

/** Why a triage weight has no acceptable provenance, or undefined when it has one. */
function provenanceProblem(w: Weighted): string | undefined {
  if (w.basis === undefined && w.consensus === undefined)
    return `"${w.id}" has no provenance: give basis (source ids) or consensus (a one-line clinical reason)`;
  if (w.basis?.includes(CLINICAL_CONSENSUS))
    return `"${w.id}" cites "${CLINICAL_CONSENSUS}" as a source: write consensus with the clinical reason instead`;
  if (w.consensus !== undefined && w.consensus.split(/\s+/).filter(Boolean).length < MIN_CONSENSUS_WORDS)
    return `"${w.id}" needs a consensus reason of at least ${MIN_CONSENSUS_WORDS} words that says why, not a label`;
  return undefined;
}

export function checkClinicalReferences(kb: KnowledgeBase): KbIssue[] {
  const issues: KbIssue[] = [];
  const sources = new Map(kb.sources.map((s) => [s.id, s]));
  const conditions = new Map(kb.conditions.map((c) => [c.id, c]));
  const exercises = new Map(kb.exercises.map((e) => [e.id, e]));

  const unknownSources = (file: string, item: string, field: string, ids: readonly string[]) =>
    ids.forEach((id, i) => {
      if (!sources.has(id)) issues.push({ file, item, field: `${field}[${i}]`, message: `unknown source "${id}"` });
    });

  for (const rule of kb.rules) unknownSources('data/rules.yaml', rule.id, 'sources', rule.sources);
  for (const m of kb.outcomeMeasures) {
    const file = 'data/outcome-measures.yaml';
    unknownSources(file, m.id, 'sources', m.sources);
    [...m.importantChange, ...m.acceptableState].forEach((t, i) =>
      unknownSources(file, m.id, `thresholds[${i}].sources`, t.sources),
    );
  }

  const itemIds = new Set([...kb.conditions, ...kb.exercises, ...kb.topics, ...kb.redFlags].map((x) => x.id));
  (kb.meta.retired ?? []).forEach((r, i) => {
    if (itemIds.has(r.id))
      issues.push({ file: 'data/meta.yaml', field: `retired[${i}].id`, message: `"${r.id}" is still an item's id` });
    if (!itemIds.has(r.now))
      issues.push({ file: 'data/meta.yaml', field: `retired[${i}].now`, message: `unknown item "${r.now}"` });
  });

  const findings = new Set(kb.findings.map((f) => f.id));
  for (const flag of kb.redFlags) {
    flag.when.forEach((p, i) =>
      (p.atLeast?.of ?? []).forEach((id, j) => {
        if (!findings.has(id))
          issues.push({
            file: 'data/red-flags.yaml',
            item: flag.id,
            field: `when[${i}].atLeast.of[${j}]`,
            message: `unknown finding "${id}"`,
          });
      }),
    );
    (flag.ruleOutBefore ?? []).forEach((id, i) => {
      const field = `ruleOutBefore[${i}]`;
      const condition = conditions.get(id);
      if (!condition)
        issues.push({ file: 'data/red-flags.yaml', item: flag.id, field, message: `unknown condition "${id}"` });
      else if (!condition.redFlags.includes(flag.id))
        issues.push({
          file: `data/conditions/${id}.yaml`,
          item: id,
          field: 'redFlags',
          message: `must list "${flag.id}": that red flag is to be ruled out before this condition`,
        });
    });
  }

  const tests = new Set(kb.tests.map((t) => t.id));
  const items = new Set(
    [...kb.conditions, ...kb.exercises, ...kb.topics, ...kb.redFlags, ...kb.tests].map((x) => x.id),
  );
  for (const t of kb.tests) {
    const file = `data/clinical-tests/${t.id}.yaml`;
    unknownSources(file, t.id, 'sources', t.sources);
    t.accuracy.forEach((a, i) => {
      unknownSources(file, t.id, `accuracy[${i}].sources`, a.sources);
      if (a.condition && !conditions.has(a.condition))
        issues.push({
          file,
          item: t.id,
          field: `accuracy[${i}].condition`,
          message: `unknown condition "${a.condition}"`,
        });
    });
    t.reliability.forEach((r, i) => unknownSources(file, t.id, `reliability[${i}].sources`, r.sources));
    t.related.forEach((id, i) => {
      if (!items.has(id)) issues.push({ file, item: t.id, field: `related[${i}]`, message: `unknown item "${id}"` });
    });
  }

  for (const c of kb.conditions) {
    const file = `data/conditions/${c.id}.yaml`;
    (c.assessment.tests ?? []).forEach((id, i) => {
      if (!tests.has(id))
        issues.push({ file, item: c.id, field: `assessment.tests[${i}]`, message: `unknown clinical test "${id}"` });
    });
    const check = (list: readonly Weighted[], field: string, canCountAgainst: boolean) =>
      list.forEach((w, i) => {
        const problem = provenanceProblem(w);
        if (problem) issues.push({ file, item: c.id, field: `${field}[${i}]`, message: problem });
        const basis = w.basis ?? [];
        unknownSources(file, c.id, `${field}[${i}].basis`, basis);
        const articleOnly = basis.length > 0 && basis.every((id) => sources.get(id)?.kind === 'article-for-runners');
        if (!articleOnly) return;
        if (w.weight > ARTICLE_ONLY_MAX_WEIGHT)
          issues.push({
            file,
            item: c.id,
            field: `${field}[${i}]`,
            message: `"${w.id}" rests only on articles for runners, so its weight may be at most ${ARTICLE_ONLY_MAX_WEIGHT}`,
          });
        if (!canCountAgainst)
          issues.push({
            file,
            item: c.id,
            field: `${field}[${i}]`,
            message: `"${w.id}" rests only on articles for runners, so it may not count against a condition`,
          });
      });
    check(c.regions, 'regions', true);
    check(c.findings.for, 'findings.for', true);
    check(c.findings.against, 'findings.against', false);
    issues.push(...overridesWithoutReason(c, exercises));
  }
  return issues;
}

/** Doses a condition sets differently from the exercise's own, without saying why. */
function overridesWithoutReason(c: Condition, exercises: ReadonlyMap<string, Exercise>): KbIssue[] {
  const issues: KbIssue[] = [];
  c.management.forEach((m, i) =>
    m.exercises.forEach((entry, j) => {
      const exercise = exercises.get(entry.id);
      if (!exercise || !entry.dosage || entry.dosage.reason) return;
      const differs = DOSE_KEYS.filter(
        (k) => entry.dosage?.[k] !== undefined && entry.dosage[k] !== exercise.dosage[k],
      );
      if (differs.length > 0)
        issues.push({
          file: `data/conditions/${c.id}.yaml`,
          item: c.id,
          field: `management[${i}].exercises[${j}].dosage`,
          message: `prescribes ${differs.join(', ')} differently from the exercise's own dosage: add a reason`,
        });
    }),
  );
  return issues;
}
