import { describe, expect, it } from 'vitest';
import { minimalFiles } from '../../../tests/support/minimal-knowledge-base';
import { formatKbIssue } from './knowledge-base';
import { parseKnowledgeBase, type KbSourceFile } from './parse-knowledge-base';

const CONDITION = 'data/conditions/tendon.yaml';
// The minimal condition's phase, as tests/support/minimal-knowledge-base.ts writes it.
const PHASE =
  '{ phase: load, goals: g, patient: p, sources: [review-2021, trial-2020], exercises: [{ id: bridge }], advice: [] }';

function edit(path: string, change: (text: string) => string, files = minimalFiles()): KbSourceFile[] {
  return files.map((f) => (f.path === path ? { ...f, text: change(f.text) } : f));
}

function problems(files: KbSourceFile[]): string[] {
  const result = parseKnowledgeBase(files);
  return result.ok ? [] : result.issues.map(formatKbIssue);
}

const withCheck = (entry: string) =>
  edit(CONDITION, (t) =>
    t.replace('check: []', `check: [{ name: Palpation, how: Press., suggests: Tendon., ${entry} }]`),
  );

function withTopicSection(section: string): KbSourceFile[] {
  const topic = `id: loading
name: Loading
aliases: []
category: return-to-running
summary: { clinician: c, patient: p }
sections:
  - ${section}
exercises: []
conditions: []
related: []
facts: []
disagreements: []
sources: [article]
`;
  return [...minimalFiles(), { path: 'data/topics/loading.yaml', text: topic }];
}

describe('every decision statement cites its sources', () => {
  it('does not parse a check, a differentiation, a phase or a clinician section without sources', () => {
    expect(problems(withCheck('sources: [trial-2020]'))).toEqual([]);
    expect(problems(withCheck('sources: []'))).toEqual([
      'data/conditions/tendon.yaml › tendon › assessment.check[0].sources: must name at least one source',
    ]);
    const differentiate = edit(CONDITION, (t) =>
      t.replace('differentiate: []', 'differentiate: [{ from: tendon, how: h }]'),
    );
    expect(problems(differentiate)).toEqual([
      'data/conditions/tendon.yaml › tendon › differentiate[0].sources: Invalid input: expected array, received undefined',
    ]);
    const phase = edit(CONDITION, (t) => t.replace(PHASE, PHASE.replace('sources: [review-2021, trial-2020], ', '')));
    expect(problems(phase)).toContainEqual(
      'data/conditions/tendon.yaml › tendon › management[0].sources: Invalid input: expected array, received undefined',
    );
    expect(problems(withTopicSection('{ heading: Criteria, audience: clinician, clinician: Hop. }'))).toEqual([
      'data/topics/loading.yaml › loading › sections[0].sources: Invalid input: expected array, received undefined',
    ]);
    expect(
      problems(withTopicSection('{ heading: Criteria, audience: clinician, clinician: Hop., sources: [trial-2020] }')),
    ).toEqual([]);
    // A section the patient reads carries no citations.
    expect(problems(withTopicSection('{ heading: Steps, patient: Walk first., sources: [trial-2020] }'))).toEqual([
      'data/topics/loading.yaml › loading › sections[0]: Unrecognized key: "sources"',
    ]);
  });

  it('refuses a cited source that does not exist', () => {
    expect(problems(withCheck('sources: [trial-2020, nobody-2020]'))).toEqual([
      'data/conditions/tendon.yaml › tendon › assessment.check[0].sources[1]: unknown source "nobody-2020"',
    ]);
    expect(
      problems(withTopicSection('{ heading: Criteria, audience: clinician, clinician: Hop., sources: [nobody-2020] }')),
    ).toEqual(['data/topics/loading.yaml › loading › sections[0].sources[0]: unknown source "nobody-2020"']);
  });

  it('keeps clinical consensus for statements no study supports, never beside a study', () => {
    expect(problems(withCheck('sources: [clinical-consensus]'))).toEqual([]);
    expect(problems(withCheck('sources: [trial-2020, clinical-consensus]'))).toEqual([
      'data/conditions/tendon.yaml › tendon › assessment.check[0].sources: cites "clinical-consensus" beside other sources: cite the sources alone, or consensus alone where no study supports the statement',
    ]);
  });

  it('asks every condition to rest on at least two peer-reviewed sources', () => {
    const onePaper = edit(CONDITION, (t) =>
      t.replace(PHASE, PHASE.replace('[review-2021, trial-2020]', '[clinical-consensus]')),
    );
    expect(problems(onePaper)).toEqual([
      'data/conditions/tendon.yaml › tendon: its statements cite 1 peer-reviewed source; at least 2 are needed',
    ]);
    // Articles for runners and expert opinion do not count as peer-reviewed evidence.
    const opinion = edit(
      'data/sources.yaml',
      (t) => t.replace('kind: systematic-review', 'kind: expert-opinion'),
      edit(CONDITION, (t) => t.replace('check: []', 'check: [{ name: P, how: H., suggests: S., sources: [article] }]')),
    );
    expect(problems(opinion)).toEqual([
      'data/conditions/tendon.yaml › tendon: its statements cite 1 peer-reviewed source; at least 2 are needed',
    ]);
  });

  it('refuses a malformed DOI or PMID in a cited source', () => {
    const files = edit('data/sources.yaml', (t) => t.replace('pmid: "12345678"', 'pmid: "PMID 12345678"'));
    expect(problems(files)).toContainEqual('data/sources.yaml › review-2021 › pmid: must be a PubMed id (digits only)');
  });
});
