/**
 * Checks every id that points at another item. Runs after the schema, on the whole knowledge base,
 * so a dangling reference fails the build with the file, item and field that hold it. Whether a
 * figure's poses are ones a body can take is checked by core/figures (which reads this layer's
 * figure schema, so this layer must not import it): see src/node/load-knowledge-base.ts.
 */
import type { KbIssue, KnowledgeBase } from './knowledge-base';
import { BODY_REGION_IDS } from './vocabulary';

type IdSet = ReadonlySet<string>;

const CLINICAL_CONSENSUS = 'clinical-consensus';

export function checkCrossReferences(kb: KnowledgeBase): KbIssue[] {
  const issues: KbIssue[] = [];
  const ids = (list: { id: string }[]): IdSet => new Set(list.map((x) => x.id));
  const sources = ids(kb.sources);
  const findings = ids(kb.findings);
  const redFlags = ids(kb.redFlags);
  const conditions = ids(kb.conditions);
  const exercises = ids(kb.exercises);
  const topics = ids(kb.topics);

  const ref = (file: string, item: string, field: string, id: string, set: IdSet, what: string) => {
    if (!set.has(id)) issues.push({ file, item, field, message: `unknown ${what} "${id}"` });
  };
  const refs = (file: string, item: string, field: string, list: readonly string[], set: IdSet, what: string) =>
    list.forEach((id, i) => ref(file, item, `${field}[${i}]`, id, set, what));
  const factsAndViews = (
    file: string,
    item: string,
    x: { facts: { sources: string[] }[]; disagreements: { positions: { sources: string[] }[] }[] },
  ) => {
    x.facts.forEach((f, i) => refs(file, item, `facts[${i}].sources`, f.sources, sources, 'source'));
    x.disagreements.forEach((d, i) =>
      d.positions.forEach((p, j) =>
        refs(file, item, `disagreements[${i}].positions[${j}].sources`, p.sources, sources, 'source'),
      ),
    );
  };

  for (const [file, list] of [
    ['data/sources.yaml', kb.sources],
    ['data/findings.yaml', kb.findings],
    ['data/body-regions.yaml', kb.regions],
  ] as const) {
    const seen = new Set<string>();
    for (const { id } of list) {
      if (seen.has(id)) issues.push({ file, item: id, field: 'id', message: 'id appears more than once' });
      seen.add(id);
    }
  }

  if (!sources.has(CLINICAL_CONSENSUS)) {
    issues.push({ file: 'data/sources.yaml', message: `the source "${CLINICAL_CONSENSUS}" must exist` });
  }
  const regionIds = ids(kb.regions);
  for (const id of BODY_REGION_IDS) {
    if (!regionIds.has(id))
      issues.push({
        file: 'data/body-regions.yaml',
        item: id,
        message: 'body region of the shared vocabulary is missing',
      });
  }

  for (const f of kb.findings) {
    refs('data/findings.yaml', f.id, 'excludes', f.excludes ?? [], findings, 'finding');
  }

  kb.redFlags.forEach((flag) => {
    const file = 'data/red-flags.yaml';
    refs(file, flag.id, 'sources', flag.sources, sources, 'source');
    flag.when.forEach((p, i) => {
      refs(file, flag.id, `when[${i}].findingsAll`, p.findingsAll ?? [], findings, 'finding');
      refs(file, flag.id, `when[${i}].findingsAny`, p.findingsAny ?? [], findings, 'finding');
    });
  });

  for (const c of kb.conditions) {
    const file = `data/conditions/${c.id}.yaml`;
    c.findings.for.forEach((f, i) => ref(file, c.id, `findings.for[${i}].id`, f.id, findings, 'finding'));
    c.findings.against.forEach((f, i) => ref(file, c.id, `findings.against[${i}].id`, f.id, findings, 'finding'));
    const both = c.findings.for.filter((f) => c.findings.against.some((a) => a.id === f.id));
    for (const f of both)
      issues.push({ file, item: c.id, field: 'findings', message: `finding "${f.id}" is listed both for and against` });
    refs(file, c.id, 'redFlags', c.redFlags, redFlags, 'red flag');
    if (c.referral) ref(file, c.id, 'referral.redFlag', c.referral.redFlag, redFlags, 'red flag');
    refs(file, c.id, 'requiresAnyFinding', c.requiresAnyFinding ?? [], findings, 'finding');
    refs(file, c.id, 'topics', c.topics, topics, 'topic');
    refs(file, c.id, 'related', c.related, conditions, 'condition');
    c.differentiate.forEach((d, i) => ref(file, c.id, `differentiate[${i}].from`, d.from, conditions, 'condition'));
    c.management.forEach((m, i) =>
      m.exercises.forEach((e, j) =>
        ref(file, c.id, `management[${i}].exercises[${j}].id`, e.id, exercises, 'exercise'),
      ),
    );
    const phases = c.management.map((m) => m.phase);
    if (new Set(phases).size !== phases.length)
      issues.push({ file, item: c.id, field: 'management', message: 'each phase may appear only once' });
    refs(file, c.id, 'sources', c.sources, sources, 'source');
    factsAndViews(file, c.id, c);
  }

  for (const e of kb.exercises) {
    const file = `data/exercises/${e.id}.yaml`;
    refs(file, e.id, 'easier', e.easier, exercises, 'exercise');
    refs(file, e.id, 'harder', e.harder, exercises, 'exercise');
    if (e.easier.includes(e.id) || e.harder.includes(e.id))
      issues.push({ file, item: e.id, field: 'easier/harder', message: 'an exercise cannot be its own variant' });
    refs(file, e.id, 'dosage.sources', e.dosage.sources, sources, 'source');
    refs(file, e.id, 'sources', e.sources, sources, 'source');
    factsAndViews(file, e.id, e);
  }

  // Every exercise has its illustration, and every illustration is of a known exercise.
  const figures = ids(kb.figures);
  for (const e of kb.exercises) {
    if (!figures.has(e.id))
      issues.push({
        file: `data/figures/${e.id}.yaml`,
        item: e.id,
        message: 'the exercise has no figure: add this file',
      });
  }
  for (const f of kb.figures) {
    const file = `data/figures/${f.id}.yaml`;
    if (!exercises.has(f.id)) issues.push({ file, item: f.id, field: 'id', message: `unknown exercise "${f.id}"` });
  }

  for (const t of kb.topics) {
    const file = `data/topics/${t.id}.yaml`;
    refs(file, t.id, 'exercises', t.exercises, exercises, 'exercise');
    refs(file, t.id, 'conditions', t.conditions, conditions, 'condition');
    refs(file, t.id, 'related', t.related, topics, 'topic');
    refs(file, t.id, 'sources', t.sources, sources, 'source');
    factsAndViews(file, t.id, t);
  }

  return issues;
}
