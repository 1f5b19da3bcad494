/**
 * How well one condition fits the evidence, using only the knowledge base's weights:
 * - each painful region the condition is felt in adds that region's weight;
 * - each present finding adds its "for" weight or subtracts its "against" weight;
 * - a "for" finding answered "no" argues against with one step less weight (its absence says less
 *   than its presence does, and the absence of a minor feature says nothing).
 * - each recorded clinical test adds or subtracts what its likelihood ratio is worth (test-reasons).
 * A condition felt in none of the painful regions, or whose required finding is missing (a
 * population such as pregnancy), is not a candidate at all.
 */
import type { ClinicalTest } from '../kb/clinical-test-schema';
import type { Condition } from '../kb/schema';
import { testReasons } from './test-reasons';
import type { TriageEvidence } from './triage-evidence';
import type { TriageReason } from './triage-types';

export interface ConditionFit {
  score: number;
  supporting: TriageReason[];
  against: TriageReason[];
}

export interface ReasonLabels {
  region: (id: string) => string;
  finding: (id: string) => string;
  /** A source id in a few words, for the test reasons; the id itself if not given. */
  source?: (id: string) => string;
}

const KIND_ORDER: Record<TriageReason['kind'], number> = { region: 0, finding: 1, test: 2 };

/** Regions first (where it hurts), then findings, then tests; heaviest first within each. */
const byWeight = (a: TriageReason, b: TriageReason) =>
  KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.weight - a.weight || a.label.localeCompare(b.label);

export function scoreCondition(
  condition: Condition,
  evidence: TriageEvidence,
  labels: ReasonLabels,
  test: (id: string) => ClinicalTest | undefined = () => undefined,
): ConditionFit | undefined {
  const required = condition.requiresAnyFinding ?? [];
  if (required.length > 0 && !required.some((id) => evidence.present.has(id))) return undefined;

  const supporting: TriageReason[] = [];
  const against: TriageReason[] = [];

  const felt = condition.regions.filter((r) => evidence.regions.has(r.id));
  if (evidence.regions.size > 0 && felt.length === 0) return undefined;
  for (const r of felt) supporting.push({ kind: 'region', id: r.id, label: labels.region(r.id), weight: r.weight });

  for (const f of condition.findings.for) {
    if (evidence.present.has(f.id))
      supporting.push({ kind: 'finding', id: f.id, label: labels.finding(f.id), weight: f.weight });
    else if (evidence.absent.has(f.id) && f.weight > 1) {
      against.push({ kind: 'finding', id: f.id, label: `No: ${labels.finding(f.id)}`, weight: f.weight - 1 });
    }
  }
  for (const f of condition.findings.against) {
    if (evidence.present.has(f.id))
      against.push({ kind: 'finding', id: f.id, label: labels.finding(f.id), weight: f.weight });
  }

  const tests = testReasons(condition, evidence, test, labels.source);
  supporting.push(...tests.supporting);
  against.push(...tests.against);

  const sum = (list: TriageReason[]) => list.reduce((total, r) => total + r.weight, 0);
  return {
    score: sum(supporting) - sum(against),
    supporting: supporting.sort(byWeight),
    against: against.sort(byWeight),
  };
}
