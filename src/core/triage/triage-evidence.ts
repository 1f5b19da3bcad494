/**
 * The input, reduced to what scoring needs: which regions hurt (side dropped, so left and right
 * rank the same), which findings are present or absent, and which answers were for findings the
 * knowledge base does not know.
 */
import type { BodyRegionId } from '../kb/vocabulary';
import type { PainRole, TestResult, TriageInput } from './triage-types';

export interface TriageEvidence {
  /** Each region once; 'main' wins when the same region is main on one side and spread on the other. */
  regions: ReadonlyMap<BodyRegionId, PainRole>;
  present: ReadonlySet<string>;
  absent: ReadonlySet<string>;
  /** Recorded results of known clinical tests. */
  tests: ReadonlyMap<string, TestResult>;
  unknownFindings: string[];
  unknownTests: string[];
}

export function collectEvidence(
  input: TriageInput,
  knownFindings: ReadonlySet<string>,
  knownTests: ReadonlySet<string> = new Set(),
): TriageEvidence {
  const regions = new Map<BodyRegionId, PainRole>();
  for (const { region, role } of input.regions) {
    if (regions.get(region) !== 'main') regions.set(region, role);
  }
  const present = new Set<string>();
  const absent = new Set<string>();
  const unknownFindings: string[] = [];
  for (const [id, answer] of Object.entries(input.findings)) {
    if (!knownFindings.has(id)) {
      unknownFindings.push(id);
      continue;
    }
    if (answer === 'yes') present.add(id);
    else if (answer === 'no') absent.add(id);
  }
  const tests = new Map<string, TestResult>();
  const unknownTests: string[] = [];
  for (const [id, result] of Object.entries(input.tests ?? {})) {
    if (knownTests.has(id)) tests.set(id, result);
    else unknownTests.push(id);
  }
  return {
    regions,
    present,
    absent,
    tests,
    unknownFindings: unknownFindings.sort(),
    unknownTests: unknownTests.sort(),
  };
}

export function hasEvidence(e: TriageEvidence): boolean {
  return e.regions.size > 0 || e.present.size > 0 || e.absent.size > 0 || e.tests.size > 0;
}
