import { describe, expect, it } from 'vitest';
import { loadBundledKnowledgeBase } from '../support/bundled-knowledge-base';

/**
 * The clinical examination tests (data/clinical-tests): every test issue 20 names is there, each one
 * gives its accuracy or says that none is established, and every condition's examination lists its
 * tests, so triage always has something to suggest checking next.
 */
const NAMED_IN_THE_ISSUE = [
  'palpation-greater-trochanter',
  'single-leg-stance-30s',
  'resisted-external-derotation',
  'fadir',
  'faber',
  'log-roll',
  'thomas-test',
  'ober-test',
  'resisted-straight-leg-raise',
  'adductor-squeeze-test',
  'resisted-adduction-test',
  'adductor-palpation',
  'hop-test',
  'fulcrum-test',
  'trendelenburg-sign',
  'slump-test',
  'straight-leg-raise-test',
  'active-straight-leg-raise',
];

describe('the clinical tests', async () => {
  const kb = await loadBundledKnowledgeBase();
  const tests = new Map(kb.tests.map((t) => [t.id, t]));

  it('include every test the issue names', () => {
    expect(NAMED_IN_THE_ISSUE.filter((id) => !tests.has(id))).toEqual([]);
  });

  it('each give their accuracy, or say that none is established and what to rely on', () => {
    const silent = kb.tests.filter((t) => t.accuracy.length === 0 && !t.notEstablished?.trim()).map((t) => t.id);
    expect(silent).toEqual([]);
  });

  it('are listed in the examination of every condition', () => {
    expect(kb.conditions.filter((c) => (c.assessment.tests ?? []).length === 0).map((c) => c.id)).toEqual([]);
  });

  it('are each listed by at least one condition, so none is unreachable from triage', () => {
    const listed = new Set(kb.conditions.flatMap((c) => c.assessment.tests ?? []));
    expect(kb.tests.filter((t) => !listed.has(t.id)).map((t) => t.id)).toEqual([]);
  });

  it('move only conditions whose examination lists them, and name them as related', () => {
    const problems: string[] = [];
    for (const t of kb.tests)
      for (const a of t.accuracy) {
        if (!a.condition) continue;
        const condition = kb.conditions.find((c) => c.id === a.condition);
        if (!(condition?.assessment.tests ?? []).includes(t.id))
          problems.push(`${t.id}: ${a.condition} does not list it in assessment.tests`);
        if (!t.related.includes(a.condition)) problems.push(`${t.id}: ${a.condition} is not in related`);
      }
    expect(problems).toEqual([]);
  });

  it('say who was studied and against what, for every figure', () => {
    const vague = kb.tests.flatMap((t) =>
      t.accuracy
        .filter((a) => a.population.trim().length < 15 || a.referenceStandard.trim().length < 3)
        .map((a) => `${t.id}: ${a.target}`),
    );
    expect(vague).toEqual([]);
  });
});
