/**
 * What to ask or check next to tell a candidate apart from its neighbour in the ranking: first the
 * knowledge base's own "differentiate" advice (written for either of the two conditions), then the
 * unanswered questions whose weights pull the two conditions furthest apart, then the examination
 * test not yet done whose result would separate them most, with the likelihood ratio behind it.
 */
import type { ClinicalTest } from '../kb/clinical-test-schema';
import type { Condition, Finding } from '../kb/schema';
import { testWeight } from './test-reasons';
import type { TriageEvidence } from './triage-evidence';
import type { TestResult } from './triage-types';

/** How many unanswered questions to suggest per candidate; more would bury the differentiate advice. */
const MAX_QUESTIONS = 2;

function signedWeights(c: Condition): Map<string, number> {
  const w = new Map<string, number>();
  for (const f of c.findings.for) w.set(f.id, f.weight);
  for (const f of c.findings.against) w.set(f.id, -f.weight);
  return w;
}

/** Whether an answer already given rules the finding out (for example gradual onset rules out sudden). */
function ruledOut(f: Finding, evidence: TriageEvidence, finding: (id: string) => Finding | undefined): boolean {
  if ((f.excludes ?? []).some((id) => evidence.present.has(id))) return true;
  return [...evidence.present].some((id) => finding(id)?.excludes?.includes(f.id));
}

/** Unanswered, still possible findings ordered by how differently the two conditions weigh them. */
function discriminatingFindings(
  c: Condition,
  other: Condition | undefined,
  evidence: TriageEvidence,
  finding: (id: string) => Finding | undefined,
): Finding[] {
  const mine = signedWeights(c);
  const theirs = other ? signedWeights(other) : new Map<string, number>();
  const ids = new Set([...mine.keys(), ...theirs.keys()]);
  return [...ids]
    .filter((id) => !evidence.present.has(id) && !evidence.absent.has(id))
    .map((id) => ({ id, gap: Math.abs((mine.get(id) ?? 0) - (theirs.get(id) ?? 0)), own: mine.get(id) ?? 0 }))
    .filter((x) => x.gap > 0)
    .sort((a, b) => b.gap - a.gap || b.own - a.own || a.id.localeCompare(b.id))
    .map((x) => finding(x.id))
    .filter((f): f is Finding => f !== undefined && !ruledOut(f, evidence, finding));
}

/** The untested test, of either condition's examination, whose result moves the two furthest apart. */
function discriminatingTest(
  c: Condition,
  other: Condition | undefined,
  evidence: TriageEvidence,
  test: (id: string) => ClinicalTest | undefined,
): { id: string; name: string; text: string } | undefined {
  const ids = new Set([...(c.assessment.tests ?? []), ...(other?.assessment.tests ?? [])]);
  let best: { gap: number; id: string; name: string; text: string } | undefined;
  for (const id of ids) {
    const t = test(id);
    if (!t || evidence.tests.has(id)) continue;
    for (const result of ['positive', 'negative'] as TestResult[]) {
      const weights = [c, other].flatMap((who) => {
        const weight = who && testWeight(t, who.id, result);
        return who && weight ? [{ who, weight }] : [];
      });
      const gap = Math.abs(
        (weights.find((w) => w.who === c)?.weight.points ?? 0) -
          (weights.find((w) => w.who === other)?.weight.points ?? 0),
      );
      // Name the ratio of the condition the result moves most.
      const strongest = [...weights].sort((a, b) => Math.abs(b.weight.points) - Math.abs(a.weight.points))[0];
      if (strongest && gap > (best?.gap ?? 0))
        best = {
          gap,
          id,
          name: t.name,
          text: `Check: ${t.name}. A ${result} result: ${strongest.weight.ratio} for ${strongest.who.name}.`,
        };
    }
  }
  return best && { id: best.id, name: best.name, text: best.text };
}

export interface AskNextLookup {
  finding: (id: string) => Finding | undefined;
  test: (id: string) => ClinicalTest | undefined;
}

export interface AskNext {
  /** Plain sentences, the suggested test's last. */
  lines: string[];
  /** The suggested test, so the clinician can record its result where it is suggested. */
  test?: { id: string; name: string };
}

export function askNext(
  c: Condition,
  other: Condition | undefined,
  evidence: TriageEvidence,
  { finding, test }: AskNextLookup,
): AskNext {
  const advice: string[] = [];
  if (other) {
    const mine = c.differentiate.find((d) => d.from === other.id);
    const theirs = other.differentiate.find((d) => d.from === c.id);
    const how = mine?.how ?? theirs?.how;
    if (how) advice.push(`To tell it apart from ${other.name}: ${how}`);
  }
  for (const f of discriminatingFindings(c, other, evidence, finding).slice(0, MAX_QUESTIONS))
    advice.push(`Ask: ${f.question}`);
  const check = discriminatingTest(c, other, evidence, test);
  if (!check) return { lines: advice };
  return { lines: [...advice, check.text], test: { id: check.id, name: check.name } };
}
