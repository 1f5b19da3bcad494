/**
 * Checks that every clinician statement that guides a decision rests on sources that exist: what a
 * check suggests, how to tell a neighbour apart, each phase's goals and progression criterion, a
 * referral's reason, and the clinician sections of topics. The schema already refuses a statement
 * with no source; here the ids are checked against data/sources.yaml, `clinical-consensus` is kept
 * for statements no study supports (never beside one), and every condition must rest on at least
 * two peer-reviewed sources across its statements.
 */
import type { KbIssue, KnowledgeBase } from './knowledge-base';
import type { Condition, Source } from './schema';
import { isPeerReviewed } from './source-kinds';

/** The fewest distinct peer-reviewed sources a condition's statements may cite between them. */
export const MIN_PEER_REVIEWED_PER_CONDITION = 2;

const CLINICAL_CONSENSUS = 'clinical-consensus';

/** A statement's place (for the message) and the source ids it cites. */
interface Cited {
  field: string;
  sources: readonly string[];
}

/** The decision statements of a condition, each with the sources it cites. */
export function decisionStatements(c: Condition): Cited[] {
  return [
    ...c.assessment.check.map((x, i) => ({ field: `assessment.check[${i}].sources`, sources: x.sources })),
    ...c.differentiate.map((x, i) => ({ field: `differentiate[${i}].sources`, sources: x.sources })),
    ...c.management.map((x, i) => ({ field: `management[${i}].sources`, sources: x.sources })),
    ...(c.referral ? [{ field: 'referral.sources', sources: c.referral.sources }] : []),
  ];
}

/** Every statement of a condition that cites sources: decisions, triage weights, facts and disagreements. */
function allStatements(c: Condition): Cited[] {
  return [
    ...decisionStatements(c),
    ...[...c.regions, ...c.findings.for, ...c.findings.against].map((w) => ({
      field: 'weights',
      sources: w.basis ?? [],
    })),
    ...c.facts.map((f) => ({ field: 'facts', sources: f.sources })),
    ...c.disagreements.flatMap((d) => d.positions.map((p) => ({ field: 'disagreements', sources: p.sources }))),
  ];
}

/** The distinct peer-reviewed sources a condition's statements cite, in order of first use. */
export function peerReviewedSourcesOf(c: Condition, sources: ReadonlyMap<string, Source>): string[] {
  const ids = new Set(allStatements(c).flatMap((s) => s.sources));
  return [...ids].filter((id) => {
    const source = sources.get(id);
    return source !== undefined && isPeerReviewed(source);
  });
}

function citationProblems(
  file: string,
  item: string,
  statements: readonly Cited[],
  sources: ReadonlyMap<string, Source>,
) {
  const issues: KbIssue[] = [];
  for (const { field, sources: ids } of statements) {
    ids.forEach((id, i) => {
      if (!sources.has(id)) issues.push({ file, item, field: `${field}[${i}]`, message: `unknown source "${id}"` });
    });
    if (ids.includes(CLINICAL_CONSENSUS) && ids.length > 1)
      issues.push({
        file,
        item,
        field,
        message: `cites "${CLINICAL_CONSENSUS}" beside other sources: cite the sources alone, or consensus alone where no study supports the statement`,
      });
  }
  return issues;
}

export function checkStatementSources(kb: KnowledgeBase): KbIssue[] {
  const sources = new Map(kb.sources.map((s) => [s.id, s]));
  const issues: KbIssue[] = [];
  for (const c of kb.conditions) {
    const file = `data/conditions/${c.id}.yaml`;
    issues.push(...citationProblems(file, c.id, decisionStatements(c), sources));
    const peerReviewed = peerReviewedSourcesOf(c, sources).length;
    if (peerReviewed < MIN_PEER_REVIEWED_PER_CONDITION)
      issues.push({
        file,
        item: c.id,
        message: `its statements cite ${peerReviewed} peer-reviewed source${peerReviewed === 1 ? '' : 's'}; at least ${MIN_PEER_REVIEWED_PER_CONDITION} are needed`,
      });
  }
  for (const t of kb.topics) {
    const clinicianSections = t.sections.flatMap((s, i) =>
      s.audience === 'clinician' ? [{ field: `sections[${i}].sources`, sources: s.sources }] : [],
    );
    issues.push(...citationProblems(`data/topics/${t.id}.yaml`, t.id, clinicianSections, sources));
  }
  return issues;
}
