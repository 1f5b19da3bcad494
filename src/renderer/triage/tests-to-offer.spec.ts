import { describe, expect, it } from 'vitest';
import compiledKnowledgeBase from 'virtual:knowledge-base';
import { createKbLookup } from '../../core/kb/kb-lookup';
import type { KnowledgeBase } from '../../core/kb/knowledge-base';
import { triage } from '../../core/triage';
import { LEADING_CANDIDATES, testsToOffer } from './tests-to-offer';

const knowledgeBase: KnowledgeBase = compiledKnowledgeBase;
const lookup = createKbLookup(knowledgeBase);

describe('testsToOffer', () => {
  const { candidates } = triage(knowledgeBase, {
    regions: [{ region: 'lateral-hip', side: 'left', role: 'main' }],
    findings: { 'lying-on-side-pain': 'yes' },
  });

  it('offers the suggested tests first, then the rest of the leading conditions’ examinations, each once', () => {
    const offered = testsToOffer(lookup, candidates, {}).map((t) => t.id);
    const leading = candidates.slice(0, LEADING_CANDIDATES);
    const suggested = leading.flatMap((c) => (c.testToCheck ? [c.testToCheck.id] : []));
    expect(suggested.length).toBeGreaterThan(0);
    expect(offered.slice(0, new Set(suggested).size)).toEqual([...new Set(suggested)]);
    for (const c of leading)
      for (const id of lookup.condition(c.conditionId)?.assessment.tests ?? []) expect(offered).toContain(id);
    expect(new Set(offered).size).toBe(offered.length);
  });

  it('keeps a recorded test on offer, so it can be changed or cleared, and drops unknown ids', () => {
    const offered = testsToOffer(lookup, [], { 'log-roll': 'negative', 'no-such-test': 'positive' });
    expect(offered.map((t) => t.id)).toEqual(['log-roll']);
  });
});
