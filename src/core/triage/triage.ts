/**
 * Triage: selected regions and answered findings → red-flag alerts first, then the conditions
 * that fit, best first, each with its reasons and what to ask next. All medical knowledge (which
 * regions and findings count, and how much) is read from the knowledge base.
 */
import type { KnowledgeBase } from '../kb/knowledge-base';
import { createKbLookup } from '../kb/kb-lookup';
import { shortCitation } from '../kb/short-citation';
import { PREVALENCES } from '../kb/vocabulary';
import type { Condition } from '../kb/schema';
import { askNext } from './ask-next';
import { mergeAlerts, patternAlerts, referralAlerts } from './red-flag-alerts';
import { scoreBand } from './score-band';
import { scoreCondition, type ConditionFit, type ReasonLabels } from './score-condition';
import { collectEvidence, hasEvidence } from './triage-evidence';
import type { TriageCandidate, TriageInput, TriageResult } from './triage-types';

/** Equal scores: the more common condition first, then by name, so the order never depends on file order. */
function compareFits(a: { c: Condition; fit: ConditionFit }, b: { c: Condition; fit: ConditionFit }): number {
  return (
    b.fit.score - a.fit.score ||
    PREVALENCES.indexOf(a.c.prevalence) - PREVALENCES.indexOf(b.c.prevalence) ||
    a.c.name.localeCompare(b.c.name)
  );
}

export function triage(kb: KnowledgeBase, input: TriageInput): TriageResult {
  const lookup = createKbLookup(kb);
  const evidence = collectEvidence(input, new Set(kb.findings.map((f) => f.id)), new Set(kb.tests.map((t) => t.id)));
  const labels: ReasonLabels = {
    region: (id) => lookup.region(id)?.label ?? id,
    finding: (id) => lookup.finding(id)?.label ?? id,
    source: (id) => shortCitation(lookup.source(id), id),
  };
  const unknown = { unknownFindings: evidence.unknownFindings, unknownTests: evidence.unknownTests };
  if (!hasEvidence(evidence)) return { redFlags: [], candidates: [], ...unknown };

  const fits = kb.conditions
    .map((c) => ({ c, fit: scoreCondition(c, evidence, labels, lookup.test) }))
    .filter((x): x is { c: Condition; fit: ConditionFit } => x.fit !== undefined && x.fit.score > 0)
    .sort(compareFits);

  const candidates: TriageCandidate[] = fits.map(({ c, fit }, i) => {
    const neighbour = fits[i + 1]?.c ?? fits[i - 1]?.c;
    const next = askNext(c, neighbour, evidence, lookup);
    return {
      conditionId: c.id,
      name: c.name,
      score: fit.score,
      band: scoreBand(fit.score),
      supporting: fit.supporting,
      against: fit.against,
      askNext: next.lines,
      ...(next.test ? { testToCheck: next.test } : {}),
      ...(c.referral ? { referral: { urgency: c.referral.urgency, reason: c.referral.reason } } : {}),
    };
  });

  const redFlags = mergeAlerts([
    ...patternAlerts(kb.redFlags, evidence, labels),
    ...referralAlerts(candidates, lookup.condition, lookup.redFlag),
  ]);
  return { redFlags, candidates, ...unknown };
}
