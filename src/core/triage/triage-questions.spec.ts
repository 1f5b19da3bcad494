import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../kb/knowledge-base';
import type { Finding } from '../kb/schema';
import { triageQuestions, triageRegions } from './triage-questions';

const finding = (id: string, group: Finding['group'], excludes?: string[]): Finding => ({
  id,
  label: `Label ${id}`,
  group,
  question: `Question ${id}?`,
  clinician: id,
  ...(excludes ? { excludes } : {}),
});

const kb = {
  findings: [
    finding('a-fever', 'general-health'),
    finding('b-gradual', 'onset', ['c-sudden']),
    finding('c-sudden', 'onset', ['b-gradual']),
    finding('d-night', 'pattern'),
  ],
  regions: [
    { id: 'heel-sole', label: 'Heel and sole', patientLabel: 'Heel', description: 'd', sided: true, views: ['side'] },
    {
      id: 'lower-back',
      label: 'Lower back (lumbar spine)',
      patientLabel: 'Lower back',
      description: 'd',
      sided: true,
      views: ['back'],
    },
    { id: 'groin', label: 'Groin', patientLabel: 'Groin', description: 'd', sided: true, views: ['front'] },
  ],
} as Pick<KnowledgeBase, 'findings' | 'regions'> as KnowledgeBase;

describe('triage questions', () => {
  it('groups the findings in the vocabulary order, leaving out empty groups', () => {
    const groups = triageQuestions(kb);
    expect(groups.map((g) => g.group)).toEqual(['onset', 'pattern', 'general-health']);
    expect(groups[0]?.label).toBe('How it started');
  });

  it('carries the plain-language question and what each answer excludes', () => {
    const onset = triageQuestions(kb)[0]?.questions;
    expect(onset).toEqual([
      { findingId: 'b-gradual', label: 'Label b-gradual', question: 'Question b-gradual?', excludes: ['c-sudden'] },
      { findingId: 'c-sudden', label: 'Label c-sudden', question: 'Question c-sudden?', excludes: ['b-gradual'] },
    ]);
  });

  it('offers the regions with their labels from the knowledge base, from the back down to the foot', () => {
    expect(triageRegions(kb)).toEqual([
      { id: 'lower-back', label: 'Lower back (lumbar spine)', patientLabel: 'Lower back', sided: true },
      { id: 'groin', label: 'Groin', patientLabel: 'Groin', sided: true },
      { id: 'heel-sole', label: 'Heel and sole', patientLabel: 'Heel', sided: true },
    ]);
  });
});
