/**
 * Red flags, raised two ways: a pattern in data/red-flags.yaml matches the answers and regions, or
 * the picture fits a condition that itself needs referral (its `referral.redFlag` names the flag).
 * Both come from data; the code only matches.
 */
import type { Condition, RedFlag, RedFlagPattern } from '../kb/schema';
import { URGENCIES, type Urgency } from '../kb/vocabulary';
import type { ReasonLabels } from './score-condition';
import type { TriageEvidence } from './triage-evidence';
import type { RedFlagAlert, TriageCandidate } from './triage-types';

/** How a region reads as a reason for a red flag; the same words whichever way the flag was raised. */
const painIn = (region: string) => `Pain in: ${region}`;

/** Why the pattern matched (finding and region labels), or undefined when it does not match. */
function matchPattern(p: RedFlagPattern, e: TriageEvidence, labels: ReasonLabels): string[] | undefined {
  const all = p.findingsAll ?? [];
  if (!all.every((id) => e.present.has(id))) return undefined;
  const any = (p.findingsAny ?? []).filter((id) => e.present.has(id));
  if (p.findingsAny?.length && any.length === 0) return undefined;
  const counted = (p.atLeast?.of ?? []).filter((id) => e.present.has(id));
  if (p.atLeast && counted.length < p.atLeast.count) return undefined;
  const regions = (p.regionsAny ?? []).filter((id) => e.regions.has(id));
  if (p.regionsAny?.length && regions.length === 0) return undefined;
  return [...all, ...any, ...counted].map(labels.finding).concat(regions.map((id) => painIn(labels.region(id))));
}

export function patternAlerts(redFlags: readonly RedFlag[], e: TriageEvidence, labels: ReasonLabels): RedFlagAlert[] {
  const alerts: RedFlagAlert[] = [];
  for (const flag of redFlags) {
    const because = new Set<string>();
    for (const p of flag.when) matchPattern(p, e, labels)?.forEach((line) => because.add(line));
    if (because.size > 0)
      alerts.push({
        redFlagId: flag.id,
        title: flag.name,
        action: flag.action,
        urgency: flag.urgency,
        because: [...because],
      });
  }
  return alerts;
}

/**
 * A condition that needs referral raises its flag when it shares the top score (a tie is sorted by
 * prevalence, which would otherwise hide the rare, serious one) and is at least a possible fit.
 * Lower down it has its referral note in the list; as a banner it would cry wolf whenever it merely
 * shares the painful region with a better fit. The red-flag patterns catch its classic picture anyway.
 */
function needsReferralAlert(c: TriageCandidate, leaderScore: number): boolean {
  return c.band !== 'weak' && c.score >= leaderScore;
}

const moreUrgent = (a: Urgency, b: Urgency): Urgency => (URGENCIES.indexOf(a) <= URGENCIES.indexOf(b) ? a : b);

export function referralAlerts(
  ranked: readonly TriageCandidate[],
  condition: (id: string) => Condition | undefined,
  redFlag: (id: string) => RedFlag | undefined,
): RedFlagAlert[] {
  const alerts: RedFlagAlert[] = [];
  const leaderScore = ranked[0]?.score ?? 0;
  ranked.forEach((candidate) => {
    const referral = condition(candidate.conditionId)?.referral;
    const flag = referral && redFlag(referral.redFlag);
    if (!referral || !flag || !needsReferralAlert(candidate, leaderScore)) return;
    // The evidence as separate lines, worded as the patterns word them, so that merging with a
    // pattern raised by the same answers lists each reason once.
    const evidence = candidate.supporting.map((r) => (r.kind === 'region' ? painIn(r.label) : r.label));
    alerts.push({
      redFlagId: flag.id,
      title: flag.name,
      action: flag.action,
      urgency: moreUrgent(referral.urgency, flag.urgency),
      because: [`The picture fits ${candidate.name}`, ...evidence],
    });
  });
  return alerts;
}

/** One alert per flag (reasons merged), most urgent first. */
export function mergeAlerts(alerts: readonly RedFlagAlert[]): RedFlagAlert[] {
  const byId = new Map<string, RedFlagAlert>();
  for (const a of alerts) {
    const seen = byId.get(a.redFlagId);
    if (!seen) byId.set(a.redFlagId, { ...a, because: [...a.because] });
    else {
      seen.urgency = moreUrgent(seen.urgency, a.urgency);
      for (const line of a.because) if (!seen.because.includes(line)) seen.because.push(line);
    }
  }
  return [...byId.values()].sort(
    (a, b) => URGENCIES.indexOf(a.urgency) - URGENCIES.indexOf(b.urgency) || a.title.localeCompare(b.title),
  );
}
