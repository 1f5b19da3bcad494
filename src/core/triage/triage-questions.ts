/**
 * What the triage form shows: the findings as plain-language questions grouped in FINDING_GROUPS
 * order, and the body regions with their labels. Everything comes from the knowledge base.
 */
import type { KnowledgeBase } from '../kb/knowledge-base';
import { BODY_REGION_IDS, FINDING_GROUPS, type FindingGroup } from '../kb/vocabulary';
import type { TriageQuestionGroup, TriageRegionOption } from './triage-types';

/** Headings for the question groups, in the plain words a patient could read over the shoulder. */
export const FINDING_GROUP_LABELS: Record<FindingGroup, string> = {
  onset: 'How it started',
  pattern: 'How it behaves with running and rest',
  aggravating: 'What makes it worse',
  symptoms: 'Other things you notice',
  training: 'Training and running surface',
  history: 'Bone health and eating',
  population: 'About you',
  'medical-history': 'Medical history',
  'general-health': 'General health and warning signs',
};

/** Findings grouped for the form (groups with no finding are left out); inside a group, by id as the knowledge base keeps them. */
export function triageQuestions(kb: KnowledgeBase): TriageQuestionGroup[] {
  return FINDING_GROUPS.map((group) => ({
    group,
    label: FINDING_GROUP_LABELS[group],
    questions: kb.findings
      .filter((f) => f.group === group)
      .map((f) => ({ findingId: f.id, label: f.label, question: f.question, excludes: f.excludes ?? [] })),
  })).filter((g) => g.questions.length > 0);
}

/** The body regions the picker offers, from the back down to the foot (the vocabulary's order). */
export function triageRegions(kb: KnowledgeBase): TriageRegionOption[] {
  return [...kb.regions]
    .sort((a, b) => BODY_REGION_IDS.indexOf(a.id) - BODY_REGION_IDS.indexOf(b.id))
    .map((r) => ({ id: r.id, label: r.label, patientLabel: r.patientLabel, sided: r.sided }));
}
