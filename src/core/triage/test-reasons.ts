/**
 * What recorded examination tests say about one condition. A test moves a condition only through
 * an accuracy study for that condition (the first one listed, the best evidence), by the points its
 * likelihood ratio is worth (see test-accuracy.ts), and the reason names the ratio and the study's
 * source, so the clinician sees how much a result counted, why, and on whose evidence.
 */
import type { ClinicalTest } from '../kb/clinical-test-schema';
import type { Condition } from '../kb/schema';
import { formatLikelihoodRatio, likelihoodRatioPoints, likelihoodRatios } from '../kb/test-accuracy';
import type { TriageEvidence } from './triage-evidence';
import type { TestResult, TriageReason } from './triage-types';

export interface TestWeight {
  points: number;
  /** "LR+ 12", with "(computed)" where the ratio came from sensitivity and specificity. */
  ratio: string;
  /** The source ids of the study the ratio comes from. */
  sources: readonly string[];
}

/** What a result of `test` is worth for `condition`, or undefined when no study gives a ratio for it. */
export function testWeight(test: ClinicalTest, condition: string, result: TestResult): TestWeight | undefined {
  const study = test.accuracy.find((a) => a.condition === condition);
  if (!study) return undefined;
  const ratios = likelihoodRatios(study);
  const lr = result === 'positive' ? ratios.positive : ratios.negative;
  if (!lr) return undefined;
  return {
    points: likelihoodRatioPoints(lr.value),
    ratio: formatLikelihoodRatio(result === 'positive' ? '+' : '−', lr),
    sources: study.sources,
  };
}

export function testReasons(
  condition: Condition,
  evidence: TriageEvidence,
  test: (id: string) => ClinicalTest | undefined,
  /** A source id as the reason names it ("Reiman et al. 2013"). */
  cite: (sourceId: string) => string = (id) => id,
): { supporting: TriageReason[]; against: TriageReason[] } {
  const supporting: TriageReason[] = [];
  const against: TriageReason[] = [];
  for (const [id, result] of evidence.tests) {
    const t = test(id);
    const weight = t && testWeight(t, condition.id, result);
    if (!t || !weight || weight.points === 0) continue;
    const label = `${t.name} ${result}: ${weight.ratio} (${weight.sources.map(cite).join('; ')})`;
    const reason = { kind: 'test' as const, id, label };
    if (weight.points > 0) supporting.push({ ...reason, weight: weight.points });
    else against.push({ ...reason, weight: -weight.points });
  }
  return { supporting, against };
}
