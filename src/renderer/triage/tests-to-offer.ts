/**
 * Which examination tests triage offers to record: the test each leading candidate's "ask or check
 * next" suggests, then the rest of those candidates' examinations, then any test already recorded
 * (so it can be changed or cleared after the ranking moved on). Each test once, in that order.
 */
import type { ClinicalTest } from '../../core/kb/clinical-test-schema';
import type { KbLookup } from '../../core/kb/kb-lookup';
import type { TestResult, TriageCandidate } from '../../core/triage';

/** The candidates whose examinations are offered: the ones a clinician is telling apart. */
export const LEADING_CANDIDATES = 3;

export function testsToOffer(
  lookup: KbLookup,
  candidates: readonly TriageCandidate[],
  recorded: Readonly<Record<string, TestResult>>,
): ClinicalTest[] {
  const leading = candidates.slice(0, LEADING_CANDIDATES);
  const ids = [
    ...leading.flatMap((c) => (c.testToCheck ? [c.testToCheck.id] : [])),
    ...leading.flatMap((c) => lookup.condition(c.conditionId)?.assessment.tests ?? []),
    ...Object.keys(recorded),
  ];
  return [...new Set(ids)].flatMap((id) => {
    const test = lookup.test(id);
    return test ? [test] : [];
  });
}
